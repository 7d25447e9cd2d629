using System.Collections.Immutable;
using Yusuan.Core.Generation.Derivation;
using Yusuan.Core.Generation.Input;
using Yusuan.Core.Model;

namespace Yusuan.Core.Generation;

/// <summary>The non-table parts of the model (profile, projects, other matters, targets, glossary) built from the input.</summary>
public sealed class ModelParts(BudgetFigures figures)
{
    private readonly BudgetInput input = figures.Input;

    public UnitProfile Profile()
    {
        var p = input.Profile;
        var s = p.Staff;
        return new UnitProfile
        {
            Functions = [.. p.Functions.Select(t => new LocatedText(t, SourceSpan.None))],
            InternalDepartments = p.InternalDepartments,
            InternalDepartmentCount = p.InternalDepartments.IsDefaultOrEmpty ? null : Fig(p.InternalDepartments.Length),
            BudgetUnits = p.BudgetUnits,
            Withheld = p.WithheldNote is not null,
            Staff = s is null ? null : new StaffFigures
            {
                Quota = Fig(s.Quota),
                Actual = Fig(s.Actual),
                Active = Fig(s.Active),
                ActiveChange = Fig(s.ActiveChange),
                Retired = Fig(s.Retired),
                RetiredChange = Fig(s.RetiredChange),
                RetiredCadre = Fig(s.RetiredCadre),
                RetiredCadreChange = Fig(s.RetiredCadreChange),
            },
        };
    }

    /// <summary>The 一般公共预算 projects described in 七 (other sources' projects appear only in their tables).</summary>
    public ImmutableArray<ProjectDescription> Projects() =>
    [
        .. figures.Projects.Where(p => p.Input.Source == FundSources.Gpb).Select(p => new ProjectDescription
        {
            Name = p.Input.Name,
            PolicyBasis = p.Input.PolicyBasis,
            Amount = Money(p.Amount),
            ImplementingUnit = p.Input.ImplementingUnit ?? p.Input.BudgetUnit ?? input.Unit,
            AllocationText = p.Input.AllocationText,
            Allocations = [.. p.Input.Allocations.Select(a => new AllocationItem(a.Name, new Figure(Narrative.Phrasing.Cents(a.Amount), SourceSpan.None)))],
            ExecutionPeriod = p.Input.ExecutionPeriod ?? $"{input.Year}年1月1日至12月31日",
        }),
    ];

    public OtherMatters Matters(Claim? operatingCost)
    {
        var m = input.Matters;
        Procurement? procurement = m.Procurement is { } p
            ? new Procurement { Total = Money(p.Total ?? p.Goods + p.Works + p.Services), Goods = Money(p.Goods), Works = Money(p.Works), Services = Money(p.Services), Sme = Money(p.Sme), SmallMicro = Money(p.SmallMicro) }
            : null;
        AssetHoldings? assets = m.Assets is { } a
            ? new AssetHoldings
            {
                AsOfYear = a.AsOfYear ?? input.Year - 1,
                BuildingArea = Money(a.BuildingArea),
                BuildingValue = Money(a.BuildingValue),
                VehicleCount = Fig(a.Vehicles.Sum(v => v.Count)),
                VehicleValue = Money(a.Vehicles.Sum(v => v.Value)),
                Vehicles = [.. a.Vehicles.Select(v => new VehicleCategory(v.Name, Fig(v.Count), Money(v.Value)))],
                FurnitureValue = Money(a.FurnitureValue),
                OtherValue = Money(a.OtherValue),
                Equipment50 = Fig(a.Equipment50),
                Equipment100 = Fig(a.Equipment100),
                PlannedVehicles = Fig(a.PlannedVehicles),
                PlannedEquipment50 = Fig(a.PlannedEquipment50),
                PlannedEquipment100 = Fig(a.PlannedEquipment100),
            }
            : null;
        PerformanceSummary? performance = m.Performance is { } perf
            ? new PerformanceSummary
            {
                OverallTargetCount = Fig(perf.OverallTargetCount),
                OverallAmount = Money(perf.OverallAmount ?? figures.Total()),
                ProjectCount = Fig(figures.Projects.Length),
                FiscalProjectAmount = Money(figures.Projects.Where(x => FundSources.IsFiscal(x.Input.Source)).Sum(x => x.Amount)),
                NonFiscalProjectAmount = Money(figures.Projects.Where(x => !FundSources.IsFiscal(x.Input.Source)).Sum(x => x.Amount)),
            }
            : null;
        return new OtherMatters { OperatingCost = operatingCost, Procurement = procurement, Assets = assets, Performance = performance, Other = m.Other };
    }

