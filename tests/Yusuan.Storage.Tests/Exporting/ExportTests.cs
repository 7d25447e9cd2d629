using System.Globalization;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Yusuan.Core.Model;
using Yusuan.Storage.Exporting;
using Yusuan.Storage.Importing;
using Yusuan.Storage.Tests.Synthetic;

namespace Yusuan.Storage.Tests.Exporting;

/// <summary>Exports: CSV tables, one workbook, and a Fiscal Data Package, all from the same store.</summary>
[Collection(StoreCollection.Name)]
public sealed class ExportTests(PostgresServer postgres) : IDisposable
{
    private readonly TestStores stores = new(postgres);
    private readonly List<SyntheticDocument> docs = new SyntheticCorpus(seed: 5).Documents(units: 3, years: 2).ToList();

    public static TheoryData<string> Engines => TestStores.Engines;

    private CorpusStore Filled(string engine)
    {
        var store = stores.Create(engine);
        new CorpusImporter(store, new ImportOptions { Checker = null }).Import(TestStores.Sources(docs));
        return store;
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Csv_export_writes_every_cell_with_its_canonical_keys(string engine)
    {
        var folder = stores.NewFolder();
        var files = CsvExporter.Export(Filled(engine), folder);
        Assert.Equal(ExportTables.All.Select(t => t.Name + ".csv"), files.Select(Path.GetFileName));
        var cells = File.ReadAllLines(Path.Combine(folder, "cells.csv"));
        Assert.Equal("document_id,table,unit,row,column,value", cells[0]);
        Assert.Equal(docs.Sum(d => Core.Export.CellsProjection.Cells(d.Document).Count()), cells.Length - 1);
        var t3Total = docs[0].Document.Table(TableId.T3)!.Value("total", "total")!.Value.Value;
        Assert.Contains(cells, l => l.EndsWith($",T3,,total,total,{StoredValues.Normalize(t3Total).ToString(CultureInfo.InvariantCulture)}", StringComparison.Ordinal));
        Assert.Equal(docs.Count + 1, File.ReadAllLines(Path.Combine(folder, "documents.csv")).Length);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Xlsx_export_has_one_sheet_per_table_and_splits_long_tables(string engine)
    {
        var folder = stores.NewFolder();
        var path = XlsxExporter.Export(Filled(engine), folder, rowsPerSheet: 500);
        using var workbook = SpreadsheetDocument.Open(path, false);
        var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        var names = sheets.Select(s => s.Name!.Value!).ToList();
        Assert.Contains("documents", names);
        Assert.Contains("cells", names);
        Assert.Contains("cells (2)", names);
        var cellRows = sheets.Where(s => s.Name!.Value!.StartsWith("cells", StringComparison.Ordinal))
            .Sum(s => ((WorksheetPart)workbook.WorkbookPart.GetPartById(s.Id!)).Worksheet.Descendants<Row>().Count() - 1);
        Assert.Equal(docs.Sum(d => Core.Export.CellsProjection.Cells(d.Document).Count()), cellRows);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void The_fiscal_data_package_sums_to_each_documents_total_spending(string engine)
    {
        var folder = stores.NewFolder();
        FiscalDataPackageExporter.Export(Filled(engine), folder);
        using var descriptor = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "datapackage.json")));
        var root = descriptor.RootElement;
        Assert.Equal("fiscal-data-package", root.GetProperty("profile").GetString());
        var measure = root.GetProperty("model").GetProperty("measures").GetProperty("expenditure-functional-proposed");
        Assert.Equal(("CNY", 10000, "expenditure", "proposed"),
            (measure.GetProperty("currency").GetString(), measure.GetProperty("factor").GetInt32(), measure.GetProperty("direction").GetString(), measure.GetProperty("phase").GetString()));
        Assert.Equal("functional", root.GetProperty("model").GetProperty("dimensions").GetProperty("functional-classification").GetProperty("classificationType").GetString());

        // Leaf rows only: per document they add up to T3's total, and likewise the economic rows to T6's.
        var functional = Rows(Path.Combine(folder, "expenditure-functional.csv"));
        var economic = Rows(Path.Combine(folder, "expenditure-economic.csv"));
        foreach (var d in docs.Select(x => x.Document))
        {
            bool Of(Dictionary<string, string> r) => r["unit"] == d.Meta.UnitName && r["fiscal_year"] == d.Meta.Year!.Value.ToString(CultureInfo.InvariantCulture);
            Assert.Equal(d.Table(TableId.T3)!.Value("total", "total")!.Value.Value, functional.Where(Of).Sum(r => decimal.Parse(r["proposed"], CultureInfo.InvariantCulture)));
            Assert.Equal(d.Table(TableId.T6)!.Value("total", "total")!.Value.Value, economic.Where(Of).Sum(r => decimal.Parse(r["proposed"], CultureInfo.InvariantCulture)));
            Assert.All(functional.Where(Of), r => Assert.Equal(string.Empty, r["executed"]));
        }
    }

    private static List<Dictionary<string, string>> Rows(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        // The synthetic names carry no commas or quotes, so a plain split reads these files.
        return lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    public void Dispose() => stores.Dispose();
}
