using Yusuan.Core.Model;

namespace Yusuan.Core.Checking.Rules.Matters;

/// <summary>The text's 机关运行经费 against the table that prints it: 表10's 机关运行经费 column (上海) or its 行政经费 row where the
/// document defines the two as one ("行政经费（机关运行经费）指…", 广东).</summary>
public sealed class OperatingCostVsT10 : MattersRule
{
    public override RuleDescriptor Descriptor { get; } = new("M.operating-cost-vs-T10", "说明中的机关运行经费 = 表10 所列机关运行经费", RuleCategory.Matters, Severity.Error, Basis.Consistency)
    {
        Help = "“三公”经费表同时列出机关运行经费（或说明中定义为机关运行经费的行政经费）时，其他重要事项中的机关运行经费应与表中数一致。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (d.Matters.OperatingCost?.Amount is not { } cost || d.Table(TableId.T10) is not { } t10) return [];
        var row = t10.Rows.Any(r => r.Key == "operating_cost") ? "operating_cost" : DefinesAdminAsOperating(d) ? "admin" : null;
        if (row is null || Facts.InTextUnit(d, t10, row, "total") is not { } printed) return [];
        var name = row == "admin" ? "行政经费（机关运行经费）" : "机关运行经费";
        return ReportGap(o.Rounding.Same(Printed.Of(cost), printed), o, $"说明中的机关运行经费 {Money.Plain(cost.Value)} 与表10 {name} {Money.Round(printed.Value)} 不一致",
            At.Matter("operating_cost", "amount", cost.Span), Money.Round(printed.Value), Money.Plain(cost.Value));
    }

    private static bool DefinesAdminAsOperating(Disclosure d) => d.Prose.Any(p =>
        p.Text.Contains("行政经费（机关运行经费）", StringComparison.Ordinal) || p.Text.Contains("机关运行经费（行政经费）", StringComparison.Ordinal)
        || p.Text.Contains("行政经费(机关运行经费)", StringComparison.Ordinal));
}
