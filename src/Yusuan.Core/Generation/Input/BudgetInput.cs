using System.Collections.Immutable;

namespace Yusuan.Core.Generation.Input;

/// <summary>
/// Everything needed to write a disclosure, at the finest level the finance office keeps it. Totals, 类/款 subtotals and
/// shares are never typed here: they are derived (see <see cref="Derivation.BudgetFigures"/>). Money is in 万元.
/// The JSON form is documented in docs/input-schema.md; the XLSX template holds the same content.
/// </summary>
public sealed record BudgetInput
{
    public int Year { get; init; }

    /// <summary>The publishing department or unit.</summary>
    public string Unit { get; init; } = string.Empty;

    /// <summary>"unit" (单位预算) or "department" (部门预算).</summary>
    public string Scope { get; init; } = "unit";

    public string? Region { get; init; }

    public ProfileInput Profile { get; init; } = new();

    /// <summary>Current-year expenditure by 功能分类 项 and fund source, split 基本/项目.</summary>
    public ImmutableArray<FunctionLine> Functions { get; init; } = [];

    /// <summary>一般公共预算基本支出 by 经济分类 款, split 人员经费/公用经费.</summary>
    public ImmutableArray<EconomicLine> Economics { get; init; } = [];

    public ImmutableArray<ProjectInput> Projects { get; init; } = [];

    /// <summary>财政拨款“三公”经费 (一般公共预算 unless a source is named).</summary>
    public ThreePublicInput ThreePublic { get; init; } = new();

    /// <summary>上年结转结余 items (表11).</summary>
    public ImmutableArray<CarryoverInput> Carryovers { get; init; } = [];

    /// <summary>单位资金 by kind (事业收入 …); when given, must add up to the 单位资金 of <see cref="Functions"/>.</summary>
    public UnitIncomeInput? UnitIncome { get; init; }

    /// <summary>Names for 功能分类/经济分类 codes missing from the classification list, or printed differently, keyed by code.</summary>
    public ImmutableDictionary<string, string> Names { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>What each 类 is mainly used for (四、财政拨款收支), keyed by 类 code ("201").</summary>
    public ImmutableDictionary<string, string> ClassPurposes { get; init; } = ImmutableDictionary<string, string>.Empty;

    public PriorYearInput Prior { get; init; } = new();

    /// <summary>Stated reasons for changes, keyed by claim subject ("income.gpb", "expense.basic", "gpb.project",
    /// "function.2010301", "three_public.overseas", "operating_cost", …; see docs/input-schema.md).</summary>
    public ImmutableDictionary<string, string> Reasons { get; init; } = ImmutableDictionary<string, string>.Empty;

    public MattersInput Matters { get; init; } = new();

    public ImmutableArray<TargetTableInput> Targets { get; init; } = [];

    /// <summary>名词解释; the standard eight entries are used when empty.</summary>
    public ImmutableArray<GlossaryInput> Glossary { get; init; } = [];

    /// <summary>Date printed at the end, if any.</summary>
    public DateOnly? PublishedDate { get; init; }
}

public sealed record ProfileInput
{
    public ImmutableArray<string> Functions { get; init; } = [];
    public ImmutableArray<string> InternalDepartments { get; init; } = [];

    /// <summary>Budget units of a department (empty for a single unit).</summary>
    public ImmutableArray<string> BudgetUnits { get; init; } = [];

    public StaffInput? Staff { get; init; }

    /// <summary>The profile is withheld (…不宜公开).</summary>
    public string? WithheldNote { get; init; }
}

public sealed record StaffInput
{
    public int? Quota { get; init; }
    public int? Actual { get; init; }
    public int? Active { get; init; }
    public int? ActiveChange { get; init; }
    public int? Retired { get; init; }
    public int? RetiredChange { get; init; }
    public int? RetiredCadre { get; init; }
    public int? RetiredCadreChange { get; init; }
}

/// <summary>Fund sources of 表2, in its column order.</summary>
public static class FundSources
{
    public const string Gpb = "gpb";
    public const string Gf = "gf";
    public const string Sc = "sc";
    public const string Special = "special";
    public const string Unit = "unit";

    public static readonly ImmutableArray<string> All = [Gpb, Gf, Sc, Special, Unit];

    public static bool IsFiscal(string source) => source is Gpb or Gf or Sc;

