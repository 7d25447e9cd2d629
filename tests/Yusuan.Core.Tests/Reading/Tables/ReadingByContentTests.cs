using Yusuan.Core.Checking;
using Yusuan.Core.Export;
using Yusuan.Core.Model;
using Yusuan.Core.Reading;

namespace Yusuan.Core.Tests.Reading.Tables;

/// <summary>
/// Table layouts seen in other provinces' PDFs (Xi'an, Shenzhen, 西南大学), written here as the tab text the PDF reader
/// makes of their ruled grids. The documents are CONSTRUCTED (figures chosen by hand, internally consistent); each
/// expected cell is read off the fixture text in the test, not from the reader's output.
/// </summary>
public sealed class ReadingByContentTests
{
    private static Dictionary<(string Unit, string Row, string Column), decimal> Cells(string text, string table)
    {
        var document = DisclosureReader.Read(text).GetValueOrThrow();
        return CellsProjection.Cells(document).Where(c => c.Table == table)
            .ToDictionary(c => (c.Unit, c.Row, c.Column), c => c.Value);
    }

    /// <summary>Xi'an's 三公 table: 2021年 | 2022年 | 增减变化情况 groups over the same items, a row per unit with its
    /// 单位编码, the department's row (222) repeating 合计.</summary>
    private const string YearGroups = """
        西安市示范局2022年部门预算
        目录：表1 收支总表 表2 收入总表 表3 支出总表 表13 “三公”经费表

        表13
        2022年部门综合预算一般公共预算拨款“三公”经费、会议费、培训费表
        预算单位：西安市示范局
        单位：万元
        序号	单位编码	单位名称	2021年						2022年						增减变化情况
        			合计	小计	因公出国（境）费用	公务接待费	会议费	培训费	合计	小计	因公出国（境）费用	公务接待费	会议费	培训费	合计	小计	因公出国（境）费用	公务接待费	会议费	培训费
        1		合计	30.00	10.00	4.00	6.00	8.00	12.00	41.00	15.00	5.00	10.00	11.00	15.00	11.00	5.00	1.00	4.00	3.00	3.00
        2	222	西安市示范局	30.00	10.00	4.00	6.00	8.00	12.00	41.00	15.00	5.00	10.00	11.00	15.00	11.00	5.00	1.00	4.00	3.00	3.00
        3	222001	西安市示范局	20.00	6.00	4.00	2.00	6.00	8.00	26.00	9.00	5.00	4.00	7.00	10.00	6.00	3.00	1.00	2.00	1.00	2.00
        4	222002	西安市示范局信息中心	10.00	4.00	0.00	4.00	2.00	4.00	15.00	6.00	0.00	6.00	4.00	5.00	5.00	2.00	0.00	2.00	2.00	1.00
        """;

    [Fact]
    public void A_table_printing_two_years_side_by_side_is_read_for_the_latest_year_unit_by_unit()
    {
        var cells = Cells(YearGroups, "T10");
        // 合计 row, 2022年 group: 小计 15.00, 因公出国 5.00, 公务接待 10.00, 会议费 11.00, 培训费 15.00.
        Assert.Equal(15.00m, cells[("", "total", "total")]);
        Assert.Equal(5.00m, cells[("", "overseas", "total")]);
        Assert.Equal(10.00m, cells[("", "reception", "total")]);
        Assert.Equal(11.00m, cells[("", "meeting", "total")]);
        Assert.Equal(15.00m, cells[("", "training", "total")]);
        // 222002's 2022年 group: 小计 6.00, 公务接待 6.00, 培训费 5.00.
        Assert.Equal(6.00m, cells[("西安市示范局信息中心", "total", "total")]);
        Assert.Equal(6.00m, cells[("西安市示范局信息中心", "reception", "total")]);
        Assert.Equal(5.00m, cells[("西安市示范局信息中心", "training", "total")]);
        // 222001 (the department's own office, same name as the department) is a unit; the 222 row repeats 合计.
        Assert.Equal(9.00m, cells[("西安市示范局", "total", "total")]);
        // Nothing from the 2021年 group (30.00, 20.00, 12.00, 8.00 stand only there) or the change group (3.00, 1.00).
        Assert.DoesNotContain(cells.Values, v => v is 30.00m or 20.00m or 12.00m or 8.00m or 3.00m or 1.00m);
        // The total and two units: the 222 row is not a third unit.
        Assert.Equal(["", "西安市示范局", "西安市示范局信息中心"], cells.Keys.Select(k => k.Unit).Distinct().Order());
    }

