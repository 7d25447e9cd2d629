using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;

namespace Yusuan.Core.Reading.Formats.Pdf;

/// <summary>
/// Finds the tables of a page by the lines they are drawn with (a lattice): the vertical rulings give the column edges,
/// the horizontal ones the row bands, a missing ruling inside a band a cell spanning several columns. Header cells
/// printed over several lines are joined; a cell wrapped over several lines stays one cell; a band holding several
/// printed rows (tables ruled only around the header) is split at the rows' figures. Tables drawn without vertical
/// rulings are left to the text reader.
/// </summary>
internal static partial class RuledTableFinder
{
    private const double Slack = 2.0;

    public static ImmutableArray<GridTable> Find(PageLayout page)
    {
        var horizontal = new List<Ruling>();
        var vertical = new List<Ruling>();
        foreach (var r in page.Rulings)
        {
            if (r.Horizontal && r.Length >= 8) horizontal.Add(r);
            else if (!r.Horizontal && r.Length >= 5) vertical.Add(r);
        }
        if (horizontal.Count < 2 || vertical.Count < 2) return [];
        var components = Components(horizontal, vertical);
        var tables = ImmutableArray.CreateBuilder<GridTable>();
        var taken = new HashSet<int>();
        foreach (var (hs, vs) in components)
        {
            var xs = Cluster(vs.Select(v => v.At));
            var ys = Cluster(hs.Select(h => h.At));
            // A page whose first (or last) rule is not drawn as a line (021 表2 continued: the top edge of its first row)
            // is still closed by where its column rules end.
            var top = vs.Min(v => v.From);
            var bottom = vs.Max(v => v.To);
            if (ys.Count > 0 && top < ys[0] - 3 * Slack) ys.Insert(0, top);
            if (ys.Count > 0 && bottom > ys[^1] + 3 * Slack) ys.Add(bottom);
            if (xs.Count < 3 || ys.Count < 2) continue;
            var region = new Box(xs[0], ys[0], xs[^1], ys[^1]);
            if (region.Width < 60 || region.Height < 12) continue;
            var table = Build(page, region, xs, ys, vs, hs, taken);
            if (table is not null) tables.Add(table);
        }
        return tables.ToImmutable();
    }

    /// <summary>Groups rulings that touch into tables; tables stacked close under each other with the same column edges
    /// (a header drawn apart from its body) are one.</summary>
    private static List<(List<Ruling> H, List<Ruling> V)> Components(List<Ruling> horizontal, List<Ruling> vertical)
    {
        var n = horizontal.Count + vertical.Count;
        var parent = Enumerable.Range(0, n).ToArray();
        int Root(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }
        for (var i = 0; i < horizontal.Count; i++)
        {
            var h = horizontal[i];
            for (var j = 0; j < vertical.Count; j++)
            {
                var v = vertical[j];
                if (h.Covers(v.At, Slack) && v.Covers(h.At, Slack)) parent[Root(i)] = Root(horizontal.Count + j);
            }
        }
        var groups = new Dictionary<int, (List<Ruling> H, List<Ruling> V)>();
        for (var i = 0; i < n; i++)
        {
            var root = Root(i);
            if (!groups.TryGetValue(root, out var g)) groups[root] = g = ([], []);
            if (i < horizontal.Count) g.H.Add(horizontal[i]);
            else g.V.Add(vertical[i - horizontal.Count]);
        }
        var list = groups.Values.Where(g => g.H.Count >= 1 && g.V.Count >= 2).OrderBy(g => g.V.Min(v => v.From)).ToList();
        for (var i = 0; i + 1 < list.Count; i++)
        {
            var upper = list[i];
            var lower = list[i + 1];
            var upperBottom = upper.V.Max(v => v.To);
            var lowerTop = lower.V.Min(v => v.From);
            if (lowerTop - upperBottom > 24 || lowerTop < upperBottom - Slack) continue;
            var a = Cluster(upper.V.Select(v => v.At));
            var b = Cluster(lower.V.Select(v => v.At));
            var shared = a.Count(x => b.Any(y => Math.Abs(x - y) <= Slack));
            if (shared < 0.7 * Math.Max(a.Count, b.Count)) continue;
            upper.H.AddRange(lower.H);
            upper.V.AddRange(lower.V);
            list.RemoveAt(i + 1);
            i--;
        }
        return list;
    }