    public static string ChineseName(string source) => source switch
    {
        Gpb => "一般公共预算",
        Gf => "政府性基金预算",
        Sc => "国有资本经营预算",
        Special => "财政专户管理资金",
        _ => "单位资金",
    };
}

/// <summary>One 项 of 支出功能分类 paid from one fund source. <see cref="Basic"/> may instead be given as
/// <see cref="Personnel"/> + <see cref="Public"/> (needed for 政府性基金/国有资本经营 tables).</summary>
public sealed record FunctionLine
{
    public string Code { get; init; } = string.Empty;

    /// <summary>Name as the unit prints it; defaults to the classification list's name.</summary>
    public string? Name { get; init; }

    public string Source { get; init; } = FundSources.Gpb;

    /// <summary>The part of the amount that is 上级…安排的转移支付 (counted within the source).</summary>
    public decimal Transfer { get; init; }

    public decimal? Basic { get; init; }
    public decimal? Personnel { get; init; }
    public decimal? Public { get; init; }

    /// <summary>项目支出; when omitted it is the sum of the projects filed under this code and source.</summary>
    public decimal? Project { get; init; }

    /// <summary>Budget unit in a department with several units (optional).</summary>
    public string? BudgetUnit { get; init; }
}

/// <summary>One 款 of 部门预算支出经济分类 in 一般公共预算基本支出.</summary>
public sealed record EconomicLine
{
    public string Code { get; init; } = string.Empty;
    public string? Name { get; init; }
    public decimal Personnel { get; init; }
    public decimal Public { get; init; }
}

public sealed record ProjectInput
{
    public string Name { get; init; } = string.Empty;

    /// <summary>功能分类 项 the project is filed under.</summary>
    public string Function { get; init; } = string.Empty;

    public string Source { get; init; } = FundSources.Gpb;

    /// <summary>Budget unit carrying the project (department budgets with several units).</summary>
    public string? BudgetUnit { get; init; }

    /// <summary>Typed total; when given, must equal the sum of <see cref="Economic"/>.</summary>
    public decimal? Amount { get; init; }

    /// <summary>By 表7 column key (wages, goods, individuals, debt, capital_construction, capital, enterprise_construction,
    /// enterprise, social_security_fund, other).</summary>
    public ImmutableDictionary<string, decimal> Economic { get; init; } = ImmutableDictionary<string, decimal>.Empty;

    public string? PolicyBasis { get; init; }
    public string? ImplementingUnit { get; init; }
    public ImmutableArray<AllocationInput> Allocations { get; init; } = [];

    /// <summary>资金分配情况 as free text, used when <see cref="Allocations"/> is empty.</summary>
    public string? AllocationText { get; init; }

    public string? ExecutionPeriod { get; init; }
}

public sealed record AllocationInput
{
    public string Name { get; init; } = string.Empty;
    public decimal Amount { get; init; }
}

public sealed record ThreePublicInput
{
    public decimal Overseas { get; init; }
    public decimal Reception { get; init; }
    public decimal VehiclePurchase { get; init; }
    public decimal VehicleOperation { get; init; }

    /// <summary>Fund source of all four items (gpb unless stated).</summary>
    public string Source { get; init; } = FundSources.Gpb;

    public decimal Total => Overseas + Reception + VehiclePurchase + VehicleOperation;
}

public sealed record CarryoverInput
{
    public string Name { get; init; } = string.Empty;

    /// <summary>功能分类 项 the carried-over money will be spent under.</summary>
    public string Function { get; init; } = string.Empty;

    /// <summary>gpb, gf or sc for 财政拨款结转; special or unit for 非财政拨款结转结余.</summary>
    public string Source { get; init; } = FundSources.Gpb;

    public decimal Personnel { get; init; }
    public decimal Public { get; init; }
    public decimal Project { get; init; }

    /// <summary>主要用于….</summary>
    public string? Purpose { get; init; }

    public string? BudgetUnit { get; init; }

    public decimal Total => Personnel + Public + Project;

    public bool IsFiscal => FundSources.IsFiscal(Source);
}

public sealed record UnitIncomeInput
{
    public decimal Business { get; init; }
    public decimal Upper { get; init; }
    public decimal Affiliated { get; init; }
    public decimal Operating { get; init; }
    public decimal Other { get; init; }

