using Yusuan.Core.Model;

namespace Yusuan.Core.Tests.Reading.Narrative;

/// <summary>The scope a sentence gives its figures: 基本支出/项目支出 as parts of a 财政拨款 or 一般公共预算 total, one fund's
/// carried-over 财政拨款, and the item a numbered heading printed as its own paragraph names. Sentences from the corpus.</summary>
public sealed class ClaimScopeTests
{
    private static List<(string Key, decimal? Amount)> Keys(string text, string topic = "支出预算") =>
        [.. ClaimParserTests.Parse(text, topic: topic).Select(c => (c.Subject.Key, c.Amount?.Value))];

    [Fact]
    public void Parts_of_a_fiscal_total_in_the_same_sentence_are_fiscal_parts()
    {
        // 西南大学 2024 决算 (021) p17.
        var keys = Keys("学校2024年度财政拨款支出总计为266,783.56万元，其中：基本支出209,899.51万元，占总支出的78.68%；项目支出56,884.05万元，占总支出的21.32%。");
        Assert.Equal([(ClaimKeys.FiscalTotal, 266783.56m), (ClaimKeys.FiscalBasic, 209899.51m), (ClaimKeys.FiscalProject, 56884.05m)], keys);
    }

    [Fact]
    public void Parts_after_a_gpb_total_in_the_sentence_before_are_gpb_parts()
    {
        // 重庆 (B119) p4: the 其中 sentence follows the total's.
        var keys = Keys("2026年一般公共预算财政拨款收入101,833.84万元,一般公共预算财政拨款支出101,833.84万元,比2025年减少7,885.67万元。其中:基本支出43,436.09万元,主要用于保障在职人员工资福利;项目支出58,397.75万元,主要用于重点项目。", "财政拨款收支");
        Assert.Contains((ClaimKeys.GpbBasic, 43436.09m), keys);
        Assert.Contains((ClaimKeys.GpbProject, 58397.75m), keys);
    }

    [Fact]
    public void Parts_of_the_whole_budget_keep_their_scope()
    {
        var keys = Keys("学校2024年度各项支出总计481,483.46万元，其中：基本支出367,180.56万元，占总支出的76.26%；项目支出114,302.90万元，占总支出的23.74%。");
        Assert.Contains((ClaimKeys.ExpenseBasic, 367180.56m), keys);
        Assert.Contains((ClaimKeys.ExpenseProject, 114302.90m), keys);
    }

    [Fact]
    public void A_funds_carried_over_fiscal_money_is_no_income_of_that_fund()
    {
        // 西安 决算 (032) p20.
        var keys = Keys("2022年度政府性基金预算财政拨款年初结转和结余58,830.98万元。", "政府性基金");
        Assert.Equal([(ClaimKeys.CarryoverFiscalGf, 58830.98m)], keys);
    }

    [Fact]
    public void A_heading_paragraph_names_the_item_of_the_paragraph_after_it()
    {
        // 西安 决算 (032) p21: the 购置 figure follows its own heading, not the 三公 total's open 决算数.
        var text = "2022年度财政拨款安排“三公”经费支出预算593.46万元，支出决算587.55万元，决算数较上年增加。\n\n"
            + "2．公务用车购置费支出情况说明。\n\n"
            + "2022年度财政拨款安排为西安急救中心等单位购置公务用车5辆，预算136.48万元，支出决算136.48万元，完成预算的100%。\n";
        var keys = Keys(text, "三公经费");
        Assert.Contains(keys, k => k.Key == ClaimKeys.ThreePublicVehiclePurchase && k.Amount == 136.48m);
        Assert.DoesNotContain(keys, k => k.Key == ClaimKeys.Other && k.Amount == 136.48m);
    }
}
