using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Yusuan.Core.Reading.Text;
using static Yusuan.Core.Reading.Tables.BodyLines;

namespace Yusuan.Core.Reading.Tables.Shapes;

/// <summary>The rows of a two-sided table (T1/T4 收支总表, income lines beside expense lines): each line split into
/// label+figures segments, 行次 and 序号 numbers dropped, wrapped labels and figures in the next label column re-joined.</summary>
internal static partial class LineRows
{
    /// <param name="rowNumbers">The header has a 行次 column (national 决算 公开01/04表): each label is followed by its
    /// line number, which is not an amount.</param>
    /// <param name="ordinalFirst">The header starts with a 序号 column (Xi'an 部门综合预算收支总表): each line starts with its
    /// number, which is neither a side nor an amount.</param>
    /// <param name="headerRepeats">The header's lines: printed again on a continuation page, they are not lines of the table.</param>
    public static List<RawRow> Read(List<SourceLine> data, CellMode mode, bool rowNumbers, bool ordinalFirst = false, IReadOnlySet<string>? headerRepeats = null)
    {
        var rows = new List<RawRow>();
        foreach (var line in data)
        {
            if (line.IsBlank || IsJunk(line) || IsPageHeader(line) || HeaderMap.IsNumbering(line.Text)) continue;
            if (headerRepeats is not null && headerRepeats.Contains(line.Folded)) continue;
            var tokens = Tokenizer.Split(line, mode);
            if (ordinalFirst && tokens.Length > 1 && IsRowNumber(tokens[0]) && (mode != CellMode.Tabs || tokens[0].Start == 0)) tokens = tokens[1..];
            if (tokens.Length == 0) continue;
            var segments = new List<(List<Token> Label, List<Token> Figures)>();
            (List<Token> Label, List<Token> Figures)? current = null;
            Token? previous = null;
            for (var i = 0; i < tokens.Length; i++)
            {
                var t = tokens[i];
                // PDF text: a bare 行次 number is a word, not a figure; it ends its line's label.
                if (rowNumbers && mode != CellMode.Tabs && !t.IsFigure && IsRowNumber(t))
                {
                    if (current is { } open && open.Label.Count > 0) open.Figures.Add(t);
                    continue;
                }
                var isFigure = t.IsFigure && !(mode == CellMode.Tabs && IsCodeLike(t.Text) && i + 1 < tokens.Length && !tokens[i + 1].IsFigure && t.Start + 1 == tokens[i + 1].Start);
                if (isFigure)
                {
                    current ??= ([], []);
                    current.Value.Figures.Add(t);
                }
                else
                {
                    var boundary = current is null
                        || current.Value.Figures.Count > 0
                        || mode == CellMode.Tabs && current.Value.Label.Count > 0
                        || current.Value.Label.Count > 0 && IsSegmentStart(t, tokens, i)
                        || mode == CellMode.Layout && previous is { } p && t.Start - p.End >= 4 && current.Value.Label.Count > 0;
                    if (boundary)
                    {
                        if (current is not null) segments.Add(current.Value);
                        current = ([t], []);
                    }
                    else
                    {
                        current!.Value.Label.Add(t);
                    }
                }
                previous = t;
            }
            if (current is not null) segments.Add(current.Value);
            var row = new RawRow { FirstLine = line.Number, LastLine = line.Number, Page = line.Page };
            foreach (var (label, figures) in segments)
            {
                var labelText = label.Count == 1 ? label[0].Text : string.Join(' ', label.ConvertAll(t => t.Text));
                var anchor = label.Count > 0 ? label[0].Start : figures[0].Start - 1;
                var shift = 1;
                if (rowNumbers && DropRowNumber(figures, label.Count == 0 ? null : anchor, mode)) shift = 2;
                if (label.Count == 0 && figures.Count == 0) continue;
                var figs = new RawFigure[figures.Count];
                for (var f = 0; f < figs.Length; f++)
                {
                    var t = figures[f];
                    figs[f] = new RawFigure(t.Value, t.Text, mode == CellMode.Tabs ? t.Start - anchor - shift : t.Center, line.Number, line.Page);
                }
                row.Segments.Add(new RawSegment(labelText, ImmutableCollectionsMarshal.AsImmutableArray(figs), anchor));
            }
            if (row.Segments.Count > 0) rows.Add(row);
        }
        if (mode == CellMode.Layout)
        {
            SplitAtLabelColumns(rows);
            JoinWrappedLabels(rows);
        }
        return rows.Where(r => r.Segments.Count > 0).ToList();
    }

    /// <summary>The header's first word is 序号: a column of line numbers before the first side.</summary>
    public static bool OrdinalFirst(string headerText) => headerText.StartsWith("序号", StringComparison.Ordinal);

    /// <summary>Removes a segment's 行次 numbers: bare integers of one to three digits (amounts of these tables carry
    /// decimals). A line whose label cell is empty still prints its 行次, so one segment can hold the numbers of two.
    /// Whether the cell right of the label (tab text) held one, i.e. whether the amounts start a cell later.</summary>
    private static bool IsRowNumber(Token t) => t.Text.Length <= 3 && t.Text[0] != '0' && t.Text.All(char.IsAsciiDigit);

