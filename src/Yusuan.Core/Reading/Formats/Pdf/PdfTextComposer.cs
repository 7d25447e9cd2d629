using System.Collections.Immutable;
using System.Text;
using Yusuan.Core.Model;

namespace Yusuan.Core.Reading.Formats.Pdf;

/// <summary>Where a line of the extracted text was printed: its page and its box on the page.</summary>
public readonly record struct LineOrigin(int Page, Box Box);

/// <summary>The text the reader takes, made from a PDF's pages, and for each of its lines where it stands in the PDF.</summary>
public sealed record ComposedText(string Text, ImmutableArray<LineOrigin> Origins, int Pages, int RuledTables)
{
    /// <summary>Blank pages and text off the page, for the reader's diagnostics.</summary>
    public ImmutableArray<PageNote> Notes { get; init; } = [];

    /// <summary>Each page's size in points, index = page number − 1: the frame of the lines' boxes.</summary>
    public ImmutableArray<PageSize> PageSizes { get; init; } = [];
}

/// <summary>
/// Writes a PDF's pages as the reader's text: running text as pdftotext -layout would space it, and every ruled table
/// as tab-separated rows on its cell grid (the exact mode the reader uses for Word and HTML tables), so that a figure's
/// column is the cell it was printed in, not a guess from character positions. Pages are separated by a blank line.
/// </summary>
public static class PdfTextComposer
{
    public static ComposedText Compose(IReadOnlyList<PageLayout> pages)
    {
        var text = new StringBuilder();
        var origins = ImmutableArray.CreateBuilder<LineOrigin>();
        var tables = 0;
        var running = RunningLines.Find(pages);
        void Emit(string line, LineOrigin origin)
        {
            text.Append(line).Append('\n');
            origins.Add(origin);
        }
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            if (p > 0)
            {
                Emit(string.Empty, new LineOrigin(page.Number, default));
                Emit(string.Empty, new LineOrigin(page.Number, default));
            }
            var grids = RuledTableFinder.Find(page);
            tables += grids.Length;
            var items = new List<(double Top, int Line, GridTable? Grid)>();
            var used = new HashSet<int>();
            foreach (var g in grids)
            {
                items.Add((g.Region.Top, -1, g));
                used.UnionWith(g.Lines);
            }
            for (var i = 0; i < page.Lines.Length; i++)
            {
                if (!used.Contains(i) && !running.Contains((p, i))) items.Add((page.Lines[i].Box.Top, i, null));
            }
            foreach (var item in items.OrderBy(x => x.Top).ThenBy(x => x.Line))
            {
                if (item.Grid is { } grid)
                {
                    foreach (var row in grid.Rows) Emit(string.Join('\t', row.Cells).TrimEnd('\t'), new LineOrigin(page.Number, row.Box));
                }
                else
                {
                    var line = page.Lines[item.Line];
                    Emit(Indent(line, page) + line.LayoutText(), new LineOrigin(page.Number, line.Box));
                }
            }
        }
        return new ComposedText(text.ToString(), origins.ToImmutable(), pages.Count, tables)
        {
            PageSizes = [.. pages.Select(p => new PageSize(p.Width, p.Height))],
            Notes = PageNotes(pages),
        };
    }

    /// <summary>What a reviewer of the file should know about its pages: a page with no text at all (blank, or only an
    /// image the checker cannot read), and text the layer places off the page.</summary>
    private static ImmutableArray<PageNote> PageNotes(IReadOnlyList<PageLayout> pages)
    {
        var notes = ImmutableArray.CreateBuilder<PageNote>();
        foreach (var page in pages)
        {
            if (page.Lines.IsEmpty) notes.Add(new PageNote(page.Number, PageNote.Blank, 0));
            if (page.LettersOutside > 0) notes.Add(new PageNote(page.Number, PageNote.Outside, page.LettersOutside));
        }
        return notes.ToImmutable();
    }

    /// <summary>Leading spaces for a line's left edge (a centred title stands indented, as in pdftotext -layout).</summary>
    private static string Indent(PdfLine line, PageLayout page)
    {
        var em = Math.Max(4, line.Words[0].Size);
        var spaces = (int)Math.Round(line.Box.Left / (em / 2)) - 4;
        return spaces > 0 ? new string(' ', Math.Min(spaces, 120)) : string.Empty;
    }
}

/// <summary>Running headers and footers: a line printed in the top or bottom margin of many pages with the same text
/// (page numbers counted as one text). Every occurrence but the first is left out of the text, so that a table
/// continued on the next page is not interrupted by "XX局2026年度部门预算公开" or "- 8 -".</summary>
internal static class RunningLines
{
    public static HashSet<(int Page, int Line)> Find(IReadOnlyList<PageLayout> pages)
    {
        var seen = new Dictionary<string, List<(int Page, int Line)>>(StringComparer.Ordinal);
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            for (var i = 0; i < page.Lines.Length; i++)
            {
                var box = page.Lines[i].Box;
                if (box.Top > page.Height * 0.09 && box.Bottom < page.Height * 0.93) continue;
                var key = Normalise(page.Lines[i]);
                if (key.Length == 0) continue;
                if (!seen.TryGetValue(key, out var list)) seen[key] = list = [];
                list.Add((p, i));
            }
        }
        var running = new HashSet<(int Page, int Line)>();
        var needed = Math.Max(3, pages.Count / 4);
        foreach (var list in seen.Values)
        {
            if (list.Select(x => x.Page).Distinct().Count() < needed) continue;
            foreach (var at in list.Skip(1)) running.Add(at);
        }
        return running;
    }

    private static string Normalise(PdfLine line)
    {
        var chars = new System.Text.StringBuilder();
        foreach (var w in line.Words)
        {
            foreach (var c in w.Text)
            {
                if (char.IsWhiteSpace(c)) continue;
                chars.Append(char.IsAsciiDigit(c) ? '#' : c);
            }
        }
        var s = chars.ToString();
        while (s.Contains("##", StringComparison.Ordinal)) s = s.Replace("##", "#", StringComparison.Ordinal);
        return s;
    }
}

/// <summary>A remark about one page of a PDF (see <see cref="PdfTextComposer"/>): a blank page, or <see cref="Letters"/>
/// letters placed off the page.</summary>
public sealed record PageNote(int Page, string Code, int Letters)
{
    public const string Blank = "read.pdf.blank-page";
    public const string Outside = "read.pdf.text-outside-page";

    /// <summary>The sentence for the diagnostic (Chinese, then English).</summary>
    public string Message => Code == Blank
        ? $"第 {Page} 页没有文字（空白页，或只有图片），该页内容未能读取和检查。/ Page {Page} has no text."
        : $"第 {Page} 页的文字层有 {Letters} 个字印在页面之外（看不到的文字，如表格单元格里被裁去的内容），已忽略。/ Page {Page}: {Letters} letters lie outside the page and were left out.";
}
