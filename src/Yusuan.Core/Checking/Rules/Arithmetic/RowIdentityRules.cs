using Yusuan.Core.Model;

namespace Yusuan.Core.Checking.Rules.Arithmetic;

/// <summary>表2：总计 = 财政拨款（补助）小计 + 财政专户 + 单位资金 + 财政拨款结转 + 非财政拨款结转结余（每行）</summary>
public sealed class T2RowTotal : RowIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T2.row-total", "表2：总计 = 财政拨款（补助）小计 + 财政专户 + 单位资金 + 财政拨款结转 + 非财政拨款结转结余（每行）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "表2 每行的总计应等于财政拨款（补助）小计、财政专户、单位资金、财政拨款结转、非财政拨款结转结余各列之和；没有财政拨款小计列的表按各项拨款列相加，模板多出的收入列也计入。不符多是某列漏填或总计抄自别的表。",
    };

    protected override TableId Table => TableId.T2;

    protected override string Target => "total";

    protected override string[] Parts => ["fiscal", "special", "unit", "fiscal_carryover", "nonfiscal_carryover"];

    /// <summary>A table printing the funds without their 财政拨款 小计 (Xi'an: 一般公共预算拨款 | 政府性基金拨款).</summary>
    protected override string[]? AlternativeParts => ["gpb", "gpb_transfer", "gf", "gf_transfer", "sc", "sc_transfer", "special", "unit", "fiscal_carryover", "nonfiscal_carryover"];

    protected override bool ExtraColumnsAreParts => true;

    protected override string[] SubColumns => ["gpb", "gpb_transfer", "gf", "gf_transfer", "sc", "sc_transfer"];

    /// <summary>Beijing's 收入总表: 合计 | 本年收入 (小计, the sources) | 上年结转结余 (小计, the funds).</summary>
    protected override IReadOnlyDictionary<string, string> Parents => ColumnTree.Income;
}

/// <summary>表2：财政拨款（补助）小计 = 一般公共预算 + 政府性基金 + 国有资本经营（含上级转移支付列，每行）</summary>
public sealed class T2FiscalSum : RowIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T2.fiscal-sum", "表2：财政拨款（补助）小计 = 一般公共预算 + 政府性基金 + 国有资本经营（含上级转移支付列，每行）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "表2 每行的财政拨款（补助）小计应等于一般公共预算、政府性基金、国有资本经营各列之和（印有上级转移支付列时一并计入）。不符时核对该行各资金列，改正小计或抄错的一列。",
    };

    protected override TableId Table => TableId.T2;

    protected override string Target => "fiscal";

    protected override string[] Parts => ["gpb", "gf", "sc"];

    protected override string[]? AlternativeParts => ["gpb", "gpb_transfer", "gf", "gf_transfer", "sc", "sc_transfer"];
}

/// <summary>表3：合计 = 基本支出 + 项目支出（每行）</summary>
public sealed class T3RowTotal : RowIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T3.row-total", "表3：合计 = 基本支出 + 项目支出（每行）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "表3 每行合计应等于基本支出加项目支出（模板另有其他支出列如单位预留机动经费时也计入；列在“其中”下的明细、属于基本支出的人员经费和公用经费不重复相加）。不符多是只改了其中一列，或合计抄自别的表。",
    };

    protected override TableId Table => TableId.T3;

    protected override string Target => "total";

    protected override string[] Parts => ["basic", "project"];

    protected override bool ExtraColumnsAreParts => true;

    protected override IReadOnlyDictionary<string, string> Parents => ColumnTree.Expense;
}

/// <summary>表5：合计 = 基本支出 + 项目支出（每行）</summary>
public sealed class T5RowTotal : RowIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T5.row-total", "表5：合计 = 基本支出 + 项目支出（每行）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "表5 一般公共预算支出每行合计应等于基本支出加项目支出（人员经费、公用经费属于基本支出，不重复相加）。不符多是只改了其中一列；改正后合计行的基本支出还应与表6 合计、各项的项目支出与表7 该科目项目之和一致。",
    };

    protected override TableId Table => TableId.T5;

    protected override string Target => "total";

    protected override string[] Parts => ["basic", "project"];

    protected override bool ExtraColumnsAreParts => true;

    protected override IReadOnlyDictionary<string, string> Parents => ColumnTree.Expense;
}

