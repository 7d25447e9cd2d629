using System.Collections.Immutable;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading.Narrative.Layout;

/// <summary>
/// The document's prose for the wording rules: the paragraphs the parts were read from (profile, narrative, glossary)
/// and those of the lines outside every part (cover, 目录, part headings), in document order. Table rows and
/// column-aligned lines are not prose and are left out.
/// </summary>
internal static class ProseParagraphs
{
    public static ImmutableArray<ProseParagraph> Collect(ImmutableArray<SourceLine> lines, DocumentParts parts, Func<int, bool> skip,
        ImmutableArray<Paragraph> profile, ImmutableArray<PlacedParagraph> narrative, ImmutableArray<Paragraph> glossary)
    {
        var inPart = new bool[lines.Length];
        foreach (var range in new[] { parts.Profile, parts.Narrative, parts.Glossary })
        {
            var (offset, length) = range.GetOffsetAndLength(lines.Length);
            for (var i = offset; i < offset + length; i++) inPart[i] = true;
        }
        var front = ParagraphBuilder.Build(lines.Where((_, i) => !inPart[i]), skip);

        var all = new List<ProseParagraph>();
        var seen = new HashSet<int>();
        void Add(Paragraph p, ProsePart part, string? section)
        {
            if (!IsProse(p) || !seen.Add(p.FirstLine)) return;
            all.Add(new ProseParagraph(p.Text, part, p.Span)
            {
                Section = section,
                IsHeading = ParagraphBuilder.IsHeading(p.Text) || p.Lines.Length == 1 && ParagraphBuilder.IsTitleLine(p.Lines[0]),
                LineStarts = p.LineStarts,
                LineNumbers = [.. p.Lines.Select(l => l.Number)],
            });
        }
        foreach (var p in front) Add(p, ProsePart.Front, null);
        foreach (var p in profile) Add(p, ProsePart.Profile, null);
        foreach (var p in narrative) Add(p.Paragraph, ProsePart.Narrative, p.SectionKey);
        foreach (var p in glossary) Add(p, ProsePart.Glossary, null);
        all.Sort((a, b) => a.Span.Line.CompareTo(b.Span.Line));
        return [.. all];
    }

    private static bool IsProse(Paragraph p) =>
        p.Lines.All(l => l.Text.AsSpan().Count('\t') < 2 && !ParagraphBuilder.IsColumnLayout(l.Text.Trim()));
}
