using Yusuan.Core.Checking;
using Yusuan.Core.Model;
using static Yusuan.Core.Tests.Checking.CleanDocument;
using T = Yusuan.Core.Model.TableId;

namespace Yusuan.Core.Tests.Checking;

/// <summary>N.parts-sum (a total the text states = the parts it lists, when no table carries them) and
/// M.performance-project-amount (财政拨款项目 = 表7 + 表8/表9 项目支出).</summary>
public class NarrativeSumRulesTests
{
    private static List<Finding> Run(string ruleId, Disclosure d) => [.. RuleCatalog.Default.Rule(ruleId)!.Check(d, CheckOptions.Default)];

    /// <summary>A text-only document in the shape of seed 004: 五.(二) states each 类, 五.(三) each 项, 六 基本支出 and its parts.</summary>
    private static Disclosure TextOnly(decimal healthClass = 151.69m, decimal personnel = 1975.94m, bool allItems = true, decimal income = 281.42m,
        decimal fiscalProjects = 36.00m, int projectCount = 1, decimal targetFunds = 36.00m)
    {
        var b = new DocumentBuilder();
        b.Meta(m => m with { UnitName = "某单位", Year = 2023, Region = "新疆" });
        b.Section("二", "收入预算").Section("四", "财政拨款收支").Section("五", "一般公共预算当年拨款").Section("六", "基本支出");
        b.Claim("二", ClaimKeys.IncomeTotal, "单位收入预算", income);
        b.Claim("二", ClaimKeys.IncomeGpb, "一般公共预算", 281.42m);
        b.Claim("二", ClaimKeys.IncomeGf, "政府性基金预算", 0m);
        b.Claim("四", ClaimKeys.FiscalTotal, "财政拨款收支总预算", income);
        b.Claim("四", ClaimKeys.IncomeGpb, "一般公共预算拨款", 281.42m);
        b.Claim("五.(一)", ClaimKeys.GpbTotal, "一般公共预算拨款合计", 281.42m);
        b.Claim("五.(一)", ClaimKeys.GpbBasic, "基本支出", 245.42m);
        b.Claim("五.(一)", ClaimKeys.GpbProject, "项目支出", 36.00m);
        b.Claim("五.(二)", ClaimKeys.Function, "社会保障和就业支出（类）", 129.73m, code: "208", path: ["社会保障和就业支出"]);
        b.Claim("五.(二)", ClaimKeys.Function, "卫生健康支出（类）", healthClass, code: "210", path: ["卫生健康支出"]);
        b.Claim("五.(三)", ClaimKeys.Function, "行政单位离退休", 80.08m, code: "2080501", path: ["社会保障和就业支出", "行政事业单位养老支出", "行政单位离退休"]);
        b.Claim("五.(三)", ClaimKeys.Function, "事业单位离退休", 49.65m, code: "2080502", path: ["社会保障和就业支出", "行政事业单位养老支出", "事业单位离退休"]);
        b.Claim("五.(三)", ClaimKeys.Function, "行政单位医疗", 91.23m, code: "2101101", path: ["卫生健康支出", "行政事业单位医疗", "行政单位医疗"]);
        if (allItems)
        {
            b.Claim("五.(三)", ClaimKeys.Function, "事业单位医疗", 7.64m, code: "2101102", path: ["卫生健康支出", "行政事业单位医疗", "事业单位医疗"]);
            b.Claim("五.(三)", ClaimKeys.Function, "公务员医疗补助", 48.60m, code: "2101103", path: ["卫生健康支出", "行政事业单位医疗", "公务员医疗补助"]);
            b.Claim("五.(三)", ClaimKeys.Function, "其他行政事业单位医疗支出", 4.22m, code: "2101199", path: ["卫生健康支出", "行政事业单位医疗", "其他行政事业单位医疗支出"]);
        }
        b.Claim("六", ClaimKeys.GpbBasic, "一般公共预算基本支出", 2267.24m);
        b.Claim("六", ClaimKeys.GpbPersonnel, "人员经费", personnel);
        b.Claim("六", ClaimKeys.GpbPublic, "公用经费", 291.30m);
        b.Project("档案征集、保护、数字化与安全保障", 36.00m);
        b.Targets("档案征集、保护、数字化与安全保障", targetFunds, 36m);
        b.Matters(x => new OtherMatters { Performance = new PerformanceSummary { ProjectCount = x.F(projectCount), FiscalProjectAmount = x.F(fiscalProjects), NonFiscalProjectAmount = x.F(0.00m), Span = x.Span() } });
        return b.Build();
    }

