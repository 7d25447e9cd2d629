using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Tables.Templates;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading.Tables;

/// <summary>
/// Reads the body of one table region into raw rows: picks the template description (title + header words), skips
/// repeated page headers, page numbers and column-number lines, joins wrapped names (PDF text: a name continues on the
/// following lines and the figures stand on its last fragment), and keeps every figure with its position.
/// </summary>
internal static partial class BodyReader
{
    public static RawTable Read(SourceText source, TableRegion region, string? edition, DiagnosticBag diagnostics, TableTemplate? forced = null)
    {
        var lines = source.Lines;
        var body = new List<SourceLine>();
        for (var i = region.BodyStart; i < region.BodyEnd; i++)
        {
            if (!region.RepeatedTitleIndexes.Contains(i)) body.Add(lines[i]);
        }
        var consumed = new HashSet<int>(region.PreambleIndexes.Length + body.Count);
        foreach (var i in region.PreambleIndexes) consumed.Add(lines[i].Number);
        foreach (var i in region.RepeatedTitleIndexes) consumed.Add(lines[i].Number);
        foreach (var l in body) consumed.Add(l.Number);

        var mode = DetectMode(body);
        var note = FindNote(body, out var noteLines);
        var headerLines = new List<SourceLine>();
        var firstData = body.Count;
        for (var i = 0; i < body.Count; i++)
        {
            if (noteLines.Contains(body[i].Number)) { firstData = i; break; }
            if (body[i].IsBlank) continue;
            if (mode == CellMode.Tabs && SplitCodeHeads(body[i]) is { } split)
            {
                // The 类 款 项 heads and the top of the total row's cells on one line (上海 决算): header, then data.
                body[i] = split.Header;
                body.Insert(i + 1, split.Figures);
                headerLines.Add(split.Header);
                continue;
            }
            if (LooksLikeData(body[i], mode))
            {
                firstData = i;
                break;
            }
            headerLines.Add(body[i]);
        }
        // A header cell such as 合计 can look like a total row: when a column-number line (※ 1 2 3) follows before any
        // figure, everything up to it is header.
        for (var i = firstData; i < body.Count; i++)
        {
            if (noteLines.Contains(body[i].Number)) break;
            var tokens = Tokenizer.Split(body[i], mode);
            if (IsJunk(body[i])) continue;
            if (HeaderMap.IsNumbering(body[i].Text))
            {
                for (var j = firstData; j <= i; j++) headerLines.Add(body[j]);
                firstData = i + 1;
                break;
            }
            if (mode != CellMode.Tabs && tokens.Any(t => t.IsFigure) || tokens.Length > 0 && IsCodeLike(tokens[0].Text)) break;
            // Tab text: a cell with a decimal amount is data, not a header cell.
            if (mode == CellMode.Tabs && tokens.Any(t => t.IsFigure && t.Text.Contains('.', StringComparison.Ordinal))) break;
        }
        var headerText = string.Concat(headerLines.Select(l => l.Folded));
        var template = forced ?? Choose(region.Title, headerText, edition);
        var columns = template.Shape == TableShape.Lines ? template.Columns : template.Columns;
        var header = template == TemplateCatalog.Generic
            ? GenericHeader(headerLines, mode)
            : BuildHeader(template, headerLines, mode);

        var data = new List<SourceLine>(body.Count - firstData);
        for (var i = firstData; i < body.Count; i++)
        {
            if (!noteLines.Contains(body[i].Number)) data.Add(body[i]);
        }
        var rows = template.Shape switch
        {
            TableShape.Coded => mode == CellMode.Tabs ? CodedTabs(data, template, header, mode) : CodedText(data, template, mode, headerLines.Any(l => HeaderMap.IsNumbering(l.Text)), header.NumberedFrom, diagnostics),
            TableShape.Lines => LinesRows(data, mode, headerText.Contains("行次", StringComparison.Ordinal), OrdinalFirst(headerText), headerLines.Select(l => l.Folded).ToHashSet(StringComparer.Ordinal)),
            TableShape.Horizontal => HorizontalRows(data, template, header, mode),
            _ => ItemRows(data, template, mode),
        };
        if (template.Shape == TableShape.Coded && mode == CellMode.Tabs) RelativeCodes.Resolve(rows);
        foreach (var r in rows) r.Header ??= header;
        return new RawTable(region, template, mode, header, [.. rows], note, consumed);
    }

    /// <summary>A coded table in tab-separated text names its columns by what its header cells say
    /// (<see cref="ConceptHeader"/>); other shapes and text without cells go by the template's column words.</summary>
    private static HeaderMap BuildHeader(TableTemplate template, IReadOnlyList<SourceLine> headerLines, CellMode mode) =>
        mode == CellMode.Tabs && template.Shape == TableShape.Coded && headerLines.Any(l => !HeaderMap.IsNumbering(l.Text))
            ? ConceptHeader.Build(template.Columns, template.Canonical, headerLines)
            : HeaderMap.Build(template.Columns, headerLines, mode, fundsUnderItems: template.Shape == TableShape.Horizontal && template.TransposeInto is not null);