    public ImmutableArray<PerformanceTargetTable> Targets() =>
    [
        .. input.Targets.Select(t =>
        {
            var project = figures.Projects.FirstOrDefault(p => p.Input.Name == t.Project);
            var total = t.FundsTotal ?? project?.Amount;
            var fiscal = t.FundsFiscal ?? (project is not null && FundSources.IsFiscal(project.Input.Source) ? project.Amount : null);
            return new PerformanceTargetTable
            {
                Kind = t.Kind == "department" ? TargetTableKind.Department : TargetTableKind.Project,
                BudgetUnit = t.BudgetUnit ?? project?.Input.BudgetUnit ?? input.Unit,
                ProjectName = t.Project,
                Manager = t.Manager,
                FundsTotal = Money(total),
                FundsFiscal = Money(fiscal),
                FundsOther = Money(t.FundsOther ?? (total is { } tt && fiscal is { } ff ? tt - ff : null)),
                OverallGoal = t.Goal,
                Indicators = [.. t.Indicators.Select(i => new Indicator
                {
                    Level1 = i.Level1, Level2 = i.Level2, Level3 = i.Level3, Value = IndicatorValueOf(i.Value), Basis = i.Basis, PriorValue = i.PriorValue,
                    Weight = Fig(i.Weight), ScoringRule = i.ScoringRule, Evidence = i.Evidence,
                })],
            };
        }),
    ];

    public ImmutableArray<GlossaryEntry> Glossary() =>
        input.Glossary.IsDefaultOrEmpty
            ? [.. StandardGlossary.Select(g => new GlossaryEntry(g.Term, g.Definition, SourceSpan.None))]
            : [.. input.Glossary.Select(g => new GlossaryEntry(g.Term, g.Definition, SourceSpan.None))];

    /// <summary>"&gt;=4 批" → (≥, 4, 批), read the same way the reader reads printed tables.</summary>
    public static IndicatorValue IndicatorValueOf(string raw) => Reading.Narrative.Targets.IndicatorValueParser.Parse(raw);

    private static Figure? Fig(decimal? value) => value is { } v ? new Figure(v, SourceSpan.None) : null;

    /// <summary>Money is carried with two decimals, as printed.</summary>
    private static Figure? Money(decimal? value) => value is { } v ? new Figure(Narrative.Phrasing.Cents(v), SourceSpan.None) : null;

    /// <summary>The eight standard 名词解释 of the Xinjiang template.</summary>
    public static readonly ImmutableArray<(string Term, string Definition)> StandardGlossary =
    [
        ("财政拨款", "指由一般公共预算、政府性基金预算、国有资本经营预算安排的财政拨款数。"),
        ("一般公共预算", "包括公共财政拨款（补助）资金、专项收入。"),
        ("财政专户管理资金", "包括专户管理行政事业性收费（主要是教育收费）、其他非税收入。"),
        ("其他资金", "包括事业收入、事业经营收入、其他收入等。"),
        ("基本支出", "包括人员经费、公用经费（定额）。其中，人员经费包括工资福利支出、对个人和家庭的补助。"),
        ("项目支出", "部门（单位）支出预算的组成部分，是各部门（单位）为完成其特定的行政任务或事业发展目标，在基本支出预算之外编制的年度项目支出计划。"),
        ("“三公”经费", "指部门（单位）因公出国（境）费、公务用车购置及运行维护费和公务接待费，其中：因公出国（境）费反映机关和参公事业单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车购置反映机关和参公事业单位公务用车购置支出（含车辆购置税、牌照费）；公务用车运行维护费反映机关和参公事业单位按规定保留的公务用车燃料费、新能源汽车充电费、维修费、过桥过路费、保险费、安全奖励费用等支出；公务接待费反映机关和参公事业单位按规定开支的各类公务接待（含外宾接待）费用。"),
        ("机关运行经费", "指行政单位（含参照公务员法管理事业单位）的公用经费，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费及其他费用。"),
    ];
}
