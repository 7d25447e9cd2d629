using Yusuan.Core.Checking;
using Yusuan.Core.Model;
using Yusuan.Core.Reading;

namespace Yusuan.Core.Tests.Checking;

/// <summary>
/// A row's total is the sum of the columns printed beside its parts, not of every money column: 人员经费/公用经费 under
/// 基本支出, 扣除基建项目后预算数 under 项目支出, the sources under 本年收入 小计, a 其中 group, a 当年预算 | 上年结转结余
/// header with its own 小计. Layouts of Beijing's 预算02/03/05表 and 长春's 支出总表 as the tab text the PDF reader makes of
/// them; the figures are CONSTRUCTED (chosen by hand, consistent), and each table is checked once as printed (no error)
/// and once with one slip (exactly one error, in that row).
/// </summary>
public sealed class BreakdownColumnsTests
{
    /// <summary>Beijing 预算02表: 合计 | 本年收入 (小计, the sources) | 上年结转结余 (小计, the funds).</summary>
    private const string IncomeGroups = """
        北京市示范局2026年部门预算
        目录：预算01表 收支总表 预算02表 收入总表 预算03表 支出总表 预算05表 一般公共预算支出表
        	预算02表 收入总表
        																	金额单位：万元
        	合计	本年收入										上年结转结余
        		小计	一般公共预算资金	政府性基金预算资金	国有资本经营预算资金	财政专户管理资金	事业收入	事业单位经营收入	上级补助收入	附属单位上缴收入	其他收入	小计	一般公共预算资金	政府性基金预算资金	国有资本经营预算资金	财政专户管理资金	单位资金
        	211.00	163.00	98.00				15.00	49.00			1.00	48.00	0.50				47.50
        """;

    /// <summary>Beijing 预算05表: 基本支出 (小计, 人员经费, 公用经费) | 项目支出 (项目支出总数, 扣除基建项目后预算数).</summary>
    private const string ExpenseBreakdowns = """
        北京市示范局2026年部门预算
        目录：预算01表 收支总表 预算02表 收入总表 预算03表 支出总表 预算05表 一般公共预算支出表
        	预算05表 一般公共预算支出表
        								金额单位：万元
        	功能分类科目		预算数
        	科目编码	科目名称	合计	基本支出			项目支出
        				小计	人员经费	公用经费	项目支出总数	扣除基建项目后预算数
        		合计	180.00	100.00	80.00	20.00	80.00	80.00
        	201	一般公共服务支出	180.00	100.00	80.00	20.00	80.00	80.00
        	20138	市场监督管理事务	180.00	100.00	80.00	20.00	80.00	80.00
        	2013801	行政运行	100.00	100.00	80.00	20.00
        	2013802	一般行政管理事务	50.00				50.00	50.00
        	2013803	机关服务	30.00				30.00	30.00
        """;

    /// <summary>Beijing 预算03表: 合计 | 基本支出 | 项目支出 | 其中 (事业单位经营支出 | 上缴上级支出 | 对附属单位补助支出).</summary>
    private const string OfWhich = """
        北京市示范局2026年部门预算
        目录：预算01表 收支总表 预算02表 收入总表 预算03表 支出总表 预算05表 一般公共预算支出表
        	预算03表 支出总表
        									金额单位：万元
        	支出功能分类科目	政府支出经济分类科目	部门支出经济分类科目	合计	基本支出	项目支出	其中
        							事业单位经营支出	上缴上级支出	对附属单位补助支出
        	2013801-行政运行	50201-办公经费	30201-办公费	248.30	248.30
        	2013810-质量基础	50502-商品和服务支出	30201-办公费	173.24		173.24	168.00
        	2013810-质量基础	50502-商品和服务支出	30202-印刷费	45.50		45.50	42.00
        """;

