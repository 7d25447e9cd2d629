using System.Text.RegularExpressions;
using Yusuan.Core.Model;

namespace Yusuan.Core.Checking.Rules.Wording;

/// <summary>A 单位预算 whose headings or table titles say 部门预算 (or the reverse): the other template's wording left in.</summary>
public sealed partial class ScopeWording : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("W.scope-wording", "标题中的“部门/单位”与公开范围一致", RuleCategory.Wording, Severity.Warning, Basis.Rules143)
    {
        Help = "单位预算（决算）的标题应写“单位预算”，部门预算（决算）写“部门预算”；套用另一种模板时容易漏改。只在封面写明了范围、且标题写成另一种时提示（“部门预算经济分类”是科目名称，不在此列）。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        var own = d.Meta.Scope == DisclosureScope.Unit ? "单位" : "部门";
        var other = own == "单位" ? "部门" : "单位";
        // The cover must say the scope itself: a scope the reader only assumed is no ground for a finding.
        if (!d.Prose.Any(p => p.Part == ProsePart.Front && Scoped().Matches(p.Text).Any(m => m.Groups[1].Value == own))) yield break;
        foreach (var (text, at, name) in ProseScan.Titles(d))
        {
            if (Scoped().Matches(text).FirstOrDefault(m => m.Groups[1].Value == other) is { } m)
                yield return Report($"{own}{d.Meta.Kind.ChineseName()}的{name}写作“{m.Value}”：{ProseScan.Quote(text, m.Index, m.Length, 16)}", at(m.Index), own + d.Meta.Kind.ChineseName(), m.Value);
        }
    }

    /// <summary>"2026年部门预算", "2025年度单位决算", "部门综合预算" — not the classification "部门预算经济分类".</summary>
    [GeneratedRegex(@"(?<=\d{4}\s*年\s*度?\s*)(部门|单位)(?:综合)?(?:预算|决算)(?!经济分类)")]
    private static partial Regex Scoped();
}