/// <summary>表6：合计 = 人员经费 + 公用经费（每行）</summary>
public sealed class T6RowTotal : RowIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T6.row-total", "表6：合计 = 人员经费 + 公用经费（每行）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "表6 每行合计应等于人员经费加公用经费。301、303 下的款通常只有人员经费，302 下的款只有公用经费，合计与之不等多是抄错一列或漏填。",
    };

    protected override TableId Table => TableId.T6;

    protected override string Target => "total";

    protected override string[] Parts => ["personnel", "public"];

    protected override bool ExtraColumnsAreParts => true;
}

/// <summary>表7：项目支出合计 = 各经济分类列之和（每行）</summary>
public sealed class T7RowTotal : RowIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T7.row-total", "表7：项目支出合计 = 各经济分类列之和（每行）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "表7 每行（含各项目行）的合计应等于工资福利、商品和服务、对个人和家庭的补助、资本性支出等各经济分类列之和。不符多是某列漏填，或合计未随分列更新。",
    };

    protected override TableId Table => TableId.T7;

    protected override string Target => "total";

    protected override string[] Parts => ["wages", "goods", "individuals", "debt", "capital_construction", "capital", "enterprise_construction", "enterprise", "social_security_fund", "other"];

    protected override bool ExtraColumnsAreParts => true;
}

/// <summary>表8：合计 = 人员经费 + 公用经费 + 项目支出（或 基本支出 + 项目支出，每行）</summary>
public sealed class T8RowTotal : RowIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T8.row-total", "表8：合计 = 人员经费 + 公用经费 + 项目支出（或 基本支出 + 项目支出，每行）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "表8 每行合计应等于人员经费 + 公用经费 + 项目支出，或基本支出 + 项目支出（两种分法取与合计更接近的一种，印在基本支出下的人员经费、公用经费不重复相加）。不符多是某列漏填或合计未更新。",
    };

    protected override TableId Table => TableId.T8;

    protected override string Target => "total";

    protected override string[] Parts => ["personnel", "public", "project"];

    protected override string[]? AlternativeParts => ["basic", "project"];

    protected override bool ExtraColumnsAreParts => true;

    protected override IReadOnlyDictionary<string, string> Parents => ColumnTree.Expense;
}

/// <summary>表9：合计 = 人员经费 + 公用经费 + 项目支出（或 基本支出 + 项目支出，每行）</summary>
public sealed class T9RowTotal : RowIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T9.row-total", "表9：合计 = 人员经费 + 公用经费 + 项目支出（或 基本支出 + 项目支出，每行）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "表9 每行合计应等于人员经费 + 公用经费 + 项目支出，或基本支出 + 项目支出（两种分法取与合计更接近的一种，印在基本支出下的人员经费、公用经费不重复相加）。不符多是某列漏填或合计未更新。",
    };

    protected override TableId Table => TableId.T9;

    protected override string Target => "total";

    protected override string[] Parts => ["personnel", "public", "project"];

    protected override string[]? AlternativeParts => ["basic", "project"];

    protected override bool ExtraColumnsAreParts => true;

    protected override IReadOnlyDictionary<string, string> Parents => ColumnTree.Expense;
}

/// <summary>表10：合计列 = 一般公共预算 + 政府性基金 + 国有资本经营预算（每行）</summary>
public sealed class T10RowTotal : RowIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T10.row-total", "表10：合计列 = 一般公共预算 + 政府性基金 + 国有资本经营预算（每行）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "表10 每行的合计列应等于一般公共预算、政府性基金、国有资本经营三列之和。“三公”经费通常全部来自一般公共预算，合计与其不等多是某一列抄错。",
    };

    protected override TableId Table => TableId.T10;

    protected override string Target => "total";

    protected override string[] Parts => ["gpb", "gf", "sc"];

    protected override bool ExtraColumnsAreParts => true;
}

