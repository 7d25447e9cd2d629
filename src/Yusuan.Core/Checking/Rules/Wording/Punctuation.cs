using System.Text.RegularExpressions;
using Yusuan.Core.Model;

namespace Yusuan.Core.Checking.Rules.Wording;

/// <summary>Punctuation doubled or run together: 。。 ，， “，。” “。，”.</summary>
public sealed partial class DoubledPunctuation : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("W.doubled-punctuation", "标点没有重复或连用（。。 ，， ，。）", RuleCategory.Wording, Severity.Warning, Basis.Wording)
    {
        Help = "《标点符号用法》：句内点号、句末点号不连用。“，，”“。。”“，。”多是删改内容时留下的。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        foreach (var (p, m) in ProseScan.Matches(d, Pattern()))
            yield return Report($"标点连用“{m.Value}”：{ProseScan.Quote(p.Text, m.Index, m.Length)}", ProseScan.At(p, m.Index), m.Value[..1], m.Value);
    }

    /// <summary>Two of ，。；、：！？ in a row (an ellipsis …… and 。” are not).</summary>
    [GeneratedRegex(@"[，。；、：！？,;][，。；、：！？,;]")]
    private static partial Regex Pattern();
}

/// <summary>Brackets and quotation marks that open and do not close, or close without opening, in one complete paragraph.</summary>
public sealed class UnbalancedBrackets : Rule
{
    /// <summary>Full- and half-width brackets count as one kind: （款) is a width slip, not an unclosed bracket.</summary>
    private static readonly (string Open, string Close, string Name)[] Pairs = [("（(", "）)", "括号"), ("“", "”", "引号"), ("《", "》", "书名号"), ("【", "】", "方括号")];

    public override RuleDescriptor Descriptor { get; } = new("W.unbalanced-brackets", "括号、引号、书名号成对", RuleCategory.Wording, Severity.Warning, Basis.Wording)
    {
        Help = "《标点符号用法》：括号、引号、书名号应成对使用。只检查首尾完整的段落（跨页断开的段落不检查）。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        ProseParagraph? previous = null;
        foreach (var p in d.Prose)
        {
            // A paragraph cut by a page or a table is judged by neither half: it must start after a finished one and finish.
            // A line taken for a heading ("（一）负责交通运输（道路、枢纽、" without a comma) is read with the paragraph after it.
            var joined = previous is { IsHeading: true } h && Unbalanced(h.Text) is not null;
            var whole = !p.IsHeading && Ends(p.Text) && (previous is null || previous.IsHeading || Ends(previous.Text));
            var text = joined ? previous!.Text + p.Text : p.Text;
            var shift = joined ? previous!.Text.Length : 0;
            var owner = joined ? previous! : p;
            previous = p;
            if (!whole || Unbalanced(text) is not { } slip) continue;
            var (at, opened, pair) = slip;
            // A close in the first characters ("号）文件要求…") is the tail of a sentence printed elsewhere, not a slip of this one.
            if (!opened && at - shift < 3) continue;
            var what = opened ? $"左{pair.Name}“{text[at]}”没有对应的右{pair.Name}" : $"右{pair.Name}“{text[at]}”没有对应的左{pair.Name}";
            var place = at >= shift ? ProseScan.At(p, at - shift) : ProseScan.At(owner, at);
            yield return Report($"{what}：{ProseScan.Quote(text, at, 1, 12)}", place, $"{pair.Open[0]}…{pair.Close[0]}", text[at].ToString());
        }
    }

    /// <summary>The first pair that does not balance: where it opens unclosed (or closes unopened). One per paragraph: one
    /// slip often unbalances two pairs.</summary>
    private static (int At, bool Opened, (string Open, string Close, string Name) Pair)? Unbalanced(string text)
    {
        foreach (var pair in Pairs)
        {
            var depth = 0;
            var at = -1;
            for (var i = 0; i < text.Length && depth >= 0; i++)
            {
                var c = text[i];
                if (pair.Open.Contains(c, StringComparison.Ordinal) && depth++ == 0) at = i;
                else if (pair.Close.Contains(c, StringComparison.Ordinal) && --depth < 0) at = i;
            }
            if (depth != 0) return (at, depth > 0, pair);
        }
        return null;
    }

    internal static bool Ends(string text) => text.Length > 0 && text[^1] is '。' or '！' or '？' or '；' or '：' or '”' or '）';
}
