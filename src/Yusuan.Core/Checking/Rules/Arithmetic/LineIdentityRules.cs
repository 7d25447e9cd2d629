using Yusuan.Core.Model;

namespace Yusuan.Core.Checking.Rules.Arithmetic;

/// <summary>表1：收入总计 = 支出总计</summary>
public sealed class T1Balance : LineIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T1.balance", "表1：收入总计 = 支出总计", RuleCategory.Arithmetic, Severity.Error, Basis.BudgetLaw);

    protected override TableId Table => TableId.T1;

    protected override string Target => "income.total";

    protected override string[] Parts => ["expense.total"];
}

/// <summary>表1：收入总计 = 本年收入 + 上年结转结余</summary>
public sealed class T1IncomeTotal : LineIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T1.income-total", "表1：收入总计 = 本年收入 + 上年结转结余", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

    protected override TableId Table => TableId.T1;

    protected override string Target => "income.total";

    protected override string[] Parts => ["income.current", "carryover", "income.nonfiscal_balance_used"];
}

/// <summary>表1：本年收入 = 一般公共预算 + 政府性基金 + 国有资本经营 + 财政专户 + 单位资金</summary>
public sealed class T1CurrentIncome : LineIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T1.current-income", "表1：本年收入 = 一般公共预算 + 政府性基金 + 国有资本经营 + 财政专户 + 单位资金", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

    protected override TableId Table => TableId.T1;

    protected override string Target => "income.current";

    protected override string[] Parts => ["income.gpb", "income.gf", "income.sc", "income.special", "income.unit"];

    /// <summary>决算 templates (Shanghai 收入支出决算总表) print 上级补助/事业/经营/附属单位上缴/其他收入 without a 单位资金 subtotal.</summary>
    protected override IEnumerable<string> PartKeys(IReadOnlyList<TableRow> rows) =>
        rows.Any(r => r.Key == "income.unit") ? Parts
            : Parts.Concat(["income.unit.business", "income.unit.upper", "income.unit.affiliated", "income.unit.operating", "income.unit.other"]);
}

/// <summary>表1：财政拨款（补助）= 一般公共预算 + 政府性基金 + 国有资本经营</summary>
public sealed class T1FiscalIncome : LineIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T1.fiscal-income", "表1：财政拨款（补助）= 一般公共预算 + 政府性基金 + 国有资本经营", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

    protected override TableId Table => TableId.T1;

    protected override string Target => "income.fiscal";

    protected override string[] Parts => ["income.gpb", "income.gf", "income.sc"];
}

/// <summary>表1：一般公共预算拨款 = 一般财力 + 上级转移支付</summary>
public sealed class T1GpbParts : LineIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T1.gpb-parts", "表1：一般公共预算拨款 = 一般财力 + 上级转移支付", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

    protected override TableId Table => TableId.T1;

    protected override string Target => "income.gpb";

    protected override string[] Parts => ["income.gpb.general", "income.gpb.transfer"];
}

/// <summary>表1：政府性基金预算拨款 = 政府性基金收入 + 上级转移支付</summary>
public sealed class T1GfParts : LineIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T1.gf-parts", "表1：政府性基金预算拨款 = 政府性基金收入 + 上级转移支付", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

    protected override TableId Table => TableId.T1;

    protected override string Target => "income.gf";

    protected override string[] Parts => ["income.gf.own", "income.gf.transfer"];
}

/// <summary>表1：国有资本经营预算拨款 = 国有资本经营收入 + 上级转移支付</summary>
public sealed class T1ScParts : LineIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T1.sc-parts", "表1：国有资本经营预算拨款 = 国有资本经营收入 + 上级转移支付", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

    protected override TableId Table => TableId.T1;

    protected override string Target => "income.sc";

    protected override string[] Parts => ["income.sc.own", "income.sc.transfer"];
}

/// <summary>表1：单位资金 = 事业收入 + 上级补助 + 附属单位上缴 + 经营收入 + 其他收入</summary>
public sealed class T1UnitParts : LineIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T1.unit-parts", "表1：单位资金 = 事业收入 + 上级补助 + 附属单位上缴 + 经营收入 + 其他收入", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

    protected override TableId Table => TableId.T1;

    protected override string Target => "income.unit";

    protected override string[] Parts => ["income.unit.business", "income.unit.upper", "income.unit.affiliated", "income.unit.operating", "income.unit.other"];
}

/// <summary>表1：上年结转结余 = 财政拨款结转 + 非财政拨款结转结余</summary>
public sealed class T1CarryoverParts : LineIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T1.carryover-parts", "表1：上年结转结余 = 财政拨款结转 + 非财政拨款结转结余", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

    protected override TableId Table => TableId.T1;

    protected override string Target => "carryover";

    protected override string[] Parts => ["carryover.fiscal", "carryover.nonfiscal"];
}

/// <summary>表1：财政拨款结转 = 一般公共预算 + 政府性基金 + 国有资本经营</summary>
public sealed class T1FiscalCarryoverParts : LineIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T1.fiscal-carryover-parts", "表1：财政拨款结转 = 一般公共预算 + 政府性基金 + 国有资本经营", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

    protected override TableId Table => TableId.T1;

    protected override string Target => "carryover.fiscal";

    protected override string[] Parts => ["carryover.fiscal.gpb", "carryover.fiscal.gf", "carryover.fiscal.sc"];
}

/// <summary>表1：非财政拨款结转结余 = 财政专户 + 单位资金</summary>
public sealed class T1NonfiscalCarryoverParts : LineIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T1.nonfiscal-carryover-parts", "表1：非财政拨款结转结余 = 财政专户 + 单位资金", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

    protected override TableId Table => TableId.T1;

    protected override string Target => "carryover.nonfiscal";

    protected override string[] Parts => ["carryover.nonfiscal.special", "carryover.nonfiscal.unit"];
}

/// <summary>表4：财政拨款收入总计 = 支出总计</summary>
public sealed class T4Balance : LineIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T4.balance", "表4：财政拨款收入总计 = 支出总计", RuleCategory.Arithmetic, Severity.Error, Basis.BudgetLaw);

    protected override TableId Table => TableId.T4;

    protected override string Target => "income.total";

    protected override string[] Parts => ["expense.total"];

    protected override string? PartsColumn => "total";
}

/// <summary>表4：财政拨款（补助）= 一般公共预算 + 政府性基金 + 国有资本经营</summary>
public sealed class T4FiscalIncome : LineIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T4.fiscal-income", "表4：财政拨款（补助）= 一般公共预算 + 政府性基金 + 国有资本经营", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

    protected override TableId Table => TableId.T4;

    protected override string Target => "income.fiscal";

    protected override string[] Parts => ["income.gpb", "income.gf", "income.sc"];
}

/// <summary>表10：“三公”经费合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费</summary>
public sealed class T10TotalSum : LineIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T10.total-sum", "表10：“三公”经费合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

    protected override TableId Table => TableId.T10;

    protected override string Target => "total";

    protected override string[] Parts => ["overseas", "reception", "vehicles"];

    protected override string[] Columns => ["total", "gpb", "gf", "sc"];
}

/// <summary>表10：公务用车购置及运行费 = 购置费 + 运行费</summary>
public sealed class T10VehiclesSum : LineIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T10.vehicles-sum", "表10：公务用车购置及运行费 = 购置费 + 运行费", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

    protected override TableId Table => TableId.T10;

    protected override string Target => "vehicles";

    protected override string[] Parts => ["vehicle_purchase", "vehicle_operation"];

    protected override string[] Columns => ["total", "gpb", "gf", "sc"];
}
