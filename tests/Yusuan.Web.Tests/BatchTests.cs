using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Yusuan.Core.Checking;
using Yusuan.Core.Model;
using Yusuan.Storage;
using Yusuan.Web.Services;

namespace Yusuan.Web.Tests;

/// <summary>Batch review: many files or a zip become one job that runs in the background, survives a restart, and gives
/// one download of every document's 检查表 and the batch summary.</summary>
public sealed class BatchTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("yusuan-web-batch-").FullName;

    private StoreLocation Location => StoreLocation.Sqlite(Path.Combine(folder, "corpus.db"));

    [Fact]
    public async Task Files_and_a_zip_become_one_batch_whose_documents_are_checked_saved_and_summarised()
    {
        await using var app = await RunningApp.StartAsync();
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(await File.ReadAllBytesAsync(Samples.Seed("000"))), "files", "000.txt" },
            { new ByteArrayContent(Bombs.Zip(("甲/001.txt", await File.ReadAllBytesAsync(Samples.Seed("001"))), ("乙/002.txt", await File.ReadAllBytesAsync(Samples.Seed("002"))),
                ("说明.png", [1, 2, 3]))), "files", "一批.zip" },
            { new ByteArrayContent("今天天气很好。"u8.ToArray()), "files", "不是公开文件.txt" },
            { new StringContent("第一批"), "name" },
        };

        using var created = await app.Client.PostAsync("/api/batches", form);
        var batch = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var done = await WaitUntilFinishedAsync(app.Client, batch.GetProperty("id").GetString()!);
        var files = done.GetProperty("files").EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("第一批", batch.GetProperty("name").GetString());
        Assert.Equal(["000.txt", "甲/001.txt", "乙/002.txt", "不是公开文件.txt"], files.Select(f => f.GetProperty("name").GetString()));
        Assert.Equal(["done", "done", "done", "failed"], files.Select(f => f.GetProperty("status").GetString()));
        Assert.Equal(3, done.GetProperty("done").GetInt32());
        var first = files[0].GetProperty("document");
        Assert.Equal(2025, first.GetProperty("year").GetInt32());
        Assert.True(first.TryGetProperty("uncertain", out _));
        var list = JsonDocument.Parse(await app.Client.GetStringAsync("/api/documents")).RootElement;
        Assert.Equal(3, list.GetArrayLength());

        var zip = await app.Client.GetByteArrayAsync($"/api/batches/{batch.GetProperty("id").GetString()}/review.zip");
        using var archive = new ZipArchive(new MemoryStream(zip));
        var names = archive.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("批次汇总.xlsx", names);
        Assert.Equal(3, names.Count(n => n.StartsWith("检查表/", StringComparison.Ordinal) && n.EndsWith(".xlsx", StringComparison.Ordinal)));
        Assert.All(archive.Entries, e =>
        {
            using var s = e.Open();
            var head = new byte[2];
            s.ReadExactly(head);
            Assert.Equal("PK"u8.ToArray(), head);
        });
        // The summary lists every file of the batch: the three checked with their units, the one that is no disclosure.
        using var summaryStream = new MemoryStream();
        using (var s = archive.GetEntry("批次汇总.xlsx")!.Open()) s.CopyTo(summaryStream);
        var summary = Yusuan.Core.Reading.Formats.DocumentText.Extract(summaryStream.ToArray(), "批次汇总.xlsx");
        Assert.True(summary.Success, summary.Error);
        foreach (var f in files)
        {
            Assert.Contains(f.GetProperty("name").GetString()!, summary.Text, StringComparison.Ordinal);
            if (f.GetProperty("document") is { ValueKind: JsonValueKind.Object } d && d.GetProperty("unit").GetString() is { } unit)
            {
                Assert.Contains(unit, summary.Text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task The_same_file_twice_in_a_batch_is_one_document()
    {
        await using var app = await RunningApp.StartAsync();
        var bytes = await File.ReadAllBytesAsync(Samples.Seed("000"));
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(bytes), "files", "000.txt" },
            { new ByteArrayContent(bytes), "files", "000-副本.txt" },
        };

        using var created = await app.Client.PostAsync("/api/batches", form);
        var done = await WaitUntilFinishedAsync(app.Client, JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!);
        var ids = done.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("document").GetProperty("id").GetString()).ToList();

        Assert.Equal(ids[0], ids[1]);
        Assert.Equal(1, JsonDocument.Parse(await app.Client.GetStringAsync("/api/documents")).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task A_batch_interrupted_by_a_restart_keeps_its_progress_and_carries_on_where_it_stopped()
    {
        var gate = new GatedChecker(free: 1);
        string id;
        await using (var app = await RunningApp.StartAsync(new Backends(gate), store: Location))
        {
            using var form = new MultipartFormDataContent();
            foreach (var seed in new[] { "000", "001", "002", "003" })
            {
                form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(Samples.Seed(seed))), "files", seed + ".txt");
            }
            using var created = await app.Client.PostAsync("/api/batches", form);
            id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
            // The first file is checked; the second is stuck in its check when the app stops.
            await gate.Blocked.WaitAsync(TimeSpan.FromSeconds(60));
            var partway = JsonDocument.Parse(await app.Client.GetStringAsync($"/api/batches/{id}")).RootElement;
            Assert.False(partway.GetProperty("finished").GetBoolean());
        }
        gate.Release();

        // The restarted app holds every check until the progress it found has been read.
        var after = new GatedChecker(free: 0);
        await using var restarted = await RunningApp.StartAsync(new Backends(after), store: Location);
        var resumed = JsonDocument.Parse(await restarted.Client.GetStringAsync($"/api/batches/{id}")).RootElement;
        var resumedPage = await restarted.Client.GetStringAsync($"/batches/{id}");
        after.Release();
        var done = await WaitUntilFinishedAsync(restarted.Client, id);

        Assert.Equal(1, resumed.GetProperty("done").GetInt32());
        Assert.False(resumed.GetProperty("finished").GetBoolean());
        Assert.Equal(["done", "queued", "queued", "queued"], resumed.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("status").GetString()));
        Assert.Contains("正在检查：1 / 4", resumedPage, StringComparison.Ordinal);
        Assert.Equal(4, done.GetProperty("done").GetInt32());
        // The file checked before the restart is not checked again; the one cut short is, once.
        Assert.Equal(3, after.Calls);
        Assert.Equal(4, JsonDocument.Parse(await restarted.Client.GetStringAsync("/api/documents")).RootElement.GetArrayLength());
        Assert.Contains("已完成", await restarted.Client.GetStringAsync($"/batches/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_batch_page_lists_the_documents_with_their_counts_and_the_download()
    {
        await using var app = await RunningApp.StartAsync();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(Samples.Seed("000"))), "files", "000.txt" } };
        using var created = await app.Client.PostAsync("/api/batches", form);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        await WaitUntilFinishedAsync(app.Client, id);

        var html = await app.Client.GetStringAsync($"/batches/{id}");
        var list = await app.Client.GetStringAsync("/batches");

        Assert.Contains("id=\"batch-docs\"", html, StringComparison.Ordinal);
        Assert.Contains("新疆巴州人民政府办公室", html, StringComparison.Ordinal);
        Assert.Contains("读取存疑", html, StringComparison.Ordinal);
        Assert.Contains($"/batches/{id}/review.zip", html, StringComparison.Ordinal);
        Assert.Contains($"/batches/{id}", list, StringComparison.Ordinal);
    }

    /// <summary>Polls a batch until nothing is queued.</summary>
    public static async Task<JsonElement> WaitUntilFinishedAsync(HttpClient client, string id)
    {
        for (var i = 0; i < 600; i++)
        {
            var b = JsonDocument.Parse(await client.GetStringAsync($"/api/batches/{id}")).RootElement;
            if (b.GetProperty("finished").GetBoolean()) return b;
            await Task.Delay(200);
        }
        throw new TimeoutException($"batch {id} did not finish");
    }

    /// <summary>Checks the first <paramref name="free"/> documents, then holds every other check until released (an app
    /// may stop meanwhile); counts the checks it is asked for.</summary>
    private sealed class GatedChecker(int free) : IDisclosureChecker
    {
        private readonly ManualResetEventSlim released = new(false);
        private int calls;

        public SemaphoreSlim Blocked { get; } = new(0);

        public int Calls => Volatile.Read(ref calls);

        public void Release() => released.Set();

        public CheckReport Check(Disclosure document, string? source)
        {
            if (Interlocked.Increment(ref calls) > free)
            {
                Blocked.Release();
                if (!released.Wait(TimeSpan.FromSeconds(60))) throw new OperationCanceledException("never released");
            }
            return Checker.Default.Check(document, source);
        }
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
