using Yusuan.Core.Reading.Text;
using Yusuan.Core.Model;

namespace Yusuan.Core.Checking.Rules.Projects;

/// <summary>Each 表7 project is described in 项目支出情况说明 (templates with project descriptions).</summary>
public sealed class ProjectDescribed : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("P.description", "表7 每个项目都有项目支出情况说明", RuleCategory.Projects, Severity.Warning, Basis.Template)
    {
        Help = "模板要求逐项说明项目支出时，表7 的每个项目都应有项目支出情况说明（名称只差几个字的按同一项目，由 P.name-mismatch 报告）。缺少时补写该项目的说明。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (!Editions.Of(d).ProjectDescriptions) yield break;
        foreach (var p in Facts.T7Projects(d).DistinctBy(p => Facts.NameKey(p.Name)))
        {
            if (Facts.FindDescription(d, p.Name) is null && !ProjectNamePairs.Of(d).IsDescribedAs(p))
                yield return Report($"表7 项目“{p.Name}”没有项目支出情况说明", At.Cell(d.Table(TableId.T7)!, p.Row, "total"), "项目说明", "（无）");
        }
    }
}

public sealed class ProjectHasTargets : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("P.target-table", "表7 每个项目都有项目支出绩效目标表", RuleCategory.Projects, Severity.Warning, Basis.PerformanceTargets)
    {
        Help = "模板要求公开项目绩效目标时，表7 的每个项目都应有项目支出绩效目标表（名称只差几个字的按同一项目）。缺少时补上该项目的绩效目标表；文件中没有任何绩效目标表时不逐项报告。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (!Editions.Of(d).ProjectTargets || d.Targets.IsDefaultOrEmpty) yield break;
        foreach (var p in Facts.T7Projects(d).DistinctBy(p => Facts.NameKey(p.Name)))
        {
            if (Facts.FindTarget(d, p.Name) is null && !ProjectNamePairs.Of(d).HasTargetAs(p))
                yield return Report($"表7 项目“{p.Name}”没有绩效目标表", At.Cell(d.Table(TableId.T7)!, p.Row, "total"), "绩效目标表", "（无）");
        }
    }
}

/// <summary>预算安排规模 in the description = the project's 表7 total.</summary>
public sealed class ProjectAmountVsT7 : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("P.amount-vs-T7", "项目说明的预算安排规模 = 表7 该项目合计", RuleCategory.Projects, Severity.Error, Basis.Consistency)
    {
        Help = "项目支出情况说明中的预算安排规模应与表7 该项目的合计相同，打印精度相同时须分毫不差。同一项目名称在几个单位下都有时，与承担单位那一行（或各行之和）比较。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        foreach (var desc in d.Projects)
        {
            if (desc.Amount is not { } amount) continue;
            var rows = Facts.T7ProjectsNamed(d, desc.Name);
            if (rows.Count == 0 && ProjectNamePairs.Of(d).ProjectOf(desc.Name) is { } paired) rows = [paired];
            if (rows.Count == 0) continue;
            // One name under several units (e.g. three 驻外办事处 with the same project): the description is the implementing
            // unit's row, or the sum of all of them.
            var text = Printed.Of(amount);
            var t7 = rows.Count == 1 ? rows[0].Amount : Facts.BestMatch(rows.Select(r => r.Amount), text, desc.ImplementingUnit, rows.Select(r => r.Unit));
            var agreement = o.Rounding.Same(text, t7);
            if (!Reports(agreement, o)) continue;
            foreach (var f in ReportGap(agreement, o, $"项目“{desc.Name}”预算安排规模 {Money.Plain(amount.Value)} ≠ 表7 {Money.Round(t7.Value)}",
                At.Text("项目支出", amount.Span) with { Table = "T7", Row = rows[0].Row.Key, Column = "total" }, Money.Round(t7.Value), Money.Plain(amount.Value), related: rows.Select(r => r.Row.Span.Line)))
            {
                yield return f;
            }
        }
    }
}

