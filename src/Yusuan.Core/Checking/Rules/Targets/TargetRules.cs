using Yusuan.Core.Checking.Rules.Projects;
using Yusuan.Core.Model;

namespace Yusuan.Core.Checking.Rules.Targets;

/// <summary>Shared helpers for performance-target rules.</summary>
public abstract class TargetRule : Rule
{
    protected static IEnumerable<PerformanceTargetTable> ProjectTargets(Disclosure d) => d.Targets.Where(t => t.Kind == TargetTableKind.Project);

    protected static string Name(PerformanceTargetTable t) => t.ProjectName ?? t.BudgetUnit ?? "绩效目标表";

    protected static FindingLocation Where(PerformanceTargetTable t, SourceSpan? span = null) =>
        new() { Section = $"绩效目标：{Name(t)}", Line = (span ?? t.Span).Line };

    /// <summary>A project's table whose project name was not read (北京 预算表12 lists many projects in one grid, its rows and
    /// the text layer interleaved) is not known to be one project's table: what it lacks says nothing about the document.</summary>
    protected static bool IsReadAsATable(PerformanceTargetTable t) => t.Kind != TargetTableKind.Project || t.ProjectName is not null;

    protected static bool HasLevel1(PerformanceTargetTable t, string word) =>
        t.Indicators.Any(i => (i.Level1 ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Contains(word, StringComparison.Ordinal)
            || (i.Level2 ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Contains(word, StringComparison.Ordinal));
}

/// <summary>Indicator weights add up to 90 (with 10 kept for budget execution) or 100.</summary>
public sealed class WeightSum : TargetRule
{
    public override RuleDescriptor Descriptor { get; } = new("G.weight-sum", "绩效指标分值权重之和为 90 或 100", RuleCategory.Targets, Severity.Error, Basis.PerformanceTargets)
    {
        Help = "项目绩效目标表各指标分值权重之和应为 100（留 10 分给预算执行率时为 90）。只在每个指标的分值都已读出、且表已读到满意度指标时检查；不符时核对各指标分值。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        foreach (var t in d.Targets)
        {
            // Weights are summed only when every indicator's was read: a row whose 分值 cell was not (a merged label
            // wrapped over the row, G.weight-missing) would make the sum a misreading, not a slip.
            if (t.Indicators.IsDefaultOrEmpty || t.Indicators.Any(i => i.Weight is null)) continue;
            // Nor when the table was not read to its end: the 满意度 indicators come last, and a table continued on the next
            // page without its header (西南大学 2023) may have lost its last rows.
            if (!HasLevel1(t, "满意度")) continue;
            var weights = t.Indicators.Select(i => i.Weight!.Value.Value).ToList();
            var sum = weights.Sum();
            if (sum is 90m or 100m) continue;
            yield return Report($"“{Name(t)}”各指标分值权重之和为 {Money.Plain(sum)}，应为 90 或 100", Where(t), "90 或 100", Money.Plain(sum));
        }
    }
}

/// <summary>Some indicators carry a weight and others none: the weights cannot be checked and scoring is unclear.</summary>
public sealed class WeightMissing : TargetRule
{
    public override RuleDescriptor Descriptor { get; } = new("G.weight-missing", "部分绩效指标缺少分值权重", RuleCategory.Targets, Severity.Warning, Basis.PerformanceTargets)
    {
        Help = "一张绩效目标表中部分指标有分值权重、部分没有时，分值无法合计，评分口径不清。补齐缺少的分值；全部指标都没有分值的表不报告。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        foreach (var t in d.Targets)
        {
            var missing = t.Indicators.Where(i => i.Weight is null).ToList();
            if (missing.Count == 0 || missing.Count == t.Indicators.Length) continue;
            yield return Report($"“{Name(t)}”有 {missing.Count} 个指标没有分值权重（如“{missing[0].Level3}”）", Where(t, missing[0].Span), "分值权重", "（无）");
        }
    }
}

/// <summary>Base for "this first-level indicator is present".</summary>
public abstract class IndicatorPresentRule : TargetRule
{
    protected abstract string Word { get; }

    protected virtual bool Applies(Disclosure d) => true;

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (!Applies(d)) yield break;
        foreach (var t in ProjectTargets(d))
        {
            if (t.Indicators.IsDefaultOrEmpty || HasLevel1(t, Word) || !IsReadAsATable(t)) continue;
            yield return Report($"“{Name(t)}”没有{Word}", Where(t), Word, "（无）");
        }
    }
}

public sealed class OutputIndicators : IndicatorPresentRule
{
    public override RuleDescriptor Descriptor { get; } = new("G.output-indicators", "项目绩效目标包含产出指标", RuleCategory.Targets, Severity.Warning, Basis.PerformanceTargets)
    {
        Help = "项目绩效目标应设产出指标（数量、质量、时效等），说明项目要完成什么。缺少时补设；未读出项目名称的表不检查。",
    };
    protected override string Word => "产出指标";
}

public sealed class EffectIndicators : IndicatorPresentRule
{
    public override RuleDescriptor Descriptor { get; } = new("G.effect-indicators", "项目绩效目标包含效益指标", RuleCategory.Targets, Severity.Warning, Basis.PerformanceTargets)
    {
        Help = "项目绩效目标应设效益指标（经济、社会、生态效益或可持续影响），说明项目带来什么效果。缺少时补设；未读出项目名称的表不检查。",
    };
    protected override string Word => "效益指标";
}

public sealed class SatisfactionIndicators : IndicatorPresentRule
{
    public override RuleDescriptor Descriptor { get; } = new("G.satisfaction-indicators", "项目绩效目标包含满意度指标", RuleCategory.Targets, Severity.Warning, Basis.PerformanceTargets)
    {
        Help = "项目绩效目标应设满意度指标（服务对象满意度），说明受益对象是否认可。缺少时补设；未读出项目名称的表不检查。",
    };
    protected override string Word => "满意度指标";
}

public sealed class CostIndicators : IndicatorPresentRule
{
    public override RuleDescriptor Descriptor { get; } = new("G.cost-indicators", "项目绩效目标包含成本指标（模板要求时）", RuleCategory.Targets, Severity.Warning, Basis.PerformanceTargets)
    {
        Help = "模板（如新疆2025年版）要求设成本指标时，每个项目的绩效目标都应有成本指标，写明成本控制的上限。其他模板不检查。",
    };
    protected override string Word => "成本指标";
    protected override bool Applies(Disclosure d) => Editions.Of(d).CostIndicators;
}

/// <summary>年度预算总额 = 财政拨款 + 其他资金.</summary>
public sealed class FundsSum : TargetRule
{
    public override RuleDescriptor Descriptor { get; } = new("G.funds-sum", "绩效目标表：年度预算总额 = 财政拨款 + 其他资金", RuleCategory.Targets, Severity.Error, Basis.PerformanceTargets)
    {
        Help = "绩效目标表的年度预算总额应等于财政拨款、上年结转（表中印有时）与其他资金之和。不符多是其中一项资金漏填，或总额未随分项更新。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        foreach (var t in d.Targets)
        {
            if (t.FundsTotal is not { } total || t.FundsFiscal is null) continue;
            var sum = Money.Sum(new[] { t.FundsFiscal, t.FundsCarryover, t.FundsOther }.Where(f => f is not null).Select(f => Printed.Of(f!.Value)));
            var parts = t.FundsCarryover is null ? "财政拨款 + 其他资金" : "财政拨款 + 上年结转 + 其他资金";
            foreach (var f in ReportGap(o.Rounding.Compare(Printed.Of(total), sum), o, $"“{Name(t)}”年度预算总额 {Money.Plain(total.Value)} ≠ {parts} = {Money.Plain(sum.Value)}",
                Where(t, total.Span), Money.Plain(sum.Value), Money.Plain(total.Value)))
            {
                yield return f;
            }
        }
    }
}

/// <summary>The funds of a project's target table = its budget in 表7.</summary>
public sealed class FundsVsBudget : TargetRule
{
    public override RuleDescriptor Descriptor { get; } = new("G.funds-vs-budget", "绩效目标表的年度预算总额 = 表7 该项目预算", RuleCategory.Targets, Severity.Error, Basis.Consistency)
    {
        Help = "项目绩效目标表的年度预算总额应与表7 该项目的合计相同，打印精度相同时须分毫不差。没有表7 时与项目支出情况说明的预算安排规模比较。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        foreach (var t in ProjectTargets(d))
        {
            if (t.FundsTotal is not { } total || t.ProjectName is null) continue;
            var rows = Facts.T7ProjectsNamed(d, t.ProjectName);
            if (rows.Count == 0 && ProjectNamePairs.Of(d).ProjectOf(t.ProjectName) is { } paired) rows = [paired];
            if (rows.Count == 0)
            {
                foreach (var f in AgainstDescription(d, o, t, total)) yield return f;
                continue;
            }
            var budget = rows.Count == 1 ? rows[0].Amount : Facts.BestMatch(rows.Select(r => r.Amount), Printed.Of(total), t.BudgetUnit, rows.Select(r => r.Unit));
            var agreement = o.Rounding.Same(Printed.Of(total), budget);
            if (!Reports(agreement, o)) continue;
            foreach (var f in ReportGap(agreement, o, $"“{Name(t)}”年度预算总额 {Money.Plain(total.Value)} ≠ 表7 {Money.Round(budget.Value)}",
                Where(t, total.Span), Money.Round(budget.Value), Money.Plain(total.Value), related: rows.Select(r => r.Row.Span.Line)))
            {
                yield return f;
            }
        }
    }

