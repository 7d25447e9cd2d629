using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Yusuan.Web;
using Yusuan.Web.Services;

namespace Yusuan.Web.Tests;

/// <summary>The web app running in-process on Kestrel at 127.0.0.1 on a free port, with an HttpClient for it.</summary>
public sealed class RunningApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private RunningApp(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public static async Task<RunningApp> StartAsync(Backends? backends = null, ICorpus? corpus = null, long maxUploadBytes = 10 * 1024 * 1024,
        Yusuan.Storage.StoreLocation? store = null)
    {
        var options = new WebOptions { Url = "http://127.0.0.1:0", MaxUploadBytes = maxUploadBytes, Store = store };
        var app = YusuanWebApp.Build(options, backends, corpus);
        await app.StartAsync();
        var url = app.Urls.Single(u => u.StartsWith("http://127.0.0.1:", StringComparison.Ordinal));
        return new RunningApp(app, new Uri(url));
    }

    public async Task<HttpResponseMessage> PostFileAsync(string path, string fileName, byte[] bytes, string contentType = "text/plain")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        return await Client.PostAsync(path, form);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
