using System.Data.Common;

namespace Yusuan.Storage.Engines;

public enum StoreEngine
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The few places the two engines differ. Everything else (tables, views, queries, the import path) is shared:
/// both engines speak <c>INSERT … ON CONFLICT … DO UPDATE … RETURNING</c>, so the upsert is common SQL, and only
/// connections, session settings, identity DDL (in the migration scripts) and bulk placeholders differ.
/// </summary>
public abstract class SqlDialect
{
    public abstract StoreEngine Engine { get; }

    /// <summary>Folder of the migration scripts: "sqlite" or "postgres".</summary>
    public abstract string Name { get; }

    public abstract DbConnection CreateConnection(string connectionString, bool readOnly);

    /// <summary>Session settings run on every newly opened connection.</summary>
    public abstract void Configure(DbConnection connection, bool readOnly);

    /// <summary>Placeholder for the <paramref name="index"/>-th (0-based) parameter of a generated bulk statement.</summary>
    public abstract string Placeholder(int index);

    /// <summary>Creates the parameter for <see cref="Placeholder"/> <paramref name="index"/>.</summary>
    public abstract DbParameter CreateParameter(DbCommand command, int index);

    /// <summary>Statement that makes the current transaction read-only, or null when the connection already is.</summary>
    public abstract string? ReadOnlyTransactionStatement { get; }

    /// <summary>The value as bound to a bulk parameter: text without NUL characters (<see cref="Importing.StoredValues.Text"/>);
    /// SQLite binds money exactly as REAL or TEXT (<see cref="Importing.StoredValues.SqliteMoney"/>).</summary>
    public virtual object? Bind(object? value) => value is string s ? Importing.StoredValues.Text(s) : value;

    /// <summary>Rows per multi-row INSERT: bounded by the engine's parameter limit.</summary>
    public virtual int RowsPerInsert => 100;

    /// <summary><c>INSERT … ON CONFLICT (key) DO UPDATE SET … [WHERE …]</c>: the same text on both engines.</summary>
    public string Upsert(string table, IReadOnlyList<string> columns, IReadOnlyList<string> conflictColumns, IReadOnlyList<string> updateColumns,
        string? updateWhere = null, string? returning = null)
    {
        var values = string.Join(", ", columns.Select(c => "@" + c));
        var set = updateColumns.Count == 0
            ? "DO NOTHING"
            : "DO UPDATE SET " + string.Join(", ", updateColumns.Select(c => $"{c} = excluded.{c}")) + (updateWhere is null ? string.Empty : " WHERE " + updateWhere);
        return $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({values}) ON CONFLICT ({string.Join(", ", conflictColumns)}) {set}"
               + (returning is null ? string.Empty : " RETURNING " + returning);
    }

    public static SqlDialect For(StoreEngine engine) => engine == StoreEngine.Sqlite ? SqliteDialect.Instance : PostgresDialect.Instance;
}
