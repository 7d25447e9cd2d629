using Yusuan.Storage.Engines;
using Yusuan.Storage.Importing;
using Yusuan.Storage.Tests.Synthetic;

namespace Yusuan.Storage.Tests;

/// <summary>Fresh stores for tests: a SQLite file in a temp folder, or a new database on the test PostgreSQL server.</summary>
public sealed class TestStores(PostgresServer postgres) : IDisposable
{
    private readonly List<string> folders = [];

    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>The engines the shared tests run against: always SQLite, PostgreSQL when a server can be started here.</summary>
    public static TheoryData<string> Engines => PostgresServer.Unavailable is null ? new TheoryData<string> { Sqlite, Postgres } : new TheoryData<string> { Sqlite };

    public string NewFolder()
    {
        var folder = Directory.CreateTempSubdirectory("yusuan-store-test-").FullName;
        folders.Add(folder);
        return folder;
    }

    public StoreLocation Location(string engine) => engine switch
    {
        Sqlite => StoreLocation.Sqlite(Path.Combine(NewFolder(), "yusuan.db")),
        Postgres => StoreLocation.Postgres(postgres.CreateDatabase()),
        _ => throw new ArgumentOutOfRangeException(nameof(engine)),
    };

    public CorpusStore Create(string engine) => CorpusStore.Open(Location(engine));

    public static IReadOnlyList<ImportSource> Sources(IEnumerable<SyntheticDocument> documents) =>
        documents.Select(d => (ImportSource)new DisclosureImportSource(d.Name, d.Document)).ToList();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var folder in folders)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