    /// <summary>Positions within <see cref="Slack"/> of each other are one edge (their mean).</summary>
    private static List<double> Cluster(IEnumerable<double> positions)
    {
        var sorted = positions.Order().ToList();
        var edges = new List<double>();
        var start = 0;
        for (var i = 1; i <= sorted.Count; i++)
        {
            if (i < sorted.Count && sorted[i] - sorted[i - 1] <= Slack) continue;
            edges.Add(sorted.Skip(start).Take(i - start).Average());
            start = i;
        }
        return edges;
    }

    private static GridTable? Build(PageLayout page, Box region, List<double> xs, List<double> ys, List<Ruling> verticals, List<Ruling> horizontals, HashSet<int> taken)
    {
        var lines = new List<int>();
        for (var i = 0; i < page.Lines.Length; i++)
        {
            if (taken.Contains(i)) continue;
            var line = page.Lines[i];
            var cy = line.Box.CenterY;
            if (cy < region.Top - 1 || cy > region.Bottom + 1) continue;
            var inside = line.Words.Count(w => w.Box.CenterX >= region.Left - 1 && w.Box.CenterX <= region.Right + 1);
            if (inside * 2 < line.Words.Length) continue;
            lines.Add(i);
        }
        if (lines.Count == 0) return null;
        var firstData = lines.FindIndex(i => page.Lines[i].Words.Any(w => IsAmount(w.Text)));
        if (firstData < 0) return null;
        foreach (var i in lines) taken.Add(i);

        var columns = xs.Count - 1;
        var rows = ImmutableArray.CreateBuilder<GridRow>();
        var dataBand = Band(ys, page.Lines[lines[firstData]].Box.CenterY);
        // Header: one row per band above the first figures (header lines in the first data band itself, under no
        // ruling, form one more row). A header cell spanning columns (no vertical ruling inside it) keeps its text in
        // its first column, one spanning bands (no horizontal ruling inside it) in its top band, as Word tables do.
        var headerLines = lines.Take(firstData).ToList();
        if (headerLines.Count > 0) rows.AddRange(HeaderRows(page, headerLines, xs, ys, verticals, horizontals, dataBand));
        var body = lines.Skip(firstData).ToList();
        var bands = body.GroupBy(i => Band(ys, page.Lines[i].Box.CenterY)).OrderBy(g => g.Key).ToList();
        // A table ruling every row: a band is one printed row however its names wrap, unless figures stand on two lines.
        var ruledRows = bands.Count >= 5;
        foreach (var band in bands)
        {
            foreach (var group in RowsOfBand(page, [.. band], xs, ruledRows)) rows.Add(BodyRow(page, group, xs));
        }
        return new GridTable(page.Number, region, [.. xs], rows.ToImmutable(), lines.ToHashSet());
    }

    private static int Band(List<double> ys, double y)
    {
        for (var j = 0; j + 1 < ys.Count; j++)
        {
            if (y < ys[j + 1]) return j;
        }
        return Math.Max(0, ys.Count - 2);
    }

    private static int Column(List<double> xs, double x)
    {
        for (var i = 0; i + 1 < xs.Count; i++)
        {
            if (x < xs[i + 1]) return i;
        }
        return xs.Count - 2;
    }

    private static List<GridRow> HeaderRows(PageLayout page, List<int> lines, List<double> xs, List<double> ys, List<Ruling> verticals, List<Ruling> horizontals, int dataBand)
    {
        var columns = xs.Count - 1;
        // Bands of the header: those above the data band, and a last one for header lines inside the data band.
        var firstBand = Band(ys, page.Lines[lines[0]].Box.CenterY);
        var bandCount = dataBand - firstBand + 1;
        var cells = new Dictionary<(int Band, int Column), List<(PdfWord Word, int Line)>>();
        foreach (var li in lines)
        {
            foreach (var w in page.Lines[li].Words)
            {
                var y = w.Box.CenterY;
                var x = w.Box.CenterX;
                var column = Column(xs, x);
                while (column > 0 && !HasRuling(verticals, xs[column], y)) column--;
                var band = Math.Min(Band(ys, y), dataBand) - firstBand;
                while (band > 0 && band + firstBand < dataBand && !HasRuling(horizontals, ys[band + firstBand], x)) band--;
                if (!cells.TryGetValue((band, column), out var list)) cells[(band, column)] = list = [];
                list.Add((w, li));
            }
        }
        var rows = new List<GridRow>();
        for (var b = 0; b < bandCount; b++)
        {
            if (!cells.Keys.Any(k => k.Band == b)) continue;
            var parts = new List<(PdfWord Word, int Line)>[columns];
            for (var c = 0; c < columns; c++) parts[c] = cells.TryGetValue((b, c), out var list) ? list : [];
            var rowBox = parts.SelectMany(p => p).Select(p => p.Word.Box).Aggregate((a, c) => a.Union(c));
            rows.Add(Row(parts, rowBox, isHeader: true));
        }
        return rows;
    }

