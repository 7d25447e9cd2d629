using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Yusuan.Storage.Querying;

/// <summary>The result of a user's query: column names and rows of plain values (null for SQL NULL).</summary>
public sealed record QueryResult(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);

/// <summary>
/// Runs a user's SELECT. Two locks, so a crafted statement cannot write either: the text must be one SELECT (or
/// WITH … SELECT, VALUES, EXPLAIN), told by a scan that knows SQL's strings, quoted names and comments, and it runs on a
/// read-only connection (SQLite opened read-only with <c>query_only</c>; PostgreSQL inside a READ ONLY transaction that
/// is rolled back). A statement that runs longer than its timeout is stopped (PostgreSQL <c>statement_timeout</c>,
/// SQLite <c>sqlite3_interrupt</c>).
/// </summary>
public static class ReadOnlyQuery
{
    /// <summary>How long a query may run unless told otherwise.</summary>
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromSeconds(60);

    /// <summary>Null when <paramref name="sql"/> is acceptable to <paramref name="engine"/>, otherwise one sentence why
    /// not. The engines split text differently (PostgreSQL has <c>$$…$$</c> strings, <c>E'\''</c> escapes and nested
    /// comments; SQLite has none of them), so without an engine the text must pass as both.</summary>
    public static string? Reject(string sql, Engines.StoreEngine? engine = null) => engine switch
    {
        Engines.StoreEngine.Postgres => Reject(SqlScan.Of(sql, postgres: true)),
        Engines.StoreEngine.Sqlite => Reject(SqlScan.Of(sql, postgres: false)),
        _ => Reject(SqlScan.Of(sql, postgres: false)) ?? Reject(SqlScan.Of(sql, postgres: true)),
    };

    private static string? Reject(SqlScan scan)
    {
        if (scan.Error is { } error) return error;
        if (scan.Words.Count == 0) return "查询为空。/ The query is empty.";
        if (scan.Statements > 1) return "只能执行一条语句。/ Only one statement is allowed.";
        var first = scan.Words[0].ToUpperInvariant();
        if (first is not ("SELECT" or "WITH" or "VALUES" or "EXPLAIN"))
        {
            return $"只允许只读的 SELECT 查询，不能执行 {first}。/ Only read-only SELECT queries are allowed, not {first}.";
        }
        // Not writes of the database itself, but they reach outside it (another file, the connection's settings).
        if (scan.Words.FirstOrDefault(w => w.ToUpperInvariant() is "VACUUM" or "ATTACH" or "DETACH" or "PRAGMA") is { } outside)
        {
            return $"查询中不能使用 {outside.ToUpperInvariant()}。/ {outside.ToUpperInvariant()} is not allowed in a query.";
        }
        return null;
    }

