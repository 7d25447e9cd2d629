using System.Collections.Immutable;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading.Narrative.Layout;

/// <summary>
/// Text joined from one or more source lines (hard-wrapped prose), remembering which character came from which line
/// so a claim read from the middle of a paragraph still points at its own line.
/// </summary>
internal sealed record Paragraph
{
    public Paragraph(string text, ImmutableArray<int> lineStarts, ImmutableArray<SourceLine> lines)
    {
        Text = text;
        LineStarts = lineStarts;
        Lines = lines;
    }

    /// <summary>The joined text, trimmed lines concatenated without separators.</summary>
    public string Text { get; }

    /// <summary>Offset in <see cref="Text"/> where each of <see cref="Lines"/> starts.</summary>
    public ImmutableArray<int> LineStarts { get; }

    public ImmutableArray<SourceLine> Lines { get; }

    public int FirstLine => Lines[0].Number;

    public SourceSpan Span => new(Lines[0].Number, Lines[^1].Number, Lines[0].Page);

    /// <summary>The source lines covering characters [start, end) of <see cref="Text"/>.</summary>
    public SourceSpan SpanOf(int start, int end)
    {
        if (end <= start) end = start + 1;
        var first = LineIndexAt(start);
        var last = LineIndexAt(Math.Max(start, end - 1));
        return new SourceSpan(Lines[first].Number, Lines[last].Number, Lines[first].Page);
    }

    /// <summary>The paragraph from character <paramref name="start"/> on (used when a heading's tail was glued to body text).</summary>
    public Paragraph Slice(int start)
    {
        var first = LineIndexAt(start);
        var starts = LineStarts.Skip(first).Select(s => Math.Max(0, s - start)).ToImmutableArray();
        return new Paragraph(Text[start..], starts, Lines[first..]);
    }

    private int LineIndexAt(int offset)
    {
        var index = 0;
        for (var i = 0; i < LineStarts.Length; i++)
        {
            if (LineStarts[i] <= offset) index = i;
            else break;
        }
        return index;
    }

    public override string ToString() => $"{FirstLine}: {Text}";
}
