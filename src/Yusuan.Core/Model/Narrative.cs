using System.Collections.Immutable;

namespace Yusuan.Core.Model;

/// <summary>The explanatory text (第三部分 预算情况说明, 编制说明, 情况说明): its sections and every figure it states.</summary>
public sealed record Narrative
{
    public static Narrative Empty { get; } = new();

    public ImmutableArray<NarrativeSection> Sections { get; init; } = [];

    /// <summary>Every sentence that states a figure, as a claim that can be checked against the tables.</summary>
    public ImmutableArray<Claim> Claims { get; init; } = [];

    /// <summary>Enumerations such as "支出预算包括：一般公共服务支出、教育支出…" and the 人员经费/公用经费 item lists.</summary>
    public ImmutableArray<ListStatement> Lists { get; init; } = [];
}

/// <summary>A numbered part of the narrative, e.g. key "三", title "关于…2025年支出预算情况说明".</summary>
public sealed record NarrativeSection(string Key, string Title, SourceSpan Span)
{
    /// <summary>A short canonical name for the section's topic ("收支总体", "收入预算", "支出预算", "财政拨款收支", "一般公共预算当年拨款",
    /// "基本支出", "项目支出", "政府性基金", "国有资本经营", "三公经费", "上年结转结余", "其他重要事项", …), null if unknown.</summary>
    public string? Topic { get; init; }

    /// <summary>The section's text, paragraph by paragraph, when known (always filled by the generator; optional for read documents).</summary>
    public ImmutableArray<string> Paragraphs { get; init; } = [];
}

public enum ChangeDirection
{
    Increase,
    Decrease,
    Flat,
}

/// <summary>
/// One stated figure: "基本支出 2,212.74 万元，占 84.20%，比上年预算减少 55.82 万元，下降 2.46%，主要原因是…".
/// Magnitudes are kept as printed (positive); <see cref="Direction"/> carries the sign.
/// </summary>
public sealed record Claim
{
    public required ClaimSubject Subject { get; init; }

    /// <summary>Current-year amount, in <see cref="DisclosureMeta.MoneyUnit"/> (万元 unless stated otherwise).</summary>
    public Figure? Amount { get; init; }

    /// <summary>Share in percent ("占 84.20%").</summary>
    public Figure? Share { get; init; }

    /// <summary>Change against the prior year, magnitude as printed.</summary>
    public Figure? ChangeAmount { get; init; }

    /// <summary>Direction stated by the amount's word (增加/减少) or, failing that, the percentage's word.</summary>
    public ChangeDirection? Direction { get; init; }

    /// <summary>The word used with the change amount (增加, 减少, 持平…).</summary>
    public string? AmountWord { get; init; }

    /// <summary>Change in percent, magnitude as printed.</summary>
    public Figure? ChangePercent { get; init; }

    /// <summary>The word used with the percentage (增长, 下降…).</summary>
    public string? PercentWord { get; init; }

    /// <summary>What the change is measured against ("上年预算", "上年", "上年决算"), as printed.</summary>
    public string? ComparedWith { get; init; }

    /// <summary>"主要原因是…" text, if given.</summary>
    public string? Reason { get; init; }

    /// <summary>Key of the narrative section the claim sits in (e.g. "三", "五.(三)", "十二.(一)").</summary>
    public string? Section { get; init; }

    /// <summary>The sentence as printed (line breaks removed).</summary>
    public string Text { get; init; } = string.Empty;

    public SourceSpan Span { get; init; }
}

/// <summary>What a claim is about. <see cref="Key"/> is one of <see cref="ClaimKeys"/>; function-classification
/// subjects carry their resolved <see cref="Code"/> (null if the printed names could not be resolved).</summary>
public sealed record ClaimSubject(string Key, string Label)
{
    public FunctionCode? Code { get; init; }

    /// <summary>For 类/款/项 subjects: the names as printed, outermost first ("一般公共服务支出", "政府办公厅（室）及相关机构事务", "行政运行").</summary>
    public ImmutableArray<string> PrintedPath { get; init; } = [];
}

