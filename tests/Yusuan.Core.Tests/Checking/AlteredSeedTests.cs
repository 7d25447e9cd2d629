using Yusuan.Core.Checking;
using Yusuan.Core.Reading;

namespace Yusuan.Core.Tests.Checking;

/// <summary>
/// Rules judged on altered copies of the seeds: one printed figure or name changed in the text, the copy read and checked as
/// a whole. Each case has a twin that must stay silent, so a rule is shown both to catch the slip and to leave the
/// unaltered passage alone.
/// </summary>
public class AlteredSeedTests
{
    private static IReadOnlyList<Finding> Check(string seed, params (string From, string To)[] edits)
    {
        var text = File.ReadAllText(Samples.Seed(seed));
        foreach (var (from, to) in edits)
        {
            Assert.True(text.Contains(from, StringComparison.Ordinal), $"seed {seed} has no “{from}”");
            text = text.Replace(from, to, StringComparison.Ordinal);
        }
        return Checker.Default.Check(DisclosureReader.Read(text, seed).Value!).Findings;
    }

    [Fact]
    public void A_class_printed_off_its_parts_is_reported_in_the_class_row_only_when_the_total_agrees_with_the_parts()
    {
        // 000 as published: 303 99.08, its 款 99.09, 总计 2,212.74 (= with 99.09).
        var published = Check("000");
        Assert.Contains(published, f => f.Rule == "T6.hierarchy-sum" && f.Location.Row == "303");
        Assert.DoesNotContain(published, f => f.Rule == "T6.total-sum");

        // A second slip in the total itself is still the total's.
        var total = Check("000", ("\t\t总计\t2,212.74\t1,915.48\t297.26", "\t\t总计\t2,213.74\t1,915.48\t297.26"));
        Assert.Contains(total, f => f.Rule == "T6.total-sum" && f.Location.Row == "total" && f.Location.Column == "total" && f.Actual == "2213.74");
    }

    [Fact]
    public void An_allocation_given_as_a_rate_leaves_a_shortfall_undecided_but_not_an_excess()
    {
        Assert.DoesNotContain(Check("003"), f => f.Rule == "P.allocation-sum");

        var excess = Check("003", ("“放管服”各项工作经费 15 万元", "“放管服”各项工作经费 65 万元"));
        Assert.Contains(excess, f => f.Rule == "P.allocation-sum" && f.Location.Line == 381 && f.Expected == "75" && f.Actual == "77");

        // Without the rate the same shortfall is a slip.
        var noRate = Check("003", ("话务人员工资 2000 元/人/月、", ""));
        Assert.Contains(noRate, f => f.Rule == "P.allocation-sum" && f.Location.Line == 381 && f.Actual == "27");
    }

    [Fact]
    public void Three_public_change_rates_are_checked_against_the_amounts_stated_the_sentence_before()
    {
        Assert.DoesNotContain(Check("000"), f => f.Rule is "N.change-percent" or "N.growth-undefined");
        Assert.DoesNotContain(Check("003"), f => f.Rule is "N.change-percent" or "N.growth-undefined");

        var wrong = Check("000", ("公务用车运行费减少 6.00 万元，下降 6.74%", "公务用车运行费减少 6.00 万元，下降 7.74%"));
        var f = Assert.Single(wrong, f => f.Rule == "N.change-percent");
        Assert.Equal((577, "6.74", "7.74"), (f.Location.Line, f.Expected, f.Actual));

        var fromZero = Check("002");
        Assert.Equal(3, fromZero.Count(f => f.Rule == "N.growth-undefined" && f.Location.Line == 517));
    }

    [Fact]
    public void Three_public_money_allocated_in_projects_is_not_more_than_the_three_public_table_has()
    {
        // 002: 外事接待费用 17.84 万元 in 2025 年单位运转项目, 表10 prints no 公务接待费.
        var f = Assert.Single(Check("002"), f => f.Rule == "P.three-public-allocations");
        Assert.Equal(("T10", "reception", 489, "≥ 17.84", "0"), (f.Location.Table, f.Location.Row, f.Location.Line, f.Expected, f.Actual));

        // 003: 公务用车运行费 10 万元 in a project, 表8(三公) 公务用车运行费 97.00.
        Assert.DoesNotContain(Check("003"), f => f.Rule == "P.three-public-allocations");
        var more = Check("003", ("公务用车运行费 10 万元", "公务用车运行费 100 万元"));
        Assert.Contains(more, f => f.Rule == "P.three-public-allocations" && f.Location.Row == "vehicle_operation" && f.Actual == "97.00");
        Assert.DoesNotContain(Check("000"), f => f.Rule == "P.three-public-allocations");
    }

    [Fact]
    public void Without_table_6_the_text_split_of_basic_spending_is_checked_by_itself()
    {
        // 003 prints no 表6: 2014 = 1792.39 + 221.61.
        Assert.DoesNotContain(Check("003"), f => f.Rule == "N.basic-parts");
        var altered = Check("003", ("人员经费 1792.39 万元", "人员经费 1782.39 万元"));
        var f = Assert.Single(altered, f => f.Rule == "N.basic-parts");
        Assert.Equal(("2004.00", "2014"), (f.Expected, f.Actual));
    }

    [Fact]
    public void An_allocation_text_that_states_its_own_total_is_held_to_it()
    {
        Assert.DoesNotContain(Check("002"), f => f.Rule == "P.allocation-sum");
        var altered = Check("002", ("共计 127.98 万元", "共计 137.98 万元"));
        var f = Assert.Single(altered, f => f.Rule == "P.allocation-sum");
        Assert.Equal(("127.98", "137.98"), (f.Expected, f.Actual));
    }