/// <summary>资金分配情况 items add up to the project's amount.</summary>
public sealed partial class AllocationSum : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("P.allocation-sum", "资金分配各项之和 = 项目预算安排规模", RuleCategory.Projects, Severity.Error, Basis.Consistency)
    {
        Help = "项目说明中资金分配各项之和应等于该项目的预算安排规模（说明没写规模时取表7 合计），结尾写有“共计”时它也应等于各项之和。按单价列出的分配项（如“话务人员工资 2000 元/人/月”“平均每场 4000 元”）不是金额：有这类项时，各项之和小于规模不作判断，大于规模仍报告。",
    };

    /// <summary>A rate rather than an amount: "2000 元/人/月", "4000 元/场", "每人每月 2000 元".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\d\s*(?:万元|元)\s*[/／每]|每\s*[人月年天日次场批件台辆个户]")]
    private static partial System.Text.RegularExpressions.Regex RateItem();

    /// <summary>The total the allocation text closes with: "…外事接待费用 17.84 万元，共计 127.98 万元。" (a 共计 inside the text may
    /// be a group's subtotal).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:共计|合计|总计)\s*(?<amount>\d[\d,]*(?:\.\d+)?)\s*万元[\s。；;.，,]*$")]
    private static partial System.Text.RegularExpressions.Regex StatedTotal();

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        foreach (var desc in d.Projects)
        {
            if (desc.Allocations.IsDefaultOrEmpty) continue;
            var amount = desc.Amount is { } a ? Printed.Of(a) : Facts.T7Projects(d).Where(p => Facts.SameName(p.Name, desc.Name)).Select(p => (Printed?)p.Amount).FirstOrDefault();
            if (amount is not { } total) continue;
            var sum = Money.Sum(desc.Allocations.Select(x => Printed.Of(x.Amount).ToWanYuan(x.Unit)));
            // 003: 15 万元 + 话务人员工资 2000 元/人/月 + 12 万元 = 75 万元 once the rate is multiplied out (20 人 × 12 月).
            if (sum.Value < total.Value && desc.AllocationText is { } text && RateItem().IsMatch(text)) continue;
            var agreement = o.Rounding.Compare(total, sum);
            foreach (var f in ReportGap(agreement, o, $"项目“{desc.Name}”资金分配各项之和 {Money.Plain(sum.Value)} ≠ 预算安排规模 {Money.Plain(total.Value)}",
                At.Text("项目支出", desc.Allocations[0].Amount.Span), Money.Plain(total.Value), Money.Plain(sum.Value), related: [desc.Amount?.Span.Line ?? 0]))
            {
                yield return f;
            }
            // The text's own "共计": judged when the items agree with the amount (else the gap above is the slip).
            if (agreement.Kind != AgreementKind.Exact || desc.AllocationText is not { } allocationText || StatedTotal().Match(allocationText) is not { Success: true } m) continue;
            if (PrintedNumber.Money(m.Groups["amount"].Value) is not { } statedValue) continue;
            var stated = Printed.Of(new Figure(statedValue, desc.Allocations[^1].Amount.Span));
            foreach (var f in ReportGap(o.Rounding.Compare(stated, sum), o, $"项目“{desc.Name}”资金分配写“共计 {Money.Plain(stated.Value)} 万元”，各项之和为 {Money.Plain(sum.Value)}",
                At.Text("项目支出", desc.Allocations[^1].Amount.Span), Money.Plain(sum.Value), Money.Plain(stated.Value)))
            {
                yield return f;
            }
        }
    }
}

