using System.Collections.Immutable;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Formats.Pdf;

namespace Yusuan.Core.Reading.Formats;

/// <summary>The text of a file in the form the text reader takes, or one sentence (Chinese, then English) saying why there is none.</summary>
public sealed record ExtractedText
{
    private ExtractedText(SourceFormat format, string? text, string? error)
    {
        Format = format;
        Text = text;
        Error = error;
    }

    public SourceFormat Format { get; }

    public string? Text { get; }

    public string? Error { get; }

    public bool Success => Text is not null;

    /// <summary>For a PDF: where each line of <see cref="Text"/> was printed (page and box), index = line number − 1.
    /// Empty for other formats.</summary>
    public ImmutableArray<LineOrigin> Origins { get; init; } = [];

    /// <summary>For a PDF read with its layout: each page's size in points (index = page number − 1), the frame of the
    /// origins' boxes. Empty for other formats and for a PDF read by pdftotext.</summary>
    public ImmutableArray<PageSize> PageSizes { get; init; } = [];

    /// <summary>For a PDF read with its layout: blank pages and text off the page, which the reader turns into diagnostics.</summary>
    public ImmutableArray<PageNote> PageNotes { get; init; } = [];

    public static ExtractedText Ok(SourceFormat format, string text) => new(format, text, null);

    public static ExtractedText Fail(SourceFormat format, string error) => new(format, null, error);
}
