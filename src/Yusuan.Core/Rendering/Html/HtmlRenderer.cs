using System.Net;
using System.Text;
using Yusuan.Core.Model;
using Yusuan.Core.Rendering.Layout;

namespace Yusuan.Core.Rendering.Html;

/// <summary>
/// One self-contained, print-ready HTML file: A4 pages (wide tables on landscape pages), a CJK font stack, table headers
/// in &lt;thead&gt; so the browser repeats them on every page, and every piece of text HTML-escaped.
/// </summary>
public static class HtmlRenderer
{
    public static string Render(Disclosure document)
    {
        var blocks = DocumentComposer.Compose(document);
        var title = blocks.OfType<TitleBlock>().FirstOrDefault() is { } t ? $"{t.Unit}{t.Title}" : "预算公开";
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<title>").Append(E(title)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");
        foreach (var block in blocks)
        {
            switch (block)
            {
                case TitleBlock tb:
                    sb.Append("<section class=\"cover\"><p class=\"unit\">").Append(E(tb.Unit)).Append("</p><h1>").Append(E(tb.Title)).Append("</h1></section>\n");
                    break;
                case TocBlock toc:
                    sb.Append("<nav class=\"toc\"><h2>目 录</h2>\n");
                    foreach (var (level, text) in toc.Entries) sb.Append("<p class=\"toc").Append(level).Append("\">").Append(E(text)).Append("</p>\n");
                    sb.Append("</nav>\n");
                    break;
                case HeadingBlock h:
                    var tag = h.Level switch { 1 => "h2", 2 => "h3", _ => "h4" };
                    sb.Append('<').Append(tag).Append(h.Level == 1 ? " class=\"part\"" : string.Empty).Append('>').Append(E(h.Text)).Append("</").Append(tag).Append(">\n");
                    break;
                case ParagraphBlock p:
                    sb.Append("<p>").Append(E(p.Text)).Append("</p>\n");
                    break;
                case TableBlock table:
                    Table(sb, table.Table);
                    break;
                case SignatureBlock s:
                    sb.Append("<div class=\"signature\">");
                    foreach (var line in s.Lines) sb.Append("<p>").Append(E(line)).Append("</p>");
                    sb.Append("</div>\n");
                    break;
            }
        }
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    private static void Table(StringBuilder sb, GridTable t)
    {
        sb.Append("<figure class=\"table").Append(t.IsLandscape ? " wide" : string.Empty).Append(t.Number is null ? string.Empty : " numbered").Append("\">\n");
        if (t.Number is { } n) sb.Append("<p class=\"number\">").Append(E(n)).Append("</p>\n");
        sb.Append("<figcaption>").Append(E(t.Title)).Append("</figcaption>\n");
        if (t.PreparedBy is not null || t.UnitLine is not null)
        {
            sb.Append("<div class=\"meta\"><span>").Append(E(t.PreparedBy ?? string.Empty)).Append("</span><span>").Append(E(t.UnitLine ?? string.Empty)).Append("</span></div>\n");
        }
        sb.Append("<table>\n");
        if (!t.Widths.IsDefaultOrEmpty)
        {
            var total = (double)t.Widths.Sum();
            sb.Append("<colgroup>");
            foreach (var w in t.Widths) sb.Append("<col style=\"width:").Append((w / total * 100).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)).Append("%\">");
            sb.Append("</colgroup>\n");
        }
        sb.Append("<thead>\n");
        foreach (var row in t.Header) Row(sb, row, "th");
        sb.Append("</thead>\n<tbody>\n");
        foreach (var row in t.Body) Row(sb, row, "td");
        sb.Append("</tbody>\n</table>\n");
        if (t.EmptyNote is { } note) sb.Append("<p class=\"empty\">").Append(E(note)).Append("</p>\n");
        sb.Append("</figure>\n");
    }

    private static void Row(StringBuilder sb, System.Collections.Immutable.ImmutableArray<GridCell> row, string tag)
    {
        sb.Append("<tr>");
        foreach (var cell in row)
        {
            sb.Append('<').Append(tag);
            if (cell.ColSpan > 1) sb.Append(" colspan=\"").Append(cell.ColSpan).Append('"');
            if (cell.RowSpan > 1) sb.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
            if (cell.Number is not null) sb.Append(" class=\"num\"");
            sb.Append('>').Append(E(cell.Text)).Append("</").Append(tag).Append('>');
        }
        sb.Append("</tr>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Css = """
        @page { size: A4; margin: 20mm 16mm 18mm 16mm; @bottom-center { content: "— " counter(page) " —"; font-size: 9pt; } }
        @page wide { size: A4 landscape; margin: 14mm 12mm; @bottom-center { content: "— " counter(page) " —"; font-size: 9pt; } }
        @page :first { @bottom-center { content: none; } }
        html { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", "Source Han Serif SC", "Source Han Sans SC", "SimSun", "Songti SC", "Microsoft YaHei", "PingFang SC", sans-serif; font-size: 11pt; line-height: 1.7; color: #000; }
        body { margin: 0; }
        .cover { page-break-after: always; text-align: center; padding-top: 70mm; }
        .cover .unit { font-size: 20pt; font-weight: bold; margin: 0 0 12mm; }
        .cover h1 { font-size: 26pt; margin: 0; }
        .toc { page-break-after: always; }
        .toc h2 { text-align: center; }
        .toc p { margin: 0.2em 0; }
        .toc .toc1 { font-weight: bold; margin-top: 0.6em; }
        .toc .toc2 { padding-left: 2em; }
        h2 { font-size: 15pt; text-align: center; margin: 1.2em 0 0.8em; }
        h2.part { page-break-before: always; }
        h3 { font-size: 12.5pt; margin: 1em 0 0.4em; }
        h4 { font-size: 11.5pt; margin: 0.8em 0 0.3em; }
        p { text-indent: 2em; margin: 0.3em 0; text-align: justify; }
        figure.table { margin: 4mm 0 8mm; }
        figure.table.numbered { page-break-before: always; }
        h2.part + figure.table.numbered { page-break-before: auto; }
        figure.table.wide { page: wide; }
        figure.table .number { text-indent: 0; margin: 0; font-size: 10pt; }
        figcaption { text-align: center; font-size: 14pt; font-weight: bold; margin: 0.2em 0 0.4em; }
        .meta { display: flex; justify-content: space-between; font-size: 9.5pt; margin-bottom: 2mm; }
        table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 9pt; line-height: 1.35; }
        .wide table { font-size: 8pt; }
        th, td { border: 0.6pt solid #000; padding: 1.2mm 1mm; vertical-align: middle; word-break: break-all; }
        th { font-weight: bold; text-align: center; background: #f2f2f2; }
        td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        tr { page-break-inside: avoid; }
        thead { display: table-header-group; }
        .empty { text-indent: 0; font-size: 10pt; margin-top: 2mm; }
        .signature { text-align: right; margin-top: 12mm; }
        .signature p { text-indent: 0; text-align: right; }

        """;
}