/// <summary>A described (or targeted) project that 表7 does not list.</summary>
public sealed class UnknownProject : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("P.unknown-project", "项目说明或绩效目标表中的项目不在表7 中", RuleCategory.Projects, Severity.Warning, Basis.Consistency)
    {
        Help = "项目支出情况说明或绩效目标表中的项目应能在表7 中找到（名称规范化后比较）。找不到多是项目改了名或表7 漏列；财政拨款为 0 的项目的绩效目标表不在表7 之列，不报告。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (d.StatusOf(TableId.T7) != TableStatus.Present) yield break;
        var names = DocumentIndex.Of(d).T7Projects.Select(p => p.Key).ToList();
        if (names.Count == 0) yield break;
        // A group of projects printed with its own amount (Xi'an: 办公场所租赁 over 运政稽查站点办公租赁费) is a project to the
        // target tables that name it.
        names.AddRange(d.Table(TableId.T7)!.Rows.Where(r => r.Kind == RowKind.Subtotal && r.Label.Length > 0).Select(r => Facts.NameKey(r.Label)));
        bool Listed(string name)
        {
            var key = Facts.NameKey(name);
            return names.Any(n => Facts.SameNameKey(n, key));
        }
        var pairs = ProjectNamePairs.Of(d);
        foreach (var desc in d.Projects.Where(p => !Listed(p.Name) && !pairs.Descriptions.ContainsKey(p.Name)))
            yield return Report($"项目说明“{desc.Name}”在表7 中找不到", At.Text("项目支出", desc.Span), "表7 项目", desc.Name);
        // A project paid only from non-fiscal funds (财政拨款 0.00) is not in 表7, an 一般公共预算 table.
        foreach (var t in d.Targets.Where(t => t.Kind == TargetTableKind.Project && t.ProjectName is not null && t.FundsFiscal is not { Value: 0 } && !Listed(t.ProjectName) && !pairs.Targets.ContainsKey(t.ProjectName)))
            yield return Report($"绩效目标表项目“{t.ProjectName}”在表7 中找不到", At.Text("绩效目标", t.Span), "表7 项目", t.ProjectName);
    }
}

