using Yusuan.Core.Checking;
using Yusuan.Core.Model;
using static Yusuan.Core.Tests.Checking.CleanDocument;
using T = Yusuan.Core.Model.TableId;

namespace Yusuan.Core.Tests.Checking;

/// <summary>
/// Table-driven failure tests (after NodaTime): each row is one defect put into the consistent document, the rule id it
/// must trigger, and what the finding must say: the table and row it points at (or, for the text, its section or line),
/// the figure the rule expects and the one the document has, each worked out by hand from the defect and the clean
/// document. The consistent document itself triggers nothing (<see cref="CleanDocumentTests"/>).
/// </summary>
public class RuleTriggerTests
{
    /// <summary>What one finding of the rule must be. Null is a field the finding leaves unset; <see cref="Line"/> is
    /// asserted only when given.</summary>
    public sealed record Expect(string? Table, string? Row, string? Section, string? Expected, string? Actual, int? Line = null)
    {
        public bool Matches(Finding f) =>
            f.Location.Table == Table && f.Location.Row == Row && f.Location.Section == Section
            && f.Expected == Expected && f.Actual == Actual && (Line is null || f.Location.Line == Line);
    }

    public sealed record Case(Func<Disclosure, Disclosure> Mutate, Expect Finding);

    /// <summary>A finding in a table (and, where the rule names it, the narrative section the evidence is in).</summary>
    private static Expect In(string table, string? row, string? expected, string? actual, string? section = null) => new(table, row, section, expected, actual);

