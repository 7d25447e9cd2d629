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
    public async Task A_corpus_folder_is_kept_file_by_file_under_the_ids_of_its_bytes_and_a_restart_reads_none_of_it_again()
    {
        // serve --db … --corpus DIR used to save each document's extracted text (a PDF lost its pages, its id was the hash
        // of the text, the HTML file could not be shown again) and read and checked the whole folder at every start.
        var corpusFolder = Directory.CreateDirectory(Path.Combine(folder, "公开文件")).FullName;
        var files = new[]
        {
            Samples.Seed("000"),
            Path.Combine(Samples.Root, "samples", "corpus", "pdf", "013_js_rdcwh_2019_dept_budget.b.pdf"),
            Path.Combine(Samples.Root, "samples", "corpus", "html", "018_cq_jtw_2018_dept_budget_narrative.html"),
        };
        foreach (var f in files) File.Copy(f, Path.Combine(corpusFolder, Path.GetFileName(f)));
        var ids = files.Select(f => CheckedFile.IdOf(File.ReadAllBytes(f))).Order(StringComparer.Ordinal).ToList();
        var pdfId = ids.Single(id => File.ReadAllBytes(files[1]) is var b && CheckedFile.IdOf(b) == id);

        await using (var app = await RunningApp.StartAsync(new Backends(new CountingChecker()), store: Location, configure: o => o with { CorpusFolder = corpusFolder }))
        {
            var listed = JsonDocument.Parse(await app.Client.GetStringAsync("/api/documents")).RootElement.EnumerateArray()
                .Select(d => d.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(ids, listed);
        }
        var counting = new CountingChecker();

        // Only the pages below read a whole document again (from its kept file), as any stored document is read.
        await using var restarted = await RunningApp.StartAsync(new Backends(counting), store: Location, configure: o => o with { CorpusFolder = corpusFolder });
        var checksAtStart = counting.Calls;
        var pages = new List<HttpStatusCode>();
        foreach (var id in ids)
        {
            using var page = await restarted.Client.GetAsync($"/documents/{id}");
            pages.Add(page.StatusCode);
        }
        var listedAgain = JsonDocument.Parse(await restarted.Client.GetStringAsync("/api/documents")).RootElement.GetArrayLength();
        using var image = await restarted.Client.GetAsync($"/api/documents/{pdfId}/pages/1");

        Assert.Equal(0, checksAtStart);
        Assert.Equal(3, listedAgain);
        Assert.All(pages, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.True(File.Exists(Path.Combine(Location.Display + ".files", pdfId + ".pdf")), "the PDF is kept as it is");
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
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
