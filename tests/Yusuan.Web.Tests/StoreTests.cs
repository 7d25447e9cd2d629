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

        var corpus = StoreCorpus.Open(Location, RuleChecker.Default);
        Assert.Empty(corpus.List(new CorpusFilter()));
        Assert.False(Directory.Exists(Location.Display + ".files") && Directory.EnumerateFiles(Location.Display + ".files").Any());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
