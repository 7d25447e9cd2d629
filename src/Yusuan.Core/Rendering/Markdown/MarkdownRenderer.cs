using System.Collections.Immutable;
using System.Text;
using Yusuan.Core.Model;
using Yusuan.Core.Rendering.Layout;

namespace Yusuan.Core.Rendering.Markdown;

/// <summary>
/// The canonical text form: the layout of samples/seeds/000 — one paragraph per line with blank lines between, tables as
/// tab-separated lines (header rows with merged cells flattened onto their first column, a ※ numbering row, then the
/// rows), so that <c>yusuan parse</c> reads the output back.
/// </summary>
public static class MarkdownRenderer
{
    public static string Render(Disclosure document)
    {
        var sb = new StringBuilder();
        foreach (var block in DocumentComposer.Compose(document))
        {
            switch (block)
            {
                case TitleBlock t:
                    Line(sb, t.Unit);
                    Line(sb, t.Title);
                    break;
                case TocBlock toc:
                    Line(sb, "目 录");
                    foreach (var (level, text) in toc.Entries) Line(sb, level == 1 ? text : "- " + text);
                    break;
                case HeadingBlock h:
                    Line(sb, h.Text);
                    break;
                case ParagraphBlock p:
                    Line(sb, p.Text);
                    break;
                case TableBlock table:
                    Table(sb, table.Table);
                    break;
                case SignatureBlock s:
                    foreach (var l in s.Lines) Line(sb, l);
                    break;
            }
        }
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string text) => sb.Append(OneLine(text)).Append("\n\n");

    /// <summary>A paragraph is one line: embedded line breaks would split it for the reader.</summary>
    private static string OneLine(string text) => text.Replace("\r", string.Empty, StringComparison.Ordinal).Replace('\n', ' ').Replace('\t', ' ').Trim();

    public static void Table(StringBuilder sb, GridTable table)
    {
        if (table.Number is { } n) Line(sb, n);
        Line(sb, table.Title);
        if (table.PreparedBy is { } p) Line(sb, p);
        if (table.UnitLine is { } u) Line(sb, u);
        foreach (var row in Flatten(table, table.Header)) sb.Append(row).Append('\n');
        foreach (var row in Flatten(table, table.Body)) sb.Append(row).Append('\n');
        sb.Append('\n');
        if (table.EmptyNote is { } note) Line(sb, note);
    }

    private static IEnumerable<string> Flatten(GridTable table, ImmutableArray<ImmutableArray<GridCell>> rows)
    {
        var grid = new string[rows.Length, table.ColumnCount];
        foreach (var (r, c, cell) in table.Place(rows))
        {
            if (c < table.ColumnCount) grid[r, c] = OneLine(cell.Text);
        }
        for (var r = 0; r < rows.Length; r++)
        {
            yield return string.Join('\t', Enumerable.Range(0, table.ColumnCount).Select(c => grid[r, c] ?? string.Empty));
        }
    }
}
