using Yusuan.Core.Reading.Text;
using static Yusuan.Core.Reading.Tables.BodyLines;

namespace Yusuan.Core.Reading.Tables.Shapes;

/// <summary>The rows of an item table (三公 items listed down the page, T10; 上年结转结余 by unit and item, T11; tables
/// without a description): one row per label with its figures, a label wrapped over text-only lines joined.</summary>
internal static class ItemRows
{
    public static List<RawRow> Read(List<SourceLine> data, TableTemplate template, CellMode mode)
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
}