/// <summary>The documented vocabulary of claim subjects.</summary>
public static class ClaimKeys
{
    /// <summary>收支总预算 (income = expense total).</summary>
    public const string Total = "total";

    public const string IncomeTotal = "income.total";
    public const string IncomeGpb = "income.gpb";
    public const string IncomeGpbTransfer = "income.gpb.transfer";
    public const string IncomeGf = "income.gf";
    public const string IncomeGfTransfer = "income.gf.transfer";
    public const string IncomeSc = "income.sc";
    public const string IncomeScTransfer = "income.sc.transfer";
    public const string IncomeSpecial = "income.special";
    public const string IncomeUnit = "income.unit";
    public const string IncomeFiscal = "income.fiscal";
    public const string CarryoverFiscal = "carryover.fiscal";
    public const string CarryoverNonfiscal = "carryover.nonfiscal";

    /// <summary>The 财政拨款 carried over of one fund: 一般公共预算 / 政府性基金 / 国有资本经营预算 财政拨款年初结转和结余.</summary>
    public const string CarryoverFiscalGpb = "carryover.fiscal.gpb";

    public const string CarryoverFiscalGf = "carryover.fiscal.gf";

    public const string CarryoverFiscalSc = "carryover.fiscal.sc";

    /// <summary>上年结转结余 total (十一).</summary>
    public const string Carryover = "carryover";

    public const string ExpenseTotal = "expense.total";

    /// <summary>基本支出 of the whole budget (三、支出预算).</summary>
    public const string ExpenseBasic = "expense.basic";

    /// <summary>项目支出 of the whole budget (三、支出预算).</summary>
    public const string ExpenseProject = "expense.project";

    /// <summary>财政拨款收支总预算 (四).</summary>
    public const string FiscalTotal = "fiscal.total";

    /// <summary>基本支出 of the 财政拨款 expenditure: stated after a 财政拨款支出 total ("财政拨款支出总计为…，其中：基本支出…").</summary>
    public const string FiscalBasic = "fiscal.basic";

    /// <summary>项目支出 of the 财政拨款 expenditure.</summary>
    public const string FiscalProject = "fiscal.project";

    /// <summary>一般公共预算拨款合计 (五).</summary>
    public const string GpbTotal = "gpb.total";

    /// <summary>一般公共预算 基本支出 (五.(一), 六).</summary>
    public const string GpbBasic = "gpb.basic";

    /// <summary>一般公共预算 项目支出 (五.(一)).</summary>
    public const string GpbProject = "gpb.project";

    /// <summary>人员经费 (六).</summary>
    public const string GpbPersonnel = "gpb.basic.personnel";

    /// <summary>公用经费 (六).</summary>
    public const string GpbPublic = "gpb.basic.public";

    /// <summary>A 类/款/项 item; <see cref="ClaimSubject.Code"/> carries the code.</summary>
    public const string Function = "function";

    public const string ThreePublicTotal = "three_public.total";
    public const string ThreePublicOverseas = "three_public.overseas";
    public const string ThreePublicReception = "three_public.reception";
    public const string ThreePublicVehicles = "three_public.vehicles";
    public const string ThreePublicVehiclePurchase = "three_public.vehicle_purchase";
    public const string ThreePublicVehicleOperation = "three_public.vehicle_operation";

    /// <summary>机关运行经费.</summary>
    public const string OperatingCost = "operating_cost";

    /// <summary>A carried-over item of 十一 (label = item name).</summary>
    public const string CarryoverItem = "carryover.item";

    /// <summary>A stated figure whose subject is none of the above (label = the words before the figure).</summary>
    public const string Other = "other";
}

/// <summary>An enumeration stated in the text. Keys: "income.sources", "expense.classes", "gpb.basic.personnel.items",
/// "gpb.basic.public.items".</summary>
public sealed record ListStatement(string Key, ImmutableArray<string> Items, SourceSpan Span)
{
    public string? Section { get; init; }
}
