using System.Data.Common;
using System.Text;
using Yusuan.Storage.Engines;

namespace Yusuan.Storage.Importing;

/// <summary>
/// Multi-row INSERTs into one table through commands prepared once per connection: a full batch reuses the prepared
/// statement, the remainder goes in one last statement. This is the import's hot path.
/// </summary>
internal sealed class BulkInserter : IDisposable
{
    private readonly DbConnection connection;
    private readonly SqlDialect dialect;
    private readonly string table;
    private readonly string[] columns;
    private readonly int rowsPerInsert;
    private readonly List<object?[]> pending = [];

    // Prepared statements by row count: a document's last, partial batch has one of a few sizes, reused across documents.
    private readonly Dictionary<int, DbCommand> prepared = [];

    public BulkInserter(DbConnection connection, SqlDialect dialect, string table, params string[] columns)
    {
        this.connection = connection;
        this.dialect = dialect;
        this.table = table;
        this.columns = columns;
        rowsPerInsert = Math.Max(1, Math.Min(dialect.RowsPerInsert, 30000 / columns.Length));
    }

    public void Add(DbTransaction tx, params object?[] values)
    {
        pending.Add(values);
        if (pending.Count == rowsPerInsert) Flush(tx);
    }

    public void Flush(DbTransaction tx)
    {
        if (pending.Count == 0) return;
        if (!prepared.TryGetValue(pending.Count, out var command))
        {
            command = Create(pending.Count);
            prepared.Add(pending.Count, command);
        }
        Run(command, tx);
        pending.Clear();
    }

    /// <summary>Drops rows not yet written (after a failed document).</summary>
    public void Discard() => pending.Clear();

    private void Run(DbCommand command, DbTransaction tx)
    {
        command.Transaction = tx;
        var i = 0;
        foreach (var row in pending)
        {
            foreach (var value in row) command.Parameters[i++].Value = dialect.Bind(value) ?? DBNull.Value;
        }
        command.ExecuteNonQuery();
    }

    private DbCommand Create(int rows)
    {
        var command = connection.CreateCommand();
        var sql = new StringBuilder("INSERT INTO ").Append(table).Append(" (").AppendJoin(", ", columns).Append(") VALUES ");
        var index = 0;
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Length; c++)
            {
                if (c > 0) sql.Append(", ");
                sql.Append(dialect.Placeholder(index));
                command.Parameters.Add(dialect.CreateParameter(command, index));
                index++;
            }
            sql.Append(')');
        }
        command.CommandText = sql.ToString();
        // Npgsql prepares on first execution with the parameter types it then sees (auto-prepare); SQLite compiles now.
        if (dialect.Engine == StoreEngine.Sqlite) command.Prepare();
        return command;
    }

    public void Dispose()
    {
        foreach (var command in prepared.Values) command.Dispose();
    }
}
