using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Yusuan.Web.Api;
using Yusuan.Web.Batches;
using Yusuan.Web.Http;
using Yusuan.Web.Pages;
using Yusuan.Web.Security;
using Yusuan.Web.Services;

namespace Yusuan.Web;

/// <summary>
/// The Yusuan web app: Chinese pages (检查, 批量, 文档, 语料, 生成) and the REST API, on the same reader, checker,
/// generator and store as the command line. Hosted by `yusuan serve` and, in-process, by the tests.
/// </summary>
public static class YusuanWebApp
{
    /// <summary>Builds the app.</summary>
    /// <exception cref="Yusuan.Storage.StoreException">The store cannot be opened.</exception>
    /// <exception cref="ArgumentException">The options are unsafe (accounts off away from loopback, no host names for an
    /// app listening on every address); the message is one Chinese sentence.</exception>
    public static WebApplication Build(WebOptions options, Backends? backends = null, ICorpus? corpus = null, Action<string>? log = null,
        IAccountStore? accounts = null)
    {
        backends ??= Backends.Default();
        var hosts = Hosts(options);
        if (options.Access == AccessMode.OpenLoopback && !HostFilter.IsLoopback(options.Url))
        {
            throw new ArgumentException("不启用账户（--no-accounts）时只能在本机地址（127.0.0.1、::1、localhost）上监听。", nameof(options));
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(YusuanWebApp).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (log is not null) builder.Logging.AddProvider(new CallbackLoggerProvider(log));
        builder.WebHost.UseKestrel(k =>
        {
            // Per endpoint (UploadLimits) a request may carry a single upload or a batch; this is only the ceiling.
            k.Limits.MaxRequestBodySize = Math.Max(options.MaxUploadBytes * 4, options.MaxBatchBytes + 64L * 1024 * 1024) + 1024 * 1024;
            k.Limits.MaxRequestHeadersTotalSize = 64 * 1024;
            k.AddServerHeader = false;
        });
        builder.WebHost.UseUrls(options.Url);

        var store = options.Store is not null && corpus is null ? OpenStoreCorpus(options, backends.Checker, log) : null;
        corpus ??= store ?? OpenCorpus(options, backends.Checker, log);
        accounts ??= store is not null ? new StoreAccounts(store.Store) : new InMemoryAccounts();
        var checks = new CheckService(backends.Checker, options);
        var batchFolder = store is not null ? Path.Combine(store.FilesFolder, "batches") : null;
        var batches = new BatchService(checks, corpus, options, store?.Store, batchFolder, log);
        builder.Services.AddSingleton(options).AddSingleton(backends).AddSingleton(corpus).AddSingleton(checks).AddSingleton(accounts)
            .AddSingleton(batches).AddSingleton(new Renders(options, log)).AddSingleton(new PageImages(options, log)).AddSingleton(new SignInThrottle());
        Authentication.Add(builder.Services, options);
        Csrf.Add(builder.Services);

        var app = builder.Build();
        var errors = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Yusuan.Web");
        var filter = new HostFilter(hosts);
        app.Use((context, next) => Pipeline.Errors(context, next, errors));
        app.Use(Pipeline.Headers);
        app.Use(filter.InvokeAsync);
        app.Use(Pipeline.Head);
        app.UseStatusCodePages(Pipeline.StatusBody);
        app.UseRouting();
        app.Use((context, next) => UploadLimits.InvokeAsync(context, next, options.MaxUploadBytes));
        app.UseAuthentication();
        app.UseAuthorization();
        app.Use(Csrf.InvokeAsync);

        AccountPages.Map(app);
        PageEndpoints.Map(app);
        PageImageEndpoints.Map(app);
        BatchEndpoints.Map(app, options);
        ApiEndpoints.Map(app, options);
        StaticAssets.Map(app);

        app.Lifetime.ApplicationStarted.Register(batches.Start);
        app.Lifetime.ApplicationStopping.Register(() =>
        {
            batches.Dispose();
            store?.Dispose();
        });
        return app;
    }

    /// <summary>The host names the app answers to.</summary>
    /// <exception cref="ArgumentException">Listening on every address without --allowed-hosts.</exception>
    public static IReadOnlyList<string> Hosts(WebOptions options)
    {
        if (options.AllowedHosts.Count > 0) return [.. options.AllowedHosts, "localhost", "127.0.0.1", "::1"];
        return HostFilter.Defaults(options.Url)
               ?? throw new ArgumentException("在所有地址上监听（0.0.0.0 或 ::）时必须用 --allowed-hosts 列出用户访问本服务所用的主机名，例如 --allowed-hosts yusuan.czj.example.gov.cn。", nameof(options));
    }

    /// <summary>The store corpus when one is configured, plus the --corpus folder saved into it (only the files it does not hold yet are read).</summary>
    private static StoreCorpus OpenStoreCorpus(WebOptions options, IDisclosureChecker checker, Action<string>? log)
    {
        var store = StoreCorpus.Open(options.Store!, checker, options, log);
        if (options.CorpusFolder is { } extra) store.AddFolder(extra, log);
        return store;
    }

    /// <summary>The corpus when no store is configured: the --corpus folder in memory, or an empty one.</summary>
    public static ICorpus OpenCorpus(WebOptions options, IDisclosureChecker checker, Action<string>? log)
    {
        if (options.Store is { } location)
        {
            return StoreCorpus.Open(location, checker, options, log);
        }
        return options.CorpusFolder is { } folder ? InMemoryCorpus.Load(folder, checker, log, options) : new InMemoryCorpus();
    }

    /// <summary>Every mapped REST route as "METHOD /path" (for checking that /openapi.json describes each one).</summary>
    public static IEnumerable<string> ApiRoutes()
    {
        using var app = Build(new WebOptions { Url = "http://127.0.0.1:0", Access = AccessMode.OpenLoopback }, corpus: new InMemoryCorpus());
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

/// <summary>Sends the app's warnings and errors (with exception detail, which the client never sees) to a callback.</summary>
internal sealed class CallbackLoggerProvider(Action<string> log) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new CallbackLogger(log);

    public void Dispose()
    {
    }

    private sealed class CallbackLogger(Action<string> log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            log(exception is null ? formatter(state, exception) : $"{formatter(state, exception)}：{exception}");
        }
    }
}
