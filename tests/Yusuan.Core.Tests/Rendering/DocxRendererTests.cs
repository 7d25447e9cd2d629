using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Yusuan.Core.Rendering.Docx;

namespace Yusuan.Core.Tests.Rendering;

public sealed class DocxRendererTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"yusuan-test-{Guid.NewGuid():N}.docx");

    public DocxRendererTests() => DocxRenderer.Write(RenderedDocument.Unit, path);

    public void Dispose() => File.Delete(path);

    [Fact]
    public void The_document_has_heading_styles_tables_with_borders_and_a_page_number_footer()
    {
        using var doc = WordprocessingDocument.Open(path, false);
        var body = doc.MainDocumentPart!.Document.Body!;
        var headings = body.Descendants<ParagraphStyleId>().Count(s => s.Val!.Value!.StartsWith("Heading", StringComparison.Ordinal));
        Assert.True(headings > 30, $"{headings} headings");
        var tables = body.Elements<Table>().ToList();
        Assert.Equal(12, tables.Count); // 11 tables and one performance-target table
        Assert.All(tables, t => Assert.NotNull(t.GetFirstChild<TableProperties>()!.GetFirstChild<TableBorders>()));
        Assert.Contains(doc.MainDocumentPart.FooterParts.SelectMany(f => f.Footer.Descendants<FieldCode>()), f => f.Text.Contains("PAGE", StringComparison.Ordinal));
    }

    [Fact]
    public void Header_rows_repeat_and_merged_cells_span_columns()
    {
        using var doc = WordprocessingDocument.Open(path, false);
        var t2 = doc.MainDocumentPart!.Document.Body!.Elements<Table>().ElementAt(1);
        var rows = t2.Elements<TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Contains(rows[0].Elements<TableCell>(), c => c.TableCellProperties!.GetFirstChild<GridSpan>()?.Val?.Value == 7);
        Assert.Contains("2,627.89", t2.InnerText, StringComparison.Ordinal);
    }
}