    /// <summary>A ruling along <paramref name="at"/> crossing the point <paramref name="along"/> of its length.</summary>
    private static bool HasRuling(List<Ruling> rulings, double at, double along)
    {
        foreach (var r in rulings)
        {
            if (Math.Abs(r.At - at) <= Slack && r.Covers(along, 0.5)) return true;
        }
        return false;
    }

    private static GridRow BodyRow(PageLayout page, List<int> lines, List<double> xs)
    {
        var columns = xs.Count - 1;
        var parts = new List<(PdfWord Word, int Line)>[columns];
        for (var c = 0; c < columns; c++) parts[c] = [];
        var box = page.Lines[lines[0]].Box;
        foreach (var li in lines)
        {
            var line = page.Lines[li];
            box = box.Union(line.Box);
            foreach (var word in line.Words)
            {
                foreach (var w in SplitGlued(word, xs)) parts[Column(xs, w.Box.CenterX)].Add((w, li));
            }
        }
        return Row(parts, box, isHeader: false);
    }

    /// <summary>Amounts of neighbouring cells the text layer printed as one word ("174,900.64101,833.8441,534.73"),
    /// split after each amount's decimals when the word runs over a column edge; each piece is placed by its share of
    /// the word's width.</summary>
    private static IEnumerable<PdfWord> SplitGlued(PdfWord word, List<double> xs)
    {
        if (Column(xs, word.Box.Left + 0.5) == Column(xs, word.Box.Right - 0.5) || word.Text.Length < 8) return [word];
        var pieces = GluedAmounts().Matches(word.Text).Select(m => m.Value).ToList();
        if (pieces.Count < 2 || pieces.Sum(p => p.Length) != word.Text.Length) return [word];
        var perChar = word.Box.Width / word.Text.Length;
        var result = new List<PdfWord>(pieces.Count);
        var offset = 0;
        foreach (var p in pieces)
        {
            var left = word.Box.Left + offset * perChar;
            result.Add(word with { Text = p, Box = word.Box with { Left = left, Right = left + p.Length * perChar } });
            offset += p.Length;
        }
        return result;
    }

    [GeneratedRegex(@"-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}")]
    private static partial Regex GluedAmounts();

    private static GridRow Row(List<(PdfWord Word, int Line)>[] parts, Box box, bool isHeader)
    {
        var cells = ImmutableArray.CreateBuilder<string>(parts.Length);
        var boxes = ImmutableArray.CreateBuilder<Box>(parts.Length);
        foreach (var p in parts)
        {
            cells.Add(Join(p));
            boxes.Add(p.Count == 0 ? default : p.Select(x => x.Word.Box).Aggregate((a, b) => a.Union(b)));
        }
        return new GridRow(cells.MoveToImmutable(), box, isHeader, boxes.MoveToImmutable());
    }

    /// <summary>A cell's words in reading order: a space between words of one line, none between lines of Chinese text
    /// (a wrapped name or header), a space where a line break falls between Latin letters or digits.</summary>
    private static string Join(List<(PdfWord Word, int Line)> parts)
    {
        if (parts.Count == 0) return string.Empty;
        var sb = new StringBuilder();
        var previousLine = -1;
        foreach (var (word, line) in parts.OrderBy(p => p.Line).ThenBy(p => p.Word.Box.Left))
        {
            if (sb.Length > 0)
            {
                // Chinese text wrapped over lines, or letter-spaced on one line (合 计), joins without a space.
                var bothChinese = IsCjk(sb[^1]) && IsCjk(word.Text[0]);
                var eitherChinese = IsCjk(sb[^1]) || IsCjk(word.Text[0]);
                // An amount wrapped in a narrow cell ("1378.4" / "1") goes on without a space.
                var wrappedAmount = line != previousLine && word.Text.Length <= 2 && word.Text.All(char.IsAsciiDigit) && EndsWrappedTop(sb);
                if (!wrappedAmount && (line == previousLine ? !bothChinese : !eitherChinese)) sb.Append(' ');
            }
            sb.Append(word.Text);
            previousLine = line;
        }
        return sb.ToString();
    }

    /// <summary>The text so far ends with the top of a wrapped amount (digits, a point and one decimal digit).</summary>
    private static bool EndsWrappedTop(StringBuilder sb)
    {
        var start = sb.Length;
        while (start > 0 && sb[start - 1] is (>= '0' and <= '9') or '.' or ',') start--;
        return WrappedTop().IsMatch(sb.ToString(start, sb.Length - start));
    }