    /// <summary>A finding in the text, with no table.</summary>
    private static Expect Text(string? section, string? expected, string? actual, int? line = null) => new(null, null, section, expected, actual, line);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        // Arithmetic: 表1
        ["T1.balance"] = new(d => d.Cell(T.T1, "expense.total", "amount", 2637.89m), In("T1", "income.total", "2637.89", "2627.89")),
        ["T1.income-total"] = new(d => d.Cell(T.T1, "income.total", "amount", 2700.00m), In("T1", "income.total", "2627.89", "2700.00")),
        ["T1.current-income"] = new(d => d.Cell(T.T1, "income.current", "amount", 2600.00m), In("T1", "income.current", "2627.89", "2600.00")),
        ["T1.fiscal-income"] = new(d => d.AddRow(T.T1, "income.fiscal", "财政拨款（补助）", ("amount", 2000.00m)), In("T1", "income.fiscal", "2627.89", "2000.00")),
        ["T1.gpb-parts"] = new(d => d.Cell(T.T1, "income.gpb.general", "amount", 2600.00m), In("T1", "income.gpb", "2600.00", "2627.89")),
        ["T1.gf-parts"] = new(d => d.Cell(T.T1, "income.gf", "amount", 10.00m).AddRow(T.T1, "income.gf.own", "其中：政府性基金收入", ("amount", 5.00m)), In("T1", "income.gf", "5.00", "10.00")),
        ["T1.sc-parts"] = new(d => d.Cell(T.T1, "income.sc", "amount", 10.00m).AddRow(T.T1, "income.sc.own", "其中：国有资本经营收入", ("amount", 5.00m)), In("T1", "income.sc", "5.00", "10.00")),
        ["T1.unit-parts"] = new(d => d.Cell(T.T1, "income.unit", "amount", 10.00m).AddRow(T.T1, "income.unit.business", "事业收入", ("amount", 5.00m)), In("T1", "income.unit", "5.00", "10.00")),
        ["T1.carryover-parts"] = new(d => d.Cell(T.T1, "carryover", "amount", 10.00m).Cell(T.T1, "carryover.fiscal", "amount", 5.00m), In("T1", "carryover", "5.00", "10.00")),
        ["T1.fiscal-carryover-parts"] = new(d => d.Cell(T.T1, "carryover.fiscal", "amount", 10.00m).AddRow(T.T1, "carryover.fiscal.gpb", "一般公共预算拨款", ("amount", 5.00m)), In("T1", "carryover.fiscal", "5.00", "10.00")),
        ["T1.nonfiscal-carryover-parts"] = new(d => d.Cell(T.T1, "carryover.nonfiscal", "amount", 10.00m).AddRow(T.T1, "carryover.nonfiscal.unit", "单位资金", ("amount", 5.00m)), In("T1", "carryover.nonfiscal", "5.00", "10.00")),
        ["T1.expense-sum"] = new(d => d.Cell(T.T1, "expense.201", "amount", 2089.35m), In("T1", "expense.total", "2637.89", "2627.89")),
        // 表2
        ["T2.row-total"] = new(d => d.Cell(T.T2, "205", "total", 8.17m), In("T2", "205", "7.17", "8.17")),
        ["T2.fiscal-sum"] = new(d => d.Cell(T.T2, "205", "fiscal", 8.17m), In("T2", "205", "7.17", "8.17")),
        ["T2.hierarchy-sum"] = new(d => d.Cell(T.T2, "2010301", "gpb", 1300.00m), In("T2", "20103", "2084.48", "2079.35")),
        ["T2.total-sum"] = new(d => d.Cell(T.T2, "total", "total", 2700.00m), In("T2", "total", "2627.89", "2700.00")),
        // 表3/表4/表5
        ["T3.row-total"] = new(d => d.Cell(T.T3, "2010301", "basic", 1290.00m), In("T3", "2010301", "1290.00", "1294.87")),
        ["T3.hierarchy-sum"] = new(d => d.Cell(T.T3, "2010350", "basic", 379.33m), In("T3", "20103", "1674.20", "1664.20")),
        ["T3.total-sum"] = new(d => d.Cell(T.T3, "total", "basic", 2200.00m), In("T3", "total", "2212.74", "2200.00")),
        ["T4.balance"] = new(d => d.Cell(T.T4, "income.total", "amount", 2700.00m), In("T4", "income.total", "2627.89", "2700.00")),
        ["T4.fiscal-income"] = new(d => d.Cell(T.T4, "income.fiscal", "amount", 2600.00m), In("T4", "income.fiscal", "2627.89", "2600.00")),
        ["T4.expense-sum"] = new(d => d.Cell(T.T4, "expense.total", "gpb", 2600.00m), In("T4", "expense.total", "2627.89", "2600.00")),
        ["T4.row-total"] = new(d => d.Cell(T.T4, "expense.205", "total", 8.17m), In("T4", "expense.205", "7.17", "8.17")),
        ["T5.row-total"] = new(d => d.Cell(T.T5, "2010301", "basic", 1290.00m), In("T5", "2010301", "1290.00", "1294.87")),
        ["T5.hierarchy-sum"] = new(d => d.Cell(T.T5, "2010350", "basic", 379.33m), In("T5", "20103", "1674.20", "1664.20")),
        ["T5.total-sum"] = new(d => d.Cell(T.T5, "total", "basic", 2200.00m), In("T5", "total", "2212.74", "2200.00")),
        // 表6 (seed 000: 303 states 99.08 while its 款 add to 99.09)
        ["T6.row-total"] = new(d => d.Cell(T.T6, "30101", "personnel", 480.00m), In("T6", "30101", "480.00", "487.23")),
        ["T6.hierarchy-sum"] = new(d => d.Cell(T.T6, "303", "total", 99.08m), In("T6", "303", "99.09", "99.08")),
        ["T6.total-sum"] = new(d => d.Cell(T.T6, "total", "public", 290.00m), In("T6", "total", "297.26", "290.00")),
        // 表7
        ["T7.row-total"] = new(d => d.Cell(T.T7, $"2010302|{P2}", "total", 40.00m), In("T7", $"2010302|{P2}", "38.50", "40.00")),
        ["T7.hierarchy-sum"] = new(d => d.Cell(T.T7, "20103", "goods", 350.00m), In("T7", "20103", "354.15", "350.00")),
        ["T7.total-sum"] = new(d => d.Cell(T.T7, "total", "capital", 25.00m), In("T7", "total", "20.00", "25.00")),
        // 表8/表9
        ["T8.row-total"] = new(d => d.WithFundTable(T.T8).Cell(T.T8, "2120801", "total", 11.00m), In("T8", "2120801", "10.00", "11.00")),
        ["T8.hierarchy-sum"] = new(d => d.WithFundTable(T.T8).Cell(T.T8, "2120801", "personnel", 5.00m), In("T8", "21208", "5.00", "4.00")),
        ["T8.total-sum"] = new(d => d.WithFundTable(T.T8).Cell(T.T8, "total", "public", 4.00m), In("T8", "total", "3.00", "4.00")),
        ["T9.row-total"] = new(d => d.WithFundTable(T.T9).Cell(T.T9, "2120801", "total", 11.00m), In("T9", "2120801", "10.00", "11.00")),
        ["T9.hierarchy-sum"] = new(d => d.WithFundTable(T.T9).Cell(T.T9, "2120801", "personnel", 5.00m), In("T9", "21208", "5.00", "4.00")),
        ["T9.total-sum"] = new(d => d.WithFundTable(T.T9).Cell(T.T9, "total", "public", 4.00m), In("T9", "total", "3.00", "4.00")),
        // 表10/表11
        ["T10.total-sum"] = new(d => d.Cell(T.T10, "total", "total", 85.00m), In("T10", "total", "84.00", "85.00")),
        ["T10.vehicles-sum"] = new(d => d.Cell(T.T10, "vehicles", "gpb", 82.00m), In("T10", "vehicles", "83.00", "82.00")),
        ["T10.row-total"] = new(d => d.Cell(T.T10, "reception", "gpb", 0.50m), In("T10", "reception", "0.50", "1.00")),
        ["T11.row-total"] = new(d => d.WithCarryoverTable().Cell(T.T11, "办公楼维修项目", "total", 11.00m), In("T11", "办公楼维修项目", "10.00", "11.00")),
        ["T11.fiscal-sum"] = new(d => d.WithCarryoverTable().Cell(T.T11, "办公楼维修项目", "fiscal_public", 3.00m), In("T11", "办公楼维修项目", "7.00", "6.00")),
        ["T11.nonfiscal-sum"] = new(d => d.WithCarryoverTable().Cell(T.T11, "办公楼维修项目", "nonfiscal_project", 5.00m), In("T11", "办公楼维修项目", "5.00", "4.00")),
        ["T11.total-sum"] = new(d => d.WithCarryoverTable().Cell(T.T11, "total", "nonfiscal_project", 4.50m), In("T11", "total", "4.00", "4.50")),
        ["Table.negative-figure"] = new(d => d.Cell(T.T6, "30205", "public", -0.13m), In("T6", "30205", "≥ 0", "-0.13")),

