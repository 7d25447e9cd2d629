using Dapper;
using Yusuan.Storage.Importing;
using Yusuan.Storage.Tests.Synthetic;

namespace Yusuan.Storage.Tests.Importing;

/// <summary>
/// Several importers into one database at once (docs/storage.md recommends it for PostgreSQL; SQLite serialises them)
/// lose nothing, duplicate nothing, and leave the same year-over-year findings as one clean serial import; the order
/// documents arrive in never changes the findings.
/// </summary>
[Collection(StoreCollection.Name)]
public sealed class ConcurrentImportTests(PostgresServer postgres) : IDisposable
{
    private readonly TestStores stores = new(postgres);

    public static TheoryData<string> Engines => TestStores.Engines;

    /// <summary>Units × years with YOY slips, plus a second, different 2024 budget of unit 0 (a revised edition): which
    /// of the two a 2025 claim is compared with must not depend on which arrived first.</summary>
    private static List<ImportSource> Corpus()
    {
        var docs = new SyntheticCorpus(seed: 41).Documents(units: 6, years: 4, slipRate: 0.3).ToList();
        var revised = new SyntheticCorpus(seed: 42).Document(unit: 0, year: 2024, slipRate: 0.3);
        return TestStores.Sources([.. docs, revised with { Name = revised.Name + "（修订）" }]).ToList();
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Concurrent_imports_into_a_fresh_database_store_everything_once_with_the_serial_findings(string engine)
    {
        var sources = Corpus();
        var serial = stores.Create(engine);
        new CorpusImporter(serial, new ImportOptions { Checker = null, Parallelism = 1 }).Import(sources);
        var expected = Snapshot(serial);

        // Three importers start together on a database nobody has migrated yet, each with every file in its own order.
        var location = stores.Location(engine);
        using var start = new Barrier(3);
        var tasks = Enumerable.Range(0, 3).Select(i => Task.Run(() =>
        {
            var order = sources.OrderBy(_ => Random.Shared.Next()).ToList();
            start.SignalAndWait();
            var store = CorpusStore.Open(location);
            return new CorpusImporter(store, new ImportOptions { Checker = null, Parallelism = 2 }).Import(order);
        })).ToArray();
        var reports = await Task.WhenAll(tasks);

        Assert.Equal(sources.Count, reports.Sum(r => r.Imported));
        Assert.All(reports, r => Assert.Equal(0, r.Failed));
        var store = CorpusStore.Open(location);
        Assert.Equal(expected.Documents, Snapshot(store).Documents);
        Assert.Equal(expected.Findings, Snapshot(store).Findings);
        using var connection = store.OpenConnection();
        Assert.Equal(Schema.Migrator.Scripts(store.Dialect).Count, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM schema_version"));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Importing_the_same_documents_in_another_order_gives_the_same_findings(string engine)
    {
        var sources = Corpus();
        var forward = stores.Create(engine);
        new CorpusImporter(forward, new ImportOptions { Checker = null, Parallelism = 1 }).Import(sources);
        var backward = stores.Create(engine);
        new CorpusImporter(backward, new ImportOptions { Checker = null, Parallelism = 1 }).Import([.. Enumerable.Reverse(sources)]);
        var shuffled = stores.Create(engine);
        new CorpusImporter(shuffled, new ImportOptions { Checker = null, Parallelism = 2 }).Import([.. sources.OrderBy(s => s.Path.GetHashCode(StringComparison.Ordinal))]);

        var expected = Snapshot(forward);
        Assert.Contains(expected.Findings, f => f.Contains("|YOY.", StringComparison.Ordinal));
        Assert.Equal(expected.Findings, Snapshot(backward).Findings);
        Assert.Equal(expected.Findings, Snapshot(shuffled).Findings);
    }

    private sealed record StoreSnapshot(List<string> Documents, List<string> Findings);

    /// <summary>Every document by content (hash, with its row counts) and every finding by its document's content hash.</summary>
    private static StoreSnapshot Snapshot(CorpusStore store)
    {
        using var connection = store.OpenConnection();
        var documents = connection.Query<(string, string, long, long, long)>(
                "SELECT d.content_hash, d.status, (SELECT COUNT(*) FROM cells c WHERE c.document_id = d.id), (SELECT COUNT(*) FROM claims c WHERE c.document_id = d.id), " +
                "(SELECT COUNT(*) FROM indicators i WHERE i.document_id = d.id) FROM documents d")
            .Select(r => $"{r.Item1}|{r.Item2}|{r.Item3}|{r.Item4}|{r.Item5}").Order(StringComparer.Ordinal).ToList();
        var findings = connection.Query<(string, long, string, long, string, string?, string?)>(
                "SELECT d.content_hash, f.seq, f.rule, f.line, f.message, f.expected, f.actual FROM findings f JOIN documents d ON d.id = f.document_id")
            .Select(r => $"{r.Item1}|{r.Item2}|{r.Item3}|{r.Item4}|{r.Item5}|{r.Item6}|{r.Item7}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(documents.Count, documents.Distinct().Count());
        return new StoreSnapshot(documents, findings);
    }

    public void Dispose() => stores.Dispose();
}
