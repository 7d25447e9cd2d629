using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Yusuan.Core.Generation.Input;
using DiagnosticSeverity = Yusuan.Core.Model.DiagnosticSeverity;
using Yusuan.Core.Rendering.Markdown;

namespace Yusuan.Core.Tests.Generation;

public sealed class XlsxInputTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"yusuan-input-{Guid.NewGuid():N}.xlsx");

    public void Dispose() => File.Delete(path);

    [Theory]
    [InlineData("bazhou-office-2025.json")]
    [InlineData("example-county-education-2025.json")]
    public void A_workbook_filled_from_json_generates_the_same_document(string name)
    {
        var json = GenerationSamples.Input(name);
        XlsxTemplate.Write(path, json.Year, json);
        var read = XlsxInputReader.Read(path);
        Assert.True(!read.HasErrors, string.Join("\n", read.Issues));
        Assert.Equal(MarkdownRenderer.Render(GenerationSamples.Generate(json)), MarkdownRenderer.Render(GenerationSamples.Generate(read.Input!)));
    }

    [Fact]
    public void The_empty_template_has_one_sheet_per_part_with_headers_on_row_two()
    {
        XlsxTemplate.Write(path, 2025);
        using var doc = SpreadsheetDocument.Open(path, false);
        var names = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        foreach (var sheet in new[] { XlsxTemplate.Profile, XlsxTemplate.Functions, XlsxTemplate.Economics, XlsxTemplate.Projects, XlsxTemplate.ThreePublic, XlsxTemplate.Carryovers, XlsxTemplate.PriorTotals, XlsxTemplate.Reasons, XlsxTemplate.Matters, XlsxTemplate.Targets })
            Assert.Contains(sheet, names);
        var read = XlsxInputReader.Read(path);
        Assert.Equal(2025, read.Input!.Year);
        Assert.DoesNotContain(read.Issues, i => i.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_bad_cell_is_reported_with_its_sheet_and_address()
    {
        var json = GenerationSamples.Input("bazhou-office-2025.json");
        XlsxTemplate.Write(path, json.Year, json);
        using (var doc = SpreadsheetDocument.Open(path, true))
        {
            var entry = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == XlsxTemplate.Functions);
            var sheet = ((WorksheetPart)doc.WorkbookPart.GetPartById(entry.Id!)).Worksheet;
            var cell = sheet.Descendants<Cell>().Single(c => c.CellReference == "D12");
            cell.DataType = CellValues.InlineString;
            cell.CellValue = null;
            cell.InlineString = new InlineString(new Text("一千"));
            sheet.Save();
        }
        var read = XlsxInputReader.Read(path);
        var issue = read.Issues.Single(i => i.Severity == DiagnosticSeverity.Error);
        Assert.Equal("input.xlsx.number", issue.Code);
        Assert.Equal("表3支出!D12", issue.Location);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_one_clear_error()
    {
        File.WriteAllText(path, "not a workbook");
        var read = XlsxInputReader.Read(path);
        Assert.Null(read.Input);
        Assert.Equal("input.xlsx", read.Issues.Single().Code);
    }
}