/// <summary>Project money spent on 三公 items (接待, 因公出国, 公务用车) is 三公 spending: 表10 is 财政拨款 三公 including 项目支出, so
/// each 表10 row is at least what the projects allocate to it. 002: 外事接待费用 17.84 万元 allocated while 公务接待费 is 0
/// ("上年和本年均没有公务接待相关事项"; the document's own 名词解释 counts 外宾接待 in 公务接待费).</summary>
public sealed partial class ThreePublicAllocations : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("P.three-public-allocations", "项目资金分配中的公务接待、因公出国、公务用车费用不超过“三公”经费对应数", RuleCategory.Projects, Severity.Warning, Basis.Consistency)
    {
        Help = "表10 为财政拨款“三公”经费（含项目支出），项目资金分配中列出的接待、出国（境）、公务用车购置或运行费用应计入其中；无表10 时与说明中的“三公”经费比较。",
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"接待(?:费|经费)|公务接待|外事接待|外宾接待")]
    private static partial System.Text.RegularExpressions.Regex Reception();

    [System.Text.RegularExpressions.GeneratedRegex(@"因公出国|出国（境）|出国\(境\)|出国经费|出国费")]
    private static partial System.Text.RegularExpressions.Regex Overseas();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:公务用车|车辆)(?:运行|运维|维护)")]
    private static partial System.Text.RegularExpressions.Regex VehicleOperation();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:公务用车|车辆)购置|购置(?:公务用车|车辆)")]
    private static partial System.Text.RegularExpressions.Regex VehiclePurchase();

    /// <summary>A character each of the patterns needs (接待, 出国, 公务用车/车辆).</summary>
    private static readonly System.Buffers.SearchValues<char> Hints = System.Buffers.SearchValues.Create("接出车");

    private static readonly (string Row, string Key, string Name, Func<System.Text.RegularExpressions.Regex> Pattern)[] Items =
    [
        ("reception", ClaimKeys.ThreePublicReception, "公务接待费", Reception),
        ("overseas", ClaimKeys.ThreePublicOverseas, "因公出国（境）费", Overseas),
        ("vehicle_operation", ClaimKeys.ThreePublicVehicleOperation, "公务用车运行费", VehicleOperation),
        ("vehicle_purchase", ClaimKeys.ThreePublicVehiclePurchase, "公务用车购置费", VehiclePurchase),
    ];

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (d.Projects.IsDefaultOrEmpty) yield break;
        // Most allocation items name none of the four: a character test before any pattern.
        List<(ProjectDescription Project, AllocationItem Item)>? candidates = null;
        foreach (var p in d.Projects)
        {
            if (p.Allocations.IsDefault) continue;
            foreach (var a in p.Allocations)
            {
                if (a.Name.AsSpan().IndexOfAny(Hints) >= 0) (candidates ??= []).Add((p, a));
            }
        }
        if (candidates is null) yield break;
        var t10 = d.StatusOf(TableId.T10) == TableStatus.Present ? d.Table(TableId.T10) : null;
        foreach (var (row, key, name, pattern) in Items)
        {
            var allocated = candidates.Where(x => pattern().IsMatch(x.Item.Name)).ToList();
            if (allocated.Count == 0) continue;
            var sum = Money.Sum(allocated.Select(x => Printed.Of(x.Item.Amount).ToWanYuan(x.Item.Unit)));
            // 表10 prints no row for a nil item: then the item is 0. Without 表10, the figure the text states.
            Printed? stated = t10 is not null
                ? Facts.WanYuan(t10, row, "total") ?? new Printed(0m, TableIndex.Of(t10).Half)
                : d.Narrative.Claims.FirstOrDefault(c => c.Subject.Key == key && c.Amount is not null)?.Amount is { } f ? Printed.Of(f) : null;
            if (stated is not { } three || sum.Value - sum.Half <= three.Value + three.Half) continue;
            var first = allocated[0];
            var where = t10 is not null ? "表10 " + name : "说明中的" + name;
            yield return Report($"项目“{first.Project.Name}”资金分配列有“{first.Item.Name}”{Money.Plain(sum.Value)} 万元，{where}却只有 {Money.Plain(three.Value)} 万元",
                At.Text("项目支出", first.Item.Amount.Span) with { Table = t10 is not null ? "T10" : null, Row = t10 is not null ? row : null, Column = t10 is not null ? "total" : null },
                $"≥ {Money.Plain(sum.Value)}", Money.Plain(three.Value), related: allocated.Skip(1).Select(x => x.Item.Amount.Span.Line));
        }
    }
}

/// <summary>A description or target table names its 表7 project slightly differently (003: 电子政务网络监测维护费 for 表7
/// 电子政务网络维护费): one project, two names, which readers and any search by name cannot connect.</summary>
public sealed class ProjectNameMismatch : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("P.name-mismatch", "项目说明或绩效目标表中的项目名称与表7 一致", RuleCategory.Projects, Severity.Warning, Basis.Consistency)
    {
        Help = "名称只差几个字、又能一一对应到表7 中尚无说明（或绩效目标表）的项目时，按同一项目看待：报告名称不一致，不再报告“没有说明”和“不在表7 中”。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (d.StatusOf(TableId.T7) != TableStatus.Present) yield break;
        var pairs = ProjectNamePairs.Of(d);
        foreach (var desc in d.Projects)
        {
            if (pairs.Descriptions.TryGetValue(desc.Name, out var p))
                yield return Report($"项目说明“{desc.Name}”与表7 项目“{p.Name}”名称不一致", At.Text("项目支出", desc.Span), p.Name, desc.Name, related: [p.Row.Span.Line]);
        }
        foreach (var t in d.Targets)
        {
            if (t.Kind == TargetTableKind.Project && t.ProjectName is { } name && pairs.Targets.TryGetValue(name, out var p))
                yield return Report($"绩效目标表项目“{name}”与表7 项目“{p.Name}”名称不一致", At.Text("绩效目标", t.Span), p.Name, name, related: [p.Row.Span.Line]);
        }
    }
}

