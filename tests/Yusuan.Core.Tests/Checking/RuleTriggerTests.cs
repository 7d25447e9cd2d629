using Yusuan.Core.Checking;
using Yusuan.Core.Model;
using static Yusuan.Core.Tests.Checking.CleanDocument;
using T = Yusuan.Core.Model.TableId;

namespace Yusuan.Core.Tests.Checking;

/// <summary>
/// Table-driven failure tests (after NodaTime): each row is one defect put into the consistent document and the rule id it
/// must trigger. The consistent document itself triggers nothing (<see cref="CleanDocumentTests"/>).
/// </summary>
public class RuleTriggerTests
{
    private static readonly Dictionary<string, Func<Disclosure, Disclosure>> Cases = new()
    {
        // Arithmetic: 表1
        ["T1.balance"] = d => d.Cell(T.T1, "expense.total", "amount", 2637.89m),
        ["T1.income-total"] = d => d.Cell(T.T1, "income.total", "amount", 2700.00m),
        ["T1.current-income"] = d => d.Cell(T.T1, "income.current", "amount", 2600.00m),
        ["T1.fiscal-income"] = d => d.AddRow(T.T1, "income.fiscal", "财政拨款（补助）", ("amount", 2000.00m)),
        ["T1.gpb-parts"] = d => d.Cell(T.T1, "income.gpb.general", "amount", 2600.00m),
        ["T1.gf-parts"] = d => d.Cell(T.T1, "income.gf", "amount", 10.00m).AddRow(T.T1, "income.gf.own", "其中：政府性基金收入", ("amount", 5.00m)),
        ["T1.sc-parts"] = d => d.Cell(T.T1, "income.sc", "amount", 10.00m).AddRow(T.T1, "income.sc.own", "其中：国有资本经营收入", ("amount", 5.00m)),
        ["T1.unit-parts"] = d => d.Cell(T.T1, "income.unit", "amount", 10.00m).AddRow(T.T1, "income.unit.business", "事业收入", ("amount", 5.00m)),
        ["T1.carryover-parts"] = d => d.Cell(T.T1, "carryover", "amount", 10.00m).Cell(T.T1, "carryover.fiscal", "amount", 5.00m),
        ["T1.fiscal-carryover-parts"] = d => d.Cell(T.T1, "carryover.fiscal", "amount", 10.00m).AddRow(T.T1, "carryover.fiscal.gpb", "一般公共预算拨款", ("amount", 5.00m)),
        ["T1.nonfiscal-carryover-parts"] = d => d.Cell(T.T1, "carryover.nonfiscal", "amount", 10.00m).AddRow(T.T1, "carryover.nonfiscal.unit", "单位资金", ("amount", 5.00m)),
        ["T1.expense-sum"] = d => d.Cell(T.T1, "expense.201", "amount", 2089.35m),
        // 表2
        ["T2.row-total"] = d => d.Cell(T.T2, "205", "total", 8.17m),
        ["T2.fiscal-sum"] = d => d.Cell(T.T2, "205", "fiscal", 8.17m),
        ["T2.hierarchy-sum"] = d => d.Cell(T.T2, "2010301", "gpb", 1300.00m),
        ["T2.total-sum"] = d => d.Cell(T.T2, "total", "total", 2700.00m),
        // 表3/表4/表5
        ["T3.row-total"] = d => d.Cell(T.T3, "2010301", "basic", 1290.00m),
        ["T3.hierarchy-sum"] = d => d.Cell(T.T3, "2010350", "basic", 379.33m),
        ["T3.total-sum"] = d => d.Cell(T.T3, "total", "basic", 2200.00m),
        ["T4.balance"] = d => d.Cell(T.T4, "income.total", "amount", 2700.00m),
        ["T4.fiscal-income"] = d => d.Cell(T.T4, "income.fiscal", "amount", 2600.00m),
        ["T4.expense-sum"] = d => d.Cell(T.T4, "expense.total", "gpb", 2600.00m),
        ["T4.row-total"] = d => d.Cell(T.T4, "expense.205", "total", 8.17m),
        ["T5.row-total"] = d => d.Cell(T.T5, "2010301", "basic", 1290.00m),
        ["T5.hierarchy-sum"] = d => d.Cell(T.T5, "2010350", "basic", 379.33m),
        ["T5.total-sum"] = d => d.Cell(T.T5, "total", "basic", 2200.00m),
        // 表6 (seed 000: 303 states 99.08 while its 款 add to 99.09)
        ["T6.row-total"] = d => d.Cell(T.T6, "30101", "personnel", 480.00m),
        ["T6.hierarchy-sum"] = d => d.Cell(T.T6, "303", "total", 99.08m),
        ["T6.total-sum"] = d => d.Cell(T.T6, "total", "public", 290.00m),
        // 表7
        ["T7.row-total"] = d => d.Cell(T.T7, $"2010302|{P2}", "total", 40.00m),
        ["T7.hierarchy-sum"] = d => d.Cell(T.T7, "20103", "goods", 350.00m),
        ["T7.total-sum"] = d => d.Cell(T.T7, "total", "capital", 25.00m),
        // 表8/表9
        ["T8.row-total"] = d => d.WithFundTable(T.T8).Cell(T.T8, "2120801", "total", 11.00m),
        ["T8.hierarchy-sum"] = d => d.WithFundTable(T.T8).Cell(T.T8, "2120801", "personnel", 5.00m),
        ["T8.total-sum"] = d => d.WithFundTable(T.T8).Cell(T.T8, "total", "public", 4.00m),
        ["T9.row-total"] = d => d.WithFundTable(T.T9).Cell(T.T9, "2120801", "total", 11.00m),
        ["T9.hierarchy-sum"] = d => d.WithFundTable(T.T9).Cell(T.T9, "2120801", "personnel", 5.00m),
        ["T9.total-sum"] = d => d.WithFundTable(T.T9).Cell(T.T9, "total", "public", 4.00m),
        // 表10/表11
        ["T10.total-sum"] = d => d.Cell(T.T10, "total", "total", 85.00m),
        ["T10.vehicles-sum"] = d => d.Cell(T.T10, "vehicles", "gpb", 82.00m),
        ["T10.row-total"] = d => d.Cell(T.T10, "reception", "gpb", 0.50m),
        ["T11.row-total"] = d => d.WithCarryoverTable().Cell(T.T11, "办公楼维修项目", "total", 11.00m),
        ["T11.fiscal-sum"] = d => d.WithCarryoverTable().Cell(T.T11, "办公楼维修项目", "fiscal_public", 3.00m),
        ["T11.nonfiscal-sum"] = d => d.WithCarryoverTable().Cell(T.T11, "办公楼维修项目", "nonfiscal_project", 5.00m),
        ["T11.total-sum"] = d => d.WithCarryoverTable().Cell(T.T11, "total", "nonfiscal_project", 4.50m),
        ["Table.negative-figure"] = d => d.Cell(T.T6, "30205", "public", -0.13m),

        // Cross-table
        ["X.T1-T2-total"] = d => d.Cell(T.T2, "total", "total", 2627.99m),
        ["X.T1-T2-sources"] = d => d.Cell(T.T1, "income.gpb", "amount", 2600.00m),
        ["X.T1-T3-total"] = d => d.Cell(T.T3, "total", "total", 2600.00m),
        ["X.T1-T3-classes"] = d => d.Cell(T.T1, "expense.205", "amount", 8.17m),
        ["X.T4-T5-classes"] = d => d.Cell(T.T4, "expense.205", "gpb", 8.17m),
        ["X.T4-T8-classes"] = d => d.WithFundTable(T.T8).AddRow(T.T4, "expense.212", "212 城乡社区支出", ("total", 12.00m), ("gf", 12.00m)),
        ["X.T4-T9-classes"] = d => d.WithFundTable(T.T9).AddRow(T.T4, "expense.212", "212 城乡社区支出", ("total", 12.00m), ("sc", 12.00m)),
        ["X.T2-T3-codes"] = d => d.Cell(T.T3, "2101101", "total", 57.56m),
        ["X.T5-T7-codes"] = d => d.Cell(T.T5, "2010302", "project", 400.00m),
        ["X.T2-T3-total"] = d => d.Cell(T.T3, "total", "total", 2600.00m),
        ["X.T5-T6-basic"] = d => d.Cell(T.T6, "total", "total", 2200.00m),
        ["X.T5-T7-project"] = d => d.Cell(T.T7, "total", "total", 400.00m),
        ["X.T1-T11-carryover"] = d => d.WithCarryoverTable().Cell(T.T1, "carryover", "amount", 12.00m),
        ["X.T2-T11-fiscal-carryover"] = d => d.WithCarryoverTable().Cell(T.T2, "total", "fiscal_carryover", 5.00m),
        ["X.T2-T11-nonfiscal-carryover"] = d => d.WithCarryoverTable().Cell(T.T2, "total", "nonfiscal_carryover", 3.00m),
        ["X.T2-T4-fiscal"] = d => d.Cell(T.T4, "income.fiscal", "amount", 2600.00m),
        ["X.T4-T5-total"] = d => d.Cell(T.T4, "expense.total", "gpb", 2600.00m),
        ["X.T4-T1-funds"] = d => d.Cell(T.T4, "income.gpb", "amount", 2600.00m),
        ["X.T5-within-T3"] = d => d.Cell(T.T5, "2010301", "total", 1300.00m),
        ["X.T10-T6-reception"] = d => d.Cell(T.T10, "reception", "gpb", 0.50m),
        ["X.T10-T6-vehicle-operation"] = d => d.Cell(T.T6, "30231", "total", 90.00m),
        ["X.T8-fund-income"] = d => d.Cell(T.T1, "income.gf", "amount", 10.00m),
        ["X.T9-fund-income"] = d => d.Cell(T.T1, "income.sc", "amount", 10.00m),

        // Narrative
        ["N.amount-vs-table"] = d => d.ClaimKey(ClaimKeys.ExpenseBasic, c => c with { Amount = c.Amount.With(2212.84m) }),
        ["N.share"] = d => d.ClaimKey(ClaimKeys.Function, c => c with { Share = c.Share.With(80.13m) }, "201"),
        ["N.change-percent"] = d => d.ClaimKey(ClaimKeys.ExpenseBasic, c => c with { ChangePercent = c.ChangePercent.With(3.46m) }),
        ["N.direction"] = d => d.ClaimKey(ClaimKeys.ExpenseBasic, c => c with { PercentWord = "增长" }),
        ["N.growth-undefined"] = d => d.ClaimKey(ClaimKeys.ExpenseProject, c => c with { ChangeAmount = c.Amount, ChangePercent = c.ChangePercent.With(100.00m) }),
        ["N.shares-sum"] = d => d.ClaimKey(ClaimKeys.Function, c => c with { Share = c.Share.With(0.37m) }, "205"),
        ["N.same-subject-twice"] = d => d.Claim(c => c.Subject.Code?.Digits == "201" && c.Section == "四", c => c with { Amount = c.Amount.With(2079.34m) }),
        ["N.expense-classes-list"] = d => d.List("expense.classes", "一般公共服务支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出"),
        ["N.income-sources-list"] = d => d.List("income.sources", "一般公共预算", "单位资金"),
        ["N.personnel-items"] = d => d.List("gpb.basic.personnel.items", "基本工资", "津贴补贴"),
        ["N.public-items"] = d => d.List("gpb.basic.public.items", "办公费", "水费", "电费", "邮电费", "取暖费", "物业管理费", "差旅费", "租赁费", "培训费", "公务接待费", "劳务费", "工会经费", "福利费", "公务用车运行维护费", "其他商品和服务支出", "会议费"),
        ["N.change-reason"] = d => d.ClaimKey(ClaimKeys.ExpenseBasic, c => c with { Reason = null }),
        ["N.parts-sum"] = d => d.Without(T.T6).ClaimKey(ClaimKeys.GpbPersonnel, c => c with { Amount = c.Amount.With(1905.48m) }),
        ["N.function-names"] = d => d.ClaimKey(ClaimKeys.Function, c => c with { Subject = c.Subject with { PrintedPath = ["一般公共服务", "政府办公厅（室）及相关机构事务", "行政运行"] } }, "2010301"),

        // Other matters (seed 004: fleet 609.57 < 一般公务用车 683.91)
        ["M.procurement-sum"] = d => d.Matters(m => m with { Procurement = m.Procurement! with { Goods = m.Procurement.Goods.With(130.14m) } }),
        ["M.procurement-sme"] = d => d.Matters(m => m with { Procurement = m.Procurement! with { Sme = m.Procurement.Sme.With(400.00m) } }),
        ["M.procurement-small-micro"] = d => d.Matters(m => m with { Procurement = m.Procurement! with { SmallMicro = m.Procurement.SmallMicro.With(340.00m) } }),
        ["M.procurement-within-budget"] = d => d.Matters(m => m with { Procurement = m.Procurement! with { Total = m.Procurement.Total.With(3000.00m) } }),
        ["M.vehicle-count-sum"] = d => d.Matters(m => m with { Assets = m.Assets! with { VehicleCount = m.Assets.VehicleCount.With(21) } }),
        ["M.vehicle-value-sum"] = d => d.Matters(m => m with { Assets = m.Assets! with { VehicleValue = m.Assets.VehicleValue.With(609.57m) } }),
        ["M.vehicle-type-exceeds-total"] = d => d.Matters(m => m with { Assets = m.Assets! with { VehicleValue = m.Assets.VehicleValue.With(500.00m) } }),
        ["M.equipment-counts"] = d => d.Matters(m => m with { Assets = m.Assets! with { Equipment50 = m.Assets.Equipment50.With(1), Equipment100 = m.Assets.Equipment100.With(2) } }),
        ["M.operating-cost-vs-T6"] = d => d.Matters(m => m with { OperatingCost = m.OperatingCost! with { Amount = m.OperatingCost.Amount.With(300.00m) } }),
        ["M.performance-project-amount"] = d => d.Matters(m => m with { Performance = m.Performance! with { FiscalProjectAmount = m.Performance.FiscalProjectAmount.With(400.00m) } }),
        ["M.performance-project-count"] = d => d.Matters(m => m with { Performance = m.Performance! with { ProjectCount = m.Performance.ProjectCount.With(5) } }),
        ["M.performance-overall-amount"] = d => d.Matters(m => m with { Performance = m.Performance! with { OverallAmount = m.Performance.OverallAmount.With(4124.68m) } }),
        ["M.three-public-sum"] = d => d.ClaimKey(ClaimKeys.ThreePublicTotal, c => c with { Amount = c.Amount.With(85.00m) }),
        ["M.three-public-vs-T10"] = d => d.ClaimKey(ClaimKeys.ThreePublicReception, c => c with { Amount = c.Amount.With(2.00m) }),
        ["M.department-count"] = d => d with { Profile = d.Profile with { InternalDepartments = ["综合科", "财务科"], InternalDepartmentCount = new Figure(3, SourceSpan.At(88)) } },
        ["M.staff-sum"] = d => d with { Profile = d.Profile with { Staff = d.Profile.Staff! with { Actual = d.Profile.Staff.Actual.With(165) } } },

        // Projects
        ["P.description"] = d => d with { Projects = [.. d.Projects.Where(p => p.Name != P4)] },
        ["P.target-table"] = d => d with { Targets = [.. d.Targets.Where(t => t.ProjectName != P4)] },
        ["P.amount-vs-T7"] = d => d.Project(P1, p => p with { Amount = p.Amount.With(300.00m) }),
        ["P.allocation-sum"] = d => d.Project(P1, p => p with { Allocations = p.Allocations.SetItem(0, p.Allocations[0] with { Amount = p.Allocations[0].Amount with { Value = 180m } }) }),
        ["P.unknown-project"] = d => d with { Projects = d.Projects.Add(d.Projects[0] with { Name = "不存在的专项工作经费" }) },
        ["P.description-fields"] = d => d.Project(P1, p => p with { PolicyBasis = null }),
        ["P.three-public-allocations"] = d => d.Project(P1, p => p with { Allocations = p.Allocations.Add(new AllocationItem("公务接待费", new Figure(5m, SourceSpan.At(525)))) }),
        ["G.cost-ceiling"] = d => d.Target(P1, t => t with { Indicators = t.Indicators.SetItem(1, t.Indicators[1] with { Value = t.Indicators[1].Value with { Raw = ">=183万元", Operator = Comparison.GreaterOrEqual } }) }),
        ["G.cost-vs-allocation"] = d => d.Target(P1, t => t with { Indicators = t.Indicators.SetItem(1, t.Indicators[1] with { Value = t.Indicators[1].Value with { Number = 173m } }) }),
        ["G.department-funds"] = d => d with { Targets = d.Targets.Add(new PerformanceTargetTable { Kind = TargetTableKind.Department, FundsFiscal = new Figure(2600.00m, SourceSpan.At(600)), FundsOther = new Figure(0.00m, SourceSpan.At(601)) }) },
        ["N.basic-parts"] = d => d.ClaimKey(ClaimKeys.GpbPersonnel, c => c with { Amount = c.Amount.With(1900.00m) }),
        ["P.unit-name"] = d => (d with { Profile = d.Profile with { BudgetUnits = ["巴州人民政府办公室", "巴州电子政务与大数据服务中心"] } }).Project(P3, p => p with { ImplementingUnit = "巴州电子政务和大数据服务中心" }),
        ["P.name-mismatch"] = d => d.Project(P3, p => p with { Name = "电子政府网络监测维护费项目" }),

        // Performance targets
        ["G.weight-sum"] = d => d.Target(P1, t => t with { Indicators = t.Indicators.SetItem(0, t.Indicators[0] with { Weight = t.Indicators[0].Weight.With(45) }) }),
        ["G.weight-missing"] = d => d.Target(P1, t => t with { Indicators = t.Indicators.SetItem(0, t.Indicators[0] with { Weight = null }) }),
        ["G.output-indicators"] = d => d.Target(P1, t => t with { Indicators = [.. t.Indicators.Where(i => i.Level1 != "产出指标")] }),
        ["G.effect-indicators"] = d => d.Target(P1, t => t with { Indicators = [.. t.Indicators.Where(i => i.Level1 != "效益指标")] }),
        ["G.satisfaction-indicators"] = d => d.Target(P1, t => t with { Indicators = [.. t.Indicators.Where(i => i.Level1 != "满意度指标")] }),
        ["G.cost-indicators"] = d => d.Target(P1, t => t with { Indicators = [.. t.Indicators.Where(i => i.Level1 != "成本指标")] }),
        ["G.funds-sum"] = d => d.Target(P1, t => t with { FundsOther = t.FundsOther.With(1.00m) }),
        ["G.funds-vs-budget"] = d => d.Target(P1, t => t with { FundsTotal = t.FundsTotal.With(300.00m), FundsFiscal = t.FundsFiscal.With(300.00m) }),
        ["G.cost-within-budget"] = d => d.Target(P4, t => t with { Indicators = t.Indicators.SetItem(1, t.Indicators[1] with { Value = t.Indicators[1].Value with { Number = 50m } }) }),
        ["G.value-parse"] = d => d.Target(P1, t => t with { Indicators = t.Indicators.SetItem(0, t.Indicators[0] with { Value = new IndicatorValue(">= 批") { Operator = Comparison.GreaterOrEqual } }) }),
        ["G.overall-goal"] = d => d.Target(P1, t => t with { OverallGoal = null }),

        // Classification
        ["C.function-code-known"] = d => d.AddRow(T.T3, "2999999", "不存在的项", ("total", 0.00m)),
        ["C.function-name"] = d => d.Table(T.T3, t => t with { Rows = [.. t.Rows.Select(r => r.Key == "208" ? r with { Label = "保障和就业支出" } : r)] }),
        ["C.economic-code-known"] = d => d.AddRow(T.T6, "30999", "不存在的款", ("total", 0.00m)),
        ["C.economic-name"] = d => d.Table(T.T6, t => t with { Rows = [.. t.Rows.Select(r => r.Key == "30101" ? r with { Label = "岗位工资" } : r)] }),
        ["C.basic-economic-class"] = d => d.AddRow(T.T6, "307", "债务利息及费用支出", ("total", 1.00m)),
        ["C.personnel-public-split"] = d => d.Cell(T.T6, "30201", "personnel", 1.00m),
        ["C.hierarchy-complete"] = d => d.RemoveRow(T.T3, "20508"),
        ["C.project-code-level"] = d => d.Table(T.T7, t => t with { Rows = [.. t.Rows.Select(r => r.Project == P4 ? r with { FunctionCode = FunctionCode.Parse("20103") } : r)] }),

        // Completeness
        ["K.required-table"] = d => d.Without(T.T11),
        ["K.tables-absent"] = d => d with { Tables = [] },
        ["K.tables-elsewhere"] = d => d with { Tables = [], Meta = d.Meta with { TablesPart = new LocatedText("第二部分 2025年度部门预算报表", SourceSpan.At(3)) } },
        ["K.empty-table-note"] = d => d.Table(T.T8, t => t with { EmptyNote = null }),
        ["K.narrative-section"] = d => d with { Narrative = d.Narrative with { Sections = [.. d.Narrative.Sections.Where(s => s.Key != "十")] } },
        ["K.three-public-reason"] = d => d with { Narrative = d.Narrative with { Claims = [.. d.Narrative.Claims.Select(c => c.Subject.Key.StartsWith("three_public", StringComparison.Ordinal) ? c with { Reason = null } : c)] } },
        ["K.glossary"] = d => d with { Glossary = [] },
        ["K.profile"] = d => d with { Profile = UnitProfile.Empty },
        ["K.other-matters"] = d => d.Matters(m => m with { Procurement = null }),
        ["K.meta"] = d => d with { Meta = d.Meta with { UnitName = null } },
        ["K.reading"] = d => d with { Diagnostics = [new ParseDiagnostic(DiagnosticSeverity.Error, "table.unassigned", "无法确定该数字所属的列", SourceSpan.At(120))] },
        ["K.empty-note-fund"] = d => d.Table(T.T9, t => t with { Rows = [], EmptyNote = new LocatedText("本单位2025年无政府性基金预算拨款安排的支出，故本表为空。", SourceSpan.At(300)) }),

        // Wording
        ["W.placeholder"] = d => d.Prose("XX局2025年部门预算收支总计2,627.89万元。"),
        ["W.unresolved-choice"] = d => d.Prose("政府性基金预算支出0万元，与上年相比增加（减少）0万元。"),
        ["W.truncated-sentence"] = d => d.Prose("“三公”经费预算与上年持平，主要原因是。"),
        ["W.doubled-punctuation"] = d => d.Prose("比上年增加12.00万元，，主要原因是人员增加。"),
        ["W.unbalanced-brackets"] = d => d.Prose("一般公共服务支出（类）政府办公厅（室）及相关机构事务（款行政运行（项）1,290.16万元。"),
        ["W.heading-year"] = d => d.Prose("第三部分 2024年部门预算情况说明", heading: true),
        ["W.comparison-year"] = d => d.Prose("2025年收支预算总计2,627.89万元，与2025年预算相比增加12.00万元。"),
        ["W.as-of-date"] = d => d.Prose("截至2021年12月31日，本单位共有车辆3辆。"),
        ["W.final-relation"] = d => d.Final().Prose("年初预算为100.00万元，支出决算为120.00万元，完成年初预算的120.00%。决算数小于预算数的主要原因是增人增支。"),
        ["W.final-completion"] = d => d.Final().Prose("年初预算为100.00万元，支出决算为90.00万元，完成年初预算的95.00%。决算数小于预算数的主要原因是厉行节约。"),
        ["W.final-reason"] = d => d.Final().Prose("年初预算为100.00万元，支出决算为90.00万元，完成年初预算的90.00%。决算数小于预算数。"),
    };

    public static TheoryData<string> RuleIds() => [.. Cases.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_flags_the_defect_it_guards_against(string ruleId)
    {
        var broken = Cases[ruleId](Build());
        var rule = RuleCatalog.Default.Rule(ruleId);
        Assert.NotNull(rule);
        var findings = rule.Check(broken, CheckOptions.Default).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(ruleId, f.Rule));
    }

    [Fact]
    public void Every_rule_in_the_catalog_has_a_failure_case()
    {
        var missing = RuleCatalog.Default.Rules.Select(r => r.Id).Except(Cases.Keys).ToList();
        Assert.True(missing.Count == 0, "没有失败用例的规则：" + string.Join(", ", missing));
    }

    [Fact]
    public void The_full_checker_reports_the_defect_with_its_location()
    {
        var report = Checker.Default.Check(Cases["T6.hierarchy-sum"](Build()));
        var f = Assert.Single(report.Findings, f => f.Rule == "T6.hierarchy-sum");
        Assert.Equal(("T6", "303", "total"), (f.Location.Table, f.Location.Row, f.Location.Column));
        Assert.Equal(("99.09", "99.08"), (f.Expected, f.Actual));
        Assert.True(f.Location.Line > 0);
    }
}
