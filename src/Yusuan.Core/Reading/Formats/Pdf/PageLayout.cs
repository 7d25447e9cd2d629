using System.Collections.Immutable;
using System.Text;

namespace Yusuan.Core.Reading.Formats.Pdf;

/// <summary>A rectangle on a page in points, y growing downwards from the top of the page (reading order).</summary>
public readonly record struct Box(double Left, double Top, double Right, double Bottom)
{
    public double Width => Right - Left;

    public double Height => Bottom - Top;

    public double CenterX => (Left + Right) / 2;

    public double CenterY => (Top + Bottom) / 2;

    public Box Union(Box other) =>
        new(Math.Min(Left, other.Left), Math.Min(Top, other.Top), Math.Max(Right, other.Right), Math.Max(Bottom, other.Bottom));

    /// <summary>How much of the two boxes' horizontal extents overlap, in points (0 when they do not).</summary>
    public double OverlapX(double left, double right) => Math.Max(0, Math.Min(Right, right) - Math.Max(Left, left));

    public override string ToString() => FormattableString.Invariant($"[{Left:0.#},{Top:0.#} {Right:0.#},{Bottom:0.#}]");
}

/// <summary>A run of letters printed without a gap: a figure, a code, a stretch of Chinese text.</summary>
public sealed record PdfWord(string Text, Box Box, double Size);

/// <summary>The words printed on one baseline, left to right.</summary>
public sealed record PdfLine(ImmutableArray<PdfWord> Words, Box Box)
{
    /// <summary>The words joined as pdftotext -layout would space them: one space for a word gap, more for a wide one.</summary>
    public string LayoutText()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < Words.Length; i++)
        {
            if (i > 0) sb.Append(' ', Spaces(Words[i - 1], Words[i]));
            sb.Append(Words[i].Text);
        }
        return sb.ToString();
    }

    /// <summary>Spaces standing for the gap between two words: about one per half em, at least one.</summary>
    public static int Spaces(PdfWord left, PdfWord right)
    {
        var em = Math.Max(4, Math.Min(left.Size, right.Size));
        var gap = right.Box.Left - left.Box.Right;
        return Math.Clamp((int)Math.Round(gap / (em / 2)), 1, 80);
    }
}

/// <summary>A ruling line drawn on the page: horizontal at <see cref="At"/> (a y) from <see cref="From"/> to
/// <see cref="To"/> (x), or vertical at an x from y to y.</summary>
public readonly record struct Ruling(bool Horizontal, double At, double From, double To)
{
    public double Length => To - From;

    /// <summary>Whether the ruling covers the point <paramref name="along"/> of its axis (within <paramref name="slack"/>).</summary>
    public bool Covers(double along, double slack = 1.0) => along >= From - slack && along <= To + slack;
}

/// <summary>One page: its text lines top to bottom and its ruling lines.</summary>
public sealed record PageLayout(int Number, double Width, double Height, ImmutableArray<PdfLine> Lines, ImmutableArray<Ruling> Rulings)
{
    /// <summary>Letters the text layer places wholly outside the page (above, below or beside it): no reader of the
    /// printed page sees them, so they are left out, and counted.</summary>
    public int LettersOutside { get; init; }
}
