using System.Collections.Immutable;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading.Tables;

/// <summary>How a table's cells are separated in the source text.</summary>
public enum CellMode
{
    /// <summary>Tab-separated: every cell keeps its column index, empty cells included.</summary>
    Tabs,

    /// <summary>pdftotext -layout: cells separated by runs of spaces, character columns roughly aligned with the header.</summary>
    Layout,

    /// <summary>PDF text with single spaces and vanished empty cells: only the order of figures is known.</summary>
    Spaces,
}

/// <summary>One cell or word of a table line. <see cref="Start"/>/<see cref="End"/> are the cell index (tab mode) or the
/// character columns (text modes).</summary>
public readonly record struct Token(string Text, int Start, int End, bool IsFigure, decimal Value)
{
    public double Center => (Start + End) / 2.0;
}

/// <summary>Splits table lines into tokens.</summary>
public static class Tokenizer
{
    public static ImmutableArray<Token> Split(SourceLine line, CellMode mode) =>
        mode == CellMode.Tabs ? line.TabTokens : line.SpaceTokens;

    public static ImmutableArray<Token> SplitTabs(string text)
    {
        var cells = text.Split('\t');
        var builder = ImmutableArray.CreateBuilder<Token>(cells.Length);
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = cells[i].Trim();
            if (cell.Length == 0) continue;
            var isFigure = TryCellFigure(cell, out var value);
            builder.Add(new Token(cell, i, i, isFigure, value));
        }
        return builder.ToImmutable();
    }

    public static ImmutableArray<Token> SplitSpaces(string text)
    {
        var builder = ImmutableArray.CreateBuilder<Token>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length) break;
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            var word = text[start..i];
            var isFigure = IsTextFigure(word, out var value);
            builder.Add(new Token(word, start, i, isFigure, value));
        }
        return builder.ToImmutable();
    }

    /// <summary>A whole (trimmed) tab cell read as one figure; "29 5" counts when a single stray space splits it.</summary>
    public static bool TryCellFigure(string cell, out decimal value) =>
        Numbers.TryParseCell(cell, out value) || (SplitNumber(cell) && Numbers.TryParseJoined(cell, out value));

    /// <summary>In running text a figure carries a decimal point or thousands separators; bare integers are codes,
    /// column numbers or page numbers.</summary>
    public static bool IsTextFigure(string word, out decimal value)
    {
        value = 0;
        if (!word.Contains('.', StringComparison.Ordinal) && !word.Contains(',', StringComparison.Ordinal)) return false;
        return Numbers.TryParseCell(word, out value);
    }

    /// <summary>"29 5" in one tab cell: digits split by a single stray space, unambiguous because the cell holds one figure.</summary>
    private static bool SplitNumber(string cell) =>
        cell.Count(c => c == ' ') == 1 && cell.All(c => char.IsAsciiDigit(c) || c is ',' or '.' or ' ') && char.IsAsciiDigit(cell[0]) && char.IsAsciiDigit(cell[^1]);

    public static bool IsDigits(string s, int length) => s.Length == length && s.All(char.IsAsciiDigit);

    public static bool HasCjk(string s) => s.Any(c => c >= '\u4e00' && c <= '\u9fff');
}
