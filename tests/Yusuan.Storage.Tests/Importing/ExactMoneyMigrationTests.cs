using Dapper;
using Microsoft.Data.Sqlite;
using Yusuan.Storage.Engines;
using Yusuan.Storage.Importing;
using Yusuan.Storage.Schema;

namespace Yusuan.Storage.Tests.Importing;

/// <summary>Migration 003 on a SQLite corpus written by an earlier version (money as REAL in NUMERIC columns).</summary>
public sealed class ExactMoneyMigrationTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("yusuan-migrate-").FullName;

    [Fact]
    public void An_older_corpus_keeps_its_figures_and_a_document_with_an_unreadable_one_is_marked_for_reimport()
    {
        var path = Path.Combine(folder, "old.db");
        using (var old = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            old.Open();
            old.Execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            foreach (var m in Migrator.Scripts(SqliteDialect.Instance).Where(m => m.Version != 3))
            {
                old.Execute(m.Sql);
                old.Execute("INSERT INTO schema_version VALUES (@Version, @Name, '2026-01-01T00:00:00Z')", m);
            }
            const string doc = "INSERT INTO documents (id, content_hash, source_path, unit, year, kind, imported_at, status) VALUES (@id, @hash, 'x.txt', '某局', 2025, 'budget', '2026-01-01T00:00:00Z', 'ok')";
            old.Execute(doc, new { id = 1, hash = "a" });
            old.Execute(doc, new { id = 2, hash = "b" });
            old.Execute("INSERT INTO cells VALUES (1, 0, 'T3', '', 'total', 'total', 12345.67), (1, 1, 'T3', '', 'total', 'basic', 0.000001), (1, 2, 'T3', '', 'total', 'project', 100)");
            old.Execute("INSERT INTO cells VALUES (2, 0, 'T3', '', 'total', 'total', @big)", new { big = (double)decimal.MaxValue });
            old.Execute("INSERT INTO claims (document_id, seq, subject_key, subject_label, amount, text) VALUES (2, 0, 'expense.total', '支出', 1.5, '…')");
            Assert.Equal("real", old.ExecuteScalar<string>("SELECT typeof(value) FROM cells WHERE document_id = 1 AND seq = 0"));
        }

        var store = CorpusStore.Open(StoreLocation.Sqlite(path));

        using var connection = store.OpenConnection();
        Assert.Equal(Migrator.LatestVersion(store.Dialect), Migrator.CurrentVersion(connection));
        Assert.Equal([12345.67m, 0.000001m, 100m], StoredDocuments.Cells(connection, null, 1).Select(c => c.Value));
        Assert.Equal("failed", connection.ExecuteScalar<string>("SELECT status FROM documents WHERE id = 2"));
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM cells WHERE document_id = 2") + connection.ExecuteScalar<long>("SELECT COUNT(*) FROM claims WHERE document_id = 2"));
        // The rebuilt money column keeps a figure as bound: exact text stays text.
        connection.Execute("INSERT INTO cells VALUES (1, 3, 'T3', '', 'x', 'y', @v)", new { v = SqliteDialect.Instance.Bind(decimal.MaxValue) });
        Assert.Equal(decimal.MaxValue, StoredDocuments.Cells(connection, null, 1).Last().Value);
        Assert.Equal(1, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM unit_year_summary"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
