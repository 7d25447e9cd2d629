using Microsoft.Data.Sqlite;
using Npgsql;
using Yusuan.Storage.Engines;

namespace Yusuan.Storage;

/// <summary>Where the corpus lives: a SQLite file (the default, ./yusuan.db) or a PostgreSQL connection string.</summary>
public sealed record StoreLocation(StoreEngine Engine, string ConnectionString, string Display)
{
    public const string DefaultFile = "yusuan.db";

    public SqlDialect Dialect => SqlDialect.For(Engine);

    public static StoreLocation Sqlite(string path)
    {
        var full = Path.GetFullPath(path);
        return new StoreLocation(StoreEngine.Sqlite, new SqliteConnectionStringBuilder { DataSource = full }.ToString(), full);
    }

    public static StoreLocation Postgres(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return new StoreLocation(StoreEngine.Postgres, builder.ConnectionString, $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}");
    }

    /// <summary>From the <c>--db FILE</c> / <c>--pg CONNSTR</c> options; SQLite ./yusuan.db when neither is given.</summary>
    public static StoreLocation FromOptions(string? db, string? pg) =>
        !string.IsNullOrWhiteSpace(pg) ? Postgres(pg) : Sqlite(string.IsNullOrWhiteSpace(db) ? DefaultFile : db);
}
