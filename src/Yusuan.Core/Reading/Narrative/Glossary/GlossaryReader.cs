using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Narrative.Layout;

namespace Yusuan.Core.Reading.Narrative.Glossary;

/// <summary>名词解释: "一、财政拨款：指…", "（一）基本支出预算：…", "1．…：…" — term before the first colon, definition after.</summary>
internal static partial class GlossaryReader
{
    public static ImmutableArray<GlossaryEntry> Read(ImmutableArray<Paragraph> paragraphs)
    {
        var entries = ImmutableArray.CreateBuilder<GlossaryEntry>();
        foreach (var p in paragraphs)
        {
            var m = EntryPattern().Match(p.Text);
            if (!m.Success) continue;
            var term = Markers.Squash(m.Groups["term"].Value).Trim('*');
            var definition = m.Groups["def"].Value.Trim();
            if (term.Length == 0 || term.Length > 30 || definition.Length == 0 || term.Contains("名词解释", StringComparison.Ordinal)) continue;
            entries.Add(new GlossaryEntry(term, definition, p.Span));
        }
        return entries.ToImmutable();
    }

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|\d{1,2}\s*[、.．](?!\d))\s*(?<term>[^：:，。]{1,40}?)\s*[：:]\s*(?<def>.+)$")]
    private static partial Regex EntryPattern();
}