    private static TableTemplate Choose(string title, string headerText, string? edition)
    {
        TableTemplate? best = null;
        var bestScore = double.MinValue;
        foreach (var t in TemplateCatalog.All)
        {
            if (!t.Title.Matches(title)) continue;
            if (!t.HeaderAnyOf.IsEmpty && !t.HeaderAnyOf.Any(w => headerText.Contains(w, StringComparison.Ordinal))) continue;
            var score = HeaderMap.Recognised(t.Columns, headerText) + HeaderMap.Recognised(t.ExpenseColumns, headerText) * 0.5
                + (t.HeaderAnyOf.IsEmpty ? 0 : 0.75) + (t.Edition == edition ? 0.5 : 0);
            if (score > bestScore)
            {
                best = t;
                bestScore = score;
            }
        }
        if (best is not null) return best;
        // The title names the table's role but the header has none of the words a description expects (Xi'an's 支出总表
        // prints its money by source): the role still holds, its columns come from the header.
        foreach (var t in TemplateCatalog.All)
        {
            if (!t.Title.Matches(title) || t.Canonical is null) continue;
            var score = HeaderMap.Recognised(t.Columns, headerText) + (t.Edition == edition ? 0.5 : 0);
            if (score > bestScore)
            {
                best = t;
                bestScore = score;
            }
        }
        return best ?? TemplateCatalog.Generic;
    }

    public static CellMode DetectMode(IReadOnlyList<SourceLine> body)
    {
        var tabs = body.Count(l => l.Text.Contains('\t', StringComparison.Ordinal));
        if (tabs >= 2 || tabs > 0 && tabs * 3 >= body.Count(l => !l.IsBlank)) return CellMode.Tabs;
        var wide = 0;
        var narrow = 0;
        foreach (var l in body)
        {
            var tokens = l.SpaceTokens;
            for (var i = 1; i < tokens.Length; i++)
            {
                if (!tokens[i].IsFigure) continue;
                if (tokens[i].Start - tokens[i - 1].End >= 2) wide++;
                else narrow++;
            }
        }
        if (wide == 0 && narrow == 0)
        {
            // Amounts printed as whole numbers only (427, 35): the gaps before bare integers after the first word tell.
            foreach (var l in body)
            {
                var tokens = l.SpaceTokens;
                for (var i = 1; i < tokens.Length; i++)
                {
                    if (!tokens[i].Text.All(char.IsAsciiDigit) || tokens[i - 1].Text.All(char.IsAsciiDigit)) continue;
                    if (tokens[i].Start - tokens[i - 1].End >= 2) wide++;
                    else narrow++;
                }
            }
        }
        return wide > narrow ? CellMode.Layout : CellMode.Spaces;
    }

    private static LocatedText? FindNote(List<SourceLine> body, out HashSet<int> noteLines)
    {
        noteLines = [];
        for (var i = 0; i < body.Count; i++)
        {
            var folded = body[i].Folded;
            if (!EmptyNote.IsNote(folded)) continue;
            var start = i;
            // A note wrapped over two lines: its first part is the long sentence just before.
            for (var j = i - 1; j >= 0 && j >= i - 3; j--)
            {
                if (body[j].IsBlank) continue;
                var prev = body[j].Folded;
                if (prev.Length >= 15 && !prev.Contains('。') && !body[j].SpaceTokens.Any(t => t.IsFigure) && !body[j].Text.Contains('\t', StringComparison.Ordinal)) start = j;
                break;
            }
            var parts = new List<string>();
            for (var j = start; j <= i; j++)
            {
                if (body[j].IsBlank) continue;
                noteLines.Add(body[j].Number);
                parts.Add(body[j].Text.Trim());
            }
            var text = string.Concat(parts);
            text = NotePrefix().Replace(text, string.Empty);
            return new LocatedText(text, new SourceSpan(body[start].Number, body[i].Number, body[i].Page));
        }
        return null;
    }

    private static bool LooksLikeData(SourceLine line, CellMode mode)
    {
        if (HeaderMap.IsNumbering(line.Text) || IsJunk(line)) return false;
        var tokens = Tokenizer.Split(line, mode);
        // Runs several times on every line of every table: a loop, not a lambda capturing the mode.
        foreach (var t in tokens)
        {
            if (t.IsFigure && (mode != CellMode.Tabs || t.Text.Contains('.', StringComparison.Ordinal) || t.Text.Length >= 2 && !IsCodeLike(t.Text))) return true;
        }
        var first = tokens.FirstOrDefault();
        if (first.Text is null) return false;
        if (IsCodeLike(first.Text) && (mode != CellMode.Tabs || first.Start == 0)) return true;
        // A cell holding a sentence (a project's 项目简介 on the first line of a continuation page): no header cell is one.
        if (mode == CellMode.Tabs && tokens.Any(t => IsSentence(t.Text))) return true;
        var folded = HeaderText.Fold(string.Concat(tokens.Select(t => t.Text)));
        return folded is "合计" or "总计" || folded.StartsWith("一、", StringComparison.Ordinal) && !folded.Contains("部分", StringComparison.Ordinal);
    }

