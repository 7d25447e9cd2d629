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
    private DbCommand? full;

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
        if (pending.Count == rowsPerInsert)
        {
            full ??= Create(rowsPerInsert, prepare: true);
            Run(full, tx);
        }
        else
        {
            using var rest = Create(pending.Count, prepare: false);
            Run(rest, tx);
        }
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
            foreach (var value in row) command.Parameters[i++].Value = value ?? DBNull.Value;
        }
        command.ExecuteNonQuery();
        if (!ReferenceEquals(command, full)) return;
        // Keep no references to this document's values between batches.
        foreach (DbParameter p in command.Parameters) p.Value = DBNull.Value;
    }

    private DbCommand Create(int rows, bool prepare)
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
        if (prepare)
        {
            // Npgsql needs parameter types known before preparing; values are set per batch, so prepare lazily on first run there.
            if (dialect.Engine == StoreEngine.Sqlite) command.Prepare();
        }
        return command;
    }

    public void Dispose() => full?.Dispose();
}