    /// <summary>Without 表7 (004 publishes no tables) the project's 预算安排规模 in its description is the budget.</summary>
    private IEnumerable<Finding> AgainstDescription(Disclosure d, CheckOptions o, PerformanceTargetTable t, Figure total)
    {
        if (d.StatusOf(TableId.T7) == TableStatus.Present || Facts.FindDescription(d, t.ProjectName!)?.Amount is not { } amount) return [];
        return ReportGap(o.Rounding.Same(Printed.Of(total), Printed.Of(amount)), o, $"“{Name(t)}”年度预算总额 {Money.Plain(total.Value)} ≠ 项目说明的预算安排规模 {Money.Plain(amount.Value)}",
            Where(t, total.Span), Money.Plain(amount.Value), Money.Plain(total.Value), related: [amount.Span.Line]);
    }
}

/// <summary>Cost indicators in 万元 (≤ x 万元) cannot together exceed the project's funds.</summary>
public sealed class CostWithinBudget : TargetRule
{
    public override RuleDescriptor Descriptor { get; } = new("G.cost-within-budget", "成本指标金额之和不大于项目年度预算总额", RuleCategory.Targets, Severity.Error, Basis.PerformanceTargets)
    {
        Help = "以元或万元计的成本指标金额之和（元折算为万元）不应超过项目年度预算总额。超过多是单位写错（元写成万元），或把多年的成本填进了年度目标。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        foreach (var t in ProjectTargets(d))
        {
            if (t.FundsTotal is not { } funds) continue;
            var costs = t.Indicators.Where(i => IsCost(i) && i.Value.Number is not null && i.Value.Unit is { } u && u.Contains("元", StringComparison.Ordinal)).ToList();
            if (costs.Count == 0) continue;
            var sum = costs.Sum(i => i.Value.Unit!.Contains("万", StringComparison.Ordinal) ? i.Value.Number!.Value : i.Value.Number!.Value / 10000m);
            if (sum <= funds.Value) continue;
            var agreement = o.Rounding.Grade(sum - funds.Value, Money.HalfUnit(Money.Scale(funds.Value)) * (costs.Count + 1));
            foreach (var f in ReportGap(agreement, o, $"“{Name(t)}”成本指标合计 {Money.Plain(sum)} 万元大于年度预算总额 {Money.Plain(funds.Value)} 万元",
                Where(t, costs[0].Span), $"≤ {Money.Plain(funds.Value)}", Money.Plain(sum)))
            {
                yield return f;
            }
        }
    }

