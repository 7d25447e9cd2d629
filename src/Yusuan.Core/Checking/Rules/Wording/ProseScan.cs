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
