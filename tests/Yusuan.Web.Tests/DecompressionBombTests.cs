using System.Net;
using System.Text.Json;
using Xunit.Abstractions;
using Yusuan.Web.Services;

namespace Yusuan.Web.Tests;

/// <summary>Runs alone: it watches the process's managed heap while a bomb is uploaded.</summary>
[CollectionDefinition("memory", DisableParallelization = true)]
public sealed class MemoryCollection;

/// <summary>
/// Issue #15: a 3.5 MB .docx whose document.xml is 1 GB of paragraphs grew the server past 6 GB; a 1.5 MB one with one
/// 1.5 GB text node returned an empty 500 and left 3 GB held. Every entry point that takes a Word or Excel file refuses
/// such a file with a sentence, and the heap never grows by anything like the expanded size.
/// </summary>
[Collection("memory")]
public sealed class DecompressionBombTests(ITestOutputHelper output)
{
    private const long Gigabyte = 1024L * 1024 * 1024;

    // Built once: compressing a gigabyte takes a few seconds.
    private static readonly Lazy<byte[]> Paragraphs = new(() => Bombs.DocxOfParagraphs(Gigabyte));
    private static readonly Lazy<byte[]> TextNode = new(() => Bombs.DocxOfOneTextNode(3 * Gigabyte / 2));

    public static TheoryData<string> Cases => ["paragraphs", "text-node", "paragraphs-lying", "xlsx-rows"];

    private static byte[] Bomb(string name) => name switch
    {
        "paragraphs" => Paragraphs.Value,
        "text-node" => TextNode.Value,
        "paragraphs-lying" => Bombs.LyingAboutSizes(Paragraphs.Value),
        _ => Bombs.XlsxOfRows(Gigabyte),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bomb_uploaded_to_api_check_is_refused_with_a_sentence_and_the_heap_stays_small(string bomb)
    {
        await using var app = await RunningApp.StartAsync();
        var bytes = Bomb(bomb);
        var name = bomb == "xlsx-rows" ? "公开.xlsx" : "公开.docx";

        var (response, growth, retained, elapsed) = await WatchHeapAsync(() => app.PostFileAsync("/api/check", name, bytes, "application/octet-stream"));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        output.WriteLine($"{bomb}: {bytes.Length / 1024.0 / 1024:0.0} MB on the wire, refused in {elapsed.TotalSeconds:0.00} s, heap peak +{growth / 1024 / 1024} MB, held after +{retained / 1024 / 1024} MB");

        Assert.True(bytes.Length < 8 * 1024 * 1024, $"the bomb is {bytes.Length} bytes on the wire");
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.BadRequest });
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(name, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // Inflated through a counting sink: one buffer, whatever the archive claims (measured: 5–16 MB for the whole request).
        Assert.True(growth < 128L * 1024 * 1024, $"the managed heap grew by {growth / 1024 / 1024} MB");
        // The reported bombs took 90 s (and 6 GB) and 16 s (leaving 3 GB held): refused once the bound is reached, and
        // nothing of them stays. The bound on time is loose on purpose (a shared CI machine); it takes well under a second.
        Assert.True(elapsed < TimeSpan.FromSeconds(15), $"refused after {elapsed.TotalSeconds:0.0} s");
        Assert.True(retained < 128L * 1024 * 1024, $"{retained / 1024 / 1024} MB are still held after the refusal");
    }