        // Cross-table
        ["X.T1-T2-total"] = new(d => d.Cell(T.T2, "total", "total", 2627.99m), In("T1", "income.total", "2627.99", "2627.89")),
        ["X.T1-T2-sources"] = new(d => d.Cell(T.T1, "income.gpb", "amount", 2600.00m), In("T1", "income.gpb", "2627.89", "2600.00")),
        ["X.T1-T3-total"] = new(d => d.Cell(T.T3, "total", "total", 2600.00m), In("T1", "expense.total", "2600.00", "2627.89")),
        ["X.T1-T3-classes"] = new(d => d.Cell(T.T1, "expense.205", "amount", 8.17m), In("T1", "expense.205", "7.17", "8.17")),
        ["X.T4-T5-classes"] = new(d => d.Cell(T.T4, "expense.205", "gpb", 8.17m), In("T4", "expense.205", "7.17", "8.17")),
        ["X.T4-T8-classes"] = new(d => d.WithFundTable(T.T8).AddRow(T.T4, "expense.212", "212 城乡社区支出", ("total", 12.00m), ("gf", 12.00m)), In("T4", "expense.212", "10.00", "12.00")),
        ["X.T4-T9-classes"] = new(d => d.WithFundTable(T.T9).AddRow(T.T4, "expense.212", "212 城乡社区支出", ("total", 12.00m), ("sc", 12.00m)), In("T4", "expense.212", "10.00", "12.00")),
        ["X.T2-T3-codes"] = new(d => d.Cell(T.T3, "2101101", "total", 57.56m), In("T2", "2101101", "57.56", "57.46")),
        ["X.T5-T7-codes"] = new(d => d.Cell(T.T5, "2010302", "project", 400.00m), In("T5", "2010302", "415.15", "400.00")),
        ["X.T2-T3-total"] = new(d => d.Cell(T.T3, "total", "total", 2600.00m), In("T2", "total", "2600.00", "2627.89")),
        ["X.T5-T6-basic"] = new(d => d.Cell(T.T6, "total", "total", 2200.00m), In("T5", "total", "2200.00", "2212.74")),
        ["X.T5-T7-project"] = new(d => d.Cell(T.T7, "total", "total", 400.00m), In("T5", "total", "400.00", "415.15")),
        ["X.T1-T11-carryover"] = new(d => d.WithCarryoverTable().Cell(T.T1, "carryover", "amount", 12.00m), In("T1", "carryover", "10.00", "12.00")),
        ["X.T2-T11-fiscal-carryover"] = new(d => d.WithCarryoverTable().Cell(T.T2, "total", "fiscal_carryover", 5.00m), In("T2", "total", "6.00", "5.00")),
        ["X.T2-T11-nonfiscal-carryover"] = new(d => d.WithCarryoverTable().Cell(T.T2, "total", "nonfiscal_carryover", 3.00m), In("T2", "total", "4.00", "3.00")),
        ["X.T2-T4-fiscal"] = new(d => d.Cell(T.T4, "income.fiscal", "amount", 2600.00m), In("T2", "total", "2600.00", "2627.89")),
        ["X.T4-T5-total"] = new(d => d.Cell(T.T4, "expense.total", "gpb", 2600.00m), In("T4", "expense.total", "2627.89", "2600.00")),
        ["X.T4-T1-funds"] = new(d => d.Cell(T.T4, "income.gpb", "amount", 2600.00m), In("T4", "income.gpb", "2627.89", "2600.00")),
        ["X.T5-within-T3"] = new(d => d.Cell(T.T5, "2010301", "total", 1300.00m), In("T5", "2010301", "≤ 1294.87", "1300.00")),
        ["X.T10-T6-reception"] = new(d => d.Cell(T.T10, "reception", "gpb", 0.50m), In("T6", "30217", "≤ 0.50", "1.00")),
        ["X.T10-T6-vehicle-operation"] = new(d => d.Cell(T.T6, "30231", "total", 90.00m), In("T6", "30231", "≤ 83.00", "90.00")),
        ["X.T8-fund-income"] = new(d => d.Cell(T.T1, "income.gf", "amount", 10.00m), In("T8", null, "10.00", "空表")),
        ["X.T9-fund-income"] = new(d => d.Cell(T.T1, "income.sc", "amount", 10.00m), In("T9", null, "10.00", "空表")),

