using System.Collections.Immutable;
using Yusuan.Core.Comparing;
using Yusuan.Core.Export;
using Yusuan.Core.Model;
using Yusuan.Core.Reading;

namespace Yusuan.Storage.Tests.Comparing;

/// <summary>The YOY rules: a stated change against the prior year must follow from the prior year's published figure.</summary>
public sealed class YearOverYearCheckTests
{
    // 上海市普陀区万里街道办事处: 2024 (007) and 2025 (008) budgets. Line 804 of 008 reads
    // "2025年“三公”经费预算数为37.91万元，比2024年预算减少10万元。"; 007's 三公 table (line 842) prints the total 47.91.
    private const string ThreePublicSentence = "37.91万元，比2024年预算减少10万元";

    [Fact]
    public void A_real_disclosure_agrees_with_its_prior_year()
    {
        var (prior, current) = Wanli(ThreePublicSentence);
        var threePublic = current.Narrative.Claims.Single(c => c.Subject.Key == ClaimKeys.ThreePublicTotal && c.Span.Line == 804);
        Assert.Equal((37.91m, 10m, ChangeDirection.Decrease), (threePublic.Amount?.Value, threePublic.ChangeAmount?.Value, threePublic.Direction));
        Assert.Empty(YearOverYearCheck.Check(current, prior));
    }

    [Fact]
    public void Saying_increase_where_the_prior_year_shows_a_decrease_is_a_direction_mismatch()
    {
        var (prior, current) = Wanli("37.91万元，比2024年预算增加10万元");
        var finding = Assert.Single(YearOverYearCheck.Check(current, prior));
        Assert.Equal(("YOY.direction-mismatch", 804, "T10", "total", "-10.00", "10.00"),
            (finding.Rule, finding.Location.Line, finding.Location.Table, finding.Location.Row, finding.Expected, finding.Actual));
    }

    [Fact]
    public void A_change_that_does_not_lead_back_to_the_prior_years_figure_is_an_amount_mismatch()
    {
        var (prior, current) = Wanli("37.91万元，比2024年预算减少12万元");
        var finding = Assert.Single(YearOverYearCheck.Check(current, prior));
        Assert.Equal(("YOY.amount-mismatch", 804, "-10.00", "-12.00"), (finding.Rule, finding.Location.Line, finding.Expected, finding.Actual));
    }

    [Fact]
    public void Documents_that_are_not_consecutive_years_are_not_compared()
    {
        var (prior, current) = Wanli("37.91万元，比2024年预算增加10万元");
        var older = prior with { Meta = prior.Meta with { Year = 2023 } };
        Assert.Empty(YearOverYearCheck.Check(current, older));
    }

    private static (Disclosure Prior, Disclosure Current) Wanli(string threePublicSentence)
    {
        var prior = DisclosureReader.ReadFile(Corpus("007")).GetValueOrThrow();
        var text = File.ReadAllText(Corpus("008"));
        Assert.Contains(ThreePublicSentence, text, StringComparison.Ordinal);
        var current = DisclosureReader.Read(text.Replace(ThreePublicSentence, threePublicSentence, StringComparison.Ordinal), "008").GetValueOrThrow();
        return (prior, current);
    }

    private static string Corpus(string prefix) => Directory.GetFiles(Path.Combine(Samples.Root, "samples", "corpus"), prefix + "_*.txt").Single();

    // ----- the arithmetic, case by case: current amount, stated change, prior figure → rule (or none) -----

