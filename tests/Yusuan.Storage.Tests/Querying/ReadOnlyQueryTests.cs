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
    public void Rejects_anything_else(string sql) => Assert.NotNull(ReadOnlyQuery.Reject(sql));
}