        // Narrative
        ["N.amount-vs-table"] = new(d => d.ClaimKey(ClaimKeys.ExpenseBasic, c => c with { Amount = c.Amount.With(2212.84m) }), Text("三", "2212.74", "2212.84")),
        ["N.share"] = new(d => d.ClaimKey(ClaimKeys.Function, c => c with { Share = c.Share.With(80.13m) }, "201"), Text("四", "79.13", "80.13")),
        ["N.change-percent"] = new(d => d.ClaimKey(ClaimKeys.ExpenseBasic, c => c with { ChangePercent = c.ChangePercent.With(3.46m) }), Text("三", "2.46", "3.46")),
        ["N.direction"] = new(d => d.ClaimKey(ClaimKeys.ExpenseBasic, c => c with { PercentWord = "增长" }), Text("三", "减少", "增长")),
        ["N.growth-undefined"] = new(d => d.ClaimKey(ClaimKeys.ExpenseProject, c => c with { ChangeAmount = c.Amount, ChangePercent = c.ChangePercent.With(100.00m) }), Text("三", "（无）", "100.00")),
        ["N.shares-sum"] = new(d => d.ClaimKey(ClaimKeys.Function, c => c with { Share = c.Share.With(0.37m) }, "205"), Text("五.(二)", "100", "100.10")),
        ["N.same-subject-twice"] = new(d => d.Claim(c => c.Subject.Code?.Digits == "201" && c.Section == "四", c => c with { Amount = c.Amount.With(2079.34m) }), Text("五.(二)", "2079.34", "2079.35")),
        ["N.expense-classes-list"] = new(d => d.List("expense.classes", "一般公共服务支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出"), Text("一", "一般公共服务支出、教育支出、社会保障和就业支出、卫生健康支出、住房保障支出", "一般公共服务支出、社会保障和就业支出、卫生健康支出、住房保障支出")),
        ["N.income-sources-list"] = new(d => d.List("income.sources", "一般公共预算", "单位资金"), Text("一", "（不列）", "单位资金")),
        ["N.personnel-items"] = new(d => d.List("gpb.basic.personnel.items", "基本工资", "津贴补贴"), Text("六", "基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费、职工基本医疗保险缴费、公务员医疗补助缴费、其他社会保障缴费、住房公积金、其他工资福利支出、退休费、生活补助、奖励金", "基本工资、津贴补贴")),
        ["N.public-items"] = new(d => d.List("gpb.basic.public.items", "办公费", "水费", "电费", "邮电费", "取暖费", "物业管理费", "差旅费", "租赁费", "培训费", "公务接待费", "劳务费", "工会经费", "福利费", "公务用车运行维护费", "其他商品和服务支出", "会议费"), Text("六", "办公费、水费、电费、邮电费、取暖费、物业管理费、差旅费、租赁费、培训费、公务接待费、劳务费、工会经费、福利费、公务用车运行维护费、其他商品和服务支出", "办公费、水费、电费、邮电费、取暖费、物业管理费、差旅费、租赁费、培训费、公务接待费、劳务费、工会经费、福利费、公务用车运行维护费、其他商品和服务支出、会议费")),
        ["N.change-reason"] = new(d => d.ClaimKey(ClaimKeys.ExpenseBasic, c => c with { Reason = null }), Text("三", "主要原因是…", "（无）")),
        ["N.parts-sum"] = new(d => d.Without(T.T6).ClaimKey(ClaimKeys.GpbPersonnel, c => c with { Amount = c.Amount.With(1905.48m) }), Text("六", "2202.74", "2212.74")),
        ["N.function-names"] = new(d => d.ClaimKey(ClaimKeys.Function, c => c with { Subject = c.Subject with { PrintedPath = ["一般公共服务", "政府办公厅（室）及相关机构事务", "行政运行"] } }, "2010301"), Text("五.(三)", "一般公共服务支出", "一般公共服务")),