    public static QueryResult Run(CorpusStore store, string sql, int? maxRows = null, TimeSpan? timeout = null)
    {
        if (Reject(sql, store.Dialect.Engine) is { } reason) throw new StoreException(reason);
        var limit = timeout ?? DefaultTimeout;
        using var connection = store.OpenConnection(readOnly: true);
        // SQLite: the connection itself is read-only (and BEGIN there would take a write lock). PostgreSQL: a READ ONLY
        // transaction with a statement timeout, rolled back at the end whatever happens.
        using var tx = store.Dialect.ReadOnlyTransactionStatement is null ? null : connection.BeginTransaction();
        if (tx is not null)
        {
            using var set = connection.CreateCommand();
            set.Transaction = tx;
            set.CommandText = store.Dialect.ReadOnlyTransactionStatement + "; SET LOCAL statement_timeout = " +
                              ((long)Math.Max(1, limit.TotalMilliseconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            set.ExecuteNonQuery();
        }
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = SqlScan.WithoutTrailingSemicolons(sql);
        command.CommandTimeout = 0;
        // SQLite has no statement timeout: a timer interrupts the statement, which then fails with SQLITE_INTERRUPT.
        var expired = 0;
        using var timer = connection is SqliteConnection sqlite
            ? new Timer(_ =>
            {
                Interlocked.Exchange(ref expired, 1);
                SQLitePCL.raw.sqlite3_interrupt(sqlite.Handle);
            }, null, limit, Timeout.InfiniteTimeSpan)
            : null;
        try
        {
            using var reader = command.ExecuteReader();
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            var rows = new List<object?[]>();
            while (reader.Read() && (maxRows is null || rows.Count < maxRows))
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : Value(reader, i);
                rows.Add(row);
            }
            return new QueryResult(columns, rows);
        }
        catch (DbException e) when (IsTimeout(e) || Volatile.Read(ref expired) == 1)
        {
            throw new StoreException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"查询超时（超过 {limit.TotalSeconds:0.###} 秒），已中止。/ The query timed out after {limit.TotalSeconds:0.###} s and was stopped."), e);
        }
        catch (DbException e)
        {
            throw new StoreException($"查询出错：{OneLine(e.Message)} / The query failed.", e);
        }
        finally
        {
            timer?.Change(Timeout.Infinite, Timeout.Infinite);
            tx?.Rollback();
        }
    }

    /// <summary>A column's value; a PostgreSQL NUMERIC beyond decimal's range (<c>SELECT 1e300</c>) is read from its wire
    /// form and given as the double it is closest to, as SQLite gives such a number.</summary>
    private static object Value(DbDataReader reader, int i)
    {
        try
        {
            return reader.GetValue(i);
        }
        catch (OverflowException) when (reader is NpgsqlDataReader && reader.GetDataTypeName(i) == "numeric")
        {
            using var stream = reader.GetStream(i);
            return double.Parse(PgNumericText(stream), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>PostgreSQL's binary NUMERIC (ndigits, weight, sign, dscale, then base-10000 digits) as decimal text.</summary>
    private static string PgNumericText(Stream stream)
    {
        using var binary = new BinaryReader(stream);
        short Next() => System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(binary.ReadInt16());
        var count = Next();
        var weight = Next();
        var sign = (ushort)Next();
        Next(); // display scale: the digits below say as much
        if (sign == 0xC000) return "NaN";
        if (sign == 0xD000) return "Infinity";
        if (sign == 0xF000) return "-Infinity";
        var text = new System.Text.StringBuilder(sign == 0x4000 ? "-" : string.Empty);
        for (var k = 0; k < count; k++) text.Append(Next().ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
        if (count == 0) return "0";
        // Digit group k stands for 10000^(weight - k).
        return text.Append(System.Globalization.CultureInfo.InvariantCulture, $"E{4 * (weight - count + 1)}").ToString();
    }

    private static bool IsTimeout(DbException e) => e switch
    {
        PostgresException p => p.SqlState == PostgresErrorCodes.QueryCanceled,
        SqliteException s => s.SqliteErrorCode == SQLitePCL.raw.SQLITE_INTERRUPT,
        _ => false,
    };

    private static string OneLine(string message) => string.Join(' ', message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}

/// <summary>
/// A scan of SQL text, as one engine splits it, that knows where strings (<c>'…'</c> with <c>''</c>; on PostgreSQL also
/// <c>E'…'</c> with backslash escapes and <c>$tag$…$tag$</c>), quoted names (<c>"…"</c>; on SQLite also <c>`…`</c> and
/// <c>[…]</c>) and comments (<c>--</c> to the end of the line, <c>/* … */</c>, nested on PostgreSQL) begin and end, so a <c>;</c> or <c>--</c> inside one is no statement
/// break or comment. It yields the bare words outside them and the number of statements.
/// </summary>
internal sealed class SqlScan
{
    public List<string> Words { get; } = [];

    public int Statements { get; private set; }

    /// <summary>One sentence when the text ends inside a string, name or comment.</summary>
    public string? Error { get; private set; }

    public static SqlScan Of(string sql, bool postgres)
    {
        var scan = new SqlScan();
        var inStatement = false;
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            var next = i + 1 < sql.Length ? sql[i + 1] : '\0';
            int end;
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (c == '-' && next == '-')
            {
                end = sql.IndexOf('\n', i);
                i = end < 0 ? sql.Length : end + 1;
                continue;
            }
            if (c == '/' && next == '*')
            {
                end = BlockCommentEnd(sql, i, nested: postgres);
                if (end < 0) return scan.Fail("注释没有结束（缺少 */）。/ A comment is not closed (missing */).");
                i = end;
                continue;
            }
            if (c == ';')
            {
                inStatement = false;
                i++;
                continue;
            }
            if (!inStatement)
            {
                inStatement = true;
                scan.Statements++;
            }
            if (c == '\'' || postgres && c is 'E' or 'e' && next == '\'' && !WordBefore(sql, i))
            {
                var backslash = c != '\'';
                end = QuotedEnd(sql, backslash ? i + 1 : i, '\'', backslash);
                if (end < 0) return scan.Fail("字符串没有结束（缺少 '）。/ A string is not closed (missing ').");
                i = end;
            }
            else if (c == '"' || !postgres && c == '`')
            {
                end = QuotedEnd(sql, i, c, backslash: false);
                if (end < 0) return scan.Fail($"名称没有结束（缺少 {c}）。/ A quoted name is not closed (missing {c}).");
                i = end;
            }
            else if (!postgres && c == '[')
            {
                end = sql.IndexOf(']', i + 1);
                if (end < 0) return scan.Fail("名称没有结束（缺少 ]）。/ A quoted name is not closed (missing ]).");
                i = end + 1;
            }
            else if (postgres && c == '$' && !WordBefore(sql, i) && DollarTag(sql, i) is { } tag)
            {
                end = sql.IndexOf(tag, i + tag.Length, StringComparison.Ordinal);
                if (end < 0) return scan.Fail($"字符串没有结束（缺少 {tag}）。/ A dollar-quoted string is not closed (missing {tag}).");
                i = end + tag.Length;
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < sql.Length && (char.IsLetterOrDigit(sql[i]) || sql[i] is '_' or '$')) i++;
                scan.Words.Add(sql[start..i]);
            }
            else
            {
                i++;
            }
        }
        return scan;
    }

    /// <summary>The text to run: the statement without the semicolons (and blanks) after it.</summary>
    public static string WithoutTrailingSemicolons(string sql) => sql.Trim().TrimEnd(';', ' ', '\t', '\r', '\n');

    private SqlScan Fail(string error)
    {
        Error = error;
        return this;
    }

    private static bool WordBefore(string sql, int i) => i > 0 && (char.IsLetterOrDigit(sql[i - 1]) || sql[i - 1] == '_');

    /// <summary>The index after the closing quote of the quoted text starting at <paramref name="open"/>; -1 when unclosed.
    /// A doubled quote is the quote itself.</summary>
    private static int QuotedEnd(string sql, int open, char quote, bool backslash)
    {
        for (var i = open + 1; i < sql.Length; i++)
        {
            if (backslash && sql[i] == '\\')
            {
                i++;
            }
            else if (sql[i] == quote)
            {
                if (i + 1 < sql.Length && sql[i + 1] == quote) i++;
                else return i + 1;
            }
        }
        return -1;
    }

    /// <summary>The index after a block comment's end (PostgreSQL counts nested comments, SQLite ends at the first */);
    /// -1 when unclosed.</summary>
    private static int BlockCommentEnd(string sql, int open, bool nested)
    {
        var depth = 0;
        for (var i = open; i + 1 < sql.Length; i++)
        {
            if (sql[i] == '/' && sql[i + 1] == '*' && (nested || depth == 0))
            {
                depth++;
                i++;
            }
            else if (sql[i] == '*' && sql[i + 1] == '/')
            {
                depth--;
                i++;
                if (depth == 0) return i + 1;
            }
        }
        return -1;
    }

    /// <summary><c>$$</c> or <c>$tag$</c> at <paramref name="i"/> (a PostgreSQL dollar quote), else null (<c>$1</c> is a parameter).</summary>
    private static string? DollarTag(string sql, int i)
    {
        var j = i + 1;
        while (j < sql.Length && (char.IsLetter(sql[j]) || sql[j] == '_' || j > i + 1 && char.IsDigit(sql[j]))) j++;
        return j < sql.Length && sql[j] == '$' ? sql[i..(j + 1)] : null;
    }
}
