using Yusuan.Core.Model;

namespace Yusuan.Core.Checking.Rules.Arithmetic;

/// <summary>表2：总计 = 财政拨款（补助）小计 + 财政专户 + 单位资金 + 财政拨款结转 + 非财政拨款结转结余（每行）</summary>
public sealed class T2RowTotal : RowIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T2.row-total", "表2：总计 = 财政拨款（补助）小计 + 财政专户 + 单位资金 + 财政拨款结转 + 非财政拨款结转结余（每行）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

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
    public override RuleDescriptor Descriptor { get; } = new("T2.fiscal-sum", "表2：财政拨款（补助）小计 = 一般公共预算 + 政府性基金 + 国有资本经营（含上级转移支付列，每行）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

    protected override TableId Table => TableId.T2;

    protected override string Target => "fiscal";

    protected override string[] Parts => ["gpb", "gf", "sc"];

    protected override string[]? AlternativeParts => ["gpb", "gpb_transfer", "gf", "gf_transfer", "sc", "sc_transfer"];
}

/// <summary>表3：合计 = 基本支出 + 项目支出（每行）</summary>
public sealed class T3RowTotal : RowIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T3.row-total", "表3：合计 = 基本支出 + 项目支出（每行）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

    protected override TableId Table => TableId.T3;

    protected override string Target => "total";

    protected override string[] Parts => ["basic", "project"];

    protected override bool ExtraColumnsAreParts => true;

    protected override IReadOnlyDictionary<string, string> Parents => ColumnTree.Expense;
}

/// <summary>表5：合计 = 基本支出 + 项目支出（每行）</summary>
public sealed class T5RowTotal : RowIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T5.row-total", "表5：合计 = 基本支出 + 项目支出（每行）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

    protected override TableId Table => TableId.T5;

    protected override string Target => "total";

    protected override string[] Parts => ["basic", "project"];

    protected override bool ExtraColumnsAreParts => true;

    protected override IReadOnlyDictionary<string, string> Parents => ColumnTree.Expense;
}

/// <summary>表6：合计 = 人员经费 + 公用经费（每行）</summary>
public sealed class T6RowTotal : RowIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T6.row-total", "表6：合计 = 人员经费 + 公用经费（每行）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

    protected override TableId Table => TableId.T6;

    protected override string Target => "total";

    protected override string[] Parts => ["personnel", "public"];

    protected override bool ExtraColumnsAreParts => true;
}

/// <summary>表7：项目支出合计 = 各经济分类列之和（每行）</summary>
public sealed class T7RowTotal : RowIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T7.row-total", "表7：项目支出合计 = 各经济分类列之和（每行）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

    protected override TableId Table => TableId.T7;

    protected override string Target => "total";

    protected override string[] Parts => ["wages", "goods", "individuals", "debt", "capital_construction", "capital", "enterprise_construction", "enterprise", "social_security_fund", "other"];

    protected override bool ExtraColumnsAreParts => true;
}

/// <summary>表8：合计 = 人员经费 + 公用经费 + 项目支出（或 基本支出 + 项目支出，每行）</summary>
public sealed class T8RowTotal : RowIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T8.row-total", "表8：合计 = 人员经费 + 公用经费 + 项目支出（或 基本支出 + 项目支出，每行）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

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
    public override RuleDescriptor Descriptor { get; } = new("T9.row-total", "表9：合计 = 人员经费 + 公用经费 + 项目支出（或 基本支出 + 项目支出，每行）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

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
    public override RuleDescriptor Descriptor { get; } = new("T10.row-total", "表10：合计列 = 一般公共预算 + 政府性基金 + 国有资本经营预算（每行）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

    protected override TableId Table => TableId.T10;

    protected override string Target => "total";

    protected override string[] Parts => ["gpb", "gf", "sc"];

    protected override bool ExtraColumnsAreParts => true;
}

/// <summary>表11：合计 = 财政拨款小计 + 非财政拨款小计（每行）</summary>
public sealed class T11RowTotal : RowIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T11.row-total", "表11：合计 = 财政拨款小计 + 非财政拨款小计（每行）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

    protected override TableId Table => TableId.T11;

    protected override string Target => "total";

    protected override string[] Parts => ["fiscal", "nonfiscal"];

    protected override bool ExtraColumnsAreParts => true;

    protected override string[] SubColumns => ["fiscal_personnel", "fiscal_public", "fiscal_project", "nonfiscal_personnel", "nonfiscal_public", "nonfiscal_project"];
}

/// <summary>表11：财政拨款小计 = 人员经费 + 公用经费 + 项目支出（每行）</summary>
public sealed class T11FiscalSum : RowIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T11.fiscal-sum", "表11：财政拨款小计 = 人员经费 + 公用经费 + 项目支出（每行）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

    protected override TableId Table => TableId.T11;

    protected override string Target => "fiscal";

    protected override string[] Parts => ["fiscal_personnel", "fiscal_public", "fiscal_project"];
}

/// <summary>表11：非财政拨款小计 = 人员经费 + 公用经费 + 项目支出（每行）</summary>
public sealed class T11NonfiscalSum : RowIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T11.nonfiscal-sum", "表11：非财政拨款小计 = 人员经费 + 公用经费 + 项目支出（每行）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

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
