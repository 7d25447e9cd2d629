using System.Text.RegularExpressions;
using Yusuan.Core.Model;

namespace Yusuan.Core.Checking.Rules.Wording;

/// <summary>A template's placeholder printed as if it were text: XX局, ××单位, 20XX年, □□, 【单位名称】, （此处填写…）.</summary>
public sealed partial class Placeholder : ProsePatternRule
{
    public override RuleDescriptor Descriptor { get; } = new("W.placeholder", "没有遗留模板占位内容（XX、××、□□、【单位名称】）", RuleCategory.Wording, Severity.Error, Basis.Wording)
    {
        Help = "模板中的占位符（XX局、××万元、20XX年、□□、【单位名称】、（此处填写…））应替换为实际内容后再公开。",
    };

    protected override Regex Pattern => Leftover();

    protected override (string Lead, string Expected) Describe(Match m) => ($"遗留模板占位内容“{m.Value}”", "实际内容");

    /// <summary>Two or more X/×/□ beside Chinese or a figure; a 【】 or （） naming what to fill in (not a document number
    /// such as 沪府规【2016】168号).</summary>
    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}\d]|^)[XＸ×xｘ]{2,}(?=[\p{IsCJKUnifiedIdeographs}\d年万元]|$)|[XＸ×xｘ]{2,}(?=[局处科委办厅部单位年万元])|[□■△]{2,}|【[^】\d]{0,12}(?:单位名称|部门名称|项目名称|名称|填写|金额|数字|XX|××)[^】]{0,8}】|[（(](?:此处|请|需|待)?(?:填写|补充|增加内容|删除|修改|根据实际情况)[^）)]{0,12}[）)]")]
    private static partial Regex Leftover();
}

/// <summary>A template's either-or left for the writer to choose, printed as both: 增加（减少）, 增长（下降）, 增加/减少.</summary>
public sealed partial class UnresolvedChoice : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("W.unresolved-choice", "模板中的二选一措辞已选定（不应写作“增加（减少）”）", RuleCategory.Wording, Severity.Error, Basis.Wording)
    {
        Help = "模板写作“增加（减少）”“增长（下降）”的地方，应按实际增减只保留一个词；持平时写“持平”。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        // One finding per paragraph: "增加（减少）0万元，增长（减少）0%" is one sentence left as the template wrote it.
        foreach (var group in ProseScan.Matches(d, Pattern()).Where(x => Up(x.Match.Groups[1].Value) != Up(x.Match.Groups[2].Value)).GroupBy(x => x.Paragraph))
        {
            var (p, m) = group.First();
            var words = string.Join("、", group.Select(x => $"“{x.Match.Value}”").Distinct());
            yield return Report($"增减措辞未选定{words}：{ProseScan.Quote(p.Text, m.Index, m.Length)}", ProseScan.At(p, m.Index), "增加或减少之一", m.Value);
        }
    }

    private static bool Up(string word) => word is "增加" or "增长" or "上升" or "提高";

    [GeneratedRegex(@"(增加|增长|上升|提高|减少|下降|降低)\s*[（(/／]\s*(增加|增长|上升|提高|减少|下降|降低)\s*[）)]?")]
    private static partial Regex Pattern();
}

/// <summary>A sentence cut off where its content should be: 主要原因是。 主要用于：。</summary>
public sealed partial class TruncatedSentence : ProsePatternRule
{
    public override RuleDescriptor Descriptor { get; } = new("W.truncated-sentence", "句子完整（不应写作“主要原因是。”）", RuleCategory.Wording, Severity.Error, Basis.Wording)
    {
        Help = "“主要原因是”“主要用于”“包括”之后应写明内容；直接以句号结束说明原因或用途漏填。",
    };

    protected override Regex Pattern => Cut();

    protected override (string Lead, string Expected) Describe(Match m) => ($"句子不完整“{m.Value}”（{m.Groups[1].Value}之后没有内容）", $"{m.Groups[1].Value}……");

    [GeneratedRegex(@"(主要原因是|主要原因为|原因是|原因为|主要原因|主要用于|用于|主要包括|具体包括|包括)\s*[：:]?\s*[。；;]")]
    private static partial Regex Cut();
}
