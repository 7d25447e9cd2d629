using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
        // Two passes over the cells so that the token array is allocated once, at its final size.
        var line = text.AsSpan();
        var count = 0;
        foreach (var range in line.Split('\t'))
        {
            if (!line[range].IsWhiteSpace()) count++;
        }
        if (count == 0) return [];
        var tokens = new Token[count];
        var index = 0;
        var n = 0;
        foreach (var range in line.Split('\t'))
        {
            var cell = line[range].Trim();
            if (!cell.IsEmpty)
            {
                var word = cell.Length == text.Length ? text : cell.ToString();
                var isFigure = TryCellFigure(word, out var value);
                tokens[n++] = new Token(word, index, index, isFigure, value);
            }
            index++;
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(tokens);
    }

    public static ImmutableArray<Token> SplitSpaces(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && (i == 0 || char.IsWhiteSpace(text[i - 1]))) count++;
        }
        if (count == 0) return [];
        var tokens = new Token[count];
        var n = 0;
        var p = 0;
        while (p < text.Length)
        {
            while (p < text.Length && char.IsWhiteSpace(text[p])) p++;
            if (p >= text.Length) break;
            var start = p;
            while (p < text.Length && !char.IsWhiteSpace(text[p])) p++;
            var word = start == 0 && p == text.Length ? text : text[start..p];
            var isFigure = IsTextFigure(word, out var value);
            tokens[n++] = new Token(word, start, p, isFigure, value);
        }
        MarkTrailingIntegers(tokens);
        return ImmutableCollectionsMarshal.AsImmutableArray(tokens);
    }

    /// <summary>
    /// Bare integers are figures where they stand in the run of figures that ends a table row after its name
    /// ("组织事务 888,700 888,700 0 0 0"; tables in 元, or whole 万元 such as "专家评审费 30 30"): there they cannot be
    /// a code (codes open the row), a column number (those lines have no name) or a page number (a line of its own).
    /// </summary>
    private static void MarkTrailingIntegers(Token[] tokens)
    {
        var run = tokens.Length;
        while (run > 0 && (tokens[run - 1].IsFigure || IsBareInteger(tokens[run - 1].Text))) run--;
        if (run == 0 || run == tokens.Length || !HasCjk(tokens[run - 1].Text)) return;
        for (var i = run; i < tokens.Length; i++)
        {
            if (!tokens[i].IsFigure && Numbers.TryParseCell(tokens[i].Text, out var value)) tokens[i] = tokens[i] with { IsFigure = true, Value = value };
        }
    }

    private static bool IsBareInteger(string word)
    {
        var digits = word.AsSpan(word.StartsWith('-') ? 1 : 0);
        return digits.Length is > 0 and <= 12 && !digits.ContainsAnyExceptInRange('0', '9');
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
