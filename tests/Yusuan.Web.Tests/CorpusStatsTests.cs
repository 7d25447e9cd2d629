using Yusuan.Core.Checking;
using Yusuan.Core.Checking.Output;
using Yusuan.Core.Model;
using Yusuan.Web.Services;

namespace Yusuan.Web.Tests;

/// <summary>Issue #15: corpus charts compare like with like — the 三公 trend adds the same units every year, and money is
/// never added across 预算/决算 or 部门/单位.</summary>
public sealed class CorpusStatsTests
{
    private static CorpusEntry Entry(string unit, int year, decimal threePublic, DisclosureKind kind = DisclosureKind.Budget,
        DisclosureScope scope = DisclosureScope.Department, decimal basic = 10m) =>
        CorpusEntry.Of(Synthetic.Document(unit, year, "新疆", basic, 5m, threePublic)) with { Kind = kind, Scope = scope };

    [Fact]
    public void The_three_public_trend_adds_only_the_units_present_in_every_year_it_shows()
    {
        var docs = new[]
        {
            Entry("甲局", 2023, 10m), Entry("乙局", 2023, 20m),
            Entry("甲局", 2024, 11m), Entry("乙局", 2024, 19m), Entry("丙局", 2024, 500m),
        };

        var stats = CorpusStats.Of(docs, new CorpusFilter());

        Assert.Equal(2, stats.ThreePublicUnits);
        Assert.Equal([2023, 2024], stats.ThreePublic.Select(y => y.Year));
        Assert.Equal([30m, 30m], stats.ThreePublic.Select(y => y.Total));
    }

    [Fact]
    public void A_year_that_too_few_units_share_is_left_out_when_more_units_can_be_followed_over_the_rest()
    {
        var docs = new[] { Entry("甲局", 2022, 5m), Entry("乙局", 2024, 20m), Entry("甲局", 2024, 10m), Entry("乙局", 2025, 21m), Entry("甲局", 2025, 11m) };

        var stats = CorpusStats.Of(docs, new CorpusFilter());

        Assert.Equal([2024, 2025], stats.ThreePublic.Select(y => y.Year));
        Assert.Equal(2, stats.ThreePublicUnits);
    }

    [Fact]
    public void Money_charts_add_one_kind_one_level_and_one_year()
    {
        var docs = new[]
        {
            Entry("甲局", 2025, 1m, basic: 100m),
            Entry("甲局下属中心", 2025, 1m, scope: DisclosureScope.Unit, basic: 40m),
            Entry("乙局", 2025, 1m, kind: DisclosureKind.FinalAccount, basic: 70m),
            Entry("乙局", 2024, 1m, basic: 60m),
        };

        var stats = CorpusStats.Of(docs, new CorpusFilter());
        var units = CorpusStats.Of(docs, new CorpusFilter(Level: "unit"));

        Assert.Equal(2025, stats.CompositionYear);
        Assert.Equal(1, stats.CompositionDocuments);
        Assert.Equal(100m, stats.Basic);
        Assert.Contains("预算", stats.Basis, StringComparison.Ordinal);
        Assert.Equal(40m, units.Basic);
    }

    [Fact]
    public void Rules_are_counted_with_their_chinese_titles_and_without_rounding_differences()
    {
        var rounding = Synthetic.Finding("T3.hierarchy-sum", Severity.Warning, "T3", "201", "total", 5, "合计与各项之和不符（相差 0.01，在舍入误差 0.03 以内的舍入差异）");
        var real = Synthetic.Finding("T3.hierarchy-sum", Severity.Error, "T3", "208", "total", 6, "合计与各项之和不符（相差 5.00）");
        var entry = CorpusEntry.Of(Synthetic.Document("甲局", 2025, "新疆", 10m, 5m, 1m, 90m, rounding, real));

        var stats = CorpusStats.Of([entry], new CorpusFilter());

        var rule = Assert.Single(stats.Rules);
        Assert.Equal(1, rule.Count);
        Assert.Equal(RuleCatalog.Default.Find("T3.hierarchy-sum")!.Title, rule.Title);
        Assert.Equal(1, entry.WithinRounding);
        Assert.Equal(0, entry.RealWarnings);
    }

    [Fact]
    public void A_summary_survives_the_round_trip_through_its_stored_json()
    {
        var entry = CorpusEntry.Of(Synthetic.Document("甲局", 2025, "新疆", 10m, 5m, 1m));

        var back = CorpusEntry.FromJson(entry.ToJson());

        Assert.Equal(entry.ToJson(), back!.ToJson());
        Assert.Equal(entry.Figures.ByClass.AsEnumerable(), back.Figures.ByClass.AsEnumerable());
    }

    [Theory]
    [InlineData("income.fiscal", "财政拨款收入")]
    [InlineData("expense.201", "201 一般公共服务支出")]
    [InlineData("expense.total", "支出总计")]
    [InlineData("some.unknown_key", "")]
    public void A_row_key_is_never_shown_raw(string key, string shown)
    {
        Assert.Equal(shown, Places.LineName(key));
    }
}