/// <summary>表11：合计 = 财政拨款小计 + 非财政拨款小计（每行）</summary>
public sealed class T11RowTotal : RowIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T11.row-total", "表11：合计 = 财政拨款小计 + 非财政拨款小计（每行）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "表11 每行合计应等于财政拨款小计加非财政拨款小计。不符时核对该项目两个小计，改正合计或抄错的一项。",
    };

    protected override TableId Table => TableId.T11;

    protected override string Target => "total";

    protected override string[] Parts => ["fiscal", "nonfiscal"];

    protected override bool ExtraColumnsAreParts => true;

    protected override string[] SubColumns => ["fiscal_personnel", "fiscal_public", "fiscal_project", "nonfiscal_personnel", "nonfiscal_public", "nonfiscal_project"];
}

/// <summary>表11：财政拨款小计 = 人员经费 + 公用经费 + 项目支出（每行）</summary>
public sealed class T11FiscalSum : RowIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T11.fiscal-sum", "表11：财政拨款小计 = 人员经费 + 公用经费 + 项目支出（每行）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "表11 每行的财政拨款小计应等于其财政拨款人员经费、公用经费、项目支出三列之和。不符多是三列之一漏填或小计未更新。",
    };

    protected override TableId Table => TableId.T11;

    protected override string Target => "fiscal";

    protected override string[] Parts => ["fiscal_personnel", "fiscal_public", "fiscal_project"];
}

/// <summary>表11：非财政拨款小计 = 人员经费 + 公用经费 + 项目支出（每行）</summary>
public sealed class T11NonfiscalSum : RowIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T11.nonfiscal-sum", "表11：非财政拨款小计 = 人员经费 + 公用经费 + 项目支出（每行）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "表11 每行的非财政拨款小计应等于其非财政拨款人员经费、公用经费、项目支出三列之和。不符多是三列之一漏填或小计未更新。",
    };

    protected override TableId Table => TableId.T11;

    protected override string Target => "nonfiscal";

    protected override string[] Parts => ["nonfiscal_personnel", "nonfiscal_public", "nonfiscal_project"];
}

/// <summary>Which known column is printed under which: a breakdown is never added beside the column it breaks down.</summary>
internal static class ColumnTree
{
    /// <summary>表3/5/8/9: 人员经费 and 公用经费 under 基本支出; 扣除基建项目后预算数 under 项目支出.</summary>
    public static readonly IReadOnlyDictionary<string, string> Expense = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["personnel"] = "basic",
        ["public"] = "basic",
        ["project_excl_construction"] = "project",
    };

    /// <summary>表2: the funds under 财政拨款 小计, the sources under 本年收入 小计, the carried-over funds under 上年结转结余
    /// (财政拨款结转 and 非财政拨款结转结余 stand beside a 上年结转 column, 西南大学; under a 小计 the header says so).</summary>
    public static readonly IReadOnlyDictionary<string, string> Income = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["gpb"] = "fiscal",
        ["gpb_transfer"] = "fiscal",
        ["gf"] = "fiscal",
        ["gf_transfer"] = "fiscal",
        ["sc"] = "fiscal",
        ["sc_transfer"] = "fiscal",
        ["fiscal"] = "current",
        ["special"] = "current",
        ["unit"] = "current",
        ["business"] = "current",
        ["operating"] = "current",
        ["upper"] = "current",
        ["affiliated"] = "current",
        ["other"] = "current",
        ["carryover_gpb"] = "carryover",
        ["carryover_gf"] = "carryover",
        ["carryover_sc"] = "carryover",
        ["carryover_special"] = "carryover",
        ["carryover_unit"] = "carryover",
    };
}
