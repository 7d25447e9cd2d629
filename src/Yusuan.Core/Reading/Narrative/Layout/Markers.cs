using System.Text.RegularExpressions;

namespace Yusuan.Core.Reading.Narrative.Layout;

/// <summary>The numbering and labels that open a new block of prose, whatever the line wrapping.</summary>
internal static partial class Markers
{
    /// <summary>第一部分, 第三部分 …</summary>
    [GeneratedRegex(@"^第[一二三四五六七八九十]+部分")]
    public static partial Regex Part();

    /// <summary>一、 二、 … 十二、 (a top-level section).</summary>
    [GeneratedRegex(@"^(?<n>[一二三四五六七八九十]{1,3})\s*[、.．]\s*")]
    public static partial Regex Section();

    /// <summary>（一） (二) … (a sub-section).</summary>
    [GeneratedRegex(@"^[（(]\s*(?<n>[一二三四五六七八九十]{1,3})\s*[）)]\s*")]
    public static partial Regex SubSection();

    /// <summary>1、 2. 3． （1） (4) — numbered items; "0.00万元" is not one.</summary>
    [GeneratedRegex(@"^(?:(?<n>\d{1,2})\s*[、.．](?!\d)|[（(]\s*(?<n>\d{1,2})\s*[）)])\s*")]
    public static partial Regex Numbered();

    /// <summary>Field labels of 项目支出情况说明.</summary>
    [GeneratedRegex(@"^(?:项目名称|设立的政策依据|预算安排规模|项目承担单位|资金分配情况|资金执行时间)\s*[：:]")]
    public static partial Regex ProjectField();

    /// <summary>Page footers such as "─ 7 ─" or a bare page number.</summary>
    [GeneratedRegex(@"^(?:[─—\-－]+\s*\d+\s*[─—\-－]+|\d{1,3}|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?)$")]
    public static partial Regex PageFooter();

    /// <summary>A table-of-contents line: dot leaders.</summary>
    [GeneratedRegex(@"[…\.·]{4,}")]
    public static partial Regex Leaders();

    public static bool StartsBlock(string trimmed) =>
        Part().IsMatch(trimmed) || Section().IsMatch(trimmed) || SubSection().IsMatch(trimmed) || Numbered().IsMatch(trimmed) || ProjectField().IsMatch(trimmed);

    /// <summary>Converts 一 … 九十九 to a number (0 when not a numeral).</summary>
    public static int ChineseNumber(string s)
    {
        static int Digit(char c) => "零一二三四五六七八九".IndexOf(c, StringComparison.Ordinal);
        if (s.Length == 0) return 0;
        var ten = s.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0) return s.Length == 1 ? Math.Max(0, Digit(s[0])) : 0;
        var tens = ten == 0 ? 1 : Math.Max(0, Digit(s[0]));
        var ones = ten == s.Length - 1 ? 0 : Math.Max(0, Digit(s[^1]));
        return tens * 10 + ones;
    }

    /// <summary>Removes all whitespace.</summary>
    public static string Squash(string s) => Text.Squash.Whitespace(s);
}