    [Fact]
    public async Task A_bomb_is_refused_on_the_check_page_the_generate_page_and_in_a_batch()
    {
        await using var app = await RunningApp.StartAsync();
        var docx = Paragraphs.Value;
        var xlsx = Bombs.XlsxOfRows(Gigabyte);

        var (page, pageGrowth, _, _) = await WatchHeapAsync(() => app.PostFileAsync("/check", "公开.docx", docx, "application/octet-stream"));
        var (generate, generateGrowth, _, _) = await WatchHeapAsync(() => app.PostFileAsync("/generate", "模板.xlsx", xlsx, "application/octet-stream"));
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Bombs.Zip(("甲.docx", docx))), "files", "一批.zip" } };
        var (batch, batchGrowth, _, _) = await WatchHeapAsync(() => app.Client.PostAsync("/api/batches", form));
        var id = JsonDocument.Parse(await batch.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        var item = await BatchTests.WaitUntilFinishedAsync(app.Client, id!);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.StatusCode);
        Assert.Contains("解压后超过", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, generate.StatusCode);
        Assert.Equal(HttpStatusCode.Created, batch.StatusCode);
        var file = item.GetProperty("files")[0];
        Assert.Equal("failed", file.GetProperty("status").GetString());
        Assert.Contains("解压后超过", file.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.All(new[] { pageGrowth, generateGrowth, batchGrowth }, g => Assert.True(g < 512L * 1024 * 1024, $"the managed heap grew by {g / 1024 / 1024} MB"));
    }

    [Theory]
    [InlineData("/generate", "模板.xlsx")]
    [InlineData("/api/check", "公开.xlsx")]
    [InlineData("/api/check", "公开.docx")]
    public async Task A_file_just_within_the_expansion_bound_is_read_in_bounded_memory(string path, string name)
    {
        await using var app = await RunningApp.StartAsync();
        // 60 MB expanded: passes the 64 MB bound, so the reader itself must not hold it many times over.
        var bytes = name.EndsWith(".xlsx", StringComparison.Ordinal) ? Bombs.XlsxOfRows(60L * 1024 * 1024) : Bombs.DocxOfParagraphs(60L * 1024 * 1024);

        var (response, growth, retained, elapsed) = await WatchHeapAsync(() => app.PostFileAsync(path, name, bytes, "application/octet-stream"));
        output.WriteLine($"{path} {name}: {(int)response.StatusCode} in {elapsed.TotalSeconds:0.0} s, heap peak +{growth / 1024 / 1024} MB, held after +{retained / 1024 / 1024} MB");

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        // Measured 2026-12-08: .xlsx about 650–850 MB, .docx about 970 MB (the core readers hold 10–15 times the expanded
        // XML; reported to the core). What keeps the server's memory is that such reads run only in the check slots (next
        // test); this bound catches a reader that holds much more.
        Assert.True(growth < 1536L * 1024 * 1024, $"the managed heap grew by {growth / 1024 / 1024} MB");
        Assert.True(retained < 128L * 1024 * 1024, $"{retained / 1024 / 1024} MB are still held after the answer");
    }

    [Fact]
    public async Task Templates_are_read_in_the_check_slots_so_uploads_at_once_cannot_add_up_past_them()
    {
        var generator = new GatedGenerator(await File.ReadAllTextAsync(Samples.Seed("000")));
        await using var app = await RunningApp.StartAsync(new Backends(RuleChecker.Default, Generator: generator), configure: o => o with { MaxConcurrentChecks = 2 });
        var json = await File.ReadAllBytesAsync(Path.Combine(Samples.Root, "samples", "input", "bazhou-office-2025.json"));

        var requests = Enumerable.Range(0, 6).Select(_ => app.PostFileAsync("/generate", "输入.json", json, "application/json")).ToList();
        for (var i = 0; i < 600 && generator.Running < 2; i++) await Task.Delay(50);
        await Task.Delay(500);
        var runningBeforeRelease = generator.Running;
        generator.Gate.Set();
        var responses = await Task.WhenAll(requests);

        Assert.Equal(2, runningBeforeRelease);
        Assert.True(generator.MaxRunning <= 2, $"{generator.MaxRunning} templates were read at once");
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        foreach (var r in responses) r.Dispose();
    }

    /// <summary>A generator that holds every template until released, counting how many it reads at once.</summary>
    private sealed class GatedGenerator(string text) : IDisclosureGenerator
    {
        private int running;
        private int max;

        public ManualResetEventSlim Gate { get; } = new(false);
        public int Running => Volatile.Read(ref running);
        public int MaxRunning => Volatile.Read(ref max);

        public (string? Text, string? Error) Generate(byte[] input, string name)
        {
            var now = Interlocked.Increment(ref running);
            lock (Gate) max = Math.Max(max, now);
            Gate.Wait(TimeSpan.FromSeconds(60));
            Interlocked.Decrement(ref running);
            return (text, null);
        }

        public byte[] Template() => [];
    }

    [Fact]
    public async Task A_word_file_nested_deeper_than_the_bound_is_refused()
    {
        await using var app = await RunningApp.StartAsync();

        using var response = await app.PostFileAsync("/api/check", "深.docx", Bombs.DocxNested(100_000), "application/octet-stream");
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("嵌套", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ordinary_word_file_passes_the_bounds()
    {
        await using var app = await RunningApp.StartAsync();
        var seed = Yusuan.Core.Reading.DisclosureReader.ReadFile(Samples.Seed("000")).GetValueOrThrow();
        var path = Path.Combine(Path.GetTempPath(), $"yusuan-bomb-{Guid.NewGuid():N}.docx");
        try
        {
            Yusuan.Core.Rendering.Docx.DocxRenderer.Write(seed, path);
            using var response = await app.PostFileAsync("/api/check", "公开.docx", await File.ReadAllBytesAsync(path), "application/octet-stream");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Runs a request while sampling the managed heap; returns the response, the largest growth seen, the growth
    /// still held after a full collection once it is answered, and how long the answer took.</summary>
    private static async Task<(HttpResponseMessage Response, long Growth, long Retained, TimeSpan Elapsed)> WatchHeapAsync(Func<Task<HttpResponseMessage>> request)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var peak = before;
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false));
                try
                {
                    await Task.Delay(5, done.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }
        });
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var response = await request();
        var elapsed = clock.Elapsed;
        await done.CancelAsync();
        await sampler;
        peak = Math.Max(peak, GC.GetTotalMemory(false));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        return (response, peak - before, after - before, elapsed);
    }
}
