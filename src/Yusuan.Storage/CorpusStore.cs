using System.Data.Common;
using Yusuan.Storage.Engines;
using Yusuan.Storage.Schema;

namespace Yusuan.Storage;

/// <summary>
/// The corpus database, SQLite or PostgreSQL, behind one code path (ADO.NET + Dapper; <see cref="SqlDialect"/> for the
/// few differences). Opening a store for writing brings its schema up to date.
/// </summary>
public sealed class CorpusStore
{
    static CorpusStore() => Querying.DapperSetup.Initialize();

    private CorpusStore(StoreLocation location) => Location = location;

    public StoreLocation Location { get; }

    public SqlDialect Dialect => Location.Dialect;

    /// <summary>Opens (creating a SQLite file if needed) and migrates the store.</summary>
    public static CorpusStore Open(StoreLocation location)
    {
        var store = new CorpusStore(location);
        using var connection = store.OpenConnection();
        Migrator.Migrate(connection, store.Dialect);
        return store;
    }

    /// <summary>Opens an existing store for reading only; fails with one sentence when there is none.</summary>
    public static CorpusStore OpenExisting(StoreLocation location)
    {
        if (location.Engine == StoreEngine.Sqlite && !File.Exists(location.Display))
        {
            throw new StoreException($"找不到语料库文件“{location.Display}”，请先用 yusuan import 导入。/ No corpus database at '{location.Display}'; run yusuan import first.");
        }
        var store = new CorpusStore(location);
        using var connection = store.OpenConnection(readOnly: true);
        if (Migrator.CurrentVersion(connection) < Migrator.LatestVersion(store.Dialect))
        {
            throw new StoreException($"“{location.Display}”的数据库结构版本过旧，请运行 yusuan import 升级。/ The database schema at '{location.Display}' is out of date; run yusuan import to migrate it.");
        }
        return store;
    }

    public DbConnection OpenConnection(bool readOnly = false)
    {
        var connection = Dialect.CreateConnection(Location.ConnectionString, readOnly);
        try
        {
            connection.Open();
            Dialect.Configure(connection, readOnly);
        }
        catch (DbException e)
        {
            connection.Dispose();
            throw new StoreException($"无法打开语料库 {Location.Display}：{e.Message} / Cannot open the corpus database.", e);
        }
        return connection;
    }
}

/// <summary>A problem with the store the user can act on; the message is one sentence (Chinese / English).</summary>
public sealed class StoreException : Exception
{
    public StoreException(string message) : base(message) { }

    public StoreException(string message, Exception inner) : base(message, inner) { }
}
