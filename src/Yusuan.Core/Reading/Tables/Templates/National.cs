using System.Collections.Immutable;
using Yusuan.Core.Model;
using static Yusuan.Core.Reading.Tables.ColumnSpec;

namespace Yusuan.Core.Reading.Tables.Templates;

/// <summary>The national templates most provinces and central departments publish with (财政部 部门预算公开表, 部门决算
/// 公开01–10表, 地方预决算公开操作规程): tables whose columns the regional editions do not print. Tables of these
/// templates that read like a regional edition (收入决算表, 支出决算表, 一般公共预算基本支出表, 政府性基金预算财政拨款
/// 收入支出决算表 …) are read by that edition's description.</summary>
internal static class National
{
    public const string Budget = "national-budget";
    public const string Final = "national-final";

    /// <summary>《地方预决算公开操作规程》: 8 tables (收支总表, 收入, 支出, 财政拨款收支总表, 一般公共预算支出, 基本支出, 三公,
    /// 政府性基金). The edition of every document no regional edition recognises.</summary>
    public static TemplateEdition GenericEdition { get; } = new("generic", "《地方预决算公开操作规程》通用要求")
    {
        RequiredTables = [TableId.T1, TableId.T2, TableId.T3, TableId.T4, TableId.T5, TableId.T6, TableId.T8, TableId.T10],
    };

    /// <summary>部门收入总表: income by source, each fund its own column (一般公共预算拨款收入, 财政专户管理资金收入, 事业收入 …)
    /// and the carry-over in one 上年结转(结余) column.</summary>
    public static readonly TableTemplate Income = new()
    {
        Edition = Budget,
        Canonical = TableId.T2,
        Title = Shared.IncomeTitle,
        Shape = TableShape.Coded,
        Codes = CodeScheme.Function,
        HeaderAnyOf = ["预算拨款", "财政专户管理资金"],
        Columns =
        [
            Of("total", "合计|总计"),
            Of("carryover", "上年结转结余|上年结转|上年结余"),
            Of("gpb", "一般公共预算拨款收入|一般公共预算拨款|一般公共预算资金|一般公共预算", "income.gpb"),
            Of("gf", "政府性基金预算拨款收入|政府性基金预算拨款|政府性基金预算资金|政府性基金", "income.gf"),
            Of("sc", "国有资本经营预算拨款收入|国有资本经营预算拨款|国有资本经营预算资金|国有资本经营", "income.sc"),
            Of("special", "财政专户管理资金收入|财政专户管理资金|财政专户核拨", "income.special"),
            Of("business", "事业收入"),
            Of("upper", "上级补助收入"),
            Of("affiliated", "附属单位上缴收入"),
            Of("operating", "事业单位经营收入|经营收入"),
            Of("other", "其他收入"),
            Of("fund_offset", "用事业基金弥补收支差额"),
        ],
        Identities = [Identity.Of("total", "carryover + gpb + gf + sc + special + business + upper + affiliated + operating + other + fund_offset")],
    };

    /// <summary>财政拨款“三公”经费支出决算表 (公开10表): the six items under 预算数, then the same six under 决算数 (Shanghai
    /// prints each item's 预算数/决算数 side by side instead).</summary>
    public static readonly TableTemplate ThreePublicFinal = new()
    {
        Edition = Final,
        Canonical = TableId.T10,
        Title = Shared.ThreePublicTitle,
        Shape = TableShape.Horizontal,
        HeaderAnyOf = ["决算数"],
        TransposeInto = "final",
        Columns =
        [
            Of("total.budget", "合计"), Of("overseas.budget", "因公出国(境)费|因公出国"),
            Of("vehicles.budget", "小计|公务用车购置及运行费|公务用车购置及运行维护费"),
            Of("vehicle_purchase.budget", "公务用车购置费|购置费"), Of("vehicle_operation.budget", "公务用车运行费|公务用车运行维护费|运行费"),
            Of("reception.budget", "公务接待费"),
            Of("total.final", "合计"), Of("overseas.final", "因公出国(境)费|因公出国"),
            Of("vehicles.final", "小计|公务用车购置及运行费|公务用车购置及运行维护费"),
            Of("vehicle_purchase.final", "公务用车购置费|购置费"), Of("vehicle_operation.final", "公务用车运行费|公务用车运行维护费|运行费"),
            Of("reception.final", "公务接待费"),
        ],
        Identities =
        [
            Identity.Of("total.budget", "overseas.budget + vehicles.budget + reception.budget"),
            Identity.Of("total.final", "overseas.final + vehicles.final + reception.final"),
            Identity.Of("vehicles.budget", "vehicle_purchase.budget + vehicle_operation.budget"),
            Identity.Of("vehicles.final", "vehicle_purchase.final + vehicle_operation.final"),
        ],
    };

    /// <summary>“三公”经费支出(预算)表 printed as a list of items with one amount column (项目 | 预算数).</summary>
    public static readonly TableTemplate ThreePublicList = new()
    {
        Edition = Budget,
        Canonical = TableId.T10,
        Title = Shared.ThreePublicTitle,
        Shape = TableShape.Items,
        HeaderAnyOf = ["项目", "预算数", "金额"],
        Columns = [Of("total", "预算数|决算数|金额|合计")],
        Lines = Common.ThreePublicLines,
    };

    /// <summary>The 三公 items by fund (Guangdong 财政拨款安排的行政经费及“三公”经费预算表: 项目 | 合计 | 一般公共预算 |
    /// 政府性基金预算 | 国有资本经营预算; rows 行政经费, “三公”经费, its items).</summary>
    public static readonly TableTemplate ThreePublicByFund = ThreePublicList with
    {
        HeaderAnyOf = ["一般公共预算"],
        Columns = [Of("total", "预算数|决算数|金额|合计"), Common.Gpb, Common.Gf, Common.Sc],
        Identities = [Identity.Of("total", "gpb + gf + sc")],
    };

    public static ImmutableArray<TableTemplate> All { get; } = [Income, ThreePublicFinal, ThreePublicByFund, ThreePublicList];
}