    private static bool IsCost(Indicator i) => (i.Level1 ?? string.Empty).Contains("成本", StringComparison.Ordinal) || (i.Level2 ?? string.Empty).Contains("成本", StringComparison.Ordinal);
}

/// <summary>The 部门（单位）整体绩效目标表 covers the whole budget: its 财政资金 + 其他资金 = 收支总预算 (表1 收入总计, else the text's).
/// 002: 上级安排 0.33 + 本级安排 1,314.40 + 其他 0.00 = 1,314.73.</summary>
public sealed class DepartmentFunds : TargetRule
{
    public override RuleDescriptor Descriptor { get; } = new("G.department-funds", "整体绩效目标表的资金总额 = 收支总预算", RuleCategory.Targets, Severity.Warning, Basis.Consistency)
    {
        Help = "部门（单位）整体绩效目标表的资金总额（没有总额时为财政资金与其他资金之和）应等于收支总预算（表1 收入总计，无表时取说明中的数）。不符多是只填了财政拨款或沿用了上年数。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (Matters.Budget.Total(d) is not { } budget) yield break;
        foreach (var t in d.Targets.Where(t => t.Kind != TargetTableKind.Project))
        {
            var parts = new[] { t.FundsFiscal, t.FundsOther }.Where(f => f is not null).Select(f => Printed.Of(f!.Value)).ToList();
            var stated = t.FundsTotal is { } total ? Printed.Of(total) : parts.Count > 0 ? Money.Sum(parts) : (Printed?)null;
            if (stated is not { } funds) continue;
            foreach (var f in ReportGap(o.Rounding.Same(funds, budget), o, $"“{Name(t)}”整体绩效目标表资金总额 {Money.Plain(funds.Value)} 万元 ≠ 收支总预算 {Money.Plain(budget.Value)} 万元",
                Where(t, (t.FundsTotal ?? t.FundsFiscal)?.Span), Money.Plain(budget.Value), Money.Plain(funds.Value)))
            {
                yield return f;
            }
        }
    }
}

/// <summary>A cost indicator named like an item of the project's 资金分配情况 states that item's amount (000: 采购办公耗材成本
/// ≤15.34 万元 for 采购办公耗材 15.34 万元). The two are one figure printed twice; a difference is a slip in one of them.</summary>
public sealed class CostVsAllocation : TargetRule
{
    public override RuleDescriptor Descriptor { get; } = new("G.cost-vs-allocation", "成本指标金额与资金分配中同名项目的金额一致", RuleCategory.Targets, Severity.Warning, Basis.Consistency)
    {
        Help = "成本指标名称（去掉“成本”“费用”等字样后）与项目说明资金分配情况中某一项相同时，两处金额应相同。",
    };

