using System.Text.RegularExpressions;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Narrative.Layout;

namespace Yusuan.Core.Checking.Rules.Wording;

/// <summary>Punctuation doubled or run together: 。。 ，， “，。” “。，”.</summary>
public sealed partial class DoubledPunctuation : ProsePatternRule
{
    public override RuleDescriptor Descriptor { get; } = new("W.doubled-punctuation", "标点没有重复或连用（。。 ，， ，。）", RuleCategory.Wording, Severity.Warning, Basis.Wording)
    {
        Help = "《标点符号用法》：句内点号、句末点号不连用。“，，”“。。”“，。”多是删改内容时留下的。",
    };

    protected override Regex Pattern => RunTogether();

    protected override (string Lead, string Expected) Describe(Match m) => ($"标点连用“{m.Value}”", m.Value[..1]);

    /// <summary>Two of ，。；、：！？ in a row (an ellipsis …… and 。” are not).</summary>
    [GeneratedRegex(@"[，。；、：！？,;][，。；、：！？,;]")]
    private static partial Regex RunTogether();
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

/// <summary>A sentence that ends without its full stop where the next part begins ("…主要原因是人员增加" / "二、…").</summary>
public sealed class MissingFullStop : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("W.missing-full-stop", "段末句子有句号", RuleCategory.Wording, Severity.Warning, Basis.Wording)
    {
        Help = "《标点符号用法》：陈述句末尾用句号。只检查紧接着下一个编号段落或标题、含逗号的完整句子，不检查标题、列表短句和被表格或分页隔开的段落。",
    };

    /// <summary>The marker's form without its number: "7." and "8." are alike, "7." and "（八）" are not.</summary>
    private static string Kind(string marker) => new([.. marker.Where(c => !char.IsAsciiDigit(c) && "一二三四五六七八九十".IndexOf(c, StringComparison.Ordinal) < 0)]);

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        for (var i = 0; i + 1 < d.Prose.Length; i++)
        {
            var p = d.Prose[i];
            var next = d.Prose[i + 1];
            if (p.Part is not (ProsePart.Narrative or ProsePart.Profile) || p.IsHeading || next.Part != p.Part) continue;
            // Chart labels run together ("基本支出   项目支出   …支出预算图") are no sentence.
            if (p.Text.Length < 40 || !p.Text.Contains('，', StringComparison.Ordinal) || p.Text.Contains("   ", StringComparison.Ordinal)) continue;
            var last = p.Text[^1];
            if (!(char.IsAsciiDigit(last) || last is '%' or '％' || last >= '\u4E00' && last <= '\u9FFF')) continue;
            // The sentence ended here: the next item of its own list follows, ending with its full stop ("7.…监督" / "8.…工作。"),
            // or a heading follows on the very next line. A paragraph a table, a chart or a target table interrupts is not judged.
            var sibling = Markers.Numbered().Match(p.Text) is { Success: true } mine && Markers.Numbered().Match(next.Text) is { Success: true } theirs
                && Kind(mine.Value) == Kind(theirs.Value) && next.Text.EndsWith('。') && next.Span.Line - p.Span.EndLine <= 3;
            var heading = next.IsHeading && next.Span.Line == p.Span.EndLine + 1;
            if (!sibling && !heading) continue;
            yield return Report($"句末缺少句号：{ProseScan.Quote(p.Text, p.Text.Length - 1, 1, 16)}", ProseScan.At(p, p.Text.Length - 1), "。", last.ToString());
        }
    }
}
