using System.Collections.Immutable;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Formats;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading;

/// <summary>
/// The text a disclosure was read from, as the reader took it (a PDF's, Word file's or web page's text, not the file's
/// bytes), and where each of its lines was printed when the format says so. Findings' line numbers refer to this text;
/// reports quote their evidence from it.
/// </summary>
public sealed class ReadSource
{
    private readonly ImmutableArray<PagePlace?> places;

    private ReadSource(SourceFormat format, SourceText text, ImmutableArray<PagePlace?> places)
    {
        Format = format;
        Text = text;
        this.places = places;
    }

    public SourceFormat Format { get; }

    public SourceText Text { get; }

    /// <summary>Whether any line knows its page (a PDF read with its layout, or text with form feeds between pages).</summary>
    public bool HasPages => places.Any(p => p is not null);

    /// <summary>Text without page information (plain text, Markdown, Word, Excel, HTML); a form feed in the text starts a
    /// new page, as pdftotext writes them.</summary>
    public static ReadSource Of(SourceFormat format, SourceText text)
    {
        var paged = text.Lines.Any(l => l.Page > 1);
        return new(format, text, [.. text.Lines.Select(l => paged ? new PagePlace(l.Page, null) : (PagePlace?)null)]);
    }

    /// <summary>Text whose lines' places the format reader measured; <paramref name="places"/>[n − 1] is line n (null where
    /// the reader does not know, e.g. a blank line between pages).</summary>
    public static ReadSource Of(SourceFormat format, SourceText text, IReadOnlyList<PagePlace?> places) =>
        new(format, text, [.. text.Lines.Select((_, i) => i < places.Count ? places[i] : null)]);

    /// <summary>Line <paramref name="number"/> (1-based) as it was read, or null outside the text.</summary>
    public string? Line(int number) => number >= 1 && number <= Text.Lines.Length ? Text.Lines[number - 1].Raw : null;

    /// <summary>Where line <paramref name="number"/> was printed, or null when not known.</summary>
    public PagePlace? Place(int number) => number >= 1 && number <= places.Length ? places[number - 1] : null;
}
