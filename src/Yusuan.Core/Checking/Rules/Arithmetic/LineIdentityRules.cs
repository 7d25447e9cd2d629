using Yusuan.Core.Model;

namespace Yusuan.Core.Checking.Rules.Arithmetic;

/// <summary>表1：收入总计 = 支出总计</summary>
public sealed class T1Balance : LineIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T1.balance", "表1：收入总计 = 支出总计", RuleCategory.Arithmetic, Severity.Error, Basis.BudgetLaw)
    {
        Help = "收支总表左右两栏必须平衡：收入总计应等于支出总计（支出总计含结转下年）。不等多是一栏漏了一行（如上年结转结余、结转下年）或总计未随明细更新，按差额找出该行改正。",
    };

    protected override TableId Table => TableId.T1;

    protected override string Target => "income.total";

    protected override string[] Parts => ["expense.total"];
}

/// <summary>表1：收入总计 = 本年收入 + 上年结转结余</summary>
public sealed class T1IncomeTotal : LineIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T1.income-total", "表1：收入总计 = 本年收入 + 上年结转结余", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "收入总计应等于本年收入加上年结转结余（印有“使用非财政拨款结余”行的也计入）。不符多是收入总计沿用了本年收入，或上年结转结余漏计；核对这几行后重算收入总计。",
    };

    protected override TableId Table => TableId.T1;

    protected override string Target => "income.total";

    protected override string[] Parts => ["income.current", "carryover", "income.nonfiscal_balance_used"];
}

/// <summary>表1：本年收入 = 一般公共预算 + 政府性基金 + 国有资本经营 + 财政专户 + 单位资金</summary>
public sealed class T1CurrentIncome : LineIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T1.current-income", "表1：本年收入 = 一般公共预算 + 政府性基金 + 国有资本经营 + 财政专户 + 单位资金", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "本年收入应等于一般公共预算、政府性基金、国有资本经营、财政专户和单位资金各行之和；决算表没有单位资金小计时，按事业收入、上级补助收入等明细行相加。不符多是某一来源漏列，或小计未随明细更新。",
    };

    protected override TableId Table => TableId.T1;

    protected override string Target => "income.current";

    protected override string[] Parts => ["income.gpb", "income.gf", "income.sc", "income.special", "income.unit"];

    /// <summary>决算 templates (Shanghai 收入支出决算总表) print 上级补助/事业/经营/附属单位上缴/其他收入 without a 单位资金 subtotal;
    /// 广东's 收支总体情况表 prints the three funds as one 预算拨款 (财政拨款) line.</summary>
    protected override IEnumerable<string> PartKeys(IReadOnlyList<TableRow> rows)
    {
        IEnumerable<string> funds = rows.Any(r => r.Key is "income.gpb" or "income.gf" or "income.sc") || !rows.Any(r => r.Key == "income.fiscal")
            ? Parts
            : ["income.fiscal", .. Parts.Skip(3)];
        return rows.Any(r => r.Key == "income.unit") ? funds
            : funds.Concat(["income.unit.business", "income.unit.upper", "income.unit.affiliated", "income.unit.operating", "income.unit.other"]);
    }
}

/// <summary>表1：财政拨款（补助）= 一般公共预算 + 政府性基金 + 国有资本经营</summary>
public sealed class T1FiscalIncome : LineIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T1.fiscal-income", "表1：财政拨款（补助）= 一般公共预算 + 政府性基金 + 国有资本经营", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "表1 印有“财政拨款（补助）”行时，它应等于一般公共预算、政府性基金、国有资本经营三项拨款之和。不符时核对三项拨款，改正小计或抄错的一项。",
    };

    protected override TableId Table => TableId.T1;

    protected override string Target => "income.fiscal";

    protected override string[] Parts => ["income.gpb", "income.gf", "income.sc"];
}

/// <summary>表1：一般公共预算拨款 = 一般财力 + 上级转移支付</summary>
public sealed class T1GpbParts : LineIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T1.gpb-parts", "表1：一般公共预算拨款 = 一般财力 + 上级转移支付", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "一般公共预算拨款应等于其下“一般财力”与“上级一般公共预算安排转移支付”两行之和（只印一行时该行应等于拨款数）。不符多是转移支付漏填，或拨款数未随明细更新。",
    };

    protected override TableId Table => TableId.T1;

    protected override string Target => "income.gpb";

    protected override string[] Parts => ["income.gpb.general", "income.gpb.transfer"];
}

/// <summary>表1：政府性基金预算拨款 = 政府性基金收入 + 上级转移支付</summary>
public sealed class T1GfParts : LineIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T1.gf-parts", "表1：政府性基金预算拨款 = 政府性基金收入 + 上级转移支付", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "政府性基金预算拨款应等于其下政府性基金收入与上级转移支付两行之和，只在印有明细行时检查。不符时核对明细行，改正拨款数或漏填的一项。",
    };

    protected override TableId Table => TableId.T1;

    protected override string Target => "income.gf";

    protected override string[] Parts => ["income.gf.own", "income.gf.transfer"];
}

/// <summary>表1：国有资本经营预算拨款 = 国有资本经营收入 + 上级转移支付</summary>
public sealed class T1ScParts : LineIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T1.sc-parts", "表1：国有资本经营预算拨款 = 国有资本经营收入 + 上级转移支付", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "国有资本经营预算拨款应等于其下国有资本经营收入与上级转移支付两行之和，只在印有明细行时检查。不符时核对明细行，改正拨款数或漏填的一项。",
    };

    protected override TableId Table => TableId.T1;

    protected override string Target => "income.sc";

    protected override string[] Parts => ["income.sc.own", "income.sc.transfer"];
}

