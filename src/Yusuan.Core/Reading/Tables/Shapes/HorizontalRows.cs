using System.Text.RegularExpressions;
using Yusuan.Core.Reading.Text;
using static Yusuan.Core.Reading.Tables.BodyLines;

namespace Yusuan.Core.Reading.Tables.Shapes;

/// <summary>The rows of a horizontal table (三公 items across the page, Xinjiang 2022): its one row of figures, or in
/// tab text one row per unit or per year.</summary>
internal static partial class HorizontalRows
{
    public static List<RawRow> Read(List<SourceLine> data, TableTemplate template, HeaderMap header, CellMode mode)
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
}