    /// <summary>A tab line whose only words are the code heads 类 款 项 and which carries figures (the first row's figures
    /// printed at the top of its tall cells, beside the heads): the heads as a header line, the figures as a line of their
    /// own with the same number. Null for any other line.</summary>
    private static (SourceLine Header, SourceLine Figures)? SplitCodeHeads(SourceLine line)
    {
        if (!line.Text.Contains('\t', StringComparison.Ordinal)) return null;
        var cells = line.Text.Split('\t');
        int heads = 0, figures = 0;
        foreach (var c in cells)
        {
            var t = c.Trim();
            if (t.Length == 0) continue;
            if (t is "类" or "款" or "项") heads++;
            else if (Tokenizer.TryCellFigure(t, out _)) figures++;
            else return null;
        }
        if (heads < 2 || figures == 0) return null;
        var header = cells.Select(c => Tokenizer.TryCellFigure(c.Trim(), out _) ? string.Empty : c);
        var data = cells.Select(c => c.Trim() is "类" or "款" or "项" ? string.Empty : c);
        return (line with { Text = string.Join('\t', header) }, line with { Text = string.Join('\t', data) });
    }

    private static bool IsSentence(string text) =>
        text.Length >= 20 && (text.Contains('。', StringComparison.Ordinal) || text.Contains('，', StringComparison.Ordinal));

    private static bool IsCodeLike(string text) =>
        text.Length is 3 or 5 or 7 && text.All(char.IsAsciiDigit) && text[0] is '2' or '3' or '5';

    /// <summary>Page numbers ("18", "─ 7 ─", "- 2 -", "第 3 页").</summary>
    public static bool IsJunk(string text) => PageNumber().IsMatch(HeaderText.Fold(text));

    private static bool IsJunk(SourceLine line) => PageNumber().IsMatch(line.Folded);

    private static bool IsPageHeader(SourceLine line) => TableLocator.IsPreparedByOrUnitLine(line);

    private static bool IsHeaderRepeat(SourceLine line, TableTemplate template)
    {
        var folded = line.Folded;
        if (HeaderMap.IsNumbering(line.Text)) return true;
        if (folded is "类款项" or "类款" || folded.Contains("科目编码", StringComparison.Ordinal) || folded.Contains("科目名称", StringComparison.Ordinal)) return true;
        if (folded.StartsWith("项目", StringComparison.Ordinal) && !folded.Contains('.', StringComparison.Ordinal)) return true;
        var hits = template.Columns.Count(c => c.Patterns.Any(p => p.Length >= 4 && folded.Contains(p, StringComparison.Ordinal)));
        return hits >= 2;
    }

    // ---------------------------------------------------------------- coded tables, tab-separated

