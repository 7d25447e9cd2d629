using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Yusuan.Web.Security;
using Yusuan.Web.Services;

namespace Yusuan.Web.Tests;

/// <summary>
/// The web app running in-process on Kestrel at 127.0.0.1 on a free port, with an HttpClient for it. By default without
/// accounts (loopback use, <c>--no-accounts</c>) and with the client holding the antiforgery token, as a browser on the
/// app's own pages does; <see cref="StartWithAccountsAsync"/> starts it as a bureau would.
/// </summary>
public sealed class RunningApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private RunningApp(WebApplication app, Uri address, IAccountStore accounts)
    {
        this.app = app;
        Address = address;
        Accounts = accounts;
        Client = NewClient();
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public IAccountStore Accounts { get; }

    public IServiceProvider Services => app.Services;

    public static Task<RunningApp> StartAsync(Backends? backends = null, ICorpus? corpus = null, long maxUploadBytes = 10 * 1024 * 1024,
        Yusuan.Storage.StoreLocation? store = null, Func<WebOptions, WebOptions>? configure = null) =>
        StartAsync(new WebOptions { Url = "http://127.0.0.1:0", MaxUploadBytes = maxUploadBytes, Store = store, Access = AccessMode.OpenLoopback },
            backends, corpus, configure, primeCsrf: true);

    /// <summary>With accounts on; the client is not signed in.</summary>
    public static Task<RunningApp> StartWithAccountsAsync(Backends? backends = null, ICorpus? corpus = null, IAccountStore? accounts = null,
        Yusuan.Storage.StoreLocation? store = null, Func<WebOptions, WebOptions>? configure = null) =>
        StartAsync(new WebOptions { Url = "http://127.0.0.1:0", Store = store, Access = AccessMode.Accounts }, backends, corpus, configure, primeCsrf: false, accounts);

    private static async Task<RunningApp> StartAsync(WebOptions options, Backends? backends, ICorpus? corpus, Func<WebOptions, WebOptions>? configure,
        bool primeCsrf, IAccountStore? accounts = null)
    {
        options = configure?.Invoke(options) ?? options;
        var app = YusuanWebApp.Build(options, backends, corpus, accounts: accounts);
        await app.StartAsync();
        var url = app.Urls.Single(u => u.StartsWith("http://127.0.0.1:", StringComparison.Ordinal));
        // Documents of the store without a current summary are summarised in the background; tests start after that.
        if (app.Services.GetRequiredService<ICorpus>() is StoreCorpus store) await store.Ready;
        var running = new RunningApp(app, new Uri(url), app.Services.GetRequiredService<IAccountStore>());
        if (primeCsrf) await running.AddCsrfTokenAsync(running.Client);
        return running;
    }

    /// <summary>A client of its own (own cookies), not signed in, without the antiforgery token.</summary>
    public HttpClient NewClient() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true, UseCookies = true }) { BaseAddress = Address };

    /// <summary>Fetches this client's antiforgery token and sends it with every request from now on.</summary>
    public async Task AddCsrfTokenAsync(HttpClient client)
    {
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/antiforgery")).RootElement;
        client.DefaultRequestHeaders.Remove("X-CSRF-Token");
        client.DefaultRequestHeaders.Add("X-CSRF-Token", json.GetProperty("token").GetString());
    }

    /// <summary>Signs a client in through the sign-in form (as a browser does), then arms it with the antiforgery token.</summary>
    public async Task<HttpResponseMessage> SignInAsync(HttpClient client, string name, string password)
    {
        var page = await client.GetStringAsync("/signin");
        var token = HiddenCsrf(page);
        var response = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__csrf"] = token,
            ["name"] = name,
            ["password"] = password,
            ["returnUrl"] = "/check",
        }));
        if (response.IsSuccessStatusCode) await AddCsrfTokenAsync(client);
        return response;
    }

    /// <summary>The antiforgery field of the first form on a page.</summary>
    public static string HiddenCsrf(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "name=\"__csrf\" value=\"([^\"]+)\"").Groups[1].Value;

    public Task<HttpResponseMessage> PostFileAsync(string path, string fileName, byte[] bytes, string contentType = "text/plain") =>
        PostFileAsync(Client, path, fileName, bytes, contentType);

    public static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string path, string fileName, byte[] bytes, string contentType = "text/plain")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        return await client.PostAsync(path, form);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