    [Fact]
    public void Carry_over_parts_and_items_of_section_11_are_compared_with_tables_1_and_11()
    {
        Assert.DoesNotContain(Check("002"), f => f.Rule == "N.amount-vs-table");
        var fiscal = Check("002", ("包括：财政拨款 0.33 万元", "包括：财政拨款 0.37 万元"));
        Assert.Contains(fiscal, f => f.Rule == "N.amount-vs-table" && f.Location.Line == 521 && f.Actual == "0.37");
        var item = Check("002", ("民办实事经费 0.33 万元", "民办实事经费 0.37 万元"));
        Assert.Contains(item, f => f.Rule == "N.amount-vs-table" && f.Location.Line == 523 && f.Expected == "0.33" && f.Actual == "0.37");
    }

    [Fact]
    public void A_cost_indicator_restating_an_allocation_item_states_its_amount()
    {
        Assert.DoesNotContain(Check("000"), f => f.Rule == "G.cost-vs-allocation");
        Assert.DoesNotContain(Check("003"), f => f.Rule == "G.cost-vs-allocation");
        // 001 has three 驻外办事处业务工作经费 (one per office): descriptions and target tables cannot be paired by name.
        Assert.DoesNotContain(Check("001"), f => f.Rule == "G.cost-vs-allocation");
        var lower = Check("000", ("采购办公耗材成本	<=15.34 万元", "采购办公耗材成本	<=14.34 万元"));
        var f = Assert.Single(lower, f => f.Rule == "G.cost-vs-allocation");
        Assert.Equal((635, "15.34", "14.34"), (f.Location.Line, f.Expected, f.Actual));
    }

    [Fact]
    public void A_cost_indicator_in_money_is_a_ceiling()
    {
        var f = Assert.Single(Check("003"), f => f.Rule == "G.cost-ceiling");
        Assert.Equal((561, "≥4000 元"), (f.Location.Line, f.Actual));
        Assert.DoesNotContain(Check("003", ("平均每场成本			≥4000 元", "平均每场成本			≤4000 元")), f => f.Rule == "G.cost-ceiling");
        // 001's 人员相关经费发放及时性 ≥100% sits under 成本指标 but is no money figure.
        Assert.DoesNotContain(Check("001"), f => f.Rule == "G.cost-ceiling");
    }

    [Fact]
    public void Implementing_units_are_spelled_as_the_profile_lists_them()
    {
        var published = Check("003");
        Assert.Equal([361, 490], published.Where(f => f.Rule == "P.unit-name").Select(f => f.Location.Line).Order());
        var fixedName = Check("003", ("项目承担单位：巴州电子政务和大数据服务中心", "项目承担单位：巴州电子政务与大数据服务中心"));
        Assert.Equal([490], fixedName.Where(f => f.Rule == "P.unit-name").Select(f => f.Location.Line));
        // 001 prints 办公厅（本级） for the listed 办公厅本级: brackets are no difference.
        Assert.DoesNotContain(Check("001"), f => f.Rule == "P.unit-name");
    }

    [Fact]
    public void The_department_target_table_covers_the_whole_budget()
    {
        Assert.DoesNotContain(Check("002"), f => f.Rule == "G.department-funds");
        var altered = Check("002", ("本级安排	1314.40", "本级安排	1315.40"));
        var f = Assert.Single(altered, f => f.Rule == "G.department-funds");
        Assert.Equal(("1314.73", "1315.73"), (f.Expected, f.Actual));
    }

    [Fact]
    public void The_stated_number_of_internal_departments_is_the_number_listed()
    {
        Assert.DoesNotContain(Check("000"), f => f.Rule == "M.department-count");
        Assert.DoesNotContain(Check("002"), f => f.Rule == "M.department-count");
        var altered = Check("002", ("下设 9 个股室", "下设 10 个股室"));
        var f = Assert.Single(altered, f => f.Rule == "M.department-count");
        Assert.Equal((92, "9", "10"), (f.Location.Line, f.Expected, f.Actual));
    }

    [Fact]
    public void A_project_described_under_a_slightly_different_name_is_one_name_mismatch()
    {
        var published = Check("003");
        Assert.Contains(published, f => f.Rule == "P.name-mismatch" && f.Location.Line == 361 && f.Expected == "电子政务网络维护费");
        Assert.DoesNotContain(published, f => f.Rule is "P.description" or "P.unknown-project");

        // Named alike, the description is simply the project's.
        var fixedName = Check("003", ("项目名称：电子政务网络监测维护费", "项目名称：电子政务网络维护费"));
        Assert.DoesNotContain(fixedName, f => f.Rule == "P.name-mismatch" && f.Location.Line == 361);

        // The pair is compared as one project: a different 预算安排规模 is reported against 表7.
        var amount = Check("003", ("预算安排规模：27 万元", "预算安排规模：28 万元"));
        Assert.Contains(amount, f => f.Rule == "P.amount-vs-T7" && f.Actual == "28");

        // A name far from every 表7 project is not paired.
        var unrelated = Check("003", ("项目名称：电子政务网络监测维护费", "项目名称：机关食堂运行补助经费"));
        Assert.Contains(unrelated, f => f.Rule == "P.unknown-project" && f.Location.Line == 361);
        Assert.Contains(unrelated, f => f.Rule == "P.description" && f.Location.Line == 218);
    }
}
