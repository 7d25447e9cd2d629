using Yusuan.Core.Checking.Rules.Narrative;
using Yusuan.Core.Model;

namespace Yusuan.Core.Checking.Rules.Matters;

/// <summary>Compares figures of the other-matters text; figures are printed in the narrative's unit.</summary>
public abstract class MattersRule : Rule
{
    protected IEnumerable<Finding> SumOf(CheckOptions o, Figure? total, IEnumerable<Figure?> parts, string row, string column, string message)
    {
        if (total is not { } t) return [];
        var present = parts.Where(p => p is not null).Select(p => p!.Value).ToList();
        if (present.Count == 0) return [];
        var sum = Money.Sum(present.Select(Printed.Of));
        return ReportGap(o.Rounding.Compare(Printed.Of(t), sum), o, $"{message}：{Money.Plain(t.Value)} ≠ 各项之和 {Money.Plain(sum.Value)}",
            At.Matter(row, column, t.Span), Money.Plain(sum.Value), Money.Plain(t.Value), related: present.Select(p => p.Span.Line));
    }

    protected IEnumerable<Finding> NotAbove(Figure? part, Figure? whole, string row, string column, string message, Severity? severity = null)
    {
        // Not an iterator: it is asked of every vehicle type, and mostly reports nothing.
        if (part is not { } p || whole is not { } w || p.Value <= w.Value) return [];
        return [Report($"{message}：{Money.Plain(p.Value)} 大于 {Money.Plain(w.Value)}", At.Matter(row, column, p.Span), $"≤ {Money.Plain(w.Value)}", Money.Plain(p.Value), severity, [w.Span.Line])];
    }
}

