using Yusuan.Core.Checking;
using Yusuan.Core.Model;

namespace Yusuan.Core.Tests.Checking;

/// <summary>N.change-percent on changes stated apart from their amount, and on changes printed as zero.</summary>
public class ChangePercentTests
{
    private static List<Finding> Run(Disclosure d) => [.. RuleCatalog.Default.Rule("N.change-percent")!.Check(d, CheckOptions.Default)];

    /// <summary>004's 十: "“三公”经费数为 98.5 万元" and, in the next sentence, "比上年预算减少 4 万元，下降 x%".</summary>
    private static Disclosure ThreePublic(decimal percent, string changeSection = "十")
    {
        var b = new DocumentBuilder();
        b.Meta(m => m with { UnitName = "某单位", Year = 2023, Region = "新疆" });
        b.Section("十", "三公经费").Section("十一", "上年结转结余");
        b.Claim("十", ClaimKeys.ThreePublicTotal, "财政拨款“三公”经费", 98.5m);
        b.Claim(changeSection, ClaimKeys.ThreePublicTotal, "财政拨款“三公”经费", null, change: -4m, percent: percent);
        return b.Build();
    }

    [Fact]
    public void A_change_stated_in_its_own_sentence_is_judged_with_the_amount_stated_before() =>
        Assert.Empty(Run(ThreePublic(3.9m)));

    [Fact]
    public void A_wrong_rate_of_a_change_stated_in_its_own_sentence_is_reported()
    {
        var f = Assert.Single(Run(ThreePublic(4.9m)));
        Assert.Equal(("3.90", "4.9"), (f.Expected, f.Actual));
        // 001 prints a stray heading between the 三公 amounts and their changes: the subject is still the same.
        Assert.Single(Run(ThreePublic(4.9m, changeSection: "十一")));
    }

    [Fact]
    public void A_change_of_zero_with_a_non_zero_rate_is_reported()
    {
        var b = new DocumentBuilder();
        b.Meta(m => m with { UnitName = "某单位", Year = 2023, Region = "新疆" });
        b.Section("三", "支出预算");
        b.Claim("三", ClaimKeys.ExpenseProject, "项目支出", 536m, change: 0m, percent: 1m);
        b.Claim("三", ClaimKeys.ExpenseBasic, "基本支出", 2267.23m, change: 0m, percent: 0m);
        var f = Assert.Single(Run(b.Build()));
        Assert.Equal("1", f.Actual);
    }
}
