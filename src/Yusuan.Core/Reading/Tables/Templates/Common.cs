using System.Collections.Immutable;
using static Yusuan.Core.Reading.Tables.ColumnSpec;

namespace Yusuan.Core.Reading.Tables.Templates;

/// <summary>Column and line descriptions shared by several editions.</summary>
internal static class Common
{
    public static readonly ColumnSpec Total = Of("total", "总计|合计|本年收入合计|本年支出合计|项目支出合计|小计|金额|决算数|预算数");
    public static readonly ColumnSpec Basic = Of("basic", "基本支出");
    public static readonly ColumnSpec Project = Of("project", "项目支出");
    public static readonly ColumnSpec Personnel = Of("personnel", "人员经费");
    public static readonly ColumnSpec Public = Of("public", "公用经费");
    public static readonly ColumnSpec Gpb = Of("gpb", "一般公共预算", "income.gpb");
    public static readonly ColumnSpec Gf = Of("gf", "政府性基金", "income.gf");
    public static readonly ColumnSpec Sc = Of("sc", "国有资本经营预算|国有资本经营", "income.sc");

    /// <summary>T7 economic columns (2025 and 2022 Xinjiang).</summary>
    public static readonly ImmutableArray<ColumnSpec> ProjectEconomics =
    [
        Of("total", "项目支出合计|合计"),
        Of("wages", "工资福利支出"),
        Of("goods", "商品和服务支出"),
        Of("individuals", "对个人和家庭的补助"),
        Of("debt", "债务利息及费用支出"),
        Of("capital_construction", "资本性支出(基本建设)"),
        Of("capital", "资本性支出"),
        Of("enterprise_construction", "对企业补助(基本建设)"),
        Of("enterprise", "对企业补助"),
        Of("social_security_fund", "对社会保障基金补助"),
        Of("other", "其他支出"),
    ];

    public static readonly ImmutableArray<Identity> ProjectEconomicSum =
        [Identity.Of("total", "wages + goods + individuals + debt + capital_construction + capital + enterprise_construction + enterprise + social_security_fund + other")];

    public static readonly ImmutableArray<Identity> BasicPlusProject = [Identity.Of("total", "basic + project")];

    public static readonly ImmutableArray<Identity> PersonnelPlusPublic = [Identity.Of("total", "personnel + public")];

    /// <summary>Column hints of a basic-expenditure table: 工资福利 and 对个人和家庭的补助 are 人员经费, the rest 公用经费.</summary>
    public static readonly ImmutableArray<ColumnHint> EconomicHints =
    [
        new("personnel", CodePrefix: "301"),
        new("personnel", CodePrefix: "303"),
        new("public", CodePrefix: "302"),
        new("public", CodePrefix: "310"),
        new("public", CodePrefix: "399"),
    ];