    private static readonly string[] Suffixes = ["成本", "费用", "经费", "费", "支出"];

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (d.Projects.IsDefaultOrEmpty) yield break;
        var index = DocumentIndex.Of(d);
        foreach (var t in ProjectTargets(d))
        {
            if (t.ProjectName is not { } name || !t.Indicators.Any(IsMoneyCost)) continue;
            // One name for several units' projects (001: three 驻外办事处业务工作经费): which description goes with which
            // target table the names cannot tell.
            var key = Facts.NameKey(name);
            if (index.Descriptions.Count(x => Facts.SameNameKey(x.Key, key)) > 1 || index.ProjectTargets.Count(x => Facts.SameNameKey(x.Key, key)) > 1) continue;
            var desc = Facts.FindDescription(d, name) ?? d.Projects.FirstOrDefault(p => ProjectNamePairs.Of(d).Descriptions.TryGetValue(p.Name, out var x) && Facts.SameName(x.Name, name));
            if (desc is null || desc.Allocations.IsDefaultOrEmpty) continue;
            var items = desc.Allocations.GroupBy(a => Stem(a.Name)).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single());
            foreach (var i in t.Indicators)
            {
                if (!IsMoneyCost(i) || i.Value.Number is not { } number || i.Value.Unit is not { } unit) continue;
                if (!items.TryGetValue(Stem(i.Level3), out var item)) continue;
                var stated = unit.Contains("万", StringComparison.Ordinal) ? number : number / 10000m;
                var allocated = Printed.Of(item.Amount).ToWanYuan(item.Unit);
                var agreement = o.Rounding.Same(new Printed(stated, Money.HalfUnit(Money.Scale(number)) / (unit.Contains("万", StringComparison.Ordinal) ? 1m : 10000m)), allocated);
                if (!Reports(agreement, o)) continue;
                foreach (var f in ReportGap(agreement, o, $"“{Name(t)}”成本指标“{i.Level3}”{i.Value.Raw.Trim()} ≠ 资金分配“{item.Name}”{Money.Plain(item.Amount.Value)} 万元",
                    Where(t, i.Span), Money.Plain(allocated.Value), Money.Plain(stated), related: [item.Amount.Span.Line]))
                {
                    yield return f;
                }
            }
        }
    }

    /// <summary>The name without its cost word: "采购办公耗材成本" and "采购办公耗材" are one item.</summary>
    private static string Stem(string name)
    {
        var key = Facts.NameKey(name);
        foreach (var s in Suffixes)
        {
            if (key.Length > s.Length + 1 && key.EndsWith(s, StringComparison.Ordinal)) return key[..^s.Length];
        }
        return key;
    }

    /// <summary>A 成本 indicator stating an amount of money (not a rate such as "元/人/月").</summary>
    private static bool IsMoneyCost(Indicator i) =>
        i.Value.Number is not null && i.Value.Unit is { } unit && unit.Contains('元') && !unit.Contains('/')
        && ((i.Level1 ?? string.Empty).Contains("成本", StringComparison.Ordinal) || (i.Level2 ?? string.Empty).Contains("成本", StringComparison.Ordinal));
}

