using System.Text.RegularExpressions;
using Yusuan.Core.Reading.Formats;
using Yusuan.Core.Reading.Meta;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading;

/// <summary>One file of a disclosure published in several (Beijing's 附件1 情况说明 + 附件2 预算报表, Jiangsu's narrative PDF
/// and tables PDF): its name and extracted text (with, for a PDF, each line's page and box).</summary>
public sealed record DisclosurePart(string Name, ExtractedText Extracted)
{
    public string Text => Extracted.Text ?? string.Empty;
}

/// <summary>Puts the files of one disclosure in reading order and joins them into one text: the part that carries the
/// disclosure's title (the cover, the narrative) first, then by the attachment number its name or first lines give
/// (附件1, 附件2), then as given. The reader then takes the joined text as one document: the cover's unit and year,
/// the narrative's claims and the tables' figures are read and checked together.</summary>
public static partial class DisclosureParts
{
    private const int AttachmentSearchLines = 5;

    public static IReadOnlyList<DisclosurePart> Order(IReadOnlyList<DisclosurePart> parts) =>
        [.. parts.Select((p, i) => (Part: p, Index: i))
            .OrderBy(x => CoverTitle.Find(SourceText.From(x.Part.Text).Lines) is null ? 1 : 0)
            .ThenBy(x => AttachmentNumber(x.Part))
            .ThenBy(x => x.Index)
            .Select(x => x.Part)];

    /// <summary>The parts' texts, in reading order, each starting on a new page: one form-feed line between two files, so
    /// every line of a file keeps its place in the joined text.</summary>
    public static string Join(IReadOnlyList<DisclosurePart> parts) => string.Join("\n\f\n", Order(parts).Select(p => p.Text.TrimStart('\uFEFF')));

    /// <summary>The name shown for the joined disclosure: the file names joined with “ + ”.</summary>
    public static string Name(IReadOnlyList<DisclosurePart> parts) => string.Join(" + ", Order(parts).Select(p => p.Name));

    /// <summary>附件n in the file name or in the first lines; int.MaxValue when none.</summary>
    public static int AttachmentNumber(DisclosurePart part)
    {
        var m = Attachment().Match(Path.GetFileName(part.Name));
        if (m.Success && PrintedNumber.Integer(m.Groups[1].Value) is { } named) return named;
        foreach (var line in part.Text.Split('\n').Where(l => !string.IsNullOrWhiteSpace(l)).Take(AttachmentSearchLines))
        {
            m = Attachment().Match(Squash.Whitespace(line));
            if (m.Success && PrintedNumber.Integer(m.Groups[1].Value) is { } n) return n;
        }
        return int.MaxValue;
    }

    [GeneratedRegex(@"附件\s*(\d{1,2})")]
    private static partial Regex Attachment();
}
