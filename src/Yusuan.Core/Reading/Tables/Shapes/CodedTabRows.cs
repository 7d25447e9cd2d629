using System.Text.RegularExpressions;
using Yusuan.Core.Reading.Text;
using static Yusuan.Core.Reading.Tables.BodyLines;

namespace Yusuan.Core.Reading.Tables.Shapes;

/// <summary>The rows of a coded table (function or economic codes, units, projects) in tab-separated text: each cell
/// at its index under the header, a page's repeated header re-mapping the columns, pages drawn with fewer columns
/// shifted back under the header, two tables side by side read as two rows per line.</summary>
internal static partial class CodedTabRows
{
    public static List<RawRow> Read(List<SourceLine> data, TableTemplate template, HeaderMap header, CellMode mode)
    {
        var rows = new List<RawRow>();
        var current = header;
        var pendingHeader = new List<SourceLine>();
        var inHeader = false;
        var pageWidths = new Dictionary<int, int>();
        foreach (var l in data)
        {
            if (l.IsBlank || !l.Text.Contains('\t', StringComparison.Ordinal)) continue;
            var width = l.Text.TrimEnd().Split('\t').Length;
            pageWidths[l.Page] = Math.Max(width, pageWidths.GetValueOrDefault(l.Page));
        }
        // The rows on the header's own page show how wide the grid is under that header.
        var firstPageWidth = data.Count > 0 && pageWidths.TryGetValue(data[0].Page, out var fw) ? fw : 0;
        var pageShifts = NameCellShifts(data, header);
        // Reused from line to line.
        var codeParts = new List<string>();
        var labels = new List<string>();
        var wholeCodes = new List<string>();
        foreach (var line in data)
        {
            if (line.IsBlank || IsJunk(line)) continue;
            if (IsPageHeader(line))
            {
                inHeader = true;
                pendingHeader.Clear();
                continue;
            }
            if (inHeader || !LooksLikeData(line, mode) && IsHeaderRepeat(line, template))
            {
                if (LooksLikeData(line, mode))
                {
                    // The line just above the first row of a continuation page that repeats no header word is the start
                    // of that row's wrapped name ("中共西安市委理" / "201002 论讲师团 800,000.00"), not header.
                    SourceLine? nameStart = pendingHeader.Count > 0 && pendingHeader[^1] is var last && last.Number == line.Number - 1
                        && !IsHeaderRepeat(last, template) && !header.Text.Contains(last.Folded, StringComparison.Ordinal) && last.Folded.Length <= 8
                        ? last : null;
                    if (nameStart is not null) pendingHeader.RemoveAt(pendingHeader.Count - 1);
                    if (pendingHeader.Any(l => !HeaderMap.IsNumbering(l.Text))) current = BodyReader.BuildHeader(template, pendingHeader, mode);
                    inHeader = false;
                    pendingHeader.Clear();
                    if (nameStart is not null && TabRow(nameStart, nameStart.TabTokens, current, 0, 0, codeParts, labels, wholeCodes) is { } start) rows.Add(start);
                }
                else
                {
                    pendingHeader.Add(line);
                    inHeader = true;
                    continue;
                }
            }
            if (current.HalfWidth is { } half)
            {
                // Two tables side by side: the right half's cells are read as a row of their own, after the left's.
                var left = TabRow(line, line.TabTokens.Where(t => t.Start < half), current, 0, 0, codeParts, labels, wholeCodes);
                var right = TabRow(line, line.TabTokens.Where(t => t.Start >= half), current, half, 0, codeParts, labels, wholeCodes);
                if (left is not null) rows.Add(left);
                if (right is not null) rows.Add(right);
                continue;
            }
            // A page drawn with fewer columns than the header (a continuation page without its header): names keep to
            // the left, figures to the right (their last cell is the header's last value column).
            var pageShift = current == header ? pageShifts.GetValueOrDefault(line.Page) : 0;
            var figureShift = current == header && pageWidths.TryGetValue(line.Page, out var pw) && pw < firstPageWidth ? firstPageWidth - pw : 0;
            var labelShift = pageShift > 0 ? pageShift : LabelShift(line, current);
            // On a page whose names stand left of the header's, every figure is right-aligned with the header's grid.
            if (TabRow(line, line.TabTokens, current, -labelShift, figureShift, codeParts, labels, wholeCodes, shiftEveryFigure: pageShift > 0) is not { } row) continue;
            if (rows.Count > 0 && CodedRowJoins.ContinuesCodedRow(rows[^1], row))
            {
                // The rest of a wrapped name, with a figure printed lower in its cell ("208 社会保障和就业 15,171.49" /
                // "支出 … 93.68"): one row.
                var above = rows[^1];
                above.Label += row.Label;
                above.Figures.AddRange(row.Figures);
                above.Figures.Sort((a, b) => a.Position.CompareTo(b.Position));
                above.LastLine = row.LastLine;
                continue;
            }
            rows.Add(row);
        }
        CodedRowJoins.JoinNameStarts(rows);
        CodedRowJoins.JoinFiguresAbove(rows);
        CodedRowJoins.JoinCodesAbove(rows);
        return rows;
    }