/// <summary>A cost indicator in money caps the cost ("≤15.34 万元"); written as a floor ("≥4000 元", 003 line 561) it sets no
/// limit at all and reads as a target to spend at least that much.</summary>
public sealed class CostIsCeiling : TargetRule
{
    public override RuleDescriptor Descriptor { get; } = new("G.cost-ceiling", "成本指标（金额）为上限（≤ 或 =），不应写作 ≥", RuleCategory.Targets, Severity.Warning, Basis.PerformanceTargets)
    {
        Help = "成本指标是成本上限，金额应写作“≤ x 万元”或“= x 万元”；写作“≥”等于要求至少花这么多钱，失去控制成本的意义。按资金分配改为上限。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        foreach (var t in d.Targets)
        {
            foreach (var i in t.Indicators)
            {
                if (i.Value.Operator is not (Comparison.GreaterOrEqual or Comparison.Greater) || i.Value.Unit is not { } unit || !unit.Contains("元", StringComparison.Ordinal)) continue;
                if (!(i.Level1 ?? string.Empty).Contains("成本", StringComparison.Ordinal) && !(i.Level2 ?? string.Empty).Contains("成本", StringComparison.Ordinal)) continue;
                yield return Report($"“{Name(t)}”成本指标“{i.Level3}”写作“{i.Value.Raw.Trim()}”，成本指标应为上限（≤）", Where(t, i.Span), "≤", i.Value.Raw.Trim());
            }
        }
    }
}

/// <summary>An indicator value with a comparison operator but no number ("≥ 批") cannot be assessed.</summary>
public sealed class ValueParses : TargetRule
{
    public override RuleDescriptor Descriptor { get; } = new("G.value-parse", "绩效指标值可解析（有运算符时须有数值）", RuleCategory.Targets, Severity.Info, Basis.PerformanceTargets)
    {
        Help = "每个绩效指标都应有指标值；写了比较符（≥、≤）就应有数值，如“≥ 批”无法考核。补上数值，或改为定性描述。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        foreach (var t in d.Targets)
        {
            foreach (var i in t.Indicators)
            {
                var raw = i.Value.Raw.Trim();
                if (raw.Length == 0)
                    yield return Report($"“{Name(t)}”指标“{i.Level3}”没有指标值", Where(t, i.Span), "指标值", "（空）");
                else if (i.Value.Operator is not null && i.Value.Number is null)
                    yield return Report($"“{Name(t)}”指标“{i.Level3}”的指标值“{raw}”有比较符却没有数值", Where(t, i.Span), "数值", raw);
            }
        }
    }
}

/// <summary>项目总体目标 is stated.</summary>
public sealed class OverallGoal : TargetRule
{
    public override RuleDescriptor Descriptor { get; } = new("G.overall-goal", "绩效目标表填写了总体目标", RuleCategory.Targets, Severity.Warning, Basis.PerformanceTargets)
    {
        Help = "绩效目标表应填写总体目标（年度总体目标），概述项目或单位全年要达到的目标。缺少时补写；未读出项目名称的表不检查。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        foreach (var t in d.Targets.Where(t => string.IsNullOrWhiteSpace(t.OverallGoal) && IsReadAsATable(t)))
            yield return Report($"“{Name(t)}”没有填写总体目标", Where(t), "总体目标", "（无）");
    }
}
