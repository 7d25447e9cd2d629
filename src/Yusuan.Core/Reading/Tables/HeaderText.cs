using System.Text;
using System.Text.RegularExpressions;

namespace Yusuan.Core.Reading.Tables;

/// <summary>Folding of header and label text so that printed variants compare equal.</summary>
public static partial class HeaderText
{
    /// <summary>Removes whitespace and quotes, folds full-width brackets and colons: "财政拨款（补 助）小计" → "财政拨款(补助)小计".</summary>
    public static string Fold(string text)
    {
        // Most labels are already folded: return them without a copy.
        var i = 0;
        while (i < text.Length && !Changes(text[i])) i++;
        if (i == text.Length) return text;
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        text.AsSpan(0, i).CopyTo(buffer);
        var n = i;
        for (; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '（': buffer[n++] = '('; break;
                case '）': buffer[n++] = ')'; break;
                case '：': buffer[n++] = ':'; break;
                case '“' or '”' or '"' or '‘' or '’' or '\'' or '「' or '」': break;
                case var c:
                    if (!char.IsWhiteSpace(c)) buffer[n++] = c;
                    break;
            }
        }
        return new string(buffer[..n]);
    }

    private static bool Changes(char c) => c is '（' or '）' or '：' or '“' or '”' or '"' or '‘' or '’' or '\'' or '「' or '」' || char.IsWhiteSpace(c);

    /// <summary>Folds a line label and strips its enumerator (一、 1. （一） 其中：): "其中：一般公共预算拨款" → "一般公共预算拨款".</summary>
    public static string FoldLabel(string text)
    {
        var s = Fold(text);
        for (var i = 0; i < 2; i++)
        {
            var m = Enumerator().Match(s);
            if (!m.Success || m.Length == s.Length) break;
            s = s[m.Length..];
        }
        return s;
    }

    /// <summary>Strips a leading enumerator only.</summary>
    public static string StripEnumerator(string folded)
    {
        var m = Enumerator().Match(folded);
        return m.Success && m.Length < folded.Length ? folded[m.Length..] : folded;
    }

    /// <summary>The folded title without a leading year, table number or Markdown marks: "2025年部门收入预算总表" → "部门收入预算总表".</summary>
    public static string FoldTitle(string text)
    {
        var s = Fold(text);
        // The prefix is anchored at the start, so there is at most one match; it is usually empty.
        var prefix = TitlePrefix().Match(s);
        if (prefix.Length > 0) s = s[prefix.Length..];
        // A number printed after the title on its line ("收入支出决算总表 公开01表", "收支总表（预算表1）").
        if (s.Length > 6 && TitleNumberSuffix().Match(s) is { Success: true } suffix) s = s[..suffix.Index];
        return s;
    }

    /// <summary>The title without its trailing qualifiers: "一般公共预算支出明细表(按功能科目分)(不含上年结转)" →
    /// "一般公共预算支出明细表". A qualifier left open by a line break ("…明细表(按支出功能分类科") is stripped too.</summary>
    public static string TitleCore(string foldedTitle)
    {
        var s = foldedTitle;
        while (s.Length > 0 && s[^1] != '表')
        {
            var open = s.LastIndexOf('(');
            if (open <= 0) break;
            s = s[..open];
        }
        return s;
    }

    [GeneratedRegex(@"(公开\d{1,2}表|附表\d{1,2}|\(?(预算|公开|决算)?表\d{1,2}\)?|\(?(预算|公开|决算)\d{1,2}表\)?)$")]
    private static partial Regex TitleNumberSuffix();

    [GeneratedRegex(@"^(其中:|[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[.、．](?!\d)|\(\d{1,2}\)|\([一二三四五六七八九十]{1,3}\)|[①-⑩])")]
    private static partial Regex Enumerator();

    [GeneratedRegex(@"^((附)?表(\d{1,2}(?=\d{4}年)|\d{1,2})(-\d{1,2})?[:：.、]?|(公开|预算|决算)\d{1,2}表[:：]?|(预算|决算)表\d{1,2}[:：]?|表[一二三四五六七八九十]{1,3}[:：、]?|公开表[一二三四五六七八九十]{1,3}|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．](?!\d))?(\d{4}(年度?|(?=[\u4e00-\u9fff])))?")]
    private static partial Regex TitlePrefix();
}
