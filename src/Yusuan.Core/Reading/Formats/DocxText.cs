using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Yusuan.Core.Reading.Formats;

/// <summary>A Word document's body as text: each paragraph a line, each table row a tab-separated line on the table's grid
/// (merged cells keep the columns aligned). Numbering that Word generates (一、 (一) …) is not in the text and is not added.</summary>
internal static class DocxText
{
    public static string Extract(Stream stream)
    {
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart?.Document?.Body;
        var text = new StringBuilder();
        if (body is not null) Blocks(body, text);
        return text.ToString();
    }

    private static void Blocks(OpenXmlElement container, StringBuilder text)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph p:
                    text.Append(ParagraphText(p)).Append('\n');
                    break;
                case Table t:
                    Table(t, text);
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    Blocks(element, text);
                    break;
            }
        }
    }

    private static void Table(Table table, StringBuilder text)
    {
        var grid = new CellGrid();
        foreach (var row in table.Elements<TableRow>())
        {
            grid.StartRow();
            foreach (var cell in row.Elements<TableCell>())
            {
                var properties = cell.TableCellProperties;
                var span = properties?.GridSpan?.Val?.Value ?? 1;
                var merge = properties?.VerticalMerge;
                // A cell that continues a vertical merge shows nothing: the text stands in the first cell of the merge.
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                var content = new StringBuilder();
                foreach (var p in cell.Descendants<Paragraph>())
                {
                    if (content.Length > 0) content.Append('\n');
                    content.Append(ParagraphText(p));
                }
                grid.Add(continues ? string.Empty : CellGrid.CellText(content.ToString()), span);
            }
        }
        grid.WriteTo(text);
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var sb = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t: sb.Append(t.Text); break;
                case TabChar: sb.Append('\t'); break;
                case Break or CarriageReturn: sb.Append('\n'); break;
                case NoBreakHyphen: sb.Append('-'); break;
            }
        }
        return sb.ToString();
    }
}