        // Other matters (seed 004: fleet 609.57 < 一般公务用车 683.91)
        ["M.procurement-sum"] = new(d => d.Matters(m => m with { Procurement = m.Procurement! with { Goods = m.Procurement.Goods.With(130.14m) } }), In("M", "procurement", "332.89", "331.89")),
        ["M.procurement-sme"] = new(d => d.Matters(m => m with { Procurement = m.Procurement! with { Sme = m.Procurement.Sme.With(400.00m) } }), In("M", "procurement", "≤ 331.89", "400.00")),
        ["M.procurement-small-micro"] = new(d => d.Matters(m => m with { Procurement = m.Procurement! with { SmallMicro = m.Procurement.SmallMicro.With(340.00m) } }), In("M", "procurement", "≤ 331.89", "340.00")),
        ["M.procurement-within-budget"] = new(d => d.Matters(m => m with { Procurement = m.Procurement! with { Total = m.Procurement.Total.With(3000.00m) } }), In("M", "procurement", "≤ 2627.89", "3000.00")),
        ["M.vehicle-count-sum"] = new(d => d.Matters(m => m with { Assets = m.Assets! with { VehicleCount = m.Assets.VehicleCount.With(21) } }), In("M", "assets", "20", "21")),
        ["M.vehicle-value-sum"] = new(d => d.Matters(m => m with { Assets = m.Assets! with { VehicleValue = m.Assets.VehicleValue.With(609.57m) } }), In("M", "assets", "544.70", "609.57")),
        ["M.vehicle-type-exceeds-total"] = new(d => d.Matters(m => m with { Assets = m.Assets! with { VehicleValue = m.Assets.VehicleValue.With(500.00m) } }), In("M", "assets", "≤ 500.00", "544.70")),
        ["M.equipment-counts"] = new(d => d.Matters(m => m with { Assets = m.Assets! with { Equipment50 = m.Assets.Equipment50.With(1), Equipment100 = m.Assets.Equipment100.With(2) } }), In("M", "assets", "≤ 1", "2")),
        ["M.operating-cost-vs-T6"] = new(d => d.Matters(m => m with { OperatingCost = m.OperatingCost! with { Amount = m.OperatingCost.Amount.With(300.00m) } }), In("M", "operating_cost", "297.26", "300.00")),
        ["M.operating-cost-vs-T10"] = new(d => d.AddRow(T.T10, "operating_cost", "机关运行经费", ("total", 290.00m)), In("M", "operating_cost", "290.00", "297.26")),
        ["M.performance-project-amount"] = new(d => d.Matters(m => m with { Performance = m.Performance! with { FiscalProjectAmount = m.Performance.FiscalProjectAmount.With(400.00m) } }), In("M", "performance", "415.15", "400.00")),
        ["M.performance-project-count"] = new(d => d.Matters(m => m with { Performance = m.Performance! with { ProjectCount = m.Performance.ProjectCount.With(5) } }), In("M", "performance", "4", "5")),
        ["M.performance-overall-amount"] = new(d => d.Matters(m => m with { Performance = m.Performance! with { OverallAmount = m.Performance.OverallAmount.With(4124.68m) } }), In("M", "performance", "≤ 2627.89", "4124.68")),
        ["M.three-public-sum"] = new(d => d.ClaimKey(ClaimKeys.ThreePublicTotal, c => c with { Amount = c.Amount.With(85.00m) }), In("M", "three_public", "84.00", "85.00")),
        ["M.three-public-vs-T10"] = new(d => d.ClaimKey(ClaimKeys.ThreePublicReception, c => c with { Amount = c.Amount.With(2.00m) }), In("T10", "reception", "1.00", "2.00", section: "十")),
        ["M.department-count"] = new(d => d with { Profile = d.Profile with { InternalDepartments = ["综合科", "财务科"], InternalDepartmentCount = new Figure(3, SourceSpan.At(88)) } }, In("M", "profile", "2", "3")),
        ["M.staff-sum"] = new(d => d with { Profile = d.Profile with { Staff = d.Profile.Staff! with { Actual = d.Profile.Staff.Actual.With(165) } } }, In("M", "staff", "164", "165")),