    private static List<RawRow> CodedTabs(List<SourceLine> data, TableTemplate template, HeaderMap header, CellMode mode)
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
                    if (pendingHeader.Any(l => !HeaderMap.IsNumbering(l.Text))) current = BuildHeader(template, pendingHeader, mode);
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
            if (rows.Count > 0 && ContinuesCodedRow(rows[^1], row))
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
        JoinNameStarts(rows);
        JoinFiguresAbove(rows);
        JoinCodesAbove(rows);
        return rows;
    }

    /// <summary>Figures printed at the top of a tall row's cells, a line above its code, name and centred total (上海 决算
    /// 支出决算表: "  1,503.52  603.14" / "201  一般公共服务支出  2,106.66"): a line of figures only, in cells the coded
    /// row below leaves empty, is that row's. A line whose figures share a cell with the row below is a row of its own.</summary>
    private static void JoinFiguresAbove(List<RawRow> rows)
    {
        for (var r = rows.Count - 2; r >= 0; r--)
        {
            var above = rows[r];
            var below = rows[r + 1];
            if (above.Code is not null || above.UnitCode is not null || above.Project is not null || above.HasLabel || above.Figures.Count == 0) continue;
            if (below.Code is null && !IsTotalLabel(below.Label) || below.Figures.Count == 0 || below.FirstLine != above.LastLine + 1 || below.Page != above.Page) continue;
            if (above.Figures.Any(a => below.Figures.Any(b => Math.Abs(a.Position - b.Position) < 0.5))) continue;
            below.Figures.InsertRange(0, above.Figures);
            below.Figures.Sort((a, b) => a.Position.CompareTo(b.Position));
            below.FirstLine = above.FirstLine;
            rows.RemoveAt(r);
        }
    }

    /// <summary>A code printed at the top of a tall cell, alone on the line above its row's name and figures (003 表5 at the
    /// top of a page: "22102" / "住房改革支出 461.08 461.08 0.00"): the code of the row below, not a row of its own.</summary>
    private static void JoinCodesAbove(List<RawRow> rows)
    {
        for (var r = rows.Count - 2; r >= 0; r--)
        {
            var above = rows[r];
            var below = rows[r + 1];
            if (above.Code is null || above.HasLabel || above.Figures.Count > 0 || above.Project is not null || above.UnitCode is not null) continue;
            if (below.Code is not null || below.UnitCode is not null || below.Figures.Count == 0 || IsTotalLabel(below.Label) || !Tokenizer.HasCjk(below.Label)) continue;
            if (below.FirstLine != above.LastLine + 1 || below.Page != above.Page) continue;
            below.Code = above.Code;
            below.FirstLine = above.FirstLine;
            rows.RemoveAt(r);
        }
    }

    /// <summary>A name wrapped upwards: its first characters alone on the line above the row's figures ("中共西安市委理" /
    /// "201002 论讲师团 800,000.00", "精" / "神文明建设相关活动经费 800,000.00" where the 项目简介 beside it runs two lines).
    /// A short fragment with no code and no figure is the start of the uncoded row below it.</summary>
    private static void JoinNameStarts(List<RawRow> rows)
    {
        for (var r = rows.Count - 2; r >= 0; r--)
        {
            var above = rows[r];
            var below = rows[r + 1];
            var fragment = HeaderText.Fold(above.Label);
            if (above.Code is not null || above.UnitCode is not null || above.Figures.Count > 0 || above.Project is not null) continue;
            if (fragment.Length is 0 or > 8 || IsTotalLabel(fragment) || !Tokenizer.HasCjk(fragment)) continue;
            if (below.Code is not null || below.Figures.Count == 0 || below.FirstLine != above.LastLine + 1 || !Tokenizer.HasCjk(below.Label)) continue;
            below.Label = above.Label.Trim() + below.Label.Trim();
            below.FirstLine = above.FirstLine;
            rows.RemoveAt(r);
        }
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

    /// <summary>A tab row that only completes the coded row above: no code, a short piece of name, figures only in cells
    /// the row above leaves empty, on the next line.</summary>
    private static bool ContinuesCodedRow(RawRow above, RawRow row)
    {
        if (row.Code is not null || above.Code is null || row.Project is not null || row.FirstLine != above.LastLine + 1) return false;
        var label = HeaderText.Fold(row.Label);
        if (label.Length is 0 or > 8 || IsTotalLabel(label) || label.Any(char.IsAsciiDigit)) return false;
        // A note under the table's last row ("注：无。", 广州) is no part of that row's name.
        if (IsNote(label)) return false;
        return row.Figures.All(f => above.Figures.All(a => Math.Abs(a.Position - f.Position) > 0.1)) && row.Figures.Count < above.Figures.Count;
    }

    private static bool IsNote(string folded) => folded.StartsWith("注:", StringComparison.Ordinal) || folded.StartsWith("注：", StringComparison.Ordinal) || folded.StartsWith("说明:", StringComparison.Ordinal) || folded.StartsWith("说明：", StringComparison.Ordinal);

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

    // ---------------------------------------------------------------- coded tables, PDF text

    private static List<RawRow> CodedText(List<SourceLine> data, TableTemplate template, CellMode mode, bool numbered, double? numberedFrom, DiagnosticBag diagnostics)
    {
        var rows = new List<RawRow>();
        RawRow? pending = null;
        var orphans = new List<RawFigure>();
        var inHeader = false;

        void Flush()
        {
            if (pending is null) return;
            rows.Add(pending);
            pending = null;
        }

        // Layout text: the character column where the last label cell of each row starts (a wrapped name continues there).
        var labelColumns = new Dictionary<RawRow, int>();
        HeaderMap? current = null;
        var index = -1;
        foreach (var line in data)
        {
            index++;
            if (line.IsBlank || IsJunk(line)) continue;
            if (IsPageHeader(line))
            {
                inHeader = true;
                continue;
            }
            var tokens = numberedFrom is { } from ? IntegersAsFigures(line.SpaceTokens, from) : line.SpaceTokens;
            var (code, codeTokens) = ReadCode(tokens, template.Codes);
            var hasFigures = tokens.Any(t => t.IsFigure);
            if (HeaderMap.IsNumbering(line.Text))
            {
                inHeader = false;
                if (numberedFrom is not null && RepeatedHeader(data, index, template, rows, pending) is { NumberedFrom: not null } again)
                {
                    // A page's own header: the printed page may place its columns a few characters differently.
                    current = again;
                    numberedFrom = again.NumberedFrom;
                }
                continue;
            }
            if (mode == CellMode.Layout && !inHeader && code is null && !hasFigures && pending is null && rows.Count > 0
                && ContinuesLabel(rows[^1], tokens, line, labelColumns) && !StartsNextRow(data, index, template, numberedFrom))
            {
                // A wrapped name's tail (unit names, project names): the cell's text goes on below, starting where the
                // row's last label cell starts, before the next row begins.
                rows[^1].Label += Join(tokens, 0);
                rows[^1].LabelContinues = true;
                rows[^1].LastLine = line.Number;
                continue;
            }
            if (inHeader)
            {
                // A repeated page header: with a column-number line (※ 1 2 3) everything up to it is header; without
                // one, header-like lines are skipped until a row starts.
                if (numbered) continue;
                if (code is null && !hasFigures && (IsHeaderRepeat(line, template) || IsTotalLabel(Join(tokens, 0)) || line.Folded.Length <= 6)) continue;
                inHeader = false;
            }
            else if (code is null && !hasFigures && IsHeaderRepeat(line, template))
            {
                continue;
            }

            var labelTokens = new List<Token>(tokens.Length);
            var figures = new List<RawFigure>();
            for (var i = 0; i < tokens.Length; i++)
            {
                var t = tokens[i];
                if (t.IsFigure) figures.Add(new RawFigure(t.Value, t.Text, t.Center, line.Number, line.Page));
                else if (i >= codeTokens) labelTokens.Add(t);
            }
            var label = labelTokens.Count == 1 ? labelTokens[0].Text : string.Join(' ', labelTokens.ConvertAll(t => t.Text));
            var labelColumn = LastCellStart(labelTokens);

            if (code is not null || IsTotalLabel(label))
            {
                Flush();
                pending = new RawRow { Code = code, Label = label, FirstLine = line.Number, LastLine = line.Number, Page = line.Page, Header = current };
                if (labelColumn is { } c) labelColumns[pending] = c;
                if (orphans.Count > 0)
                {
                    pending.Figures.AddRange(orphans);
                    orphans.Clear();
                }
                pending.Figures.AddRange(figures);
                if (mode == CellMode.Layout) Sort(pending.Figures);
                if (pending.Figures.Count > 0) Flush();
                continue;
            }
            if (label.Length > 0)
            {
                var previous = rows.Count > 0 ? rows[^1] : null;
                if (pending is null && figures.Count == 0 && previous is { Code: not null } && line.Number - previous.LastLine <= 3
                    && (previous.Label.Length == 0 || previous.LabelContinues || HeaderText.Fold(label).Length <= 4))
                {
                    // Layout text prints a long name below its code and figures (决算 tables), or wraps its last
                    // characters onto the next line ("…缴费支" / "出"): the text continues the row above.
                    previous.Label = previous.Label.Length == 0 ? label : previous.Label + label;
                    previous.LabelContinues = true;
                    previous.LastLine = line.Number;
                    continue;
                }
                if (pending is null)
                {
                    pending = new RawRow { Label = label, FirstLine = line.Number, LastLine = line.Number, Page = line.Page, Header = current };
                }
                else
                {
                    pending.Label = pending.Label.Length == 0 ? label : pending.Label + " " + label;
                    pending.LastLine = line.Number;
                }
                if (labelColumn is { } lc) labelColumns[pending] = lc;
                if (figures.Count > 0)
                {
                    pending.Figures.AddRange(orphans);
                    orphans.Clear();
                    pending.Figures.AddRange(figures);
                    if (mode == CellMode.Layout) Sort(pending.Figures);
                    Flush();
                }
                continue;
            }
            if (figures.Count > 0)
            {
                if (pending is not null)
                {
                    pending.Figures.AddRange(figures);
                    pending.LastLine = line.Number;
                    if (mode == CellMode.Layout) Sort(pending.Figures);
                    Flush();
                }
                else
                {
                    orphans.AddRange(figures);
                }
            }
        }
        Flush();
        if (orphans.Count > 0 && mode == CellMode.Layout && orphans.All(o => o.Line == orphans[^1].Line))
        {
            // One line of figures closing the table with no name: its total row, the 合计 cell left empty or merged
            // away (002 表3). The table builder keys a row without code and name as the total.
            rows.Add(new RawRow { FirstLine = orphans[0].Line, LastLine = orphans[0].Line, Page = orphans[0].Page, Header = current });
            rows[^1].Figures.AddRange(orphans);
            orphans.Clear();
        }
        if (orphans.Count > 0)
        {
            diagnostics.Warning("read.table.orphan-figures", $"表格末尾有无法归属的数字：{string.Join(' ', orphans.Select(o => o.Printed))}。/ Figures at the end of a table belong to no row.", orphans[0].Span);
        }
        return rows;
    }

    /// <summary>A text-only line continues <paramref name="previous"/>'s name when it follows within two lines and starts
    /// where that row's last label cell starts (±1 character). Totals never continue.</summary>
    private static bool ContinuesLabel(RawRow previous, ImmutableArray<Token> tokens, SourceLine line, Dictionary<RawRow, int> labelColumns) =>
        tokens.Length > 0 && line.Number - previous.LastLine <= 2 && !IsTotalLabel(previous.Label) && !IsTotalLabel(Join(tokens, 0))
        && labelColumns.TryGetValue(previous, out var column) && Math.Abs(tokens[0].Start - column) <= 1;

    /// <summary>The next line holds figures without a name, or a code without a name: a name wrapped around its figures or
    /// its code (a unit name over three lines with the figures on the middle one, "机关事业单位基本养老保险" / "30108 1,064.46" /
    /// "缴费") starts on the line before, so that line does not continue the row above.</summary>
    private static bool StartsNextRow(List<SourceLine> data, int index, TableTemplate template, double? numberedFrom)
    {
        for (var i = index + 1; i < data.Count; i++)
        {
            if (data[i].IsBlank) continue;
            var tokens = numberedFrom is { } from ? IntegersAsFigures(data[i].SpaceTokens, from) : data[i].SpaceTokens;
            var (code, used) = ReadCode(tokens, template.Codes);
            var named = tokens.Skip(used).Any(t => !t.IsFigure);
            return code is null ? tokens.Any(t => t.IsFigure) && !IsTotalLabel(Join(tokens, 0)) : !named;
        }
        return false;
    }

    /// <summary>The header repeated above the column-number line at <paramref name="index"/>: the lines after the last row.</summary>
    private static HeaderMap RepeatedHeader(List<SourceLine> data, int index, TableTemplate template, List<RawRow> rows, RawRow? pending)
    {
        var after = Math.Max(rows.Count > 0 ? rows[^1].LastLine : 0, pending?.LastLine ?? 0);
        var start = index;
        while (start > 0 && data[start - 1].Number > after) start--;
        return HeaderMap.Build(template.Columns, data.GetRange(start, index - start + 1), CellMode.Layout);
    }

    /// <summary>Where the last label cell of a layout line starts: cells are parted by two or more spaces.</summary>
    private static int? LastCellStart(List<Token> labelTokens)
    {
        if (labelTokens.Count == 0) return null;
        var start = labelTokens[0].Start;
        for (var i = 1; i < labelTokens.Count; i++)
        {
            if (labelTokens[i].Start - labelTokens[i - 1].End >= 2) start = labelTokens[i].Start;
        }
        return start;
    }

    /// <summary>Layout text under numbered columns: a bare integer standing apart in a value column is an amount
    /// ("427"), not a code or a column number, which stand left of the value columns or in the header.</summary>
    private static ImmutableArray<Token> IntegersAsFigures(ImmutableArray<Token> tokens, double numberedFrom)
    {
        var builder = tokens.ToBuilder();
        for (var i = 1; i < builder.Count; i++)
        {
            var t = builder[i];
            if (t.IsFigure || t.Start < numberedFrom || t.Start - builder[i - 1].End < 2 || !t.Text.All(char.IsAsciiDigit)) continue;
            if (Numbers.TryParseCell(t.Text, out var value)) builder[i] = t with { IsFigure = true, Value = value };
        }
        return builder.ToImmutable();
    }

    private static void Sort(List<RawFigure> figures) => figures.Sort((a, b) => a.Position.CompareTo(b.Position));

    public static bool IsTotalLabel(string label)
    {
        var folded = HeaderText.Fold(label).TrimEnd(':');
        return folded is "合计" or "总计" or "小计";
    }



    /// <summary>Reads 类/款/项 code tokens at the start of a line: "201 03 01", "2010301", "301 01".</summary>
    private static (string? Code, int Tokens) ReadCode(ImmutableArray<Token> tokens, CodeScheme scheme)
    {
        if (tokens.Length == 0) return (null, 0);
        var first = tokens[0].Text;
        if (!first.All(char.IsAsciiDigit)) return (null, 0);
        var lead = scheme == CodeScheme.Economic ? "35" : "2";
        if (scheme == CodeScheme.None) lead = "235";
        if (first.Length is 5 or 7 && lead.Contains(first[0], StringComparison.Ordinal)) return (first, 1);
        if (first.Length != 3 || !lead.Contains(first[0], StringComparison.Ordinal)) return (null, 0);
        var code = first;
        var used = 1;
        var maxParts = first[0] == '2' ? 3 : 2;
        while (used < tokens.Length && used < maxParts)
        {
            var part = tokens[used].Text;
            // Some Shanghai tables print a 款/项 below 10 with one digit ("301   2     津贴补贴" = 30102); only when a
            // name follows, so that a figure is never taken for a code part.
            if (part.Length == 1 && char.IsAsciiDigit(part[0]) && used + 1 < tokens.Length && Tokenizer.HasCjk(tokens[used + 1].Text)) part = "0" + part;
            if (!Tokenizer.IsDigits(part, 2)) break;
            code += part;
            used++;
        }
        return (code, used);
    }

    /// <summary>The words of a line after its first <paramref name="skip"/> tokens, figures left out, joined by spaces.</summary>
    private static string Join(ImmutableArray<Token> tokens, int skip)
    {
        var words = 0;
        for (var i = skip; i < tokens.Length; i++)
        {
            if (!tokens[i].IsFigure) words++;
        }
        if (words == 0) return string.Empty;
        var parts = new string[words];
        var n = 0;
        for (var i = skip; i < tokens.Length; i++)
        {
            if (!tokens[i].IsFigure) parts[n++] = tokens[i].Text;
        }
        return string.Join(' ', parts);
    }

    // ---------------------------------------------------------------- two-sided tables

    /// <param name="rowNumbers">The header has a 行次 column (national 决算 公开01/04表): each label is followed by its
    /// line number, which is not an amount.</param>
    /// <param name="ordinalFirst">The header starts with a 序号 column (Xi'an 部门综合预算收支总表): each line starts with its
    /// number, which is neither a side nor an amount.</param>
    /// <param name="headerRepeats">The header's lines: printed again on a continuation page, they are not lines of the table.</param>
    private static List<RawRow> LinesRows(List<SourceLine> data, CellMode mode, bool rowNumbers, bool ordinalFirst = false, IReadOnlySet<string>? headerRepeats = null)
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
    private static bool OrdinalFirst(string headerText) => headerText.StartsWith("序号", StringComparison.Ordinal);

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

    // ---------------------------------------------------------------- item tables

    private static List<RawRow> ItemRows(List<SourceLine> data, TableTemplate template, CellMode mode)
    {
        var rows = new List<RawRow>();
        string? prefix = null;
        var prefixLine = 0;
        foreach (var line in data)
        {
            if (line.IsBlank || IsJunk(line) || IsPageHeader(line) || HeaderMap.IsNumbering(line.Text)) continue;
            var tokens = Tokenizer.Split(line, mode);
            var label = Join(tokens, 0);
            var figures = tokens.Where(t => t.IsFigure).Select(t => new RawFigure(t.Value, t.Text, t.Start == t.End ? t.Start : t.Center, line.Number, line.Page)).ToList();
            if (figures.Count == 0 && mode != CellMode.Tabs && label.Length > 0 && !MatchesAnyLine(label, template) && !IsTotalLabel(label))
            {
                if (IsHeaderRepeat(line, template)) continue;
                prefix = prefix is null ? label : prefix + label;
                prefixLine = prefixLine == 0 ? line.Number : prefixLine;
                continue;
            }
            var row = new RawRow { Label = prefix is null ? label : prefix + label, FirstLine = prefixLine == 0 ? line.Number : prefixLine, LastLine = line.Number, Page = line.Page };
            if (mode == CellMode.Tabs) row.Label = label;
            row.Figures.AddRange(figures);
            prefix = null;
            prefixLine = 0;
            if (!row.HasLabel && row.Figures.Count == 0) continue;
            rows.Add(row);
        }
        return rows;
    }

    public static bool MatchesAnyLine(string label, TableTemplate template)
    {
        var folded = HeaderText.FoldLabel(label);
        return template.LinesNamed(folded).Count > 0;
    }

    // ---------------------------------------------------------------- horizontal tables

    private static List<RawRow> HorizontalRows(List<SourceLine> data, TableTemplate template, HeaderMap header, CellMode mode)
    {
        if (mode == CellMode.Tabs && HorizontalLines(data, template, header) is { Count: > 1 } lines) return lines;
        var row = new RawRow();
        foreach (var line in data)
        {
            if (line.IsBlank || IsJunk(line) || HeaderMap.IsNumbering(line.Text)) continue;
            var tokens = Tokenizer.Split(line, mode);
            // A line of figures alone: bare integers are figures here ("0", "25").
            if (mode != CellMode.Tabs && !Tokenizer.HasCjk(line.Text)) tokens = [.. tokens.Select(AsFigure)];
            var figures = tokens.Where(t => t.IsFigure).ToList();
            if (figures.Count == 0) continue;
            if (row.FirstLine == 0)
            {
                row.FirstLine = line.Number;
                row.Page = line.Page;
            }
            row.LastLine = line.Number;
            row.Figures.AddRange(figures.Select(t => new RawFigure(t.Value, t.Text, mode == CellMode.Tabs ? t.Start : t.Center, line.Number, line.Page)));
        }
        return row.Figures.Count == 0 ? [] : [row];
    }

    /// <summary>Tab text of a horizontal table printing a row per unit or per year (Xi'an: 序号 单位编码 单位名称 and the
    /// items; Shenzhen: 预算单位 年度 and the items × funds): one row for each line of figures, with its unit's code, its
    /// period (2026年, 增减变化金额) and its name, a name wrapped onto a line of its own joining the row below. Nothing when
    /// the table prints one row of figures with no name (then all its figures are one row).</summary>
    private static List<RawRow> HorizontalLines(List<SourceLine> data, TableTemplate template, HeaderMap header)
    {
        var rows = new List<RawRow>();
        string? prefix = null;
        var labels = new List<string>();
        foreach (var line in data)
        {
            if (line.IsBlank || IsJunk(line) || IsPageHeader(line) || HeaderMap.IsNumbering(line.Text)) continue;
            if (!line.TabTokens.Any(t => t.IsFigure) && IsHeaderRepeat(line, template)) continue;
            var row = new RawRow { FirstLine = line.Number, LastLine = line.Number, Page = line.Page };
            labels.Clear();
            foreach (var token in line.TabTokens)
            {
                var i = token.Start;
                var digits = token.Text.All(char.IsAsciiDigit);
                var column = token.IsFigure ? header.ColumnAtCell(i) : -1;
                if (header.UnitCodeIndexes.Contains(i) && digits) row.UnitCode = token.Text;
                else if (column >= 0) row.Figures.Add(new RawFigure(token.Value, token.Text, i, line.Number, line.Page));
                // A figure under another period's group, or a bare integer outside the columns (序号).
                else if (token.IsFigure || digits) continue;
                else if (Periods.IsPeriod(token.Text)) row.Period = HeaderText.Fold(token.Text);
                else if (CodedUnitName().Match(token.Text) is { Success: true } coded)
                {
                    // "106_长沙市公安局": the unit's code glued to its name.
                    row.UnitCode = coded.Groups[1].Value;
                    labels.Add(coded.Groups[2].Value);
                }
                else labels.Add(token.Text);
            }
            if (row.Figures.Count == 0)
            {
                // A name wrapped onto a line of its own joins the row below; the header printed again on a new page does not.
                var repeatsHeader = labels.All(l => header.Text.Contains(HeaderText.Fold(l), StringComparison.Ordinal));
                if (labels.Count > 0 && row.Period is null && !repeatsHeader) prefix += string.Concat(labels);
                continue;
            }
            row.Label = prefix + string.Concat(labels);
            prefix = null;
            rows.Add(row);
        }
        return rows.Count > 1 && rows.All(r => r.HasLabel || r.Period is not null) ? rows : [];
    }

    [GeneratedRegex(@"^(\d{3,9})_(\D.+)$")]
    private static partial Regex CodedUnitName();

    private static Token AsFigure(Token t) =>
        !t.IsFigure && Numbers.TryParseCell(t.Text, out var v) ? t with { IsFigure = true, Value = v } : t;

    // ---------------------------------------------------------------- tables without a description

    private static HeaderMap GenericHeader(List<SourceLine> headerLines, CellMode mode)
    {
        // Columns named after the header words of the header line with the most words.
        var best = headerLines.Where(l => !HeaderMap.IsNumbering(l.Text)).OrderByDescending(l => Tokenizer.Split(l, mode).Length).FirstOrDefault();
        if (best is null) return HeaderMap.Build([ColumnSpec.Of("value", "金额|合计|数")], headerLines, mode);
        var tokens = Tokenizer.Split(best, mode).Where(t => !IsNameWord(t.Text)).ToList();
        var specs = tokens.Select(t => new ColumnSpec(HeaderText.Fold(t.Text), [HeaderText.Fold(t.Text)])).GroupBy(s => s.Key).Select(g => g.First()).ToImmutableArray();
        if (specs.IsEmpty) specs = [ColumnSpec.Of("value", "金额|合计|数")];
        return HeaderMap.Build(specs, headerLines, mode);
    }

    private static bool IsNameWord(string text)
    {
        var folded = HeaderText.Fold(text);
        return folded.Contains("名称", StringComparison.Ordinal) || folded.Contains("编码", StringComparison.Ordinal) || folded is "项目" or "科目" or "类" or "款" or "项";
    }

    [GeneratedRegex(@"^[-─—–_·]*\d{1,3}[-─—–_·]*$|^第\d{1,3}页(共\d{1,3}页)?$|^-\d{1,3}-$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^[\[【(（]?(\d{3}|\d{5}|\d{7})(?:[\]】)）]\s*|\s*[-—_:：、]\s*|\s+)(\D.*)$")]
    private static partial Regex CodeInName();

    [GeneratedRegex(@"^[一二三四五六七八九十]{1,3}、")]
    private static partial Regex SegmentEnumerator();

    [GeneratedRegex(@"^\d{1,2}[.、](?!\d)")]
    private static partial Regex DigitEnumerator();

    [GeneratedRegex(@"^(备注|注|说明)[:：]")]
    private static partial Regex NotePrefix();
}
