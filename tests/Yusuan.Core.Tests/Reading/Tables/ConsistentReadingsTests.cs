using Yusuan.Core.Reading.Tables;

namespace Yusuan.Core.Tests.Reading.Tables;

/// <summary>Which readings of a parent row and its children can add up (类 = Σ款), on constructed rows.</summary>
public sealed class ConsistentReadingsTests
{
    // Two columns: 基本支出, 项目支出. A parent 10 | 20 and two children printed with one figure each.
    [Fact]
    public void Keeps_only_the_readings_that_add_up()
    {
        decimal?[][][] readings =
        [
            [[10.00m, 20.00m]],
            [[10.00m, null], [null, 10.00m]],
            [[20.00m, null], [null, 20.00m]],
        ];
        var keep = ConsistentReadings.Find(readings, 2)!;
        Assert.Equal([true], keep[0]);
        Assert.Equal([true, false], keep[1]);
        Assert.Equal([false, true], keep[2]);
    }

    [Fact]
    public void Rounding_within_half_a_cent_per_term_counts_as_adding_up()
    {
        // Tolerance for two terms is 2 × 0.005 (+ε): 7.34 + 2.66 = 10.00 against 10.01 passes, against 10.03 does not.
        decimal?[][][] close = [[[10.01m]], [[7.34m]], [[2.66m]]];
        decimal?[][][] far = [[[10.03m]], [[7.34m]], [[2.66m]]];
        Assert.Equal([true], ConsistentReadings.Find(close, 1)![0]);
        Assert.Equal([false], ConsistentReadings.Find(far, 1)![0]);
    }

    [Fact]
    public void Ambiguity_that_the_sums_cannot_decide_keeps_both_readings()
    {
        decimal?[][][] readings =
        [
            [[5.00m, 5.00m]],
            [[5.00m, null], [null, 5.00m]],
            [[5.00m, null], [null, 5.00m]],
        ];
        var keep = ConsistentReadings.Find(readings, 2)!;
        Assert.Equal([true, true], keep[1]);
        Assert.Equal([true, true], keep[2]);
    }

    [Fact]
    public void No_consistent_combination_keeps_nothing()
    {
        decimal?[][][] readings = [[[30.00m]], [[10.00m]], [[10.00m]]];
        Assert.All(ConsistentReadings.Find(readings, 1)!, k => Assert.DoesNotContain(true, k));
    }

    [Fact]
    public void Figures_with_more_than_four_decimals_are_not_judged()
    {
        decimal?[][][] readings = [[[1.00001m]], [[1.00001m]]];
        Assert.Null(ConsistentReadings.Find(readings, 1));
    }
}
