using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Yusuan.Core.Rendering.Xlsx;

namespace Yusuan.Core.Tests.Rendering;

/// <summary>Opens the written workbook with the OpenXml SDK and reads values, merges, formats and panes back.</summary>
public sealed class XlsxRendererTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"yusuan-test-{Guid.NewGuid():N}.xlsx");

    public XlsxRendererTests() => XlsxRenderer.Write(RenderedDocument.Unit, path);

    public void Dispose() => File.Delete(path);

    [Fact]
    public void Each_table_has_its_own_sheet_and_the_text_a_last_one()
    {
        using var doc = SpreadsheetDocument.Open(path, false);
        var names = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["表1", "表2", "表3", "表4", "表5", "表6", "表7", "表8", "表9", "表10", "表11", "项目支出绩效目标表", "文字说明"], names);
    }

    [Fact]
    public void Figures_are_numbers_with_the_thousands_format()
    {
        using var doc = SpreadsheetDocument.Open(path, false);
        var (sheet, part) = Sheet(doc, "表3");
        var total = Cells(sheet).Single(c => c.CellReference == "E8");
        Assert.Equal("2627.89", total.CellValue!.Text);
        var format = (CellFormat)doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.ElementAt((int)total.StyleIndex!.Value);
        Assert.Equal(4u, format.NumberFormatId!.Value); // built-in #,##0.00
        _ = part;
    }

    [Fact]
    public void Multi_row_headers_are_merged_as_in_the_official_layout()
    {
        using var doc = SpreadsheetDocument.Open(path, false);
        var (sheet, _) = Sheet(doc, "表2");
        var merges = sheet.Descendants<MergeCell>().Select(m => m.Reference!.Value).ToList();
        Assert.Contains("A4:C4", merges);   // 功能分类科目编码
        Assert.Contains("D4:D5", merges);   // 功能分类科目名称
        Assert.Contains("F4:L4", merges);   // 财政拨款（补助）
        Assert.Equal("功能分类科目编码", Text(Cells(sheet).Single(c => c.CellReference == "A4")));
    }

    [Fact]
    public void The_header_is_frozen_and_columns_have_widths()
    {
        using var doc = SpreadsheetDocument.Open(path, false);
        var (sheet, _) = Sheet(doc, "表3");
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("A8", pane.TopLeftCell!.Value);
        Assert.All(sheet.Descendants<Column>(), c => Assert.True(c.Width!.Value > 3));
    }

    private static (Worksheet Sheet, WorksheetPart Part) Sheet(SpreadsheetDocument doc, string name)
    {
        var entry = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        var part = (WorksheetPart)doc.WorkbookPart.GetPartById(entry.Id!);
        return (part.Worksheet, part);
    }

    private static IEnumerable<Cell> Cells(Worksheet sheet) => sheet.Descendants<Cell>();

    private static string Text(Cell cell) => cell.InlineString?.Text?.Text ?? cell.CellValue?.Text ?? string.Empty;
}