        // Projects
        ["P.description"] = new(d => d with { Projects = [.. d.Projects.Where(p => p.Name != P4)] }, In("T7", $"2010302|{P4}", "项目说明", "（无）")),
        ["P.target-table"] = new(d => d with { Targets = [.. d.Targets.Where(t => t.ProjectName != P4)] }, In("T7", $"2010302|{P4}", "绩效目标表", "（无）")),
        ["P.amount-vs-T7"] = new(d => d.Project(P1, p => p with { Amount = p.Amount.With(300.00m) }), In("T7", $"2010302|{P1}", "310.00", "300.00", section: "项目支出")),
        ["P.allocation-sum"] = new(d => d.Project(P1, p => p with { Allocations = p.Allocations.SetItem(0, p.Allocations[0] with { Amount = p.Allocations[0].Amount with { Value = 180m } }) }), Text("项目支出", "310.00", "307.00")),
        ["P.unknown-project"] = new(d => d with { Projects = d.Projects.Add(d.Projects[0] with { Name = "不存在的专项工作经费" }) }, Text("项目支出", "表7 项目", "不存在的专项工作经费")),
        ["P.description-fields"] = new(d => d.Project(P1, p => p with { PolicyBasis = null }), Text("项目支出", "设立的政策依据", "（无）")),
        ["P.three-public-allocations"] = new(d => d.Project(P1, p => p with { Allocations = p.Allocations.Add(new AllocationItem("公务接待费", new Figure(5m, SourceSpan.At(525)))) }), In("T10", "reception", "≥ 5", "1.00", section: "项目支出")),
        ["G.cost-ceiling"] = new(d => d.Target(P1, t => t with { Indicators = t.Indicators.SetItem(1, t.Indicators[1] with { Value = t.Indicators[1].Value with { Raw = ">=183万元", Operator = Comparison.GreaterOrEqual } }) }), Text($"绩效目标：{P1}", "≤", ">=183万元")),
        ["G.cost-vs-allocation"] = new(d => d.Target(P1, t => t with { Indicators = t.Indicators.SetItem(1, t.Indicators[1] with { Value = t.Indicators[1].Value with { Raw = "<=173万元", Number = 173m } }) }), Text($"绩效目标：{P1}", "183", "173")),
        ["G.department-funds"] = new(d => d with { Targets = d.Targets.Add(new PerformanceTargetTable { Kind = TargetTableKind.Department, FundsFiscal = new Figure(2600.00m, SourceSpan.At(600)), FundsOther = new Figure(0.00m, SourceSpan.At(601)) }) }, Text("绩效目标：绩效目标表", "2627.89", "2600.00")),
        ["N.basic-parts"] = new(d => d.ClaimKey(ClaimKeys.GpbPersonnel, c => c with { Amount = c.Amount.With(1900.00m) }), Text("六", "2197.26", "2212.74")),
        ["P.unit-name"] = new(d => (d with { Profile = d.Profile with { BudgetUnits = ["巴州人民政府办公室", "巴州电子政务与大数据服务中心"] } }).Project(P3, p => p with { ImplementingUnit = "巴州电子政务和大数据服务中心" }), Text("项目支出", "巴州电子政务与大数据服务中心", "巴州电子政务和大数据服务中心")),
        ["P.name-mismatch"] = new(d => d.Project(P3, p => p with { Name = "电子政府网络监测维护费项目" }), Text("项目支出", P3, "电子政府网络监测维护费项目")),

        // Performance targets
        ["G.weight-sum"] = new(d => d.Target(P1, t => t with { Indicators = t.Indicators.SetItem(0, t.Indicators[0] with { Weight = t.Indicators[0].Weight.With(45) }) }), Text($"绩效目标：{P1}", "90 或 100", "95")),
        ["G.weight-missing"] = new(d => d.Target(P1, t => t with { Indicators = t.Indicators.SetItem(0, t.Indicators[0] with { Weight = null }) }), Text($"绩效目标：{P1}", "分值权重", "（无）")),
        ["G.output-indicators"] = new(d => d.Target(P1, t => t with { Indicators = [.. t.Indicators.Where(i => i.Level1 != "产出指标")] }), Text($"绩效目标：{P1}", "产出指标", "（无）")),
        ["G.effect-indicators"] = new(d => d.Target(P1, t => t with { Indicators = [.. t.Indicators.Where(i => i.Level1 != "效益指标")] }), Text($"绩效目标：{P1}", "效益指标", "（无）")),
        ["G.satisfaction-indicators"] = new(d => d.Target(P1, t => t with { Indicators = [.. t.Indicators.Where(i => i.Level1 != "满意度指标")] }), Text($"绩效目标：{P1}", "满意度指标", "（无）")),
        ["G.cost-indicators"] = new(d => d.Target(P1, t => t with { Indicators = [.. t.Indicators.Where(i => i.Level1 != "成本指标")] }), Text($"绩效目标：{P1}", "成本指标", "（无）")),
        ["G.funds-sum"] = new(d => d.Target(P1, t => t with { FundsOther = t.FundsOther.With(1.00m) }), Text($"绩效目标：{P1}", "311.00", "310.00")),
        ["G.funds-vs-budget"] = new(d => d.Target(P1, t => t with { FundsTotal = t.FundsTotal.With(300.00m), FundsFiscal = t.FundsFiscal.With(300.00m) }), Text($"绩效目标：{P1}", "310.00", "300.00")),
        ["G.cost-within-budget"] = new(d => d.Target(P4, t => t with { Indicators = t.Indicators.SetItem(1, t.Indicators[1] with { Value = t.Indicators[1].Value with { Number = 50m } }) }), Text($"绩效目标：{P4}", "≤ 41.00", "50")),
        ["G.value-parse"] = new(d => d.Target(P1, t => t with { Indicators = t.Indicators.SetItem(0, t.Indicators[0] with { Value = new IndicatorValue(">= 批") { Operator = Comparison.GreaterOrEqual } }) }), Text($"绩效目标：{P1}", "数值", ">= 批")),
        ["G.overall-goal"] = new(d => d.Target(P1, t => t with { OverallGoal = null }), Text($"绩效目标：{P1}", "总体目标", "（无）")),