    /// <summary>Pages whose grid lacks some of the header's label columns (021 表4 continued: 类 款 项 printed as one
    /// 科目编码 cell): where the page's names stand left of the header's name column, every cell of that page moves right
    /// by the difference (its figures keep to the right, see <c>figureShift</c>).</summary>
    private static Dictionary<int, int> NameCellShifts(List<SourceLine> data, HeaderMap header)
    {
        var shifts = new Dictionary<int, int>();
        if (header.NameIndex is not { } nameIndex || header.HalfWidth is not null) return shifts;
        foreach (var page in data.Where(l => !l.IsBlank && l.Text.Contains('\t', StringComparison.Ordinal)).GroupBy(l => l.Page))
        {
            var starts = new List<int>();
            foreach (var line in page)
            {
                var tokens = line.TabTokens;
                // A coded row: its code first, then its name.
                if (tokens.Length < 3 || !IsCodeLike(tokens[0].Text.Replace(" ", string.Empty, StringComparison.Ordinal))) continue;
                var name = tokens.Skip(1).SkipWhile(t => IsCodeLike(t.Text)).FirstOrDefault();
                if (name.Text is { } text && !name.IsFigure && text.Length > 0) starts.Add(name.Start);
            }
            if (starts.Count < 2) continue;
            var usual = starts.GroupBy(x => x).OrderByDescending(g => g.Count()).First();
            if (usual.Key < nameIndex && usual.Count() * 2 > starts.Count) shifts[page.Key] = nameIndex - usual.Key;
        }
        return shifts;
    }

    /// <summary>A page whose grid lacks the header's first (empty) column prints its rows one cell to the left: a row
    /// whose first cell is a name or code standing left of the header's first label column is shifted back under it.</summary>
    private static int LabelShift(SourceLine line, HeaderMap header)
    {
        var tokens = line.TabTokens;
        if (tokens.IsEmpty || tokens[0].IsFigure && !IsCodeLike(tokens[0].Text)) return 0;
        int? first = null;
        foreach (var c in header.CodeIndexes.Concat(header.UnitCodeIndexes)) first = first is { } f ? Math.Min(f, c) : c;
        foreach (var c in new[] { header.ClassIndex, header.NameIndex, header.OrdinalIndex })
        {
            if (c is { } v) first = first is { } f ? Math.Min(f, v) : v;
        }
        return first is { } start && tokens[0].Start < start ? start - tokens[0].Start : 0;
    }