    private static bool IsCjk(char c) => c >= '\u2E80' && c <= '\u9FFF' || c >= '\uFF00' && c <= '\uFFEF' || c is '“' or '”' or '（' or '）';

    /// <summary>The printed rows of one band: one row when the band holds at most one line with figures or a code (a
    /// ruled row, its name wrapped), or, in a table ruling every row, a few lines only one of which prints figures; otherwise each such line is a row and a line of text alone joins the row it stands
    /// closest to (a name wrapped above or below its figures).</summary>
    private static List<List<int>> RowsOfBand(PageLayout page, List<int> lines, List<double> xs, bool ruledRows)
    {
        var anchors = lines.Where(i => IsAnchor(page.Lines[i], xs)).ToList();
        // 长春 表5: figures too wide for their cells wrap, "1378.4" above the row's line and "1" below it; a line of such
        // tops beside a line of whole amounts begins no row.
        if (anchors.Count > 1 && anchors.Any(a => HasWholeAmount(page.Lines[a])))
        {
            anchors.RemoveAll(a => IsWrappedTops(page.Lines[a]));
        }
        if (anchors.Count <= 1) return [lines];
        // B199 表1: "1、一般公共服" / "1、财政拨款 258596001.79 务支出 48615794.92 …" is one ruled row of four sides.
        if (ruledRows && lines.Count <= 3 && lines.Count(i => page.Lines[i].Words.Any(w => IsAmount(w.Text))) == 1) return [lines];
        // A ruled row whose code is printed on its own line above or below its name and figures (B199: "行政运行
        // 17,651,794.92 …" / "2013301") is one row.
        if (anchors.Count == 2 && anchors.Count(a => IsCodeOnly(page.Lines[a])) == 1
            && anchors.Count(a => page.Lines[a].Words.Any(w => IsAmount(w.Text)) && !CodeStart().IsMatch(page.Lines[a].Words[0].Text)) == 1) return [lines];
        var rows = anchors.ToDictionary(a => a, a => new List<int> { a });
        foreach (var i in lines)
        {
            if (rows.ContainsKey(i)) continue;
            var cy = page.Lines[i].Box.CenterY;
            var nearest = anchors.MinBy(a => Math.Abs(page.Lines[a].Box.CenterY - cy));
            rows[nearest].Add(i);
        }
        return [.. anchors.Select(a => rows[a].Order().ToList())];
    }

    /// <summary>A line that begins a row: it prints a figure, a classification code or unit code at its start, an
    /// enumerator (一、 （一） 1.), or a total.</summary>
    private static bool IsAnchor(PdfLine line, List<double> xs)
    {
        foreach (var w in line.Words)
        {
            if (IsAmount(w.Text)) return true;
        }
        var first = line.Words[0].Text;
        return CodeStart().IsMatch(first) || Enumerator().IsMatch(first) || first.Replace(" ", string.Empty, StringComparison.Ordinal) is "合计" or "总计";
    }

    /// <summary>Every figure of the line is the top of a wrapped amount: one decimal digit ("1378.4", "0.0"), the other
    /// printed on the next line.</summary>
    private static bool IsWrappedTops(PdfLine line)
    {
        var any = false;
        foreach (var w in line.Words)
        {
            if (!IsAmount(w.Text)) continue;
            if (!WrappedTop().IsMatch(w.Text)) return false;
            any = true;
        }
        return any && !CodeStart().IsMatch(line.Words[0].Text);
    }

    private static bool HasWholeAmount(PdfLine line) => line.Words.Any(w => IsAmount(w.Text) && !WrappedTop().IsMatch(w.Text));

    [GeneratedRegex(@"^\d[\d,]*\.\d$")]
    private static partial Regex WrappedTop();

    private static bool IsCodeOnly(PdfLine line) =>
        CodeStart().IsMatch(line.Words[0].Text) && !line.Words.Any(w => IsAmount(w.Text));

    /// <summary>A printed amount: digits with a decimal point or thousands separators (a bare integer may be a code, a
    /// column number or a page number, so it does not start a row by itself).</summary>
    internal static bool IsAmount(string text) => AmountPattern().IsMatch(text);

    [GeneratedRegex(@"^[-−–]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)%?$")]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"^\d{3,9}(?:$|[-_\s])")]
    private static partial Regex CodeStart();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．])")]
    private static partial Regex Enumerator();
}
