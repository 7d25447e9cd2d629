using System.Collections.Immutable;
using System.Text;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Narrative.Layout;
using Yusuan.Core.Reading.Tables;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading.Narrative.Targets;

/// <summary>
/// Tab-separated (and Markdown/HTML-stripped) target tables. Cells drift left or right between rows, so a row is read
/// by meaning rather than by column: leading 一级/二级 names, then 三级指标, then the remaining fields in the header's
/// order. 一级/二级 names left blank are carried down. A row whose first cell sits right of the 三级指标 column continues
/// the row above (a wrapped date, "年12月15日前").
/// </summary>
internal static class TabTargetRows
{
    private enum Field { Value, Basis, Prior, Weight, Rule, Evidence, Other }

    private const int FieldCount = (int)Field.Other + 1;

    public static PerformanceTargetTable Read(List<SourceLine> lines, TargetTableKind kind)
    {
        var headerIndex = lines.FindIndex(l => l.Text.Contains('三', StringComparison.Ordinal) && Cells(l).Select(Markers.Squash).Any(c => c.Contains("三级指标", StringComparison.Ordinal)));
        var headerLines = headerIndex < 0 ? lines : lines.Take(headerIndex).ToList();
        var (squashed, offsets) = Squashed([.. headerLines.Skip(1)]);
        var table = TargetTableReader.Header(squashed, kind, index => SpanAt(offsets, index));
        if (headerIndex < 0) return table;

        var header = Cells(lines[headerIndex]).Select(Markers.Squash).ToList();
        var level3Column = header.FindIndex(c => c.Contains("三级指标", StringComparison.Ordinal));
        var fields = header.Skip(level3Column + 1).Where(c => c.Length > 0).Select(FieldOf).ToList();

        var indicators = ImmutableArray.CreateBuilder<Indicator>();
        string? level1 = null, level2 = null;
        foreach (var line in lines.Skip(headerIndex + 1))
        {
            var nonEmpty = NonEmptyCells(line);
            if (nonEmpty.Count == 0) continue;
            if (nonEmpty.Count == 1 && !line.Text.Contains('\t', StringComparison.Ordinal) && indicators.Count > 0 && TargetTableFinder.IsTitle(line.Text)) break;

            var levels = new List<(string Name, int Index)>();
            while (nonEmpty.Count > 0 && TargetTableReader.IsLevelName(Markers.Squash(nonEmpty[0].Text)) && nonEmpty.Count > 1)
            {
                levels.Add((Markers.Squash(nonEmpty[0].Text), nonEmpty[0].Index));
                nonEmpty.RemoveAt(0);
            }
            if (levels.Count >= 2)
            {
                level1 = levels[0].Name;
                level2 = levels[1].Name;
            }
            else if (levels.Count == 1)
            {
                if (levels[0].Index == 0 && TargetTableReader.Level1Names.Contains(levels[0].Name))
                {
                    level1 = levels[0].Name;
                    level2 = null;
                }
                else level2 = levels[0].Name;
            }

            if (levels.Count == 0 && indicators.Count > 0 && nonEmpty[0].Index > level3Column)
            {
                indicators[^1] = Continue(indicators[^1], nonEmpty, header, level3Column, fields);
                continue;
            }
            if (nonEmpty.Count < 2) continue;

            var values = new string?[FieldCount];
            for (var i = 1; i < nonEmpty.Count && i - 1 < fields.Count; i++)
            {
                var field = fields[i - 1];
                if (field != Field.Other) values[(int)field] = Tidy(nonEmpty[i].Text);
            }
            var span = SourceSpan.At(line.Number, line.Page);
            indicators.Add(new Indicator
            {
                Level1 = level1,
                Level2 = level2,
                Level3 = Tidy(nonEmpty[0].Text),
                Value = IndicatorValueParser.Parse(values[(int)Field.Value]),
                Basis = values[(int)Field.Basis],
                PriorValue = values[(int)Field.Prior],
                Weight = TargetTableReader.Weight(values[(int)Field.Weight], span),
                ScoringRule = values[(int)Field.Rule],
                Evidence = values[(int)Field.Evidence],
                Span = span,
            });
        }
        return table with { Indicators = indicators.ToImmutable() };
    }

    /// <summary>Appends a wrapped continuation row to the row above, column by column.</summary>
    private static Indicator Continue(Indicator row, List<(string Text, int Index)> cells, List<string> header, int level3Column, List<Field> fields)
    {
        var valueRaw = row.Value.Raw;
        var prior = row.PriorValue;
        var basis = row.Basis;
        foreach (var (text, index) in cells)
        {
            var position = 0;
            for (var i = level3Column + 1; i < index && i < header.Count; i++) if (header[i].Length > 0) position++;
            var field = position < fields.Count ? fields[position] : Field.Other;
            switch (field)
            {
                case Field.Value: valueRaw += Tidy(text); break;
                case Field.Prior: prior += Tidy(text); break;
                case Field.Basis: basis += Tidy(text); break;
            }
        }
        return row with { Value = IndicatorValueParser.Parse(valueRaw), PriorValue = prior, Basis = basis, Span = row.Span.Through(SourceSpan.At(row.Span.EndLine + 1)) };
    }

    private static Field FieldOf(string header) => header switch
    {
        _ when header.Contains("依据", StringComparison.Ordinal) => Field.Basis,
        _ when header.Contains("上年", StringComparison.Ordinal) => Field.Prior,
        _ when header.Contains("权重", StringComparison.Ordinal) || header.Contains("分值", StringComparison.Ordinal) => Field.Weight,
        _ when header.Contains("规则", StringComparison.Ordinal) => Field.Rule,
        _ when header.Contains("佐证", StringComparison.Ordinal) => Field.Evidence,
        _ when header.Contains("指标值", StringComparison.Ordinal) => Field.Value,
        _ => Field.Other,
    };

    private static List<string> Cells(SourceLine line) => [.. line.Text.Split('\t')];

    /// <summary>The trimmed non-empty cells with their index: the line's tab tokens.</summary>
    private static List<(string Text, int Index)> NonEmptyCells(SourceLine line)
    {
        var tokens = line.TabTokens;
        var cells = new List<(string, int)>(tokens.Length);
        foreach (var t in tokens) cells.Add((t.Text, t.Start));
        return cells;
    }

    private static string Tidy(string s) => Squash.Collapse(s).Trim();

    /// <summary>Lines joined with whitespace removed, and where each character came from.</summary>
    internal static (string Text, List<(int Offset, SourceLine Line)> Offsets) Squashed(IReadOnlyList<SourceLine> lines)
    {
        var sb = new StringBuilder();
        var offsets = new List<(int, SourceLine)>();
        var footers = TargetTableReader.PageFooters(lines);
        foreach (var line in lines.Where(l => !footers.Contains(l.Number)))
        {
            offsets.Add((sb.Length, line));
            sb.Append(Markers.Squash(line.Text));
        }
        return (sb.ToString(), offsets);
    }

    internal static SourceSpan SpanAt(List<(int Offset, SourceLine Line)> offsets, int index)
    {
        var line = offsets.LastOrDefault(o => o.Offset <= index).Line ?? offsets.FirstOrDefault().Line;
        return line is null ? SourceSpan.None : SourceSpan.At(line.Number, line.Page);
    }
}