public sealed class ProcurementSum : MattersRule
{
    public override RuleDescriptor Descriptor { get; } = new("M.procurement-sum", "政府采购预算 = 货物 + 工程 + 服务", RuleCategory.Matters, Severity.Error, Basis.TextArithmetic)
    {
        Help = "政府采购预算总额应等于货物、工程、服务三类采购预算之和（按打印精度允许舍入误差）。不符多是某一类漏写，或总额未随分类更新。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o) =>
        d.Matters.Procurement is { } p ? SumOf(o, p.Total, [p.Goods, p.Works, p.Services], "procurement", "total", "政府采购预算") : [];
}

public sealed class ProcurementSme : MattersRule
{
    public override RuleDescriptor Descriptor { get; } = new("M.procurement-sme", "面向中小企业预留金额不大于政府采购预算总额", RuleCategory.Matters, Severity.Error, Basis.TextArithmetic)
    {
        Help = "面向中小企业预留的采购金额是政府采购预算的一部分，不应大于采购预算总额。大于时多是把两个数字写反，或数位写错。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o) =>
        d.Matters.Procurement is { } p ? NotAbove(p.Sme, p.Total, "procurement", "sme", "面向中小企业预留") : [];
}

public sealed class ProcurementSmallMicro : MattersRule
{
    public override RuleDescriptor Descriptor { get; } = new("M.procurement-small-micro", "小微企业预留金额不大于面向中小企业预留金额", RuleCategory.Matters, Severity.Error, Basis.TextArithmetic)
    {
        Help = "面向小微企业预留的金额是面向中小企业预留金额的一部分（没有中小企业预留数时与采购总额比较），不应大于它。大于时多是两个数字写反。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o) =>
        d.Matters.Procurement is { } p ? NotAbove(p.SmallMicro, p.Sme ?? p.Total, "procurement", "small_micro", "小微企业预留") : [];
}

/// <summary>Procurement is paid from the budget: it cannot exceed the total budget.</summary>
public sealed class ProcurementWithinBudget : MattersRule
{
    public override RuleDescriptor Descriptor { get; } = new("M.procurement-within-budget", "政府采购预算不大于收支总预算", RuleCategory.Matters, Severity.Warning, Basis.Consistency)
    {
        Help = "政府采购预算由本部门预算安排，不应大于收支总预算（表1 收入总计，无表时取说明中的收支总预算）。大于时多是单位写错（元与万元）或数位抄错。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (d.Matters.Procurement?.Total is not { } total || Budget.Total(d) is not { } budget) yield break;
        if (total.Value <= budget.Value + budget.Half) yield break;
        yield return Report($"政府采购预算 {Money.Plain(total.Value)} 大于收支总预算 {Money.Plain(budget.Value)}", At.Matter("procurement", "total", total.Span), $"≤ {Money.Plain(budget.Value)}", Money.Plain(total.Value));
    }
}

public sealed class VehicleCountSum : MattersRule
{
    public override RuleDescriptor Descriptor { get; } = new("M.vehicle-count-sum", "车辆总数 = 各类车辆数之和", RuleCategory.Matters, Severity.Error, Basis.TextArithmetic)
    {
        Help = "国有资产占用情况中的车辆总数应等于各类车辆（一般公务用车、执法执勤用车、其他车辆等）数量之和，按辆精确比较。不符时核对各类车辆数。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (d.Matters.Assets is not { VehicleCount: { } total } a || a.Vehicles.IsDefaultOrEmpty) yield break;
        var counts = a.Vehicles.Where(v => v.Count is not null).Select(v => v.Count!.Value).ToList();
        if (counts.Count == 0) yield break;
        var sum = counts.Sum(c => c.Value);
        if (sum == total.Value) yield break;
        yield return Report($"车辆总数 {Money.Plain(total.Value)} 辆 ≠ 各类车辆之和 {Money.Plain(sum)} 辆", At.Matter("assets", "vehicle_count", total.Span), Money.Plain(sum), Money.Plain(total.Value), related: counts.Select(c => c.Span.Line));
    }
}

public sealed class VehicleValueSum : MattersRule
{
    public override RuleDescriptor Descriptor { get; } = new("M.vehicle-value-sum", "车辆总价值 = 各类车辆价值之和", RuleCategory.Matters, Severity.Error, Basis.TextArithmetic)
    {
        Help = "国有资产占用情况中的车辆总价值应等于各类车辆价值之和（按打印精度允许舍入误差）。不符时核对各类车辆价值。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o) =>
        d.Matters.Assets is { } a && !a.Vehicles.IsDefaultOrEmpty ? SumOf(o, a.VehicleValue, a.Vehicles.Select(v => v.Value), "assets", "vehicle_value", "车辆价值") : [];
}

/// <summary>No vehicle type is worth more, or counts more, than the fleet (004: fleet 609.57 &lt; 一般公务用车 683.91).</summary>
public sealed class VehicleTypeExceedsTotal : MattersRule
{
    public override RuleDescriptor Descriptor { get; } = new("M.vehicle-type-exceeds-total", "某类车辆的数量或价值大于车辆总数或总价值", RuleCategory.Matters, Severity.Error, Basis.TextArithmetic)
    {
        Help = "任何一类车辆的数量或价值都不应大于车辆总数或总价值，例如 004 车辆总价值 609.57 万元而一般公务用车 683.91 万元。出现时多是总数或分类数抄错。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (d.Matters.Assets is not { } a || a.Vehicles.IsDefaultOrEmpty) yield break;
        foreach (var v in a.Vehicles)
        {
            foreach (var f in NotAbove(v.Value, a.VehicleValue, "assets", "vehicle_value", $"{v.Name}价值大于车辆总价值")) yield return f;
            foreach (var f in NotAbove(v.Count, a.VehicleCount, "assets", "vehicle_count", $"{v.Name}数量大于车辆总数")) yield return f;
        }
    }
}

public sealed class EquipmentCounts : MattersRule
{
    public override RuleDescriptor Descriptor { get; } = new("M.equipment-counts", "单价100万元以上设备数不大于50万元以上设备数", RuleCategory.Matters, Severity.Warning, Basis.TextArithmetic)
    {
        Help = "单价 100 万元以上的设备包含在单价 50 万元以上的设备之中，其台（套）数不应更多。多是两个数字写反。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o) =>
        d.Matters.Assets is { } a ? NotAbove(a.Equipment100, a.Equipment50, "assets", "equipment_100", "单价100万元以上设备是50万元以上设备的一部分") : [];
}

/// <summary>机关运行经费 is the 公用经费 of 行政单位: it cannot exceed 表6 公用经费 and usually equals it.</summary>
public sealed class OperatingCostVsT6 : MattersRule
{
    public override RuleDescriptor Descriptor { get; } = new("M.operating-cost-vs-T6", "机关运行经费与表6 公用经费一致（不大于）", RuleCategory.Matters, Severity.Warning, Basis.OperatingCost)
    {
        Help = "机关运行经费是行政单位（含参照公务员法管理的事业单位）的公用经费，不应大于表6 公用经费合计，全部为行政单位时两者应相等。大于时为警告；小于时只作提示（含事业单位的部门可以小于）。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (d.Matters.OperatingCost?.Amount is not { } cost) yield break;
        if (Facts.InTextUnit(d, d.Table(TableId.T6), "total", "public") is not { } pub) yield break;
        var agreement = o.Rounding.Same(Printed.Of(cost), pub);
        if (agreement.Kind == AgreementKind.Exact) yield break;
        var above = cost.Value > pub.Value;
        foreach (var f in ReportGap(agreement, o, $"机关运行经费 {Money.Plain(cost.Value)} {(above ? "大于" : "不等于")}表6 公用经费 {Money.Round(pub.Value)}{(above ? string.Empty : "（含事业单位的部门可以小于）")}",
            At.Matter("operating_cost", "amount", cost.Span), Money.Round(pub.Value), Money.Plain(cost.Value)))
        {
            yield return above ? f : f with { Severity = Severity.Info };
        }
    }
}

/// <summary>财政拨款项目 in 预算绩效 are the projects of all 财政拨款 (一般公共预算 + 政府性基金 + 国有资本经营, see 名词解释): 表7
/// 项目支出 plus the 项目支出 of 表8 and 表9. Comparing with 表7 alone reported a correct text as wrong whenever a fund paid
/// for projects.</summary>
public sealed class PerformanceProjectAmount : MattersRule
{
    public override RuleDescriptor Descriptor { get; } = new("M.performance-project-amount", "预算绩效：财政拨款项目金额 = 表7 项目支出合计（含表8、表9 项目支出）", RuleCategory.Matters, Severity.Error, Basis.Consistency)
    {
        Help = "预算绩效部分所述财政拨款项目支出金额应等于表7 项目支出合计（有表8、表9 项目支出的一并相加）：财政拨款包括一般公共预算、政府性基金和国有资本经营预算。没有公开表时与说明中的一般公共预算项目支出比较。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (d.Matters.Performance?.FiscalProjectAmount is not { } amount) yield break;
        if (Facts.InTextUnit(d, d.Table(TableId.T7), "total", "total") is not { } t7)
        {
            foreach (var f in AgainstText(d, o, amount)) yield return f;
            yield break;
        }
        var funds = new[] { TableId.T8, TableId.T9 }.Select(id => Facts.InTextUnit(d, d.Table(id), "total", "project")).Where(p => p is { Value: not 0 }).Select(p => p!.Value).ToList();
        var fiscal = funds.Count == 0 ? t7 : Money.Sum(funds.Prepend(t7));
        var what = funds.Count == 0 ? "表7 项目支出合计" : "表7、表8、表9 项目支出合计";
        foreach (var f in ReportGap(o.Rounding.Same(Printed.Of(amount), fiscal), o, $"预算绩效中财政拨款项目金额 {Money.Plain(amount.Value)} ≠ {what} {Money.Round(fiscal.Value)}",
            At.Matter("performance", "fiscal_project_amount", amount.Span), Money.Round(fiscal.Value), Money.Plain(amount.Value)))
        {
            yield return f;
        }
    }

