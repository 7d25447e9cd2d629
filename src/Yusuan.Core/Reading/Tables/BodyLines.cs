using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading.Tables;

/// <summary>What a line or label of a table body is, for every shape: data or header, a page number, a repeated page
/// header or column header, a code, a total; and the words of a line.</summary>
internal static partial class BodyLines
{
    public static bool LooksLikeData(SourceLine line, CellMode mode)
    {
        if (HeaderMap.IsNumbering(line.Text) || IsJunk(line)) return false;
        var tokens = Tokenizer.Split(line, mode);
        // Runs several times on every line of every table: a loop, not a lambda capturing the mode.
        foreach (var t in tokens)
        {
            if (t.IsFigure && (mode != CellMode.Tabs || t.Text.Contains('.', StringComparison.Ordinal) || t.Text.Length >= 2 && !IsCodeLike(t.Text))) return true;
        }
        var first = tokens.FirstOrDefault();
        if (first.Text is null) return false;
        if (IsCodeLike(first.Text) && (mode != CellMode.Tabs || first.Start == 0)) return true;
        // A cell holding a sentence (a project's 项目简介 on the first line of a continuation page): no header cell is one.
        if (mode == CellMode.Tabs && tokens.Any(t => IsSentence(t.Text))) return true;
        var folded = HeaderText.Fold(string.Concat(tokens.Select(t => t.Text)));
        return folded is "合计" or "总计" || folded.StartsWith("一、", StringComparison.Ordinal) && !folded.Contains("部分", StringComparison.Ordinal);
    }

    private static bool IsSentence(string text) =>
        text.Length >= 20 && (text.Contains('。', StringComparison.Ordinal) || text.Contains('，', StringComparison.Ordinal));

    public static bool IsCodeLike(string text) =>
        text.Length is 3 or 5 or 7 && text.All(char.IsAsciiDigit) && text[0] is '2' or '3' or '5';

    /// <summary>Page numbers ("18", "─ 7 ─", "- 2 -", "第 3 页").</summary>
    public static bool IsJunk(string text) => PageNumber().IsMatch(HeaderText.Fold(text));

    public static bool IsJunk(SourceLine line) => PageNumber().IsMatch(line.Folded);

    public static bool IsPageHeader(SourceLine line) => TableLocator.IsPreparedByOrUnitLine(line);

    public static bool IsHeaderRepeat(SourceLine line, TableTemplate template)
    {
        var folded = line.Folded;
        if (HeaderMap.IsNumbering(line.Text)) return true;
        if (folded is "类款项" or "类款" || folded.Contains("科目编码", StringComparison.Ordinal) || folded.Contains("科目名称", StringComparison.Ordinal)) return true;
        if (folded.StartsWith("项目", StringComparison.Ordinal) && !folded.Contains('.', StringComparison.Ordinal)) return true;
        var hits = template.Columns.Count(c => c.Patterns.Any(p => p.Length >= 4 && folded.Contains(p, StringComparison.Ordinal)));
        return hits >= 2;
    }

    public static bool IsTotalLabel(string label)
    {
        var folded = HeaderText.Fold(label).TrimEnd(':');
        return folded is "合计" or "总计" or "小计";
    }

    /// <summary>The words of a line after its first <paramref name="skip"/> tokens, figures left out, joined by spaces.</summary>
    public static string Join(ImmutableArray<Token> tokens, int skip)
    {
        var words = 0;
        for (var i = skip; i < tokens.Length; i++)
        {
            if (!tokens[i].IsFigure) words++;
        }
        if (words == 0) return string.Empty;
        var parts = new string[words];
        var n = 0;
        for (var i = skip; i < tokens.Length; i++)
        {
            if (!tokens[i].IsFigure) parts[n++] = tokens[i].Text;
        }
        return string.Join(' ', parts);
    }

    [GeneratedRegex(@"^[-─—–_·]*\d{1,3}[-─—–_·]*$|^第\d{1,3}页(共\d{1,3}页)?$|^-\d{1,3}-$")]
    private static partial Regex PageNumber();
}