    public decimal Total => Business + Upper + Affiliated + Operating + Other;
}

/// <summary>Last year's budget figures the narrative compares against. Omitted figures are not compared.</summary>
public sealed record PriorYearInput
{
    /// <summary>收入 by source: gpb, gf, sc, special, unit, fiscal_carryover, nonfiscal_carryover.</summary>
    public ImmutableDictionary<string, decimal> Income { get; init; } = ImmutableDictionary<string, decimal>.Empty;

    /// <summary>支出预算 基本支出 (all sources).</summary>
    public decimal? Basic { get; init; }

    public decimal? Project { get; init; }

    /// <summary>一般公共预算 基本支出 / 项目支出.</summary>
    public decimal? GpbBasic { get; init; }

    public decimal? GpbProject { get; init; }

    /// <summary>一般公共预算 by 项 code (every 项 of last year's 表5, including those not funded this year).</summary>
    public ImmutableDictionary<string, decimal> GpbFunctions { get; init; } = ImmutableDictionary<string, decimal>.Empty;

    /// <summary>政府性基金预算 by 项 code.</summary>
    public ImmutableDictionary<string, decimal> GfFunctions { get; init; } = ImmutableDictionary<string, decimal>.Empty;

    /// <summary>国有资本经营预算 by 项 code.</summary>
    public ImmutableDictionary<string, decimal> ScFunctions { get; init; } = ImmutableDictionary<string, decimal>.Empty;

    public ThreePublicInput? ThreePublic { get; init; }

    public decimal? OperatingCost { get; init; }
}

public sealed record MattersInput
{
    /// <summary>机关运行经费; defaults to the 公用经费 of 一般公共预算基本支出.</summary>
    public decimal? OperatingCost { get; init; }

    public ProcurementInput? Procurement { get; init; }
    public AssetsInput? Assets { get; init; }
    public PerformanceInput? Performance { get; init; }

    /// <summary>其他需说明的事项; "本单位无其他需说明事项。" when empty.</summary>
    public string? Other { get; init; }
}

public sealed record ProcurementInput
{
    public decimal Goods { get; init; }
    public decimal Works { get; init; }
    public decimal Services { get; init; }

    /// <summary>Typed total; when given, must equal goods + works + services.</summary>
    public decimal? Total { get; init; }

    public decimal Sme { get; init; }
    public decimal SmallMicro { get; init; }
}

public sealed record AssetsInput
{
    /// <summary>截至…年底; defaults to the year before the budget year.</summary>
    public int? AsOfYear { get; init; }

    public decimal BuildingArea { get; init; }
    public decimal BuildingValue { get; init; }
    public ImmutableArray<VehicleInput> Vehicles { get; init; } = [];
    public decimal FurnitureValue { get; init; }
    public decimal OtherValue { get; init; }
    public int Equipment50 { get; init; }
    public int Equipment100 { get; init; }
    public int PlannedVehicles { get; init; }
    public decimal PlannedVehicleAmount { get; init; }
    public int PlannedEquipment50 { get; init; }
    public int PlannedEquipment100 { get; init; }
}

public sealed record VehicleInput
{
    public string Name { get; init; } = string.Empty;
    public int Count { get; init; }
    public decimal Value { get; init; }
}

public sealed record PerformanceInput
{
    public int OverallTargetCount { get; init; }

    /// <summary>整体绩效目标涉及预算金额; defaults to 收支总预算.</summary>
    public decimal? OverallAmount { get; init; }
}

public sealed record TargetTableInput
{
    /// <summary>"project" or "department".</summary>
    public string Kind { get; init; } = "project";

    public string? BudgetUnit { get; init; }

    /// <summary>Project name; must name a project of <see cref="BudgetInput.Projects"/> for project tables.</summary>
    public string? Project { get; init; }

    public string? Manager { get; init; }
    public decimal? FundsTotal { get; init; }
    public decimal? FundsFiscal { get; init; }
    public decimal? FundsOther { get; init; }
    public string? Goal { get; init; }
    public ImmutableArray<IndicatorInput> Indicators { get; init; } = [];
}

public sealed record IndicatorInput
{
    public string? Level1 { get; init; }
    public string? Level2 { get; init; }
    public string Level3 { get; init; } = string.Empty;
    public string Value { get; init; } = string.Empty;
    public string? Basis { get; init; }
    public string? PriorValue { get; init; }
    public decimal? Weight { get; init; }
    public string? ScoringRule { get; init; }
    public string? Evidence { get; init; }
}

public sealed record GlossaryInput
{
    public string Term { get; init; } = string.Empty;
    public string Definition { get; init; } = string.Empty;
}
