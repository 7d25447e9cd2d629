using System.Diagnostics;
using Yusuan.Storage.Exporting;
using Yusuan.Storage.Importing;
using Yusuan.Storage.Querying;
using Yusuan.Storage.Tests.Synthetic;

namespace Yusuan.Storage.Tests.Querying;

/// <summary><c>yusuan query</c> against a real store: bounded in time, never writes, prints every kind of value.</summary>
[Collection(StoreCollection.Name)]
public sealed class QueryRunTests(PostgresServer postgres) : IDisposable
{
    private readonly TestStores stores = new(postgres);

    public static TheoryData<string> Engines => TestStores.Engines;

    private CorpusStore Filled(string engine)
    {
        var store = stores.Create(engine);
        new CorpusImporter(store, new ImportOptions { Checker = null }).Import(TestStores.Sources(new SyntheticCorpus(seed: 9).Documents(units: 1, years: 1)));
        return store;
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void A_query_running_past_its_timeout_is_stopped_with_one_sentence(string engine)
    {
        var store = Filled(engine);
        var watch = Stopwatch.StartNew();
        var e = Assert.Throws<StoreException>(() =>
            ReadOnlyQuery.Run(store, "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT COUNT(*) FROM r", timeout: TimeSpan.FromSeconds(1)));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"stopped after {watch.Elapsed}");
        Assert.Contains("超时", e.Message);
        Assert.DoesNotContain("\n", e.Message);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void A_second_statement_hidden_behind_a_quoted_comment_marker_is_refused_and_never_run(string engine)
    {
        var store = Filled(engine);
        var target = Path.Combine(stores.NewFolder(), "copy.db");
        Assert.Throws<StoreException>(() => ReadOnlyQuery.Run(store, $"SELECT '--'; VACUUM INTO '{target}'"));
        Assert.Throws<StoreException>(() => ReadOnlyQuery.Run(store, $"VACUUM INTO '{target}'"));
        Assert.False(File.Exists(target));
        Assert.Single(ReadOnlyQuery.Run(store, "SELECT COUNT(*) FROM documents").Rows);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Blobs_print_as_hex_and_doubles_beyond_decimal_print_as_doubles(string engine)
    {
        var store = Filled(engine);
        var blob = engine == TestStores.Sqlite ? "X'00ff10'" : "'\\x00ff10'::bytea";
        var answer = ReadOnlyQuery.Run(store, $"SELECT {blob} AS b, 1e300 AS big, 0.5 AS half");
        var row = answer.Rows.Single().Select(v => ExportTables.Text(ExportTables.Plain(v))).ToList();
        Assert.Equal("0x00ff10", row[0]);
        Assert.Equal(1e300, double.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0.5", row[2]);
    }

    public void Dispose() => stores.Dispose();
}