    /// <summary>One row of tab text from its cells (<paramref name="offset"/>: where a side-by-side half starts).</summary>
    private static RawRow? TabRow(SourceLine line, IEnumerable<Token> tokens, HeaderMap current, int offset, int figureShift, List<string> codeParts, List<string> labels, List<string> wholeCodes, bool shiftEveryFigure = false)
    {
        var row = new RawRow { FirstLine = line.Number, LastLine = line.Number, Page = line.Page, Header = current };
        codeParts.Clear();
        labels.Clear();
        wholeCodes.Clear();
        foreach (var token in tokens)
        {
            // Tab tokens are the non-empty trimmed cells with their cell index.
            var cell = token.Text;
            var i = token.Start - offset;
            if (i == current.OrdinalIndex && cell.All(char.IsAsciiDigit)) continue;
            // The header's 类 款 项 cells printed on the total row's line (021 表4: "类 款 项 合计 266,783.56 …").
            if (cell is "类" or "款" or "项") continue;
            var printedCode = cell.Replace(" ", string.Empty, StringComparison.Ordinal);
            if (current.UnitCodeIndexes.Contains(i) && printedCode.Length > 0 && printedCode.All(char.IsAsciiDigit))
            {
                row.UnitCode = printedCode;
                continue;
            }
            // A 科目编码 head spanning the 类 款 项 cells: a 项 code printed under 款 (021 表4) is still the row's code.
            var underCodeHead = current.CodeIndexes.Contains(i)
                || !current.CodeIndexes.IsEmpty && current.NameIndex is { } nameIndex && i > current.CodeIndexes.Min() && i < nameIndex && IsCodeLike(printedCode);
            if (underCodeHead && printedCode.All(char.IsAsciiDigit))
            {
                // A whole classification code; a 款/项 printing only its own two digits under its parent (resolved
                // with the rows above, see RelativeCodes); or a unit's own code (125001), which is not part of its name.
                if (IsCodeLike(printedCode) || printedCode.Length == 2) wholeCodes.Add(printedCode);
                continue;
            }
            var isCodeCell = i == current.ClassIndex || i == current.SectionIndex || i == current.ItemIndex;
            if (isCodeCell && cell.All(char.IsAsciiDigit))
            {
                // A 款/项 cell printing its two digits without the leading zero (007 表6: "301 | 2" for 30102).
                codeParts.Add(cell.Length == 1 && codeParts.Count > 0 && i != current.ClassIndex ? "0" + cell : cell);
                continue;
            }
            if (codeParts.Count == 0 && i == 0 && IsCodeLike(cell.Replace(" ", string.Empty, StringComparison.Ordinal)))
            {
                codeParts.Add(cell.Replace(" ", string.Empty, StringComparison.Ordinal));
                continue;
            }
            var figureCell = figureShift > 0 && (shiftEveryFigure || !current.IsValueCell(i)) ? token.Start + figureShift : i;
            if (token.IsFigure && current.ColumnAtCell(figureCell) >= 0)
            {
                row.Figures.Add(new RawFigure(token.Value, cell, figureCell, line.Number, line.Page));
                continue;
            }
            // Text after the name and right of every value column is the row's 项目简介 / 备注, not its name.
            if (!token.IsFigure && (labels.Count > 0 || row.Figures.Count > 0 || i > 1) && current.IsPastValues(i)) continue;
            if (i == current.ProjectIndex) row.Project = cell;
            else if (codeParts.Count == 0 && CodeInName().Match(cell) is { Success: true } named && IsCodeLike(named.Groups[1].Value))
            {
                // The code printed in the name's cell: "[201]一般公共服务支出", "2070101-行政运行", "201 一般公共服务支出";
                // several such cells (功能 × 政府经济 × 部门经济, Beijing) make a cross-classified key.
                wholeCodes.Add(named.Groups[1].Value);
                labels.Add(named.Groups[2].Value);
            }
            else labels.Add(cell);
        }
        if (wholeCodes.Count > 0 && codeParts.Count == 0) codeParts.Add(string.Join('/', wholeCodes));
        row.Code = codeParts.Count == 0 ? null : string.Concat(codeParts);
        row.Label = string.Join(' ', labels);
        if (row.Code is null && !row.HasLabel && row.Figures.Count == 0) return null;
        return row;
    }

    [GeneratedRegex(@"^[\[【(（]?(\d{3}|\d{5}|\d{7})(?:[\]】)）]\s*|\s*[-—_:：、]\s*|\s+)(\D.*)$")]
    private static partial Regex CodeInName();
}