    /// <summary>长春 支出总表: 合计 | 当年预算 (小计, 基本支出, 项目支出, 事业单位经营支出) | 上年结转结余 (小计, …).</summary>
    private const string YearGroups = """
        长春市示范局2026年部门预算
        目录：表一 收支总表 表二 收入总表 表三 支出总表
        表三
        支出总表
        										单位：万元
        科目编码	功能分类科目名称	合计	当年预算				上年结转结余
        			小计	基本支出	项目支出	事业单位经营支出	小计	基本支出	项目支出	事业单位经营支出
        	总计：	100.00	90.00	60.00	30.00	0.00	10.00	0.00	10.00	0.00
        201	一般公共服务支出	100.00	90.00	60.00	30.00	0.00	10.00	0.00	10.00	0.00
        20140	信访事务	100.00	90.00	60.00	30.00	0.00	10.00	0.00	10.00	0.00
        2014001	行政运行	60.00	60.00	60.00	0.00	0.00	0.00	0.00	0.00	0.00
        2014002	一般行政管理事务	40.00	30.00	0.00	30.00	0.00	10.00	0.00	10.00	0.00
        """;

    private static List<Finding> RowTotals(string text, string rule) =>
        [.. Checker.Default.Check(DisclosureReader.Read(text).GetValueOrThrow()).Findings.Where(f => f.Rule == rule && f.Severity == Severity.Error)];

    [Theory]
    [InlineData(nameof(IncomeGroups), "T2.row-total")]
    [InlineData(nameof(ExpenseBreakdowns), "T5.row-total")]
    [InlineData(nameof(OfWhich), "T3.row-total")]
    [InlineData(nameof(YearGroups), "T3.row-total")]
    public void A_breakdown_is_not_added_beside_the_column_it_breaks_down(string table, string rule)
    {
        Assert.Empty(RowTotals(Text(table), rule).Select(f => f.Message));
    }

    /// <summary>One slip per layout, one error in its row with the sum of the row's parts as expected:
    /// 表2 211.00 = 163.00 (本年收入 小计) + 48.00 (上年结转结余 小计), printed 212.00; 表5 机关服务 合计 30.00 over 项目支出
    /// 25.00 (扣除基建项目后预算数 25.00 is part of it); 表3 印刷费 合计 55.50 over 项目支出 45.50 (其中 42.00 is part of it);
    /// 长春 一般行政管理事务 当年预算 小计 printed 0.00 over 项目支出 30.00, so 合计 40.00 ≠ 0.00 + 10.00 (上年结转结余 小计).</summary>
    [Theory]
    [InlineData(nameof(IncomeGroups), "\t211.00\t", "\t212.00\t", "T2.row-total", "total", "211.00")]
    [InlineData(nameof(ExpenseBreakdowns), "机关服务\t30.00\t\t\t\t30.00\t30.00", "机关服务\t30.00\t\t\t\t25.00\t25.00", "T5.row-total", "2013803", "25.00")]
    [InlineData(nameof(OfWhich), "30202-印刷费\t45.50", "30202-印刷费\t55.50", "T3.row-total", "2013810/50502/30202", "45.50")]
    [InlineData(nameof(YearGroups), "一般行政管理事务\t40.00\t30.00", "一般行政管理事务\t40.00\t0.00", "T3.row-total", "2014002", "10.00")]
    public void A_wrong_total_is_one_error_in_its_row(string table, string printed, string slip, string rule, string row, string expected)
    {
        var text = Text(table);
        Assert.Contains(printed, text, StringComparison.Ordinal);
        var f = Assert.Single(RowTotals(text.Replace(printed, slip, StringComparison.Ordinal), rule));
        Assert.Equal(row, f.Location.Row);
        Assert.Equal(expected, f.Expected);
    }

    private static string Text(string name) => name switch
    {
        nameof(IncomeGroups) => IncomeGroups,
        nameof(ExpenseBreakdowns) => ExpenseBreakdowns,
        nameof(OfWhich) => OfWhich,
        _ => YearGroups,
    };
}
