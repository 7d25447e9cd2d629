using System.Text.RegularExpressions;
using Yusuan.Core.Model;

namespace Yusuan.Core.Checking.Rules.Wording;

/// <summary>What the wording rules share: a match in a prose paragraph, pointed at its own source line, quoted short.</summary>
internal static class ProseScan
{
    /// <summary>Every match of <paramref name="pattern"/> in the document's prose, with its paragraph.</summary>
    public static IEnumerable<(ProseParagraph Paragraph, Match Match)> Matches(Disclosure d, Regex pattern)
    {
        foreach (var p in d.Prose)
        {
            for (var m = pattern.Match(p.Text); m.Success; m = m.NextMatch()) yield return (p, m);
        }
    }

    /// <summary>Every title the document prints with the place to report it: headings, short lines of the cover and 目录
    /// (no sentence's comma), and the titles of the canonical tables.</summary>
    public static IEnumerable<(string Text, Func<int, FindingLocation> At, string Name)> Titles(Disclosure d)
    {
        foreach (var p in d.Prose)
        {
            if (p.IsHeading || p.Part == ProsePart.Front && p.Text.Length <= 40 && !p.Text.Contains('，', StringComparison.Ordinal))
                yield return (p.Text, offset => At(p, offset), "标题");
        }
        foreach (var t in d.Tables)
        {
            if (t.Canonical is { } id) yield return (t.Title, _ => Checking.At.Table(t), $"表{(int)id}标题");
        }
    }

    /// <summary>A four-digit year a pattern captured.</summary>
    public static int? Year(Group g) => int.TryParse(g.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;

    public static FindingLocation At(ProseParagraph p, int offset) => new()
    {
        Section = p.Section,
        Line = p.LineAt(offset),
    };

    /// <summary>The words around a match ("…增加（减少）0万元…"), for the message.</summary>
    public static string Quote(string text, int start, int length, int context = 8)
    {
        var from = Math.Max(0, start - context);
        var to = Math.Min(text.Length, start + length + context);
        return (from > 0 ? "…" : string.Empty) + text[from..to] + (to < text.Length ? "…" : string.Empty);
    }
}

/// <summary>A wording rule that reports every match of one pattern in the prose: where it stands, the words around it,
/// and what was expected there.</summary>
public abstract class ProsePatternRule : Rule
{
    protected abstract Regex Pattern { get; }

    /// <summary>The finding's lead ("标点连用“，，”") and what the text should have had.</summary>
    protected abstract (string Lead, string Expected) Describe(Match m);

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        foreach (var (p, m) in ProseScan.Matches(d, Pattern))
        {
            var (lead, expected) = Describe(m);
            yield return Report($"{lead}：{ProseScan.Quote(p.Text, m.Index, m.Length)}", ProseScan.At(p, m.Index), expected, m.Value);
        }
    }
}
