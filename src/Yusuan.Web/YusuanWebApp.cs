using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Yusuan.Web.Api;
using Yusuan.Web.Pages;
using Yusuan.Web.Services;

namespace Yusuan.Web;

/// <summary>
/// The Yusuan web app: Chinese pages (检查, 文档, 语料, 生成) and the REST API, on the same reader, checker,
/// generator and store as the command line. Hosted by `yusuan serve` and, in-process, by the tests.
/// </summary>
public static class YusuanWebApp
{
    public static WebApplication Build(WebOptions options, Backends? backends = null, ICorpus? corpus = null, Action<string>? log = null)
    {
        backends ??= Backends.Default();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(YusuanWebApp).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel(k =>
        {
            // The exact upload limit is enforced in UploadReader, which drains an oversized body (up to this cap)
            // so the client receives the 413 message rather than a reset connection.
            k.Limits.MaxRequestBodySize = options.MaxUploadBytes * 4 + 1024 * 1024;
            k.AddServerHeader = false;
        });
        builder.WebHost.UseUrls(options.Url);
        builder.Services.Configure<FormOptions>(f =>
        {
            f.MultipartBodyLengthLimit = options.MaxUploadBytes + 128 * 1024;
            f.ValueLengthLimit = (int)Math.Min(int.MaxValue, options.MaxUploadBytes + 1024);
        });
        corpus ??= OpenCorpus(options, backends.Checker, log);
        var checks = new CheckService(backends.Checker, options);
        builder.Services.AddSingleton(options).AddSingleton(backends).AddSingleton(corpus).AddSingleton(checks);

        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'";
            await next(context).ConfigureAwait(false);
        });
        PageEndpoints.Map(app);
        ApiEndpoints.Map(app);
        StaticAssets.Map(app);
        return app;
    }

    /// <summary>The store when one is configured (plus the --corpus folder saved into it), else an in-memory corpus.</summary>
    /// <exception cref="Yusuan.Storage.StoreException">The store cannot be opened.</exception>
    public static ICorpus OpenCorpus(WebOptions options, IDisclosureChecker checker, Action<string>? log)
    {
        if (options.Store is not { } location)
        {
            return options.CorpusFolder is { } folder ? InMemoryCorpus.Load(folder, checker, log) : new InMemoryCorpus();
        }
        var store = StoreCorpus.Open(location, checker, options.StoreFiles, log);
        if (options.CorpusFolder is { } extra)
        {
            foreach (var d in InMemoryCorpus.Load(extra, checker, log).List(new CorpusFilter())) store.Add(d);
        }
        return store;
    }

    /// <summary>Every mapped REST route as "METHOD /path" (for checking that /openapi.json describes each one).</summary>
    public static IEnumerable<string> ApiRoutes()
    {
        using var app = Build(new WebOptions { Url = "http://127.0.0.1:0" }, corpus: new InMemoryCorpus());
        return ((IEndpointRouteBuilder)app).DataSources
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Runs until Ctrl+C; prints where it listens.</summary>
    public static async Task RunAsync(WebOptions options, Backends? backends = null, Action<string>? log = null, CancellationToken cancel = default)
    {
        await using var app = Build(options, backends, null, log);
        await app.StartAsync(cancel).ConfigureAwait(false);
        foreach (var url in app.Urls) log?.Invoke($"Yusuan 网页已启动：{url}（按 Ctrl+C 停止）");
        await app.WaitForShutdownAsync(cancel).ConfigureAwait(false);
    }
}
