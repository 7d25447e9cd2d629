using System.Collections.Immutable;

namespace Yusuan.Core.Model;

/// <summary>Which part of the document a prose paragraph was printed in.</summary>
public enum ProsePart
{
    /// <summary>Cover, 目录 and part headings: what stands outside the three parts.</summary>
    Front,

    /// <summary>单位概况 / 部门职责 and 机构设置.</summary>
    Profile,

    /// <summary>情况说明 / 编制说明 (the explanatory narrative with its other matters and projects).</summary>
    Narrative,

    /// <summary>名词解释.</summary>
    Glossary,
}

/// <summary>
/// One paragraph of the document's prose as the reader rejoined it from its wrapped lines (tables and performance-target
/// tables left out). Wording rules (placeholders, years, punctuation) read these; <see cref="LineAt"/> points a character
/// back at the source line it was printed on.
/// </summary>
public sealed record ProseParagraph(string Text, ProsePart Part, SourceSpan Span)
{
    /// <summary>Key of the narrative section it sits in ("三", "五.(三)"), for narrative paragraphs.</summary>
    public string? Section { get; init; }

    /// <summary>A heading or title line (一、…, 第二部分…, a centred title), not a sentence.</summary>
    public bool IsHeading { get; init; }

    /// <summary>Offset in <see cref="Text"/> where each source line starts, with <see cref="LineNumbers"/>.</summary>
    public ImmutableArray<int> LineStarts { get; init; } = [];

    public ImmutableArray<int> LineNumbers { get; init; } = [];

    /// <summary>The source line character <paramref name="offset"/> was printed on.</summary>
    public int LineAt(int offset)
    {
        var line = Span.Line;
        for (var i = 0; i < LineStarts.Length && i < LineNumbers.Length; i++)
        {
            if (LineStarts[i] <= offset) line = LineNumbers[i];
            else break;
        }
        return line;
    }
}