/// <summary>表1：单位资金 = 事业收入 + 上级补助 + 附属单位上缴 + 经营收入 + 其他收入</summary>
public sealed class T1UnitParts : LineIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T1.unit-parts", "表1：单位资金 = 事业收入 + 上级补助 + 附属单位上缴 + 经营收入 + 其他收入", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "单位资金应等于事业收入、上级补助收入、附属单位上缴收入、经营收入和其他收入各明细行之和，只在印有明细行时检查。不符多是某项明细漏计，按差额查找。",
    };

    protected override TableId Table => TableId.T1;

    protected override string Target => "income.unit";

    protected override string[] Parts => ["income.unit.business", "income.unit.upper", "income.unit.affiliated", "income.unit.operating", "income.unit.other"];
}

/// <summary>表1：上年结转结余 = 财政拨款结转 + 非财政拨款结转结余</summary>
public sealed class T1CarryoverParts : LineIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T1.carryover-parts", "表1：上年结转结余 = 财政拨款结转 + 非财政拨款结转结余", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "上年结转结余应等于财政拨款结转与非财政拨款结转结余两行之和。不符时核对两行：常见的是一行填在了别处，或小计未随明细更新。",
    };

    protected override TableId Table => TableId.T1;

    protected override string Target => "carryover";

    protected override string[] Parts => ["carryover.fiscal", "carryover.nonfiscal"];
}

/// <summary>表1：财政拨款结转 = 一般公共预算 + 政府性基金 + 国有资本经营</summary>
public sealed class T1FiscalCarryoverParts : LineIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T1.fiscal-carryover-parts", "表1：财政拨款结转 = 一般公共预算 + 政府性基金 + 国有资本经营", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "财政拨款结转应等于其下一般公共预算、政府性基金、国有资本经营三项结转之和，只在印有明细行时检查。不符时改正小计或漏填的一项，并与表11 财政拨款小计核对。",
    };

    protected override TableId Table => TableId.T1;

    protected override string Target => "carryover.fiscal";

    protected override string[] Parts => ["carryover.fiscal.gpb", "carryover.fiscal.gf", "carryover.fiscal.sc"];
}

/// <summary>表1：非财政拨款结转结余 = 财政专户 + 单位资金</summary>
public sealed class T1NonfiscalCarryoverParts : LineIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T1.nonfiscal-carryover-parts", "表1：非财政拨款结转结余 = 财政专户 + 单位资金", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "非财政拨款结转结余应等于其下财政专户管理资金与单位资金两项结转结余之和，只在印有明细行时检查。不符时改正小计或漏填的一项。",
    };

    protected override TableId Table => TableId.T1;

    protected override string Target => "carryover.nonfiscal";

    protected override string[] Parts => ["carryover.nonfiscal.special", "carryover.nonfiscal.unit"];
}

/// <summary>表4：财政拨款收入总计 = 支出总计</summary>
public sealed class T4Balance : LineIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T4.balance", "表4：财政拨款收入总计 = 支出总计", RuleCategory.Arithmetic, Severity.Error, Basis.BudgetLaw)
    {
        Help = "财政拨款收支总表必须平衡：表4 财政拨款收入总计应等于支出总计（合计列）。不等多是收入或支出一栏漏了某项资金（如政府性基金）或某一类支出，核对两栏后改正。",
    };

    protected override TableId Table => TableId.T4;

    protected override string Target => "income.total";

    protected override string[] Parts => ["expense.total"];

    protected override string? PartsColumn => "total";
}

/// <summary>表4：财政拨款（补助）= 一般公共预算 + 政府性基金 + 国有资本经营</summary>
public sealed class T4FiscalIncome : LineIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T4.fiscal-income", "表4：财政拨款（补助）= 一般公共预算 + 政府性基金 + 国有资本经营", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "表4 财政拨款（补助）收入应等于一般公共预算、政府性基金、国有资本经营三项收入之和。不符时核对三项收入，改正小计或抄错的一项。",
    };

    protected override TableId Table => TableId.T4;

    protected override string Target => "income.fiscal";

    protected override string[] Parts => ["income.gpb", "income.gf", "income.sc"];
}

/// <summary>表10：“三公”经费合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费</summary>
public sealed class T10TotalSum : LineIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T10.total-sum", "表10：“三公”经费合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "“三公”经费合计应等于因公出国（境）费、公务接待费、公务用车购置及运行费三行之和，合计及各资金列分别检查。不符时按差额找出漏计或多计的一项。",
    };

    protected override TableId Table => TableId.T10;

    protected override string Target => "total";

    protected override string[] Parts => ["overseas", "reception", "vehicles"];

    protected override string[] Columns => ["total", "gpb", "gf", "sc"];
}

/// <summary>表10：公务用车购置及运行费 = 购置费 + 运行费</summary>
public sealed class T10VehiclesSum : LineIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T10.vehicles-sum", "表10：公务用车购置及运行费 = 购置费 + 运行费", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "公务用车购置及运行费应等于公务用车购置费与公务用车运行费之和，各列分别检查。不符多是只改了其中一项而小计未更新。",
    };

    protected override TableId Table => TableId.T10;

    protected override string Target => "vehicles";

    protected override string[] Parts => ["vehicle_purchase", "vehicle_operation"];

    protected override string[] Columns => ["total", "gpb", "gf", "sc"];
}