    private static bool DropRowNumber(List<Token> figures, int? labelCell, CellMode mode)
    {
        var shifted = figures.Count > 0 && IsRowNumber(figures[0]) && (mode != CellMode.Tabs || figures[0].Start == labelCell + 1);
        figures.RemoveAll(IsRowNumber);
        return shifted;
    }

    /// <summary>A figure standing right of the next label column belongs to that column's line, not to the label before it
    /// on its own line (a three-part Jiangsu 收支预算总表 where the middle label has no amount).</summary>
    private static void SplitAtLabelColumns(List<RawRow> rows)
    {
        // Enumerated labels (一、… 1.…) mark where each label column starts; subtotal labels sit elsewhere.
        var starts = rows.SelectMany(r => r.Segments)
            .Where(s => SegmentEnumerator().IsMatch(HeaderText.Fold(s.Label)) || DigitEnumerator().IsMatch(HeaderText.Fold(s.Label)))
            .Select(s => s.Position).Order().ToList();
        // Label columns: clusters of label starts seen on at least three lines.
        var columns = new List<double>();
        var group = new List<double>();
        foreach (var x in starts.Append(double.MaxValue))
        {
            if (group.Count > 0 && x - group[^1] > 6)
            {
                if (group.Count >= 3) columns.Add(group[0]);
                group.Clear();
            }
            group.Add(x);
        }
        if (columns.Count < 3) return;
        foreach (var row in rows)
        {
            for (var s = 0; s < row.Segments.Count; s++)
            {
                var seg = row.Segments[s];
                var label = HeaderText.Fold(seg.Label);
                if (seg.Figures.IsEmpty || !SegmentEnumerator().IsMatch(label) && !DigitEnumerator().IsMatch(label)) continue;
                var own = columns.FindLastIndex(c => c <= seg.Position + 6);
                if (own < 0 || own + 1 >= columns.Count) continue;
                var next = columns[own + 1];
                var split = seg.Figures.ToList().FindIndex(f => f.Position > next + 2);
                if (split < 0) continue;
                var moved = seg.Figures[split..];
                var column = columns.FindLastIndex(c => c < moved[0].Position);
                row.Segments[s] = seg with { Figures = seg.Figures[..split] };
                row.Segments.Insert(s + 1, new RawSegment(string.Empty, moved, columns[column]));
                s++;
            }
        }
    }

    /// <summary>Layout text wraps long line labels ("七、文化旅游体育与传媒支" / "出"), sometimes with the figure on the line
    /// between: short fragments and label-less figures are joined to the label standing above them.</summary>
    private static void JoinWrappedLabels(List<RawRow> rows)
    {
        for (var r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            for (var s = row.Segments.Count - 1; s >= 0; s--)
            {
                var seg = row.Segments[s];
                var folded = HeaderText.Fold(seg.Label);
                var fragment = folded.Length is > 0 and <= 3 && seg.Figures.IsEmpty && !SegmentEnumerator().IsMatch(folded) && Tokenizer.HasCjk(folded);
                var looseFigures = folded.Length == 0 && !seg.Figures.IsEmpty;
                if (!fragment && !looseFigures) continue;
                for (var back = r - 1; back >= Math.Max(0, r - 2); back--)
                {
                    var target = rows[back].Segments
                        .Select((x, i) => (x, i))
                        .Where(t => t.x.Label.Length > 0 && (fragment ? Math.Abs(t.x.Position - seg.Position) <= 5 : t.x.Figures.IsEmpty && t.x.Position <= seg.Position + 2))
                        .OrderBy(t => Math.Abs(t.x.Position - seg.Position))
                        .Select(t => (int?)t.i)
                        .FirstOrDefault();
                    if (target is not { } ti) continue;
                    var old = rows[back].Segments[ti];
                    rows[back].Segments[ti] = fragment
                        ? old with { Label = old.Label + seg.Label }
                        : old with { Figures = [.. old.Figures, .. seg.Figures] };
                    rows[back].LastLine = Math.Max(rows[back].LastLine, row.LastLine);
                    row.Segments.RemoveAt(s);
                    break;
                }
            }
        }
    }

    /// <summary>Where the expense side begins inside a line: a 类 code followed by its name ("204 公共安全支出"), or an
    /// enumerated name after the income label ("三、卫生健康支出").</summary>
    private static bool IsSegmentStart(Token t, ImmutableArray<Token> tokens, int i)
    {
        if (Tokenizer.IsDigits(t.Text, 3) && t.Text[0] == '2') return true;
        if (t.Text.Length > 3 && Tokenizer.IsDigits(t.Text[..3], 3) && t.Text[0] == '2' && Tokenizer.HasCjk(t.Text[3..])) return true;
        if (SegmentEnumerator().IsMatch(t.Text)) return true;
        var folded = HeaderText.Fold(t.Text);
        return folded.StartsWith("支出", StringComparison.Ordinal) || folded == "支" && i + 1 < tokens.Length && tokens[i + 1].Text == "出";
    }

    [GeneratedRegex(@"^[一二三四五六七八九十]{1,3}、")]
    private static partial Regex SegmentEnumerator();

    [GeneratedRegex(@"^\d{1,2}[.、](?!\d)")]
    private static partial Regex DigitEnumerator();
}