    /// <summary>Shenzhen's 三公 table: 预算单位 | 年度 rows (2025年, 2026年, 增减变化金额) and every item split into the three
    /// funds.</summary>
    private const string YearRowsByFund = """
        深圳市示范局2026年部门预算
        目录：表1 收支总表 表2 收入总表 表3 支出总表 表9 “三公”经费支出表

        表9
        财政拨款“三公”经费支出表
        部门名称：深圳市示范局
        单位：万元
        预算单位	年度	总计			因公出国(境)费			公务接待费			公务用车购置及运行维护费
        											小计			公务用车购置费			公务用车运行维护费
        		一般公共预算	政府性基金预算	国有资本经营预算	一般公共预算	政府性基金预算	国有资本经营预算	一般公共预算	政府性基金预算	国有资本经营预算	一般公共预算	政府性基金预算	国有资本经营预算	一般公共预算	政府性基金预算	国有资本经营预算	一般公共预算	政府性基金预算	国有资本经营预算
        深圳市示范局	2025年	50.00	0.00	0.00	20.00	0.00	0.00	10.00	0.00	0.00	20.00	0.00	0.00	8.00	0.00	0.00	12.00	0.00	0.00
        	2026年	42.00	1.00	0.00	18.00	0.00	0.00	9.00	1.00	0.00	15.00	0.00	0.00	0.00	0.00	0.00	15.00	0.00	0.00
        	增减变化金额	-8.00	1.00	0.00	-2.00	0.00	0.00	-1.00	1.00	0.00	-5.00	0.00	0.00	-8.00	0.00	0.00	3.00	0.00	0.00
        """;

    [Fact]
    public void A_table_printing_years_as_rows_and_items_by_fund_reads_the_latest_year_item_by_fund()
    {
        var cells = Cells(YearRowsByFund, "T10");
        // The 2026年 row: 总计 42.00 | 1.00 | 0.00, 因公出国 18.00, 公务接待 9.00 | 1.00, 公务用车 15.00 (小计), 购置 0.00, 运行 15.00.
        Assert.Equal(42.00m, cells[("", "total", "gpb")]);
        Assert.Equal(1.00m, cells[("", "total", "gf")]);
        Assert.Equal(18.00m, cells[("", "overseas", "gpb")]);
        Assert.Equal(9.00m, cells[("", "reception", "gpb")]);
        Assert.Equal(1.00m, cells[("", "reception", "gf")]);
        Assert.Equal(15.00m, cells[("", "vehicles", "gpb")]);
        Assert.Equal(0.00m, cells[("", "vehicle_purchase", "gpb")]);
        Assert.Equal(15.00m, cells[("", "vehicle_operation", "gpb")]);
        // Not the 2025年 row (50.00) nor the change row (-8.00).
        Assert.DoesNotContain(cells.Values, v => v is 50.00m or -8.00m);
    }

    /// <summary>西南大学's 决算 收支总表: the grand totals printed as a bare 合计 on both sides.</summary>
    private const string BareTotal = """
        西南示范大学2024年度部门决算

        表1：高等学校收支决算总表
        单位名称：西南示范大学
        单位：万元
        收入		支出
        项目	决算数	项目(按功能分类)	决算数
        一、财政拨款收入	900.00	五、教育支出	1,000.00
        三、事业收入	100.00
        本年收入合计	1,000.00	本年支出合计	1,000.00
        年初结转和结余	50.00	年末结转和结余	50.00
        合计	1,050.00	合计	1,050.00
        """;

