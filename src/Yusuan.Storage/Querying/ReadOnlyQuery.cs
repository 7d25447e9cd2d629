using System.Data.Common;
using System.Text.RegularExpressions;

namespace Yusuan.Storage.Querying;

/// <summary>The result of a user's query: column names and rows of plain values (null for SQL NULL).</summary>
public sealed record QueryResult(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);

/// <summary>
/// Runs a user's SELECT. Two locks, so a crafted statement cannot write either: the text must be one SELECT (or
/// WITH … SELECT, VALUES, EXPLAIN), and it runs on a read-only connection (SQLite opened read-only with
/// <c>query_only</c>; PostgreSQL inside a READ ONLY transaction that is rolled back).
/// </summary>
public static partial class ReadOnlyQuery
{
    /// <summary>Null when <paramref name="sql"/> is acceptable, otherwise one sentence why not.</summary>
    public static string? Reject(string sql)
    {
        var text = StripComments(sql).Trim();
        if (text.EndsWith(';')) text = text[..^1].TrimEnd();
        if (text.Length == 0) return "查询为空。/ The query is empty.";
        if (HasStatementBreak(text)) return "只能执行一条语句。/ Only one statement is allowed.";
        var first = FirstWord().Match(text).Groups[1].Value.ToUpperInvariant();
        if (first is not ("SELECT" or "WITH" or "VALUES" or "EXPLAIN"))
        {
            return $"只允许只读的 SELECT 查询，不能执行 {first}。/ Only read-only SELECT queries are allowed, not {first}.";
        }
        return null;
    }

    public static QueryResult Run(CorpusStore store, string sql, int? maxRows = null)
    {
        if (Reject(sql) is { } reason) throw new StoreException(reason);
        using var connection = store.OpenConnection(readOnly: true);
        // SQLite: the connection itself is read-only (and BEGIN there would take a write lock). PostgreSQL: a READ ONLY
        // transaction, rolled back at the end whatever happens.
        using var tx = store.Dialect.ReadOnlyTransactionStatement is null ? null : connection.BeginTransaction();
        if (tx is not null)
        {
            using var set = connection.CreateCommand();
            set.Transaction = tx;
            set.CommandText = store.Dialect.ReadOnlyTransactionStatement;
            set.ExecuteNonQuery();
        }
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql.Trim().TrimEnd(';');
        try
        {
            using var reader = command.ExecuteReader();
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            var rows = new List<object?[]>();
            while (reader.Read() && (maxRows is null || rows.Count < maxRows))
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                rows.Add(row);
            }
            return new QueryResult(columns, rows);
        }
        catch (DbException e)
        {
            throw new StoreException($"查询出错：{e.Message} / The query failed.", e);
        }
        finally
        {
            tx?.Rollback();
        }
    }

    private static string StripComments(string sql) => BlockComment().Replace(LineComment().Replace(sql, " "), " ");

    /// <summary>A ';' outside quotes means a second statement.</summary>
    private static bool HasStatementBreak(string sql)
    {
        char? quote = null;
        foreach (var c in sql)
        {
            if (quote is { } q)
            {
                if (c == q) quote = null;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == ';')
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"^[\s(]*([A-Za-z]*)")]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"--[^\n]*")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex BlockComment();
}