    /// <summary>Without 表7 (004 publishes no tables) the text's own 一般公共预算 项目支出 is the evidence.</summary>
    private IEnumerable<Finding> AgainstText(Disclosure d, CheckOptions o, Figure amount)
    {
        if (d.StatusOf(TableId.T7) == TableStatus.Present || d.StatusOf(TableId.T8) == TableStatus.Present || d.StatusOf(TableId.T9) == TableStatus.Present) return [];
        var project = d.Narrative.Claims.FirstOrDefault(c => c.Subject.Key == ClaimKeys.GpbProject && c.Amount is not null && ClaimTables.Plausible(d, c));
        if (project?.Amount is not { } stated) return [];
        return ReportGap(o.Rounding.Same(Printed.Of(amount), Printed.Of(stated)), o, $"预算绩效中财政拨款项目金额 {Money.Plain(amount.Value)} ≠ 说明中的一般公共预算项目支出 {Money.Plain(stated.Value)}",
            At.Matter("performance", "fiscal_project_amount", amount.Span), Money.Plain(stated.Value), Money.Plain(amount.Value), related: [stated.Span.Line]);
    }
}

public sealed class PerformanceProjectCount : MattersRule
{
    public override RuleDescriptor Descriptor { get; } = new("M.performance-project-count", "预算绩效：项目个数 = 表7 项目个数（无公开表时 = 项目支出情况说明个数）", RuleCategory.Matters, Severity.Warning, Basis.Consistency)
    {
        Help = "预算绩效部分所述实行绩效目标管理的项目个数应等于表7 列出的项目个数（没有公开表时为项目支出情况说明的个数）。说明另有非财政拨款项目支出时，个数多于表7 不报告。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (d.Matters.Performance?.ProjectCount is not { } count) yield break;
        // Without any table (004) the project descriptions of 七 are what the text counts.
        var (projects, where) = d.StatusOf(TableId.T7) == TableStatus.Present
            ? (DocumentIndex.Of(d).T7Projects.Select(p => (p.Project.Unit, p.Key)).Distinct().Count(), "表7 列有")
            : d.Tables.IsDefaultOrEmpty ? (d.Projects.Select(p => Facts.NameKey(p.Name)).Distinct().Count(), "项目支出情况说明有") : (0, string.Empty);
        if (projects == 0 || projects == count.Value) yield break;
        // Projects paid from non-fiscal funds are counted in the text but are not in 表7.
        if (d.Matters.Performance.NonFiscalProjectAmount is { Value: > 0 } && count.Value > projects) yield break;
        yield return Report($"预算绩效称项目 {Money.Plain(count.Value)} 个，{where} {projects} 个项目", At.Matter("performance", "project_count", count.Span), projects.ToString(System.Globalization.CultureInfo.InvariantCulture), Money.Plain(count.Value));
    }
}

/// <summary>The overall (整体) performance target covers the unit's budget: its amount cannot exceed the total budget
/// (000: 整体目标涉及 4,124.68 万元 against a 2,627.89 万元 budget).</summary>
public sealed class PerformanceOverallAmount : MattersRule
{
    public override RuleDescriptor Descriptor { get; } = new("M.performance-overall-amount", "预算绩效：整体绩效目标涉及金额不大于收支总预算", RuleCategory.Matters, Severity.Warning, Basis.Consistency)
    {
        Help = "整体绩效目标涉及的预算金额不应大于收支总预算，例如 000 整体目标写 4,124.68 万元而收支总预算只有 2,627.89 万元。多是沿用了其他年度或其他单位的数字。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (d.Matters.Performance?.OverallAmount is not { } amount || Budget.Total(d) is not { } budget) yield break;
        if (amount.Value <= budget.Value + budget.Half) yield break;
        yield return Report($"整体绩效目标涉及预算金额 {Money.Plain(amount.Value)} 大于收支总预算 {Money.Plain(budget.Value)}", At.Matter("performance", "overall_amount", amount.Span), $"≤ {Money.Plain(budget.Value)}", Money.Plain(amount.Value));
    }
}

/// <summary>三公 as stated: total = 出国 + 接待 + 购置 + 运行.</summary>
public sealed class ThreePublicTextSum : MattersRule
{
    public override RuleDescriptor Descriptor { get; } = new("M.three-public-sum", "说明中“三公”经费合计 = 出国（境）+ 接待 + 车辆购置 + 车辆运行", RuleCategory.Matters, Severity.Error, Basis.TextArithmetic)
    {
        Help = "说明中“三公”经费合计应等于因公出国（境）费、公务接待费、公务用车购置费和公务用车运行费之和（只写公务用车购置及运行费合计时用该数）。不符时对照表10 改正。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        // The first plausible claim with an amount for the key.
        Figure? Get(string key)
        {
            foreach (var c in d.Narrative.Claims)
            {
                if (c.Amount is not null && c.Subject.Key == key && ClaimTables.Plausible(d, c)) return c.Amount;
            }
            return null;
        }
        var total = Get(ClaimKeys.ThreePublicTotal);
        if (total is null) return [];
        var vehicles = Get(ClaimKeys.ThreePublicVehiclePurchase) is null && Get(ClaimKeys.ThreePublicVehicleOperation) is null
            ? new[] { Get(ClaimKeys.ThreePublicVehicles) }
            : [Get(ClaimKeys.ThreePublicVehiclePurchase), Get(ClaimKeys.ThreePublicVehicleOperation)];
        return SumOf(o, total, new[] { Get(ClaimKeys.ThreePublicOverseas), Get(ClaimKeys.ThreePublicReception) }.Concat(vehicles), "three_public", "total", "“三公”经费合计");
    }
}

/// <summary>三公 figures in the text = 表10.</summary>
public sealed class ThreePublicVsT10 : MattersRule
{
    /// <summary>The 表10 column a stated amount is compared with: the table's one column, or, where it prints 预算数 and 决算数
    /// (决算 公开09表), the one the sentence names just before the amount ("预算593.46万元，支出决算587.55万元"). None when the
    /// sentence does not say: a comparison on a guessed column is not made.</summary>
    private static string? ColumnFor(Claim c, Figure amount, TableRow row)
    {
        if (row.Cells.ContainsKey("total") || !row.Cells.ContainsKey("budget") && !row.Cells.ContainsKey("final")) return "total";
        var at = c.Text.IndexOf(Money.Plain(amount.Value), StringComparison.Ordinal);
        if (at < 0) return null;
        var before = c.Text[Math.Max(0, at - 6)..at];
        if (before.Contains("决算", StringComparison.Ordinal) || before.Contains("支出", StringComparison.Ordinal) && !before.Contains("预算", StringComparison.Ordinal)) return "final";
        return before.Contains("预算", StringComparison.Ordinal) ? "budget" : null;
    }

