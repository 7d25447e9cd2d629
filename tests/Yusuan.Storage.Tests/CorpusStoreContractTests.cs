using System.Globalization;
using Dapper;
using Yusuan.Core.Model;
using Yusuan.Storage.Importing;
using Yusuan.Storage.Querying;
using Yusuan.Storage.Schema;
using Yusuan.Storage.Tests.Synthetic;

namespace Yusuan.Storage.Tests;

/// <summary>
/// The store's behaviour, run unchanged against both engines (SQLite always, PostgreSQL when a server can be started):
/// the same imports and the same queries must give the same answers.
/// </summary>
[Collection(StoreCollection.Name)]
public sealed class CorpusStoreContractTests(PostgresServer postgres) : IDisposable
{
    private readonly TestStores stores = new(postgres);
    private readonly SyntheticCorpus synthetic = new();

    public static TheoryData<string> Engines => TestStores.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public void Opening_a_new_store_applies_every_migration_once(string engine)
    {
        var location = stores.Location(engine);
        var store = CorpusStore.Open(location);
        CorpusStore.Open(location);
        using var connection = store.OpenConnection();
        Assert.Equal(Migrator.LatestVersion(store.Dialect), Migrator.CurrentVersion(connection));
        Assert.Equal(Migrator.Scripts(store.Dialect).Count, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM schema_version"));
        Assert.Equal(Core.Classification.ClassificationCatalog.Default.Functions.Count, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM classification WHERE kind = 'function'"));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Importing_the_same_documents_twice_stores_them_once(string engine)
    {
        var store = stores.Create(engine);
        var sources = TestStores.Sources(synthetic.Documents(units: 3, years: 2));
        var first = new CorpusImporter(store).Import(sources);
        var second = new CorpusImporter(store).Import(sources);
        Assert.Equal((6, 0, 0), (first.Imported, first.AlreadyStored, first.Failed));
        Assert.Equal((0, 6, 0), (second.Imported, second.AlreadyStored, second.Failed));
        using var connection = store.OpenConnection();
        Assert.Equal(6, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM documents"));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Every_cell_claim_project_and_indicator_of_a_document_is_stored(string engine)
    {
        var store = stores.Create(engine);
        var doc = synthetic.Document(unit: 7, year: 2025);
        new CorpusImporter(store).Import(TestStores.Sources([doc]));
        using var connection = store.OpenConnection();
        var id = connection.ExecuteScalar<long>("SELECT id FROM documents");
        var expectedCells = Core.Export.CellsProjection.Cells(doc.Document).ToList();
        var stored = StoredDocuments.Cells(connection, null, id);
        Assert.Equal(expectedCells, stored);
        Assert.Equal(doc.Document.Narrative.Claims.Length, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM claims"));
        Assert.Equal(doc.Document.Projects.Length, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM projects"));
        Assert.Equal(doc.Document.Targets.Sum(t => t.Indicators.Length), connection.ExecuteScalar<long>("SELECT COUNT(*) FROM indicators"));
        var claims = StoredDocuments.Claims(connection, null, id);
        Assert.Equal(doc.Document.Narrative.Claims.Select(c => (c.Subject.Key, c.Subject.Code, c.Amount?.Value, c.ChangeAmount?.Value, c.Direction, c.Span.Line)),
            claims.Select(c => (c.Subject.Key, c.Subject.Code, c.Amount?.Value, c.ChangeAmount?.Value, c.Direction, c.Span.Line)));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void A_file_that_cannot_be_read_is_recorded_as_failed_and_the_import_goes_on(string engine)
    {
        var store = stores.Create(engine);
        var folder = stores.NewFolder();
        var empty = Path.Combine(folder, "a_empty.txt");
        File.WriteAllText(empty, string.Empty);
        var binary = Path.Combine(folder, "b_binary.txt");
        File.WriteAllBytes(binary, [0, 1, 2, 3, 0, 0, 7]);
        var good = Path.Combine(folder, "c_seed.txt");
        File.Copy(Samples.Seed("000"), good);
        var sources = FileImportSource.Expand([folder], out var missing);
        Assert.Empty(missing);

        var report = new CorpusImporter(store).Import(sources);

        Assert.Equal((1, 2), (report.Imported, report.Failed));
        using var connection = store.OpenConnection();
        var queries = new CorpusQueries(connection);
        var failed = queries.List(new DocumentFilter(Status: "failed"));
        Assert.Equal([empty, binary], failed.Select(d => d.SourcePath).Order(StringComparer.Ordinal));
        Assert.All(failed, d => Assert.False(string.IsNullOrWhiteSpace(d.FailureReason)));
        Assert.Single(queries.List(new DocumentFilter(Status: "ok")));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void A_units_narrative_and_tables_files_are_imported_as_one_disclosure(string engine)
    {
        var store = stores.Create(engine);
        var folder = stores.NewFolder();
        foreach (var name in new[] { "B027_bj.pdf", "B028_bj.pdf" }) File.Copy(Path.Combine(Samples.Root, "samples", "corpus", "bulk", name), Path.Combine(folder, name));
        File.Copy(Samples.Seed("000"), Path.Combine(folder, "c_seed.txt"));

        var sources = FileImportSource.Expand([folder], out _);
        var report = new CorpusImporter(store).Import(sources);

        Assert.Equal(2, sources.Count);
        Assert.IsType<FileGroupImportSource>(sources[0]);
        Assert.Equal((2, 0), (report.Imported, report.Failed));
        using var connection = store.OpenConnection();
        Assert.Equal(1L, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM documents WHERE source_path LIKE '%B027_bj.pdf + %B028_bj.pdf'"));
        // Imported again: the pair is recognised as stored.
        Assert.Equal(0, new CorpusImporter(store).Import(FileImportSource.Expand([folder], out _)).Imported);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void A_folder_of_word_and_excel_files_is_imported_with_the_same_cells_as_their_text(string engine)
    {
        var store = stores.Create(engine);
        var folder = stores.NewFolder();
        var seed = Core.Reading.DisclosureReader.ReadFile(Samples.Seed("002")).GetValueOrThrow();
        Core.Rendering.Docx.DocxRenderer.Write(seed, Path.Combine(folder, "喀什.docx"));
        var other = Core.Reading.DisclosureReader.ReadFile(Samples.Seed("000")).GetValueOrThrow();
        Core.Rendering.Xlsx.XlsxRenderer.Write(other, Path.Combine(folder, "巴州.xlsx"));

        var report = new CorpusImporter(store).Import(FileImportSource.Expand([folder], out _));

        Assert.Equal((2, 0), (report.Imported, report.Failed));
        using var connection = store.OpenConnection();
        var id = connection.ExecuteScalar<long>("SELECT id FROM documents WHERE source_path LIKE '%喀什.docx'");
        static string Key(Core.Export.CellRecord c) => $"{c.Table}|{c.Unit}|{c.Row}|{c.Column}";
        Assert.Equal(Core.Export.CellsProjection.Cells(seed).OrderBy(Key, StringComparer.Ordinal).ToList(),
            StoredDocuments.Cells(connection, null, id).OrderBy(Key, StringComparer.Ordinal).ToList());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void The_unit_year_summary_shows_each_documents_totals_split_and_three_public(string engine)
    {
        var store = stores.Create(engine);
        var docs = synthetic.Documents(units: 4, years: 2).ToList();
        new CorpusImporter(store).Import(TestStores.Sources(docs));
        using var connection = store.OpenConnection();
        var summaries = new CorpusQueries(connection).Summaries(new DocumentFilter());
        Assert.Equal(docs.Count, summaries.Count);
        foreach (var doc in docs)
        {
            var d = doc.Document;
            var s = summaries.Single(x => x.Unit == d.Meta.UnitName && x.Year == d.Meta.Year);
            var t3 = d.Table(TableId.T3)!;
            Assert.Equal(t3.Value("total", "total")?.Value, s.ExpenseTotal);
            Assert.Equal(t3.Value("total", "basic")?.Value, s.ExpenseBasic);
            Assert.Equal(t3.Value("total", "project")?.Value, s.ExpenseProject);
            Assert.Equal(d.Table(TableId.T10)!.Value("total", "total")?.Value, s.ThreePublic);
            Assert.Equal(d.Matters.OperatingCost!.Amount!.Value.Value, s.OperatingCost);
            Assert.Equal(Math.Round(s.ExpenseBasic!.Value * 100m / s.ExpenseTotal!.Value, 2), s.BasicShare);
            Assert.Equal("budget", s.Kind);
            Assert.Equal(7, s.TablesPresent); // T1 T3 T5 T6 T7 T10, and T11 declared empty
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Year_over_year_slips_are_found_whatever_order_the_years_arrive_in(string engine)
    {
        var store = stores.Create(engine);
        var docs = synthetic.Documents(units: 12, years: 3, slipRate: 0.2).ToList();
        // Import later years first for half the units: the YOY pass must also run when the prior year arrives second.
        var ordered = docs.Where((_, i) => i / 3 % 2 == 0).Concat(docs.Where((_, i) => i / 3 % 2 == 1).Reverse()).ToList();
        new CorpusImporter(store, new ImportOptions { Parallelism = 2 }).Import(TestStores.Sources(ordered));

        using var connection = store.OpenConnection();
        var found = connection.Query<(string Unit, long Year, string Rule, long Line)>(
                "SELECT d.unit, d.year, f.rule, f.line FROM findings f JOIN documents d ON d.id = f.document_id WHERE f.rule LIKE 'YOY.%'")
            .Select(f => (f.Unit, (int)f.Year, f.Rule, (int)f.Line)).ToHashSet();
        var expected = docs.Where(d => d.Document.Meta.Year > 2023)
            .SelectMany(d => d.Slips.Select(s => (d.Document.Meta.UnitName!, d.Document.Meta.Year!.Value, s.Rule, s.Line)))
            .Where(s => found.Contains(s) || CheckableClaim(docs, s))
            .ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(x => x).ToList(), found.OrderBy(x => x).ToList());
    }

    /// <summary>A slip can only be caught when the prior year has the claimed figure (zero cells are not printed).</summary>
    private static bool CheckableClaim(List<SyntheticDocument> docs, (string Unit, int Year, string Rule, int Line) slip)
    {
        var doc = docs.Single(d => d.Document.Meta.UnitName == slip.Unit && d.Document.Meta.Year == slip.Year).Document;
        var prior = docs.Single(d => d.Document.Meta.UnitName == slip.Unit && d.Document.Meta.Year == slip.Year - 1).Document;
        var claim = doc.Narrative.Claims.Single(c => c.Span.Line == slip.Line);
        return Core.Comparing.YearFigures.From(prior)!.Find(claim.Subject) is not null;
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void List_filters_by_year_unit_region_and_kind(string engine)
    {
        var store = stores.Create(engine);
        new CorpusImporter(store).Import(TestStores.Sources(synthetic.Documents(units: 5, years: 3)));
        using var connection = store.OpenConnection();
        var queries = new CorpusQueries(connection);
        Assert.Equal(5, queries.List(new DocumentFilter(Year: 2024)).Count);
        var unit = SyntheticCorpus.UnitName(2);
        Assert.Equal([2023, 2024, 2025], queries.List(new DocumentFilter(Unit: unit)).Select(d => d.Year ?? 0));
        Assert.Equal(15, queries.List(new DocumentFilter(Kind: "budget")).Count);
        Assert.Empty(queries.List(new DocumentFilter(Kind: "final")));
        Assert.Equal(3, queries.List(new DocumentFilter(Region: "上海")).Count);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void A_query_can_read_but_never_write(string engine)
    {
        var store = stores.Create(engine);
        new CorpusImporter(store).Import(TestStores.Sources(synthetic.Documents(units: 2, years: 1)));
        var answer = ReadOnlyQuery.Run(store, "SELECT unit, year FROM documents ORDER BY unit");
        Assert.Equal(["unit", "year"], answer.Columns);
        Assert.Equal(2, answer.Rows.Count);
        Assert.Throws<StoreException>(() => ReadOnlyQuery.Run(store, "DELETE FROM documents"));
        // Passes the text check (starts with WITH) but the read-only connection/transaction refuses to write.
        Assert.Throws<StoreException>(() => ReadOnlyQuery.Run(store, "WITH x AS (SELECT 1) INSERT INTO schema_version (version, name, applied_at) SELECT 99, 'x', 'y' FROM x"));
        using var connection = store.OpenConnection();
        Assert.Equal(2, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM documents"));
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM schema_version WHERE version = 99"));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void The_same_queries_give_the_same_answers(string engine)
    {
        var store = stores.Create(engine);
        new CorpusImporter(store).Import(TestStores.Sources(synthetic.Documents(units: 6, years: 2, slipRate: 0.3)));
        foreach (var (sql, expected) in SharedAnswers.Expected(synthetic.Documents(units: 6, years: 2, slipRate: 0.3).ToList()))
        {
            var answer = ReadOnlyQuery.Run(store, sql);
            Assert.Equal(expected, SharedAnswers.Normalize(answer));
        }
    }

    public void Dispose() => stores.Dispose();
}

/// <summary>Queries with answers computed from the synthetic documents themselves, so each engine is held to the same answer.</summary>
internal static class SharedAnswers
{
    public static IEnumerable<(string Sql, List<string> Expected)> Expected(List<SyntheticDocument> docs)
    {
        var ci = CultureInfo.InvariantCulture;
        yield return ("SELECT year, COUNT(*) AS n FROM documents GROUP BY year ORDER BY year",
            docs.GroupBy(d => d.Document.Meta.Year!.Value).OrderBy(g => g.Key).Select(g => $"{g.Key}|{g.Count()}").ToList());
        yield return ("SELECT unit, year, expense_total FROM unit_year_summary ORDER BY unit, year",
            docs.OrderBy(d => d.Document.Meta.UnitName, StringComparer.Ordinal).ThenBy(d => d.Document.Meta.Year)
                .Select(d => $"{d.Document.Meta.UnitName}|{d.Document.Meta.Year}|{Storage.Importing.StoredValues.Normalize(d.Document.Table(TableId.T3)!.Value("total", "total")!.Value.Value).ToString(ci)}").ToList());
        yield return ("SELECT COUNT(*) FROM cells WHERE table_id = 'T3' AND column_key = 'total'",
            [docs.Sum(d => d.Document.Table(TableId.T3)!.Rows.Count(r => r.Cells.ContainsKey("total"))).ToString(ci)]);
        yield return ("SELECT ROUND(SUM(value), 2) FROM cells WHERE table_id = 'T6' AND row_key = 'total' AND column_key = 'total'",
            [Storage.Importing.StoredValues.Normalize(docs.Sum(d => d.Document.Table(TableId.T6)!.Value("total", "total")!.Value.Value)).ToString(ci)]);
        var entry = Core.Classification.ClassificationCatalog.Default.Functions.MinBy(e => e.Code, StringComparer.Ordinal)!;
        yield return ($"SELECT c.name FROM classification c WHERE c.kind = 'function' AND c.code = '{entry.Code}'", [entry.Name]);
        yield return ("SELECT rule, COUNT(*) FROM findings WHERE rule LIKE 'YOY.%' GROUP BY rule ORDER BY rule",
            YoyCounts(docs));
    }

    private static List<string> YoyCounts(List<SyntheticDocument> docs)
    {
        var findings = docs.SelectMany(d => docs.Where(p => p.Document.Meta.UnitName == d.Document.Meta.UnitName && p.Document.Meta.Year == d.Document.Meta.Year - 1)
            .SelectMany(p => Core.Comparing.YearOverYearCheck.Check(d.Document, p.Document)));
        return findings.GroupBy(f => f.Rule).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}|{g.Count()}").ToList();
    }

    /// <summary>Rows as "a|b|c" text, numbers in plain invariant form with trailing zeros dropped (SQLite REAL and PostgreSQL NUMERIC alike).</summary>
    public static List<string> Normalize(QueryResult result) =>
        result.Rows.Select(r => string.Join('|', r.Select(v => Storage.Exporting.ExportTables.Text(Storage.Exporting.ExportTables.Plain(v))))).ToList();
}

/// <summary>Documents made by the real generator go through the store like read ones, and their years agree.</summary>
[Collection(StoreCollection.Name)]
public sealed class GeneratedCorpusTests(PostgresServer postgres) : IDisposable
{
    private readonly TestStores stores = new(postgres);

    public static TheoryData<string> Engines => TestStores.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public void Generated_consecutive_years_are_stored_whole_and_their_changes_agree(string engine)
    {
        var docs = GeneratedCorpus.FromSample(Path.Combine(Samples.Root, "samples", "input", "bazhou-office-2025.json")).Documents(units: 3, years: 3).ToList();
        Assert.Equal(9, docs.Count);
        var store = stores.Create(engine);
        var report = new CorpusImporter(store).Import(docs.Select(d => (ImportSource)new DisclosureImportSource(d.Name, d.Document)).ToList());
        Assert.Equal(9, report.Imported);
        using var connection = store.OpenConnection();
        Assert.Equal(docs.Sum(d => Core.Export.CellsProjection.Cells(d.Document).Count()), connection.ExecuteScalar<long>("SELECT COUNT(*) FROM cells"));
        Assert.Equal(docs.Sum(d => d.Document.Narrative.Claims.Length), connection.ExecuteScalar<long>("SELECT COUNT(*) FROM claims"));
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM findings WHERE rule LIKE 'YOY.%'"));
        Assert.True(connection.ExecuteScalar<long>("SELECT COUNT(*) FROM claims WHERE change_amount IS NOT NULL") > 9);
    }

    public void Dispose() => stores.Dispose();
}