    /// <summary>Income and expense lines of the two-sided tables (T1, T4), all editions.</summary>
    public static readonly ImmutableArray<LineRule> TwoSidedLines =
    [
        LineRule.Of("income.current", LineSide.Income, "本年收入|当年收入小计|本年收入合计"),
        LineRule.Of("income.fiscal", LineSide.Income, "财政拨款(补助)|财政拨款收入|财政拨款|财政拨款(补助)收入|预算拨款|预算拨款收入"),
        LineRule.Of("income.gpb", LineSide.Income, "一般公共预算拨款|一般公共预算(拨款)|一般公共预算资金|一般公共预算|一般公共预算财政拨款收入|一般公共预算财政拨款|一般公共预算拨款收入|一般公共预算收入"),
        LineRule.Of("income.gpb.general", LineSide.Income, "一般财力"),
        LineRule.Of("income.gpb.transfer", LineSide.Income, "上级一般公共预算安排转移支付|上级一般公共预算安排的转移支付"),
        LineRule.Of("income.gf", LineSide.Income, "政府性基金预算拨款|政府性基金拨款|政府性基金预算(拨款)|政府性基金|政府性基金预算|政府性基金预算财政拨款收入|政府性基金预算财政拨款|政府性基金预算拨款收入|政府性基金预算资金|政府性基金预算收入"),
        LineRule.Of("income.gf.own", LineSide.Income, "政府性基金收入"),
        LineRule.Of("income.gf.transfer", LineSide.Income, "上级政府性基金安排转移支付|上级政府性基金安排的转移支付"),
        LineRule.Of("income.sc", LineSide.Income, "国有资本经营预算拨款|国有资本经营预算(拨款)|国有资本经营预算|国有资本经营预算财政拨款收入|国有资本经营预算财政拨款|国有资本经营预算拨款收入|国有资本经营预算资金|国有资本经营预算收入"),
        LineRule.Of("income.sc.own", LineSide.Income, "国有资本经营收入"),
        LineRule.Of("income.sc.transfer", LineSide.Income, "上级国有资本经营预算安排转移支付|上级国有资本经营预算安排的转移支付"),
        LineRule.Of("income.special", LineSide.Income, "财政专户核拨|财政专户(教育收费)|财政专户管理资金|财政专户核拨收入|财政专户管理资金收入|财政专户拨款|财政专户拨款收入"),
        LineRule.Of("income.unit", LineSide.Income, "单位资金|其他资金"),
        LineRule.Of("income.unit.business", LineSide.Income, "事业收入"),
        LineRule.Of("income.unit.upper", LineSide.Income, "上级补助收入"),
        LineRule.Of("income.unit.affiliated", LineSide.Income, "附属单位上缴收入"),
        LineRule.Of("income.unit.operating", LineSide.Income, "事业单位经营收入|经营收入"),
        LineRule.Of("income.unit.other", LineSide.Income, "其他收入|单位其他资金收入"),
        LineRule.Of("income.nonfiscal_balance_used", LineSide.Income, "使用非财政拨款结余(含专用结余)|使用非财政拨款结余"),
        LineRule.Of("carryover", LineSide.Income, "上年结转结余|上年结余、结转|上年结余结转|上年结转资金|年初结转和结余|年初财政拨款结转和结余|上年结转|上年财政拨款结转"),
        LineRule.Of("carryover.fiscal", LineSide.Income, "财政拨款结转|财政拨款结余、结转|财政拨款结转结余|财政拨款资金结转"),
        LineRule.Of("carryover.fiscal.gpb", LineSide.Income, "一般公共预算拨款结余、结转|一般公共预算拨款结转结余|一般公共预算拨款结余结转|一般公共预算结余、结转|一般公共预算结转结余|一般公共预算结余结转|一般公共预算拨款|一般公共预算财政拨款|一般公共预算|一般公共预算资金"),
        LineRule.Of("carryover.fiscal.gf", LineSide.Income, "政府性基金预算拨款结余、结转|政府性基金预算拨款结转结余|政府性基金预算拨款结余结转|政府性基金拨款结余、结转|政府性基金拨款结转结余|政府性基金拨款结余结转|政府性基金预算结余、结转|政府性基金预算结转结余|政府性基金预算结余结转|政府性基金预算拨款|政府性基金拨款|政府性基金预算财政拨款|政府性基金预算|政府性基金预算资金"),
        LineRule.Of("carryover.fiscal.sc", LineSide.Income, "国有资本经营预算拨款结余、结转|国有资本经营预算拨款结转结余|国有资本经营预算拨款结余结转|国有资本经营预算结余、结转|国有资本经营预算结转结余|国有资本经营预算结余结转|国有资本经营预算拨款|国有资本经营预算财政拨款|国有资本经营预算|国有资本经营预算资金"),
        LineRule.Of("carryover.nonfiscal", LineSide.Income, "非财政拨款结转结余|非财政拨款结余|非财政拨款结转|非财政拨款结余、结转|非财政拨款资金结余"),
        LineRule.Of("carryover.nonfiscal.special", LineSide.Income, "财政专户核拨"),
        LineRule.Of("carryover.nonfiscal.unit", LineSide.Income, "单位资金"),
        LineRule.Of("income.total", LineSide.Income, "收入总计|收入合计|总计"),
        LineRule.Of("expense.current", LineSide.Expense, "本年支出合计|当年支出小计|本年支出"),
        LineRule.Of("expense.carryforward", LineSide.Expense, "年末结转和结余|结转下年资金|年末财政拨款结转和结余|结转下年|年末结转结余|年终结转结余"),
        LineRule.Of("expense.distribution", LineSide.Expense, "结余分配"),
        LineRule.Of("expense.total", LineSide.Expense, "支出总计|支出合计|总计"),
        LineRule.Of("expense.basic", LineSide.Expense, "基本支出|人员经费和公用经费支出|人员经费和公用经费"),
        LineRule.Of("expense.project", LineSide.Expense, "项目支出|专项业务经费支出|专项业务经费"),
        LineRule.Of("expense.reserve", LineSide.Expense, "单位预留机动经费"),
    ];

    /// <summary>Rows of the vertical 三公 table (T10) and the row keys of the horizontal one.</summary>
    public static readonly ImmutableArray<LineRule> ThreePublicLines =
    [
        LineRule.Of("total", LineSide.Expense, "合计|总计|三公经费|三公经费合计"),
        LineRule.Of("admin", LineSide.Expense, "行政经费"),
        LineRule.Of("overseas", LineSide.Expense, "因公出国(境)费|因公出国(境)|因公出国境费|因公出国(境)支出|因公出国(境)费用"),
        LineRule.Of("reception", LineSide.Expense, "公务接待费|公务接待费支出"),
        LineRule.Of("vehicles", LineSide.Expense, "公务用车购置及运行费(小计)|公务用车购置及运行费|公务用车购置及运行维护费|公务用车购置及运行维护费(小计)|公务用车购置及运行维护支出|公务用车购置及运行支出"),
        LineRule.Of("vehicle_purchase", LineSide.Expense, "公务用车购置费"),
        LineRule.Of("vehicle_operation", LineSide.Expense, "公务用车运行费|公务用车运行维护费"),
    ];

    public static readonly ImmutableArray<LineRule> TotalLines =
    [
        LineRule.Of("total", LineSide.Expense, "合计|总计"),
    ];
}
