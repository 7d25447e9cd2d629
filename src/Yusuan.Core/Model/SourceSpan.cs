namespace Yusuan.Core.Model;

/// <summary>Where a value was read: 1-based first and last line in the source text, and the page when known.</summary>
public readonly record struct SourceSpan(int Line, int EndLine, int? Page = null)
{
    public static SourceSpan None => default;

    public static SourceSpan At(int line, int? page = null) => new(line, line, page);

    public bool IsKnown => Line > 0;

    public SourceSpan Through(SourceSpan other)
    {
        if (!IsKnown) return other;
        if (!other.IsKnown) return this;
        return new SourceSpan(Math.Min(Line, other.Line), Math.Max(EndLine, other.EndLine), Page ?? other.Page);
    }

    public override string ToString() => EndLine > Line ? $"{Line}-{EndLine}" : Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A number read from the document, with the place it was read from.</summary>
public readonly record struct Figure(decimal Value, SourceSpan Span)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A piece of text read from the document, with the place it was read from.</summary>
public sealed record LocatedText(string Text, SourceSpan Span);