    [Fact]
    public void A_bare_total_closing_each_side_of_the_revenue_table_is_that_sides_total()
    {
        var cells = Cells(BareTotal, "T1");
        Assert.Equal(1050.00m, cells[("", "income.total", "amount")]);
        Assert.Equal(1050.00m, cells[("", "expense.total", "amount")]);
        Assert.Equal(1000.00m, cells[("", "income.current", "amount")]);
        Assert.DoesNotContain(cells.Keys, k => k.Row.StartsWith("line.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_of_items_by_fund_without_a_total_column_claims_no_row_total()
    {
        var document = DisclosureReader.Read(YearRowsByFund).GetValueOrThrow();
        Assert.DoesNotContain(Checker.Default.Check(document).Findings, f => f.Rule == "T10.row-total");
    }

    /// <summary>Xi'an's 收入总表: the funds printed without a 财政拨款 小计, a 其中 column under 一般公共预算拨款, and a source
    /// the schema has no key for (上年实户资金余额). 合计 100.00 = 60.00 + 20.00 + 15.00 + 5.00; 其中 30.00 is inside the 60.00.</summary>
    private const string FundsWithoutSubtotal = """
        西安市示范局2021年部门预算
        目录：表1 收支总表 表2 收入总表 表3 支出总表

        表2
        2021年部门综合预算收入总表
        预算单位：西安市示范局
        单位：万元
        序号	单位编码	单位名称	总计	部门预算
        				合计	一般公共预算拨款		政府性基金拨款	上年实户资金余额	其他收入
        					小计	其中：专项资金列入部门预算项目
        1		合计	100.00	100.00	60.00	30.00	20.00	15.00	5.00
        2	301	西安市示范局	100.00	100.00	60.00	30.00	20.00	15.00	5.00
        3	301001	西安市示范局	70.00	70.00	40.00	30.00	20.00	10.00	0.00
        4	301002	西安市示范局服务中心	30.00	30.00	20.00	0.00	0.00	5.00	5.00
        """;

    [Fact]
    public void Funds_printed_without_their_subtotal_and_an_unnamed_source_add_up_to_the_total()
    {
        var document = DisclosureReader.Read(FundsWithoutSubtotal).GetValueOrThrow();
        Assert.Empty(Checker.Default.Check(document).Findings.Where(f => f.Rule == "T2.row-total").Select(f => f.Message));
        var cells = Cells(FundsWithoutSubtotal, "T2");
        Assert.Equal(100.00m, cells[("", "total", "total")]);
        Assert.Equal(60.00m, cells[("", "total", "gpb")]);
        Assert.Equal(20.00m, cells[("", "total", "gf")]);
        // The department's row (301) repeats 合计; 301001 and 301002 are its units.
        Assert.Equal(["", "西安市示范局", "西安市示范局服务中心"], cells.Keys.Select(k => k.Unit).Distinct().Order());
    }

    /// <summary>Xi'an's 部门综合预算收支总表: a 序号 column before the income side, the header printed again on the next page.</summary>
    private const string OrdinalFirstT1 = """
        西安市示范局2022年部门预算
        目录：表1 收支总表 表2 收入总表 表3 支出总表 表4 财政拨款收支总表

        表1
        2022年部门综合预算收支总表
        预算单位：西安市示范局
        金额单位：万元
        序号	收入		支出
        	项目	预算数	支出功能分科目（按大类）	预算数
        1	1、财政拨款	120.00	1、一般公共服务支出	100.00
        2	(1)一般公共预算拨款	110.00	2、教育支出	20.00
        3	(2)政府性基金拨款	10.00
        序号	收入		支出
        	项目	预算数	支出功能分科目（按大类）	预算数
        4	本年收入合计	120.00	本年支出合计	120.00
        5	收入总计	120.00	支出总计	120.00
        """;

    [Fact]
    public void A_line_number_column_before_the_income_side_is_neither_a_side_nor_an_amount()
    {
        var cells = Cells(OrdinalFirstT1, "T1");
        Assert.Equal(120.00m, cells[("", "income.fiscal", "amount")]);
        Assert.Equal(110.00m, cells[("", "income.gpb", "amount")]);
        Assert.Equal(10.00m, cells[("", "income.gf", "amount")]);
        Assert.Equal(120.00m, cells[("", "income.current", "amount")]);
        Assert.Equal(120.00m, cells[("", "income.total", "amount")]);
        Assert.Equal(100.00m, cells[("", "expense.201", "amount")]);
        Assert.Equal(120.00m, cells[("", "expense.total", "amount")]);
        // The 序号 numbers 1–5 are not figures of any line.
        Assert.DoesNotContain(cells.Values, v => v is 1m or 2m or 3m or 4m or 5m);
    }

    /// <summary>Xi'an's 专项业务经费支出表: units by 单位编码, under each the kinds (专用项目, 通用项目), their groups and projects, a
    /// 项目简介 beside each project, a name wrapped upwards onto the line above its amount, a continuation page whose first
    /// line is that name's start.</summary>
    private const string ProjectsByUnit = """
        西安市示范局2022年部门预算
        目录：表1 收支总表 表2 收入总表 表3 支出总表 表10 专项业务经费支出表

        表10
        2022年部门综合预算专项业务经费支出表
        预算单位：西安市示范局
        金额单位：万元
        序号	单位编码	单位（项目）名称	项目金额	项目简介
        1		合计	100.00
        2	222001	西安市示范局	70.00
        3		通用项目	20.00
        4		办公场所租赁	20.00
        5		稽查站点办公租赁费	20.00	保证稽查站的工作正常开展，维护运输市场秩序。
        6		专用项目	50.00
        7		其他履职尽责专项业务费	50.00
        8		公路养护资金	30.00	按照省交通运输厅的要求，开展农村公路日常养护，保障道路安全畅通。
        			做好城市宣传工作，制定全市宣传思想工作的总体思路、目标任务和政策措施，
        9		城市宣传经费	20.00	并组织实施。
        2022年部门综合预算专项业务经费支出表
        预算单位：西安市示范局
        序号	单位编码	单位（项目）名称	项目金额	项目简介
        	西安市示范局信
        10	222002	息中心	30.00
        11		专用项目	30.00
        12		其他履职尽责专项业务费	30.00
        13		网络运行维护	30.00	对现有信息化系统进行网络运行维护，保障系统稳定运行。
        """;

    [Fact]
    public void A_project_table_by_unit_reads_each_units_projects_and_keeps_kinds_and_groups_apart()
    {
        var document = DisclosureReader.Read(ProjectsByUnit).GetValueOrThrow();
        var t7 = document.Table(TableId.T7)!;
        var cells = Cells(ProjectsByUnit, "T7");
        Assert.Equal(100.00m, cells[("", "total", "total")]);
        Assert.Equal(70.00m, cells[("西安市示范局", "total", "total")]);
        // Projects, under their unit, without their 项目简介.
        Assert.Equal(20.00m, cells[("西安市示范局", "|稽查站点办公租赁费", "total")]);
        Assert.Equal(30.00m, cells[("西安市示范局", "|公路养护资金", "total")]);
        Assert.Equal(20.00m, cells[("西安市示范局", "|城市宣传经费", "total")]);
        // The unit whose name wraps upwards across the page break, and its project.
        Assert.Equal(30.00m, cells[("西安市示范局信息中心", "total", "total")]);
        Assert.Equal(30.00m, cells[("西安市示范局信息中心", "|网络运行维护", "total")]);
        // Kinds and groups are not projects: a unit's projects add up to the unit (20 + 30 + 20 = 70).
        var projects = t7.Rows.Where(r => r.Project is not null).ToList();
        Assert.Equal(["公路养护资金", "城市宣传经费", "稽查站点办公租赁费", "网络运行维护"], projects.Select(p => p.Project!).Order());
        Assert.Equal(70.00m, projects.Where(p => p.Unit == "西安市示范局").Sum(p => p.Cells["total"].Value));
        Assert.All(t7.Rows.Where(r => r.Label is "通用项目" or "专用项目" or "办公场所租赁" or "其他履职尽责专项业务费"), r => Assert.Equal(RowKind.Subtotal, r.Kind));
        // No sentence of a 项目简介 became a row or a unit.
        Assert.DoesNotContain(t7.Rows, r => r.Label.Contains('，') || (r.Unit ?? string.Empty).Contains('，'));
        // And the checker finds the table consistent: no total-sum finding.
        var report = Checker.Default.Check(document);
        Assert.DoesNotContain(report.Findings, f => f.Rule.StartsWith("T7.", StringComparison.Ordinal));
    }

    /// <summary>Xi'an's 决算 公开09表: the items across, one row of 预算数 and one of 决算数 under them.</summary>
    private const string MeasureRows = """
        西安市示范局2022年度部门决算
        目录：表1 收入支出决算总表 表2 收入决算表 表3 支出决算表 表9 “三公”经费支出决算表

        九、财政拨款“三公”经费及会议费、培训费支出决算情况说明
        2022年度财政拨款安排公务接待费预算1.86万元，支出决算0.11万元，完成预算的5.91%。

        表9
        财政拨款“三公”经费及会议费、培训费支出决算表
        编制部门：西安市示范局
        金额单位：万元
        项目	财政拨款安排的“三公”经费						会议费	培训费
        	小计	因公出国（境）费用	公务用车购置及运行维护费			公务接待费
        			小计	公务用车购置费	公务用车运行维护费
        栏次	1	2	3	4	5	6	7	8
        预算数	10.00		8.14	3.00	5.14	1.86	2.00	3.00
        决算数	8.00		7.89	3.00	4.89	0.11	1.50	2.50
        """;

    [Fact]
    public void A_three_public_table_with_budget_and_final_rows_gives_each_item_both_and_the_text_is_compared_with_the_one_it_names()
    {
        var cells = Cells(MeasureRows, "T10");
        Assert.Equal(10.00m, cells[("", "total", "budget")]);
        Assert.Equal(8.00m, cells[("", "total", "final")]);
        Assert.Equal(1.86m, cells[("", "reception", "budget")]);
        Assert.Equal(0.11m, cells[("", "reception", "final")]);
        Assert.Equal(5.14m, cells[("", "vehicle_operation", "budget")]);
        Assert.Equal(4.89m, cells[("", "vehicle_operation", "final")]);
        Assert.Equal(2.50m, cells[("", "training", "final")]);
        // 公务接待费 预算 1.86 and 决算 0.11 both agree with their own column: no finding on either.
        var report = Checker.Default.Check(DisclosureReader.Read(MeasureRows).GetValueOrThrow());
        Assert.DoesNotContain(report.Findings, f => f.Rule == "M.three-public-vs-T10");
    }
    /// <summary>上海 决算 支出决算表: the figures of 基本支出 and 项目支出 stand at the top of each tall cell, a line above the
    /// row's code, name and centred 本年支出合计, and the first of them beside the 类 款 项 heads.</summary>
    private const string FiguresAtTopOfCells = """
        上海市普陀区示范局2024年度部门决算
        目录：一、收入支出决算总表 二、收入决算表 三、支出决算表

        支出决算表
        									单位：万元
        项目				本年支出合计	基本支出	项目支出	上缴上级支出	经营支出	对附属单位补助支出
        支出功能分类			科目名称
        科目编码
        类	款	项			120.00	30.00
        			合计	150.00
        					100.00	30.00
        201			一般公共服务支出	130.00
        					100.00	30.00
        201	06		财政事务	130.00
        					100.00
        201	06	01	行政运行	105.00		5.00
        201	06	02	一般行政管理事务	25.00		25.00
        208			社会保障和就业支出	20.00	20.00
        208	05		行政事业单位养老支出	20.00	20.00
        208	05	01	行政单位离退休	20.00	20.00
        """;

    [Fact]
    public void Figures_printed_at_the_top_of_tall_cells_belong_to_the_coded_row_below_them()
    {
        var cells = Cells(FiguresAtTopOfCells, "T3");
        Assert.Equal(150.00m, cells[("", "total", "total")]);
        Assert.Equal(120.00m, cells[("", "total", "basic")]);
        Assert.Equal(30.00m, cells[("", "total", "project")]);
        Assert.Equal(130.00m, cells[("", "20106", "total")]);
        Assert.Equal(100.00m, cells[("", "20106", "basic")]);
        Assert.Equal(105.00m, cells[("", "2010601", "total")]);
        Assert.Equal(100.00m, cells[("", "2010601", "basic")]);
        Assert.Equal(5.00m, cells[("", "2010601", "project")]);
        Assert.False(cells.ContainsKey(("", "2010602", "basic")));
        Assert.Equal(20.00m, cells[("", "2080501", "basic")]);
        var document = DisclosureReader.Read(FiguresAtTopOfCells).GetValueOrThrow();
        Assert.Empty(Checker.Default.Check(document).Findings.Where(f => f.Rule.StartsWith("T3.", StringComparison.Ordinal) && f.Severity == Severity.Error).Select(f => f.Message));
    }
    /// <summary>无锡/苏州 2026: “三公”经费合计 first, then the items, 公务用车购置及运行维护费 over its own 小计 and its two
    /// parts, then 会议费 and 培训费.</summary>
    private const string ThreePublicWithVehicleSubtotal = """
        无锡市示范局2026年部门预算
        目录：一、收支预算总表 二、收入预算总表 三、支出预算总表 十、一般公共预算“三公”经费、会议费、培训费支出表

        一般公共预算“三公”经费、会议费、培训费支出表
        部门：无锡市示范局                                  单位：万元
        “三公”经费合计	因公出国（境）费	公务用车购置及运行维护费			公务接待费	会议费	培训费
        		小计	公务用车购置费	公务用车运行维护费
        60.00	5.00	40.00	15.00	25.00	15.00	8.00	12.00
        """;

    [Fact]
    public void A_subtotal_under_a_group_is_that_groups_figure_and_the_three_public_total_is_the_total()
    {
        var cells = Cells(ThreePublicWithVehicleSubtotal, "T10");
        Assert.Equal(60.00m, cells[("", "total", "total")]);
        Assert.Equal(40.00m, cells[("", "vehicles", "total")]);
        Assert.Equal(15.00m, cells[("", "vehicle_purchase", "total")]);
        Assert.Equal(15.00m, cells[("", "reception", "total")]);
        Assert.Equal(12.00m, cells[("", "training", "total")]);
        Assert.False(cells.ContainsKey(("", "total_with_meetings", "total")));
    }
}
