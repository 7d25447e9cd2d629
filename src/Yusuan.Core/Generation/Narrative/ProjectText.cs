using Yusuan.Core.Model;
using static Yusuan.Core.Generation.Narrative.Phrasing;

namespace Yusuan.Core.Generation.Narrative;

/// <summary>The paragraphs describing one project in 七、项目支出情况说明 (设立的政策依据 … 资金执行时间).</summary>
public static class ProjectText
{
    public static IEnumerable<string> Lines(ProjectDescription p, string defaultUnit)
    {
        yield return $"设立的政策依据：{Text(p.PolicyBasis, "无")}";
        if (p.Amount is { } amount) yield return $"预算安排规模：{Money(amount.Value)}万元";
        yield return $"项目承担单位：{Text(p.ImplementingUnit, defaultUnit)}";
        // A description read from a document keeps its text as printed: items given as a rate ("话务人员工资 2000 元/人/月")
        // have no amount, and rebuilding the text from the amounts alone would drop them.
        var asPrinted = p.AllocationText is { Length: > 0 } printed && !p.Allocations.IsDefaultOrEmpty && p.Allocations.All(a => printed.Contains(a.Name, StringComparison.Ordinal));
        var allocation = p.Allocations.IsDefaultOrEmpty || asPrinted
            ? Text(p.AllocationText, string.Empty)
            : string.Join("、", p.Allocations.Select(a => $"{a.Name}{Money(a.Amount.Value)}{a.Unit.ChineseName()}")) + "。";
        if (allocation.Length > 0) yield return $"资金分配情况：{allocation}";
        if (p.ExecutionPeriod is { Length: > 0 } period) yield return $"资金执行时间：{period.Trim()}";
    }

    private static string Text(string? value, string fallback) => value is { Length: > 0 } v ? v.Trim() : fallback;
}
