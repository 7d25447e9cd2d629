using System.Collections.Immutable;
using Yusuan.Core.Reading.Narrative.Layout;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading.Narrative.Targets;

/// <summary>
/// Finds 项目支出绩效目标表 / 部门整体绩效目标表: from the title line to the next title, the next narrative heading
/// ((五)其他需说明的事项, 第四部分) or the glossary.
/// </summary>
internal static class TargetTableFinder
{
    public static ImmutableArray<Range> Find(ImmutableArray<SourceLine> lines)
    {
        var titles = new List<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (IsTitle(lines[i].Text)) titles.Add(i);
        }
        var result = ImmutableArray.CreateBuilder<Range>();
        for (var t = 0; t < titles.Count; t++)
        {
            var start = titles[t];
            var limit = t + 1 < titles.Count ? titles[t + 1] : lines.Length;
            var end = limit;
            for (var i = start + 1; i < limit; i++)
            {
                if (IsStop(lines[i])) { end = i; break; }
            }
            result.Add(new Range(start, end));
        }
        return result.ToImmutable();
    }

    public static bool IsTitle(string text)
    {
        if (!text.Contains('绩', StringComparison.Ordinal)) return false;
        var t = Markers.Squash(text);
        return t.Length <= 24 && t.Contains("绩效目标表", StringComparison.Ordinal) && !Markers.Leaders().IsMatch(t)
               && !t.Contains('，', StringComparison.Ordinal) && !t.Contains("见", StringComparison.Ordinal) && !t.StartsWith('-');
    }

    private static bool IsStop(SourceLine line)
    {
        var t = line.Squashed;
        if (t.Length == 0 || t.Contains('\t', StringComparison.Ordinal)) return false;
        if (line.Text.Contains('\t', StringComparison.Ordinal)) return false;
        return Markers.Part().IsMatch(t) || (Markers.SubSection().IsMatch(t) && t.Length <= 30) || t.Contains("其他需说明", StringComparison.Ordinal)
               || t.StartsWith("名词解释", StringComparison.Ordinal) || (Markers.Section().IsMatch(t) && t.Length <= 30 && !t.Contains("%", StringComparison.Ordinal));
    }
}
