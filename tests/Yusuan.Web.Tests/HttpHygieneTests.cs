using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Yusuan.Storage;
using Yusuan.Web.Services;

namespace Yusuan.Web.Tests;

/// <summary>Issue #15: no server paths or exception text on pages; drafts not cached; static assets cached and compressed;
/// 404/405 with a body; HEAD answered; a favicon; PDF exports in a bounded queue.</summary>
public sealed class HttpHygieneTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("yusuan-web-hygiene-").FullName;

    [Fact]
    public async Task Pages_over_a_store_show_no_database_path()
    {
        var location = StoreLocation.Sqlite(Path.Combine(folder, "corpus.db"));
        await using var app = await RunningApp.StartAsync(store: location);
        using var saved = await app.PostFileAsync("/api/documents", "000.txt", await File.ReadAllBytesAsync(Samples.Seed("000")));
        var id = JsonDocument.Parse(await saved.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();

        foreach (var path in new[] { "/documents", "/corpus", $"/documents/{id}", "/batches", "/api" })
        {
            var html = await app.Client.GetStringAsync(path);
            Assert.DoesNotContain(folder, html, StringComparison.Ordinal);
            Assert.DoesNotContain(Path.GetTempPath(), html, StringComparison.Ordinal);
        }
        Assert.Contains("corpus.db", await app.Client.GetStringAsync("/documents"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_that_fails_is_said_in_a_sentence_without_its_path()
    {
        var d = Synthetic.Document("测试局", 2025, "新疆", 100m, 50m, 3m);
        await using var app = await RunningApp.StartAsync(corpus: new FailingCorpus(Synthetic.Corpus(d)));
        using var upload = await app.PostFileAsync("/check", "000.txt", await File.ReadAllBytesAsync(Samples.Seed("000")));
        var id = upload.RequestMessage!.RequestUri!.Segments[^1];

        using var apiDelete = await app.Client.DeleteAsync($"/api/documents/{d.Id}");
        using var pageDelete = await app.Client.PostAsync($"/documents/{d.Id}/delete", new FormUrlEncodedContent([]));
        using var apiSave = await app.PostFileAsync("/api/documents", "000.txt", await File.ReadAllBytesAsync(Samples.Seed("000")));
        using var pageSave = await app.Client.PostAsync($"/check/{id}/save", new FormUrlEncodedContent([]));

        foreach (var r in new[] { apiDelete, pageDelete, apiSave, pageSave })
        {
            var body = await r.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode);
            Assert.Contains("磁盘只读", body, StringComparison.Ordinal);
            Assert.DoesNotContain("/srv/yusuan", body, StringComparison.Ordinal);
        }
    }

    /// <summary>A corpus whose writes fail as a store on a read-only disk does, with the path in its message.</summary>
    private sealed class FailingCorpus(ICorpus inner) : ICorpus
    {
        private static Yusuan.Storage.StoreException Failure() => new("无法写入 /srv/yusuan/corpus.db：磁盘只读。");

        public string Description => inner.Description;
        public IReadOnlyList<CorpusEntry> List(CorpusFilter filter) => inner.List(filter);
        public CorpusEntry? Entry(string id) => inner.Entry(id);
        public CheckedFile? Get(string id) => inner.Get(id);
        public byte[]? Original(string id) => inner.Original(id);
        public CorpusEntry Add(CheckedFile document, string? savedBy = null) => throw Failure();
        public bool Remove(string id) => throw Failure();
    }

    [Fact]
    public async Task Results_of_an_uploaded_draft_are_not_stored_by_caches()
    {
        await using var app = await RunningApp.StartAsync();
        using var check = await app.PostFileAsync("/api/check", "000.txt", await File.ReadAllBytesAsync(Samples.Seed("000")));
        using var page = await app.PostFileAsync("/check", "000.txt", await File.ReadAllBytesAsync(Samples.Seed("000")));
        var id = page.RequestMessage!.RequestUri!.Segments[^1];
        using var download = await app.Client.GetAsync($"/check/{id}/findings.json");

        foreach (var r in new[] { check, page, download })
        {
            Assert.True(r.Headers.CacheControl?.NoStore, $"{r.RequestMessage!.RequestUri} is cacheable");
        }
    }

    [Fact]
    public async Task Static_assets_are_versioned_cached_and_compressed()
    {
        await using var app = await RunningApp.StartAsync(corpus: Synthetic.Corpus(Synthetic.Document("测试局", 2025, "新疆", 100m, 50m, 3m)));
        var html = await app.Client.GetStringAsync("/corpus");
        var echarts = System.Text.RegularExpressions.Regex.Match(html, "src=\"(/static/echarts\\.min\\.js\\?v=[0-9a-f]+)\"").Groups[1].Value;
        using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = app.Address };
        var request = new HttpRequestMessage(HttpMethod.Get, echarts);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        using var response = await client.SendAsync(request);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        var etag = response.Headers.ETag;
        var again = new HttpRequestMessage(HttpMethod.Get, echarts);
        again.Headers.IfNoneMatch.Add(etag!);
        using var notModified = await client.SendAsync(again);

        Assert.NotEmpty(echarts);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.True(response.Headers.CacheControl!.MaxAge >= TimeSpan.FromDays(300));
        Assert.Contains("immutable", response.Headers.CacheControl.ToString(), StringComparison.Ordinal);
        Assert.True(compressed.Length < 600_000, $"echarts sent as {compressed.Length} bytes");
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Theory]
    [InlineData("/no-such-page", "text/html")]
    [InlineData("/api/no-such-thing", "application/problem+json")]
    [InlineData("/static/no-such-file.js", "application/problem+json")]
    public async Task A_missing_path_is_a_404_with_a_body(string path, string type)
    {
        await using var app = await RunningApp.StartAsync();

        using var response = await app.Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("找不到", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_method_is_a_405_with_a_body()
    {
        await using var app = await RunningApp.StartAsync();

        using var response = await app.Client.PutAsync("/api/check", new StringContent("x"));
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("PUT", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/check")]
    [InlineData("/api/documents")]
    [InlineData("/favicon.ico")]
    public async Task A_head_request_is_answered_like_get_without_a_body(string path)
    {
        await using var app = await RunningApp.StartAsync();

        using var get = await app.Client.GetAsync(path);
        using var head = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_app_has_a_favicon_and_the_pages_link_it()
    {
        await using var app = await RunningApp.StartAsync();

        using var icon = await app.Client.GetAsync("/favicon.ico");
        var page = await app.Client.GetStringAsync("/check");

        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
        Assert.Contains("rel=\"icon\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pdf_exports_wait_in_a_bounded_queue_and_the_overflow_is_told_to_retry()
    {
        var exporter = new SlowExporter();
        await using var app = await RunningApp.StartAsync(new Backends(RuleChecker.Default, Exporter: exporter),
            configure: o => o with { MaxConcurrentPdf = 2, MaxWaitingPdf = 3 });
        using var upload = await app.PostFileAsync("/check", "000.txt", await File.ReadAllBytesAsync(Samples.Seed("000")));
        var id = upload.RequestMessage!.RequestUri!.Segments[^1];

        using var saved = await app.Client.PostAsync($"/check/{id}/save", new FormUrlEncodedContent([]));
        // The check report, the disclosure as PDF and the API's export share the one queue.
        var paths = new[] { $"/check/{id}/report.pdf", $"/check/{id}/disclosure.pdf", $"/api/documents/{id}/export?format=pdf" };
        var requests = Enumerable.Range(0, 12).Select(i => app.Client.GetAsync(paths[i % 3])).ToList();
        // Two render, three wait; the other seven are answered at once. Only then may the renders finish.
        for (var i = 0; i < 600 && requests.Count(t => t.IsCompleted) < 7; i++) await Task.Delay(50);
        exporter.Gate.Set();
        var responses = await Task.WhenAll(requests);

        Assert.True(exporter.MaxRunning <= 2, $"{exporter.MaxRunning} PDF renders ran at once");
        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var busy = responses.Where(r => r.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.Equal(7, busy.Count);
        Assert.All(busy, r => Assert.NotNull(r.Headers.RetryAfter));
        foreach (var r in responses) r.Dispose();
    }

    private sealed class SlowExporter : IDocumentExporter
    {
        private int running;

        public ManualResetEventSlim Gate { get; } = new(false);
        public int MaxRunning { get; private set; }

        public byte[] ReportPdf(CheckedFile document)
        {
            var now = Interlocked.Increment(ref running);
            lock (Gate) MaxRunning = Math.Max(MaxRunning, now);
            Gate.Wait(TimeSpan.FromSeconds(30));
            Interlocked.Decrement(ref running);
            return "%PDF-1.4"u8.ToArray();
        }

        public byte[] TablesXlsx(CheckedFile document) => [];
        public byte[] DisclosureDocx(CheckedFile document) => [];
        public byte[] DisclosurePdf(CheckedFile document) => ReportPdf(document);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
