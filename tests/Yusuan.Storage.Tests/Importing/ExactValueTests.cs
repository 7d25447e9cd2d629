using System.Globalization;
using Dapper;
using Yusuan.Core.Model;
using Yusuan.Storage.Exporting;
using Yusuan.Storage.Importing;
using Yusuan.Storage.Querying;
using Yusuan.Storage.Tests.Synthetic;

namespace Yusuan.Storage.Tests.Importing;

/// <summary>
/// A stored figure is the figure read, to the last digit, on both engines: values at the edge of <see cref="decimal"/>
/// (29 digits, or 28 decimal places) are written and read back exactly, and later imports, exports and queries that
/// read them do not fail.
/// </summary>
[Collection(StoreCollection.Name)]
public sealed class ExactValueTests(PostgresServer postgres) : IDisposable
{
    private readonly TestStores stores = new(postgres);

    public static TheoryData<string> Engines => TestStores.Engines;

    private const decimal Largest = 79228162514264337593543950335m;
    private const decimal Finest = 0.1234567890123456789012345678m;
    private const decimal Tiny = 0.0000000000000000000000000001m;
    private const decimal Ordinary = 12345.67m;

    [Theory]
    [MemberData(nameof(Engines))]
    public void Figures_at_the_edge_of_decimal_are_read_back_exactly_and_later_imports_exports_and_queries_work(string engine)
    {
        var store = stores.Create(engine);
        var corpus = new SyntheticCorpus(seed: 3);
        var later = WithEdgeValues(corpus.Document(unit: 1, year: 2025));
        new CorpusImporter(store).Import(TestStores.Sources([later]));

        // The prior and the next year arrive later: their YOY passes read the edge document's claims and cells back.
        var report = new CorpusImporter(store).Import(TestStores.Sources([corpus.Document(unit: 1, year: 2024), corpus.Document(unit: 1, year: 2026)]));
        Assert.Equal((2, 0), (report.Imported, report.Failed));

        using var connection = store.OpenConnection();
        var id = connection.ExecuteScalar<long>("SELECT id FROM documents WHERE year = 2025");
        var cells = StoredDocuments.Cells(connection, null, id);
        Assert.Equal(Largest, cells.Single(c => c.Table == "T3" && c.Row == "total" && c.Column == "total").Value);
        Assert.Equal(Finest, cells.Single(c => c.Table == "T3" && c.Row == "total" && c.Column == "basic").Value);
        Assert.Equal(Tiny, cells.Single(c => c.Table == "T3" && c.Row == "total" && c.Column == "project").Value);
        var claims = StoredDocuments.Claims(connection, null, id);
        Assert.Equal([Largest, Finest, Tiny, Ordinary], claims.Take(4).Select(c => c.Amount!.Value.Value));
        Assert.Equal(Finest, claims[0].ChangeAmount!.Value.Value);

        var folder = stores.NewFolder();
        CsvExporter.Export(store, folder);
        var csv = File.ReadAllText(Path.Combine(folder, "cells.csv"));
        Assert.Contains(Largest.ToString(CultureInfo.InvariantCulture), csv);
        Assert.Contains(Finest.ToString(CultureInfo.InvariantCulture), csv);
        XlsxExporter.Export(store, stores.NewFolder());
        FiscalDataPackageExporter.Export(store, stores.NewFolder());

        var answer = ReadOnlyQuery.Run(store, $"SELECT value FROM cells WHERE document_id = {id} AND table_id = 'T3' AND row_key = 'total' ORDER BY column_key");
        // Printed to the last digit (SQLite gives a figure beyond 15 significant digits as its exact text).
        Assert.Equal([Finest, Tiny, Largest], answer.Rows.Select(r => decimal.Parse(ExportTables.Text(ExportTables.Plain(r[0])), NumberStyles.Float, CultureInfo.InvariantCulture)));
        var summary = new CorpusQueries(connection).Summary(id)!;
        Assert.Equal(Largest, summary.ExpenseTotal);
    }

    /// <summary>The document with T3's totals and its first claims set to edge values.</summary>
    private static SyntheticDocument WithEdgeValues(SyntheticDocument doc)
    {
        var d = doc.Document;
        var tables = d.Tables.Select(t => t.Canonical != TableId.T3
            ? t
            : t with
            {
                Rows = [.. t.Rows.Select(r => r.Key != "total" ? r : r with
                {
                    Cells = r.Cells.SetItem("total", new Cell(Largest, r.Span)).SetItem("basic", new Cell(Finest, r.Span)).SetItem("project", new Cell(Tiny, r.Span)),
                })],
            }).ToList();
        decimal[] amounts = [Largest, Finest, Tiny, Ordinary];
        var claims = d.Narrative.Claims.Select((c, i) => i >= amounts.Length ? c : c with
        {
            Amount = new Figure(amounts[i], c.Span),
            ChangeAmount = i == 0 ? new Figure(Finest, c.Span) : c.ChangeAmount,
        }).ToList();
        return doc with { Document = d with { Tables = [.. tables], Narrative = d.Narrative with { Claims = [.. claims] } } };
    }

    public void Dispose() => stores.Dispose();
}