        // Classification
        ["C.function-code-known"] = new(d => d.AddRow(T.T3, "2999999", "不存在的项", ("total", 0.00m)), In("T3", "2999999", "已知科目", "2999999")),
        ["C.function-name"] = new(d => d.Table(T.T3, t => t with { Rows = [.. t.Rows.Select(r => r.Key == "208" ? r with { Label = "社会保险和就业支出" } : r)] }), In("T3", "208", "社会保障和就业支出", "社会保险和就业支出")),
        ["C.economic-code-known"] = new(d => d.AddRow(T.T6, "30999", "不存在的款", ("total", 0.00m)), In("T6", "30999", "已知科目", "30999")),
        ["C.economic-name"] = new(d => d.Table(T.T6, t => t with { Rows = [.. t.Rows.Select(r => r.Key == "30101" ? r with { Label = "岗位工资" } : r)] }), In("T6", "30101", "基本工资", "岗位工资")),
        ["C.basic-economic-class"] = new(d => d.AddRow(T.T6, "307", "债务利息及费用支出", ("total", 1.00m)), In("T6", "307", "301/302/303/310", "307")),
        ["C.personnel-public-split"] = new(d => d.Cell(T.T6, "30201", "personnel", 1.00m), In("T6", "30201", "0", "1.00")),
        ["C.hierarchy-complete"] = new(d => d.RemoveRow(T.T3, "20508"), In("T3", "2050803", "20508", "（无）")),
        ["C.project-code-level"] = new(d => d.Table(T.T7, t => t with { Rows = [.. t.Rows.Select(r => r.Project == P4 ? r with { FunctionCode = FunctionCode.Parse("20103") } : r)] }), In("T7", $"2010302|{P4}", "7 位项级代码", "20103")),

        // Completeness
        ["K.required-table"] = new(d => d.Without(T.T11), In("T11", null, "上年结转结余情况明细表", "（无）")),
        ["K.tables-absent"] = new(d => d with { Tables = [] }, Text(null, "公开表", "（无）", line: 1)),
        ["K.tables-elsewhere"] = new(d => d with { Tables = [], Meta = d.Meta with { TablesPart = new LocatedText("第二部分 2025年度部门预算报表", SourceSpan.At(3)) } }, Text(null, "公开表（另一个文件）", "（未提供）", line: 3)),
        ["K.empty-table-note"] = new(d => d.Table(T.T8, t => t with { EmptyNote = null }), In("T8", null, "空表说明", "（无）")),
        ["K.narrative-section"] = new(d => d with { Narrative = d.Narrative with { Sections = [.. d.Narrative.Sections.Where(s => s.Key != "十")] } }, Text(null, "三公经费", "（无）", line: 1)),
        ["K.three-public-reason"] = new(d => d with { Narrative = d.Narrative with { Claims = [.. d.Narrative.Claims.Select(c => c.Subject.Key.StartsWith("three_public", StringComparison.Ordinal) ? c with { Reason = null } : c)] } }, Text("十", "主要原因", "（无）")),
        ["K.glossary"] = new(d => d with { Glossary = [] }, Text(null, "名词解释", "（无）", line: 1)),
        ["K.profile"] = new(d => d with { Profile = UnitProfile.Empty }, Text(null, "主要职能", "（无）", line: 1)),
        ["K.other-matters"] = new(d => d.Matters(m => m with { Procurement = null }), Text(null, "政府采购", "（无）", line: 1)),
        ["K.meta"] = new(d => d with { Meta = d.Meta with { UnitName = null } }, Text(null, "单位名称", "（无）", line: 1)),
        ["K.reading"] = new(d => d with { Diagnostics = [new ParseDiagnostic(DiagnosticSeverity.Error, "table.unassigned", "无法确定该数字所属的列", SourceSpan.At(120))] }, Text(null, null, "table.unassigned", line: 120)),
        ["K.pdf-pages"] = new(d => d with { Diagnostics = [new ParseDiagnostic(DiagnosticSeverity.Info, "read.pdf.blank-page", "第 5 页没有文字（空白页，或只有图片），该页内容未能读取和检查。/ Page 5 has no text.", new SourceSpan(90, 90, 5))] }, Text(null, "有文字的页", "read.pdf.blank-page", line: 90)),
        ["K.empty-note-fund"] = new(d => d.Table(T.T9, t => t with { Rows = [], EmptyNote = new LocatedText("本单位2025年无政府性基金预算拨款安排的支出，故本表为空。", SourceSpan.At(300)) }), In("T9", null, "国有资本经营", "政府性基金")),