    [Fact]
    public void A_consistent_text_only_document_has_no_parts_sum_finding() => Assert.Empty(Run("N.parts-sum", TextOnly()));

    [Fact]
    public void A_class_whose_items_add_to_a_cent_less_is_a_rounding_warning_at_the_class()
    {
        var f = Assert.Single(Run("N.parts-sum", TextOnly(healthClass: 151.70m)));
        Assert.Equal((Severity.Warning, "五.(二)", "151.69", "151.70"), (f.Severity, f.Location.Section, f.Expected, f.Actual));
    }

    [Fact]
    public void Personnel_and_public_funds_that_do_not_add_to_basic_spending_are_an_error()
    {
        var f = Assert.Single(Run("N.parts-sum", TextOnly(personnel: 1905.94m)));
        Assert.Equal((Severity.Error, "六", "2197.24", "2267.24"), (f.Severity, f.Location.Section, f.Expected, f.Actual));
    }

    [Fact]
    public void A_text_that_describes_only_some_items_is_not_judged_by_class() =>
        Assert.Empty(Run("N.parts-sum", TextOnly(healthClass: 151.70m, allItems: false)));

    [Fact]
    public void An_income_total_that_is_not_the_sum_of_its_sources_is_an_error()
    {
        var findings = Run("N.parts-sum", TextOnly(income: 291.42m));
        Assert.Equal(["二", "四"], findings.Select(f => f.Location.Section).Order(StringComparer.Ordinal));
        Assert.All(findings, f => Assert.Equal((Severity.Error, "281.42", "291.42"), (f.Severity, f.Expected, f.Actual)));
    }

    [Fact]
    public void Without_tables_the_performance_figures_are_checked_against_the_text()
    {
        var d = TextOnly();
        Assert.Empty(Run("M.performance-project-amount", d));
        Assert.Empty(Run("M.performance-project-count", d));
        Assert.Empty(Run("G.funds-vs-budget", d));
        var amount = Assert.Single(Run("M.performance-project-amount", TextOnly(fiscalProjects: 37.00m)));
        Assert.Equal(("36.00", "37.00"), (amount.Expected, amount.Actual));
        var count = Assert.Single(Run("M.performance-project-count", TextOnly(projectCount: 2)));
        Assert.Equal(("1", "2"), (count.Expected, count.Actual));
        var funds = Assert.Single(Run("G.funds-vs-budget", TextOnly(targetFunds: 37.00m)));
        Assert.Equal(("36.00", "37.00"), (funds.Expected, funds.Actual));
    }

    [Fact]
    public void Where_the_table_is_published_the_table_rules_judge_the_parts_instead()
    {
        var d = Build().ClaimKey(ClaimKeys.GpbPersonnel, c => c with { Amount = c.Amount.With(1905.48m) });
        Assert.Empty(Run("N.parts-sum", d));
        Assert.NotEmpty(Run("N.amount-vs-table", d));
    }

    [Fact]
    public void Fiscal_projects_include_the_projects_of_government_fund_spending()
    {
        // 表7 415.15 + 表8 项目支出 3.00: the text's 财政拨款项目 418.15 is right, 表7 alone is not all of it.
        var d = Build().WithFundTable(T.T8);
        var with = d.Matters(m => m with { Performance = m.Performance! with { FiscalProjectAmount = m.Performance.FiscalProjectAmount.With(418.15m) } });
        Assert.Empty(Run("M.performance-project-amount", with));
        var f = Assert.Single(Run("M.performance-project-amount", d));
        Assert.Equal(("418.15", "415.15"), (f.Expected, f.Actual));
    }

    [Fact]
    public void Without_fund_projects_fiscal_projects_equal_table_7() =>
        Assert.Empty(Run("M.performance-project-amount", Build()));
}