/// <summary>A project's 承担单位 (or its target table's 预算单位) is one of the budget units 概况 lists, spelled as listed.
/// 003: 巴州电子政务与大数据服务中心 in 概况, 巴州电子政务和大数据服务中心 in the description, 新疆巴州电子政务和大数据发展
/// 服务中心 in the target table. Only near misses are reported: a name far from every listed unit may be the department itself.</summary>
public sealed class UnitNameAsListed : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("P.unit-name", "项目承担单位、绩效目标表预算单位与概况所列预算单位名称一致", RuleCategory.Projects, Severity.Warning, Basis.Consistency)
    {
        Help = "项目承担单位和绩效目标表的预算单位应与概况所列预算单位名称一致。只报告与某一所列单位仅差几个字的名称（如“与”写成“和”）；差别大的可能是部门本身，不报告。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        var listed = d.Profile.BudgetUnits.IsDefaultOrEmpty ? [] : d.Profile.BudgetUnits.Select(u => (Name: u, Key: Key(u))).ToList();
        if (listed.Count == 0) yield break;
        var named = d.Projects.Where(p => p.ImplementingUnit is not null).Select(p => (Unit: p.ImplementingUnit!, Where: At.Text("项目支出", p.Span), What: "项目承担单位"))
            .Concat(d.Targets.Where(t => t.Kind == TargetTableKind.Project && t.BudgetUnit is not null).Select(t => (Unit: t.BudgetUnit!, Where: At.Text("绩效目标", t.Span), What: "绩效目标表预算单位")));
        foreach (var (unit, where, what) in named)
        {
            var key = Key(unit);
            if (listed.Any(l => Facts.SameNameKey(l.Key, key)) || d.Meta.UnitName is { } own && Facts.SameNameKey(Key(own), key)) continue;
            var near = listed.Where(l => Math.Min(l.Key.Length, key.Length) >= 6 && Math.Abs(l.Key.Length - key.Length) <= 3 && ProjectNamePairs.EditDistance(l.Key, key) <= 3).ToList();
            if (near.Count != 1) continue;
            yield return Report($"{what}“{unit}”与概况所列预算单位“{near[0].Name}”名称不一致", where, near[0].Name, unit);
        }
    }

    /// <summary>The name without brackets and the region prefix the tables and headings add ("新疆巴州…" for "巴州…").</summary>
    private static string Key(string name)
    {
        var key = Facts.NameKey(name).Replace("(", string.Empty, StringComparison.Ordinal).Replace(")", string.Empty, StringComparison.Ordinal);
        foreach (var prefix in (string[])["新疆维吾尔自治区", "新疆"])
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && key.Length > prefix.Length + 4) return key[prefix.Length..];
        }
        return key;
    }
}

/// <summary>A project description gives 政策依据, 承担单位 and 执行时间 (2025 template headings).</summary>
public sealed class DescriptionFields : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("P.description-fields", "项目说明包含政策依据、承担单位、资金分配和执行时间", RuleCategory.Projects, Severity.Info, Basis.Template)
    {
        Help = "模板要求项目说明写明设立的政策依据、项目承担单位、资金分配情况和资金执行时间，缺少的栏目逐一列出，补写即可。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (!Editions.Of(d).ProjectDescriptions) yield break;
        foreach (var p in d.Projects)
        {
            var missing = new List<string>();
            if (string.IsNullOrWhiteSpace(p.PolicyBasis)) missing.Add("设立的政策依据");
            if (string.IsNullOrWhiteSpace(p.ImplementingUnit)) missing.Add("项目承担单位");
            if (string.IsNullOrWhiteSpace(p.AllocationText) && p.Allocations.IsDefaultOrEmpty) missing.Add("资金分配情况");
            if (string.IsNullOrWhiteSpace(p.ExecutionPeriod)) missing.Add("资金执行时间");
            if (missing.Count > 0) yield return Report($"项目“{p.Name}”说明缺少：{string.Join("、", missing)}", At.Text("项目支出", p.Span), string.Join("、", missing), "（无）");
        }
    }
}
