using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Dapper;
using Yusuan.Storage.Engines;

namespace Yusuan.Storage.Schema;

/// <summary>A numbered migration script of one dialect (embedded resource <c>NNN_name.sql</c>).</summary>
public sealed record Migration(int Version, string Name, string Sql);

/// <summary>
/// Brings a database up to the newest schema: applies, in order and each in its own transaction, every numbered
/// script of the dialect not yet recorded in <c>schema_version</c>. Both engines have transactional DDL, so a
/// migration is applied whole or not at all.
/// </summary>
public static class Migrator
{
    public static IReadOnlyList<Migration> Scripts(SqlDialect dialect)
    {
        var assembly = typeof(Migrator).Assembly;
        var prefix = $"Yusuan.Storage.Migrations.{dialect.Name}.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Load(assembly, n, n[prefix.Length..^4]))
            .OrderBy(m => m.Version)
            .ToList();
    }

    public static int LatestVersion(SqlDialect dialect) => Scripts(dialect).Max(m => m.Version);

    /// <summary>Applies pending migrations; returns the versions applied.</summary>
    /// <remarks>Importers started together on a fresh database must not race on the first CREATE TABLE (PostgreSQL's
    /// catalog rejects the second with a duplicate key) nor both run a script. On PostgreSQL the whole pass runs under a
    /// session advisory lock, released at the end whatever happens; on SQLite each step is a write transaction (BEGIN
    /// IMMEDIATE), which SQLite serialises, waiting on the busy timeout.</remarks>
    public static IReadOnlyList<int> Migrate(DbConnection connection, SqlDialect dialect)
    {
        if (dialect.Engine != StoreEngine.Postgres) return MigrateLocked(connection, dialect);
        connection.Execute("SELECT pg_advisory_lock(@key)", new { key = LockKey });
        try
        {
            return MigrateLocked(connection, dialect);
        }
        finally
        {
            connection.Execute("SELECT pg_advisory_unlock(@key)", new { key = LockKey });
        }
    }

    /// <summary>The PostgreSQL advisory lock that serialises migrations (any fixed number no other lock uses).</summary>
    private const long LockKey = 7311520;

    private static List<int> MigrateLocked(DbConnection connection, SqlDialect dialect)
    {
        using (var create = connection.BeginTransaction())
        {
            connection.Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)", transaction: create);
            create.Commit();
        }
        var applied = new List<int>();
        foreach (var migration in Scripts(dialect))
        {
            using var tx = connection.BeginTransaction();
            var done = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM schema_version WHERE version = @v", new { v = migration.Version }, tx);
            if (done > 0)
            {
                tx.Rollback();
                continue;
            }
            connection.Execute(migration.Sql, transaction: tx);
            connection.Execute("INSERT INTO schema_version (version, name, applied_at) VALUES (@v, @n, @t)",
                new { v = migration.Version, n = migration.Name, t = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture) }, tx);
            if (migration.Version == 1) ReferenceData.Seed(connection, tx);
            tx.Commit();
            applied.Add(migration.Version);
        }
        return applied;
    }

    /// <summary>The newest applied version; 0 for a database never migrated (no schema_version table).</summary>
    public static int CurrentVersion(DbConnection connection)
    {
        try
        {
            return connection.ExecuteScalar<int?>("SELECT MAX(version) FROM schema_version") ?? 0;
        }
        catch (DbException)
        {
            return 0;
        }
    }

    private static Migration Load(Assembly assembly, string resource, string fileName)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var number = fileName.Split('_', 2);
        return new Migration(int.Parse(number[0], CultureInfo.InvariantCulture), number.Length > 1 ? number[1] : fileName, reader.ReadToEnd());
    }
}
