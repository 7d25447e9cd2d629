using System.Collections.Immutable;
using Yusuan.Core.Reading.Text;
using static Yusuan.Core.Reading.Tables.BodyLines;

namespace Yusuan.Core.Reading.Tables.Shapes;

/// <summary>The rows of a coded table in PDF text (layout or spaces): 类/款/项 codes at the start of a line, names
/// wrapped over lines joined with the figures on their last fragment, repeated page headers and column-number lines
/// skipped (a repeated column-number line re-anchors the rows below it), a closing line of figures without a name
/// kept as the total row.</summary>
internal static class CodedTextRows
{
    public static List<RawRow> Read(List<SourceLine> data, TableTemplate template, CellMode mode, bool numbered, double? numberedFrom, DiagnosticBag diagnostics)
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
}
