using Yusuan.Storage.Querying;

namespace Yusuan.Storage.Tests.Querying;

/// <summary>The text check in front of <c>yusuan query</c>: one read-only statement, nothing else.</summary>
public sealed class ReadOnlyQueryTests
{
    [Theory]
    [InlineData("SELECT * FROM documents")]
    [InlineData("  select unit from documents;  ")]
    [InlineData("-- comment\nSELECT 1")]
    [InlineData("WITH t AS (SELECT 1 AS x) SELECT x FROM t")]
    [InlineData("(SELECT 1) UNION (SELECT 2)")]
    [InlineData("SELECT ';' AS semicolon_in_a_string")]
    [InlineData("EXPLAIN SELECT 1")]
    [InlineData("SELECT 'it''s; fine' -- a comment; with a semicolon\n")]
    [InlineData("SELECT \"a;b\" FROM (SELECT 1 AS \"a;b\") /* ; */ t;")]
    [InlineData("SELECT * FROM pragma_table_info('cells')")]
    [InlineData("SELECT 1;;")]
    public void Accepts_a_single_select(string sql) => Assert.Null(ReadOnlyQuery.Reject(sql));

    [Theory]
    [InlineData("DELETE FROM documents")]
    [InlineData("UPDATE documents SET unit = 'x'")]
    [InlineData("INSERT INTO documents (id) VALUES (1)")]
    [InlineData("DROP TABLE cells")]
    [InlineData("PRAGMA journal_mode = DELETE")]
    [InlineData("ATTACH DATABASE 'x.db' AS x")]
    [InlineData("SELECT 1; DELETE FROM documents")]
    [InlineData("/* SELECT */ DELETE FROM documents")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("SELECT '--'; COMMIT; DELETE FROM documents")]
    [InlineData("SELECT '/*'; DELETE FROM documents; SELECT '*/'")]
    [InlineData("SELECT 1 /* a; */; VACUUM INTO '/tmp/x.db'")]
    [InlineData("SELECT $t$ ; $t$; DELETE FROM documents")]
    [InlineData("VACUUM INTO '/tmp/x.db'")]
    [InlineData("SELECT 'unterminated")]
    [InlineData("SELECT 1 /* unterminated")]
    [InlineData("SELECT 1 /* /* */ ; DELETE FROM documents; /* */ */")]
    public void Rejects_anything_else(string sql) => Assert.NotNull(ReadOnlyQuery.Reject(sql));

    [Fact]
    public void Dollar_quotes_escapes_and_nested_comments_are_read_as_each_engine_reads_them()
    {
        Assert.Null(ReadOnlyQuery.Reject("SELECT $$;$$ AS dollar_quoted", Engines.StoreEngine.Postgres));
        Assert.NotNull(ReadOnlyQuery.Reject("SELECT $$;$$ AS dollar_quoted", Engines.StoreEngine.Sqlite));
        Assert.Null(ReadOnlyQuery.Reject(@"SELECT E'\'; ' AS escaped", Engines.StoreEngine.Postgres));
        Assert.NotNull(ReadOnlyQuery.Reject(@"SELECT E'\'; DELETE FROM documents; --'", Engines.StoreEngine.Sqlite));
        Assert.Null(ReadOnlyQuery.Reject("SELECT 1 /* a /* b */ ; */", Engines.StoreEngine.Postgres));
        Assert.NotNull(ReadOnlyQuery.Reject("SELECT 1 /* a /* b */ ; */", Engines.StoreEngine.Sqlite));
        Assert.Null(ReadOnlyQuery.Reject("SELECT [a;b] FROM (SELECT 1 AS [a;b])", Engines.StoreEngine.Sqlite));
    }
}
