using Yusuan.Core.Model;
using static Yusuan.Core.Reading.Tables.ColumnSpec;

namespace Yusuan.Core.Reading.Tables.Templates;

/// <summary>Title rules and table descriptions that read the same in every edition.</summary>
internal static class Shared
{
    public static readonly TitleRule TwoSidedTitle = TitleRule.Of(string.Empty, "收支总体情况表|收支预算总表|收入支出决算总表|收支总表|收支决算总表", "财政拨款|政府性基金|国有资本经营");
    public static readonly TitleRule FiscalTwoSidedTitle = TitleRule.Of("财政拨款", "收支总体情况表|收支预算总体情况表|收支预算总表|收入支出决算总表|收支总表|收支决算总表");
    public static readonly TitleRule IncomeTitle = TitleRule.Of(string.Empty, "收入总体情况表|收入预算总表|收入决算表|收入预算表|收入总表|收入情况表", "财政拨款|收支|收入支出|支出");
    public static readonly TitleRule ExpenseTitle = TitleRule.Of(string.Empty, "支出总体情况表|支出预算总表|支出决算表|支出预算表|支出总表|支出情况表", "财政拨款|收支|收入|一般公共预算|基金|国有资本|三公|项目支出|基本支出|机关运行|采购|购买服务");
    public static readonly TitleRule GeneralExpenseTitle = TitleRule.Of("一般公共预算", "支出情况表|支出功能分类预算表|支出决算表|支出预算表|支出表|支出明细表|支出决算明细表", "基本支出|项目支出|三公|机关运行|经济分类|经济科目|绩效|购买服务|采购");
    public static readonly TitleRule BasicExpenseTitle = TitleRule.Of("一般公共预算|基本支出", null, "三公|机关运行");
    public static readonly TitleRule ProjectExpenseTitle = TitleRule.Of(string.Empty, "一般公共预算项目支出|一般公共预算拨款项目支出|项目支出表|项目支出预算表|项目支出情况表|项目支出决算表|项目支出明细表|项目支出预算明细表|专项业务经费支出表|专项业务经费支出预算表", "绩效|三公|政府性基金|国有资本|收支|收入");
    public static readonly TitleRule GovFundTitle = TitleRule.Of("政府性基金", "支出|收支表|收支总表", "三公|收入总");
    public static readonly TitleRule StateCapitalTitle = TitleRule.Of("国有资本经营|支出", null, "三公|收支总|收入总");
    public static readonly TitleRule ThreePublicTitle = TitleRule.Of("三公");

    /// <summary>T1 (收支总表) or T4 (财政拨款收支总表): income lines with one amount, expense lines by 类 with one amount (T1)
    /// or 合计 + the three funds (T4).</summary>
    public static TableTemplate TwoSided(string edition, TableId id) => new()
    {
        Edition = edition,
        Canonical = id,
        Title = id == TableId.T1 ? TwoSidedTitle : FiscalTwoSidedTitle,
        Shape = TableShape.Lines,
        Columns = [Of("amount", "预算数|决算数|金额|合计")],
        ExpenseColumns = id == TableId.T1
            ? [Of("amount", "预算数|决算数|金额|合计")]
            : [Of("total", "合计|预算数|金额"), Common.Gpb, Common.Gf, Common.Sc],
        Identities = id == TableId.T1 ? [] : [Identity.Of("total", "gpb + gf + sc")],
        Lines = Common.TwoSidedLines,
    };
}
