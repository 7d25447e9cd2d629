using System.Collections.Immutable;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading.Narrative.Layout;

/// <summary>
/// Where the profile (概况), the explanatory narrative (情况说明 / 编制说明) and the glossary (名词解释) sit.
/// Templates with 第X部分 headings repeat them in a table of contents first, so the last occurrence of each part wins.
/// Templates without parts (Shanghai) fall back to title lines.
/// </summary>
internal sealed record DocumentParts(Range Profile, Range Narrative, Range Glossary)
{
    public static DocumentParts Find(ImmutableArray<SourceLine> lines)
    {
        var count = lines.Length;
        var heads = new List<(int Index, string Text)>();
        for (var i = 0; i < count; i++)
        {
            var t = lines[i].Squashed;
            if (t.Length == 0 || !Markers.Part().IsMatch(t) || t.Length > 40 || Markers.Leaders().IsMatch(t)) continue;
            // A wrapped heading ("第三部分…决算情况" / "说明") is matched with its tail.
            var next = lines.Skip(i + 1).Take(3).Select(l => l.Squashed).FirstOrDefault(x => x.Length > 0);
            if (next is { Length: <= 4 } && !Markers.Part().IsMatch(next)) t += next;
            heads.Add((i, t));
        }

        int LastHead(Func<string, bool> match) => heads.LastOrDefault(h => match(h.Text), (Index: -1, Text: string.Empty)).Index;
        int NextHeadAfter(int index) => heads.FirstOrDefault(h => h.Index > index, (Index: count, Text: string.Empty)).Index;

        var glossaryStart = LastHead(t => t.Contains("名词解释", StringComparison.Ordinal));
        if (glossaryStart < 0) glossaryStart = LastTitle(lines, t => t.EndsWith("名词解释", StringComparison.Ordinal) || t.EndsWith("名词解释：", StringComparison.Ordinal));
        var narrativeStart = LastHead(t => t.Contains("说明", StringComparison.Ordinal) && !t.Contains("名词解释", StringComparison.Ordinal));
        var profileStart = LastHead(t => t.StartsWith("第一部分", StringComparison.Ordinal));
        if (narrativeStart >= 0 && profileStart > narrativeStart)
        {
            profileStart = heads.LastOrDefault(h => h.Index < narrativeStart && h.Text.StartsWith("第一部分", StringComparison.Ordinal), (Index: -1, Text: string.Empty)).Index;
        }

        Range glossary = glossaryStart >= 0 ? new Range(glossaryStart, GlossaryEnd(lines, glossaryStart, heads)) : new Range(0, 0);
        Range narrative;
        Range profile;
        if (narrativeStart >= 0)
        {
            var end = NextHeadAfter(narrativeStart);
            if (glossary.Start.Value > narrativeStart && glossary.Start.Value < end) end = glossary.Start.Value;
            narrative = new Range(narrativeStart, end);
            profile = profileStart >= 0 ? new Range(profileStart, Math.Min(NextHeadAfter(profileStart), narrativeStart)) : new Range(0, 0);
        }
        else
        {
            // No 第X部分 headings: the profile runs to the first explanatory title, the narrative is the rest.
            var firstExplain = FirstTitle(lines, t => t.Contains("编制说明", StringComparison.Ordinal) || t.EndsWith("情况说明", StringComparison.Ordinal));
            var profileEnd = firstExplain >= 0 ? firstExplain : count;
            if (glossary.End.Value > 0 && glossary.Start.Value < profileEnd) profileEnd = glossary.Start.Value;
            profile = new Range(0, profileEnd);
            narrative = new Range(firstExplain >= 0 ? firstExplain : 0, count);
        }
        return new DocumentParts(profile, narrative, glossary);
    }

    /// <summary>The glossary runs to the next part heading or explanatory title, or to the end.</summary>
    private static int GlossaryEnd(ImmutableArray<SourceLine> lines, int start, List<(int Index, string Text)> heads)
    {
        var next = heads.FirstOrDefault(h => h.Index > start, (Index: lines.Length, Text: string.Empty)).Index;
        for (var i = start + 1; i < next; i++)
        {
            var t = lines[i].Squashed;
            if (IsTitle(lines[i]) && (t.Contains("说明", StringComparison.Ordinal) || t.EndsWith('表'))) return i;
        }
        return next;
    }

    /// <summary>A centred title line of layout text (deep indent, short, no sentence punctuation).</summary>
    private static bool IsTitle(SourceLine line)
    {
        var raw = line.Text;
        var indent = raw.Length - raw.TrimStart().Length;
        var t = line.Squashed;
        return indent >= 8 && t.Length is > 0 and <= 30 && !t.Contains('，', StringComparison.Ordinal) && !t.Contains('。', StringComparison.Ordinal) && !Markers.Leaders().IsMatch(t);
    }

    private static int LastTitle(ImmutableArray<SourceLine> lines, Func<string, bool> match)
    {
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            var t = lines[i].Squashed;
            if (t.Length is > 0 and <= 20 && !Markers.Leaders().IsMatch(t) && !Markers.Section().IsMatch(t) && match(t)) return i;
        }
        return -1;
    }

    private static int FirstTitle(ImmutableArray<SourceLine> lines, Func<string, bool> match)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (IsTitle(lines[i]) && match(lines[i].Squashed)) return i;
        }
        return -1;
    }
}