    public static TheoryData<string, decimal, ChangeDirection?, decimal?, decimal?, decimal, string?> Cases => new()
    {
        { "agrees", 110m, ChangeDirection.Increase, 10m, 10.00m, 100m, null },
        { "agrees within rounding (3 × 0.005)", 110m, ChangeDirection.Increase, 10.01m, null, 100m, null },
        { "off by two cents", 110m, ChangeDirection.Increase, 10.02m, null, 100m, "YOY.amount-mismatch" },
        { "off by two", 110m, ChangeDirection.Increase, 12m, null, 100m, "YOY.amount-mismatch" },
        { "a decrease that agrees", 110m, ChangeDirection.Decrease, 10m, 8.33m, 120m, null },
        { "wrong word, right size", 110m, ChangeDirection.Decrease, 10m, null, 100m, "YOY.direction-mismatch" },
        { "flat but it grew", 110m, ChangeDirection.Flat, null, null, 100m, "YOY.amount-mismatch" },
        { "no direction word, size agrees", 110m, null, 10m, null, 100m, null },
        { "no direction word, size wrong", 110m, null, 15m, null, 100m, "YOY.amount-mismatch" },
        { "percent agrees", 110m, ChangeDirection.Increase, 10m, 10.00m, 100m, null },
        { "percent wrong", 110m, ChangeDirection.Increase, 10m, 9.00m, 100m, "YOY.percent-mismatch" },
        { "percent printed to one decimal", 103.33m, ChangeDirection.Increase, 3.33m, 3.3m, 100m, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_gives_the_expected_rule(string name, decimal current, ChangeDirection? direction, decimal? change, decimal? percent, decimal prior, string? rule)
    {
        var claim = new Claim
        {
            Subject = new ClaimSubject(ClaimKeys.ExpenseTotal, "支出预算"),
            Amount = new Figure(current, SourceSpan.At(5)),
            ChangeAmount = change is { } c ? new Figure(c, SourceSpan.At(5)) : null,
            Direction = direction,
            ChangePercent = percent is { } p ? new Figure(p, SourceSpan.At(5)) : null,
            ComparedWith = "上年预算",
            Span = SourceSpan.At(5),
        };
        var priorYear = new YearFigures("某单位", 2024, DisclosureKind.Budget, [new CellRecord("T3", "", "total", "total", prior)]);
        var findings = YearOverYearCheck.Check([claim], MoneyUnit.WanYuan, 2025, DisclosureKind.Budget, [priorYear]);
        Assert.True(findings.Select(f => f.Rule).SequenceEqual(rule is null ? [] : [rule]), $"{name}: {string.Join(", ", findings.Select(f => f.Rule))}");
    }

    [Fact]
    public void A_claim_against_the_prior_final_account_is_not_checked_against_the_prior_budget()
    {
        var claim = new Claim
        {
            Subject = new ClaimSubject(ClaimKeys.ExpenseTotal, "支出"),
            Amount = new Figure(110m, SourceSpan.At(5)),
            ChangeAmount = new Figure(50m, SourceSpan.At(5)),
            Direction = ChangeDirection.Increase,
            ComparedWith = "上年决算",
        };
        var budget = new YearFigures("某单位", 2024, DisclosureKind.Budget, [new CellRecord("T3", "", "total", "total", 100m)]);
        var final = new YearFigures("某单位", 2024, DisclosureKind.FinalAccount, [new CellRecord("T3", "", "total", "total", 60m)]);
        Assert.Empty(YearOverYearCheck.Check([claim], MoneyUnit.WanYuan, 2025, DisclosureKind.Budget, [budget]));
        Assert.Empty(YearOverYearCheck.Check([claim], MoneyUnit.WanYuan, 2025, DisclosureKind.Budget, [budget, final]));
        Assert.Single(YearOverYearCheck.Check([claim with { ChangeAmount = new Figure(40m, SourceSpan.At(5)) }], MoneyUnit.WanYuan, 2025, DisclosureKind.Budget, [budget, final]));
    }

    [Fact]
    public void Claims_in_yuan_are_compared_in_wan_yuan()
    {
        var claim = new Claim
        {
            Subject = new ClaimSubject(ClaimKeys.OperatingCost, "机关运行经费"),
            Amount = new Figure(1_100_000m, SourceSpan.At(9)),
            ChangeAmount = new Figure(100_000m, SourceSpan.At(9)),
            Direction = ChangeDirection.Increase,
        };
        var prior = new YearFigures("某单位", 2024, DisclosureKind.Budget, [new CellRecord("M", "", "operating_cost", "amount", 100m)]);
        Assert.Empty(YearOverYearCheck.Check([claim], MoneyUnit.Yuan, 2025, DisclosureKind.Budget, [prior]));
        Assert.Single(YearOverYearCheck.Check([claim with { ChangeAmount = new Figure(90_000m, SourceSpan.At(9)) }], MoneyUnit.Yuan, 2025, DisclosureKind.Budget, [prior]));
    }

    [Fact]
    public void Every_yoy_rule_has_a_distinct_catalog_entry()
    {
        var ids = YearOverYearCheck.Descriptors.Select(d => d.Id).ToImmutableArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.All(ids, id => Assert.StartsWith("YOY.", id, StringComparison.Ordinal));
        Assert.All(YearOverYearCheck.Descriptors, d => Assert.False(string.IsNullOrWhiteSpace(d.Help)));
    }
}