        // Wording
        ["W.placeholder"] = new(d => d.Prose("XX局2025年部门预算收支总计2,627.89万元。"), Text(null, "实际内容", "XX", line: 400)),
        ["W.unresolved-choice"] = new(d => d.Prose("政府性基金预算支出0万元，与上年相比增加（减少）0万元。"), Text(null, "增加或减少之一", "增加（减少）", line: 400)),
        ["W.truncated-sentence"] = new(d => d.Prose("“三公”经费预算与上年持平，主要原因是。"), Text(null, "主要原因是……", "主要原因是。", line: 400)),
        ["W.doubled-punctuation"] = new(d => d.Prose("比上年增加12.00万元，，主要原因是人员增加。"), Text(null, "，", "，，", line: 400)),
        ["W.unbalanced-brackets"] = new(d => d.Prose("一般公共服务支出（类）政府办公厅（室）及相关机构事务（款行政运行（项）1,290.16万元。"), Text(null, "（…）", "（", line: 400)),
        ["W.scope-wording"] = new(d => (d with { Prose = [new ProseParagraph("2025年单位预算", ProsePart.Front, SourceSpan.At(2)) { LineStarts = [0], LineNumbers = [2] }] }).Prose("第三部分 2025年部门预算情况说明", heading: true), Text(null, "单位预算", "部门预算", line: 401)),
        ["W.missing-full-stop"] = new(d => d.Prose("7.负责建设工程项目规划土地管理相关工作，对建设工程项目审批后到竣工验收的规划、土地执行情况实行跟踪监督").Prose("8.负责自然资源调查监测评价，推进自然资源基础调查，专项调查和监测工作。"), Text(null, "。", "督", line: 400)),
        ["W.heading-year"] = new(d => d.Prose("第三部分 2024年部门预算情况说明", heading: true), Text(null, "2025", "2024", line: 400)),
        ["W.comparison-year"] = new(d => d.Prose("2025年收支预算总计2,627.89万元，与2025年预算相比增加12.00万元。"), Text(null, "2024", "2025", line: 400)),
        ["W.as-of-date"] = new(d => d.Prose("截至2021年12月31日，本单位共有车辆3辆。"), Text(null, "2024", "2021", line: 400)),
        ["W.final-relation"] = new(d => d.Final().Prose("年初预算为100.00万元，支出决算为120.00万元，完成年初预算的120.00%。决算数小于预算数的主要原因是增人增支。"), Text(null, "决算数大于预算数", "决算数小于预算数", line: 400)),
        ["W.final-completion"] = new(d => d.Final().Prose("年初预算为100.00万元，支出决算为90.00万元，完成年初预算的95.00%。决算数小于预算数的主要原因是厉行节约。"), Text(null, "90.00", "95.00", line: 400)),
        ["W.final-reason"] = new(d => d.Final().Prose("年初预算为100.00万元，支出决算为90.00万元，完成年初预算的90.00%。决算数小于预算数。"), Text(null, "主要原因", "（无）", line: 400)),
    };

    /// <summary>Rows where the rule does not give the hand-worked value, and why. Such a row is asserted with the rule's
    /// value left out, and fails once the rule gives the hand value: then the entry goes.</summary>
    private static readonly Dictionary<string, string> Disagreements = new()
    {
    };

    public static TheoryData<string> RuleIds() => [.. Cases.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_flags_the_defect_it_guards_against(string ruleId)
    {
        var (mutate, want) = Cases[ruleId];
        var rule = RuleCatalog.Default.Rule(ruleId);
        Assert.NotNull(rule);
        var findings = rule.Check(mutate(Build()), CheckOptions.Default).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(ruleId, f.Rule));
        var found = "\n实有：\n" + string.Join("\n", findings.Select(Describe));
        if (Disagreements.TryGetValue(ruleId, out var why))
        {
            Assert.True(findings.Any(f => (want with { Expected = f.Expected }).Matches(f)), $"应有：{want}（应为一项除外）{found}");
            Assert.False(findings.Any(want.Matches), $"规则已给出手算的值，请从 Disagreements 删去 {ruleId}（{why}）");
            return;
        }
        Assert.True(findings.Any(want.Matches), $"应有：{want}{found}");
    }

    private static string Describe(Finding f) =>
        $"  表={f.Location.Table ?? "null"} 行={f.Location.Row ?? "null"} 部分={f.Location.Section ?? "null"} 行号={f.Location.Line} 应为={f.Expected ?? "null"} 实为={f.Actual ?? "null"}：{f.Message}";

    [Fact]
    public void Every_rule_in_the_catalog_has_a_failure_case()
    {
        var missing = RuleCatalog.Default.Rules.Select(r => r.Id).Except(Cases.Keys).ToList();
        Assert.True(missing.Count == 0, "没有失败用例的规则：" + string.Join(", ", missing));
    }

    [Fact]
    public void The_full_checker_reports_the_defect_with_its_location()
    {
        var report = Checker.Default.Check(Cases["T6.hierarchy-sum"].Mutate(Build()));
        var f = Assert.Single(report.Findings, f => f.Rule == "T6.hierarchy-sum");
        Assert.Equal(("T6", "303", "total"), (f.Location.Table, f.Location.Row, f.Location.Column));
        Assert.Equal(("99.09", "99.08"), (f.Expected, f.Actual));
        Assert.True(f.Location.Line > 0);
    }
}