    public override RuleDescriptor Descriptor { get; } = new("M.three-public-vs-T10", "说明中的“三公”经费各项 = 表10", RuleCategory.Matters, Severity.Error, Basis.Consistency)
    {
        Help = "说明中“三公”经费合计及各项金额应与表10 对应行相同；表10 同时印预算数和决算数时，按句中“预算”“决算”字样比较对应列，说不清是哪一列时不比较。",
    };

    private static readonly Dictionary<string, string> Rows = new()
    {
        [ClaimKeys.ThreePublicTotal] = "total",
        [ClaimKeys.ThreePublicOverseas] = "overseas",
        [ClaimKeys.ThreePublicReception] = "reception",
        [ClaimKeys.ThreePublicVehicles] = "vehicles",
        [ClaimKeys.ThreePublicVehiclePurchase] = "vehicle_purchase",
        [ClaimKeys.ThreePublicVehicleOperation] = "vehicle_operation",
    };

    private static Printed? FundSum(Disclosure d, DisclosureTable t10, string row)
    {
        var funds = new[] { "gpb", "gf", "sc" }.Select(c => Facts.InTextUnit(d, t10, row, c)).OfType<Printed>().ToList();
        return funds.Count == 0 ? null : Money.Sum(funds);
    }

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        var t10 = d.Table(TableId.T10);
        if (t10 is null || t10.Rows.IsEmpty) yield break;
        foreach (var c in d.Narrative.Claims)
        {
            if (c.Amount is not { } amount || !Rows.TryGetValue(c.Subject.Key, out var row) || t10.Row(row) is not { } r || !ClaimTables.Plausible(d, c)) continue;
            if (ColumnFor(c, amount, r) is not { } column) continue;
            // A 表10 printed by fund only (一般公共预算 | 政府性基金 | 国有资本经营, 深圳) has its total as their sum; a row with no
            // figure in the column is not read as 0 (an unread cell is no ground for an error).
            if ((Facts.InTextUnit(d, t10, row, column) ?? (column == "total" ? FundSum(d, t10, row) : null)) is not { } table) continue;
            foreach (var f in ReportGap(o.Rounding.Same(Printed.Of(amount), table), o, $"说明中{ClaimTables.Name(c)} {Money.Plain(amount.Value)} ≠ 表10 {Facts.Describe(r)}{(column == "total" ? string.Empty : column == "budget" ? "预算数" : "决算数")} {Money.Round(table.Value)}",
                At.Claim(c) with { Table = "T10", Row = row, Column = column }, Money.Round(table.Value), Money.Plain(amount.Value), related: [r.Span.Line]))
            {
                yield return f;
            }
        }
    }
}

/// <summary>"下设 12 个处室，分别是：…" names as many 处室 as it counts.</summary>
public sealed class DepartmentCount : MattersRule
{
    public override RuleDescriptor Descriptor { get; } = new("M.department-count", "概况中“下设 N 个处室（科室）”与所列名称个数一致", RuleCategory.Matters, Severity.Warning, Basis.TextArithmetic)
    {
        Help = "概况中“下设 N 个处室（科室）”的 N 应等于其后列出的名称个数。不符多是机构调整后只改了名单或只改了数字。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        var p = d.Profile;
        if (p.InternalDepartmentCount is not { } count || p.InternalDepartments.IsDefaultOrEmpty) yield break;
        var listed = p.InternalDepartments.Length;
        if (listed == count.Value) yield break;
        yield return Report($"概况称下设 {Money.Plain(count.Value)} 个内设机构，所列名称为 {listed} 个（{string.Join("、", p.InternalDepartments)}）",
            At.Matter("profile", "departments", count.Span), listed.ToString(System.Globalization.CultureInfo.InvariantCulture), Money.Plain(count.Value));
    }
}

/// <summary>实有人数 = 在职 + 退休 + 离休 as stated in 概况.</summary>
public sealed class StaffSum : MattersRule
{
    public override RuleDescriptor Descriptor { get; } = new("M.staff-sum", "实有人数 = 在职 + 退休 + 离休", RuleCategory.Matters, Severity.Warning, Basis.TextArithmetic)
    {
        Help = "概况中的实有人数应等于在职人数、退休人数与离休人数之和，按人精确比较。不符多是某类人数更新了而合计没改。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (d.Profile.Staff is not { Actual: { } actual } s || s.Active is null) yield break;
        var sum = (s.Active?.Value ?? 0) + (s.Retired?.Value ?? 0) + (s.RetiredCadre?.Value ?? 0);
        if (sum == actual.Value) yield break;
        yield return Report($"实有人数 {Money.Plain(actual.Value)} ≠ 在职 + 退休 + 离休 = {Money.Plain(sum)}", At.Matter("staff", "actual", actual.Span), Money.Plain(sum), Money.Plain(actual.Value));
    }
}

/// <summary>The total budget as printed (表1 收入总计, else the text's 收支总预算), in the narrative's unit.</summary>
internal static class Budget
{
    public static Printed? Total(Disclosure d) =>
        Facts.InTextUnit(d, d.Table(TableId.T1), "income.total", "amount")
        ?? d.Narrative.Claims.Where(c => c.Subject.Key is ClaimKeys.Total or ClaimKeys.IncomeTotal && c.Amount is not null).Select(c => (Printed?)Printed.Of(c.Amount!.Value)).FirstOrDefault();
}
