using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Yusuan.Storage;
using Yusuan.Storage.Importing;
using Yusuan.Web.Services;

namespace Yusuan.Web.Tests;

/// <summary>The app on the SQLite corpus store of src/Yusuan.Storage.</summary>
public sealed class StoreTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("yusuan-web-store-").FullName;

    private StoreLocation Location => StoreLocation.Sqlite(Path.Combine(folder, "corpus.db"));

    [Fact]
    public async Task A_document_saved_through_the_api_is_in_the_database_and_still_there_after_a_restart()
    {
        string id;
        await using (var app = await RunningApp.StartAsync(store: Location))
        {
            using var response = await app.PostFileAsync("/api/documents", "000.txt", await File.ReadAllBytesAsync(Samples.Seed("000")));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        }

        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Location.Display }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM documents; SELECT COUNT(*) FROM findings;";
            using var reader = command.ExecuteReader();
            reader.Read();
            Assert.Equal(1L, reader.GetInt64(0));
            reader.NextResult();
            reader.Read();
            Assert.True(reader.GetInt64(0) > 0, "the checker's findings are stored with the document");
        }

        await using var restarted = await RunningApp.StartAsync(store: Location);
        var list = JsonDocument.Parse(await restarted.Client.GetStringAsync("/api/documents")).RootElement;
        Assert.Equal(id, Assert.Single(list.EnumerateArray()).GetProperty("id").GetString());
        using var page = await restarted.Client.GetAsync($"/documents/{id}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Documents_imported_with_the_command_line_importer_are_shown()
    {
        var store = CorpusStore.Open(Location);
        var report = new CorpusImporter(store).Import([new FileImportSource(Samples.Seed("002"))]);
        Assert.Equal(1, report.Imported);

        await using var app = await RunningApp.StartAsync(store: Location);
        var list = JsonDocument.Parse(await app.Client.GetStringAsync("/api/documents")).RootElement;

        Assert.Equal(2025, Assert.Single(list.EnumerateArray()).GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task A_refused_upload_leaves_no_row_and_no_file()
    {
        await using (var app = await RunningApp.StartAsync(store: Location))
        {
            using var refused = await app.PostFileAsync("/api/documents", "a.txt", Synthetic.Utf8("这不是公开文件"));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        using var corpus = StoreCorpus.Open(Location, RuleChecker.Default);
        Assert.Empty(corpus.List(new CorpusFilter()));
        Assert.False(Directory.Exists(Location.Display + ".files") && Directory.EnumerateFiles(Location.Display + ".files").Any());
    }

    [Fact]
    public async Task A_saved_word_file_keeps_its_id_after_a_restart_and_the_same_file_twice_is_one_document()
    {
        var docx = await WordSeedAsync();
        string id;
        await using (var app = await RunningApp.StartAsync(store: Location))
        {
            using var first = await app.PostFileAsync("/api/documents", "公开.docx", docx, "application/octet-stream");
            using var second = await app.PostFileAsync("/api/documents", "公开（重传）.docx", docx, "application/octet-stream");
            id = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.Equal(id, JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString());
        }

        await using var restarted = await RunningApp.StartAsync(store: Location);
        var list = JsonDocument.Parse(await restarted.Client.GetStringAsync("/api/documents")).RootElement;
        using var page = await restarted.Client.GetAsync($"/documents/{id}");

        Assert.Equal(CheckedFile.IdOf(docx), id);
        Assert.Equal(id, Assert.Single(list.EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(File.Exists(Path.Combine(Location.Display + ".files", id + ".docx")), "the file is kept as uploaded");
    }

    [Fact]
    public async Task A_restart_reads_stored_summaries_and_checks_no_document()
    {
        // The same checker both times: a summary made by another checker (or build) is made again.
        await using (var app = await RunningApp.StartAsync(new Backends(new CountingChecker()), store: Location))
        {
            foreach (var seed in new[] { "000", "001", "002" })
            {
                using var r = await app.PostFileAsync("/api/documents", seed + ".txt", await File.ReadAllBytesAsync(Samples.Seed(seed)));
                Assert.Equal(HttpStatusCode.Created, r.StatusCode);
            }
        }
        var counting = new CountingChecker();

        await using var restarted = await RunningApp.StartAsync(new Backends(counting), store: Location);
        var list = JsonDocument.Parse(await restarted.Client.GetStringAsync("/api/documents")).RootElement;
        var corpusPage = await restarted.Client.GetStringAsync("/corpus");

        Assert.Equal(3, list.GetArrayLength());
        Assert.Contains(list.EnumerateArray(), d => d.GetProperty("errors").GetInt32() + d.GetProperty("warnings").GetInt32() > 0);
        Assert.Contains("chart-composition", corpusPage, StringComparison.Ordinal);
        Assert.Equal(0, counting.Calls);
    }

    [Fact]
    public async Task Documents_imported_by_the_command_line_are_summarised_once()
    {
        var store = CorpusStore.Open(Location);
        new CorpusImporter(store).Import([new FileImportSource(Samples.Seed("002")), new FileImportSource(Samples.Seed("003"))]);
        var counting = new CountingChecker();

        await using (var app = await RunningApp.StartAsync(new Backends(counting), store: Location))
        {
            Assert.Equal(2, JsonDocument.Parse(await app.Client.GetStringAsync("/api/documents")).RootElement.GetArrayLength());
        }
        var afterFirst = counting.Calls;
        await using (var again = await RunningApp.StartAsync(new Backends(counting), store: Location))
        {
            Assert.Equal(2, JsonDocument.Parse(await again.Client.GetStringAsync("/api/documents")).RootElement.GetArrayLength());
        }

        Assert.Equal(2, afterFirst);
        Assert.Equal(2, counting.Calls);
    }

    [Fact]
    public async Task Deleting_a_document_removes_its_rows_its_kept_file_and_its_summary()
    {
        await using var app = await RunningApp.StartAsync(store: Location);
        using var saved = await app.PostFileAsync("/api/documents", "000.txt", await File.ReadAllBytesAsync(Samples.Seed("000")));
        var id = JsonDocument.Parse(await saved.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;

        using var deleted = await app.Client.DeleteAsync($"/api/documents/{id}");
        using var gone = await app.Client.GetAsync($"/api/documents/{id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.False(File.Exists(Path.Combine(Location.Display + ".files", id + ".txt")));
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Location.Display }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM documents) + (SELECT COUNT(*) FROM findings) + (SELECT COUNT(*) FROM cells) + (SELECT COUNT(*) FROM web_documents)";
        Assert.Equal(0L, (long)command.ExecuteScalar()!);
    }

    private static async Task<byte[]> WordSeedAsync()
    {
        var seed = Yusuan.Core.Reading.DisclosureReader.ReadFile(Samples.Seed("000")).GetValueOrThrow();
        var path = Path.Combine(Path.GetTempPath(), $"yusuan-store-{Guid.NewGuid():N}.docx");
        try
        {
            Yusuan.Core.Rendering.Docx.DocxRenderer.Write(seed, path);
            return await File.ReadAllBytesAsync(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The default checker, counting how often it is asked.</summary>
    private sealed class CountingChecker : IDisclosureChecker
    {
        private int calls;

        public int Calls => Volatile.Read(ref calls);

        public Yusuan.Core.Checking.CheckReport Check(Yusuan.Core.Model.Disclosure document, string? source)
        {
            Interlocked.Increment(ref calls);
            return Yusuan.Core.Checking.Checker.Default.Check(document, source);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
