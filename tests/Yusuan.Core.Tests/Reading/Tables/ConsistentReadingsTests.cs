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

    // A 项目支出 row repeated on its 类, 款 and 项 lines: five columns, three figures, every order-preserving placement.
    private static decimal?[][] Placements(params decimal[] figures)
    {
        var result = new List<decimal?[]>();
        for (var a = 0; a < 5; a++)
        {
            for (var b = a + 1; b < 5; b++)
            {
                for (var c = b + 1; c < 5; c++)
                {
                    var row = new decimal?[5];
                    row[a] = figures[0];
                    row[b] = figures[1];
                    row[c] = figures[2];
                    result.Add(row);
                }
            }
        }
        return [.. result];
    }

    [Fact]
    public void A_parent_and_its_only_child_printing_the_same_figures_keep_every_reading()
    {
        // Each reading of the parent is matched by the same reading of the child, so the sums decide nothing (ambiguous).
        decimal?[][][] readings = [Placements(3348.80m, 3343.80m, 5.00m), Placements(3348.80m, 3343.80m, 5.00m)];
        var keep = ConsistentReadings.Find(readings, 5)!;
        Assert.All(keep, k => Assert.All(k, Assert.True));
    }

    [Fact]
    public void A_parent_and_its_only_child_printing_different_figures_keep_nothing()
    {
        decimal?[][][] readings = [Placements(3348.80m, 3343.80m, 5.00m), Placements(3348.80m, 3343.80m, 6.00m)];
        var keep = ConsistentReadings.Find(readings, 5)!;
        Assert.All(keep, k => Assert.DoesNotContain(true, k));
    }

    [Fact]
    public void A_figure_within_rounding_of_zero_may_stand_where_the_parent_is_empty()
    {
        // One term: tolerance 2 × 0.005 (+ε). 0.00 and 0.01 are within it of an empty cell, 0.02 is not.
        decimal?[][][] readings = [[[10.00m, null]], [[10.00m, 0.00m], [10.00m, 0.01m], [10.00m, 0.02m]]];
        var keep = ConsistentReadings.Find(readings, 2)!;
        Assert.Equal([true, true, false], keep[1]);
    }

    [Fact]
    public void Negative_figures_add_up_like_positive_ones()
    {
        decimal?[][][] readings = [[[-5.00m, 1.00m]], [[-2.00m, null], [null, -2.00m]], [[-3.00m, 1.00m], [null, -3.00m]]];
        var keep = ConsistentReadings.Find(readings, 2)!;
        Assert.Equal([true, false], keep[1]);
        Assert.Equal([true, false], keep[2]);
    }

    [Fact]
    public void Rows_given_as_figures_and_readings_are_judged_like_their_cells()
    {
        // The parent 10 | 20 (one reading), a child printing 10 with two readings, a child printing 20 and 7 whose second
        // reading places only its first figure, and a child without readings (all its cells empty).
        List<RawFigure>[] figures = [Figures(10.00m, 20.00m), Figures(10.00m), Figures(20.00m, 7.00m), []];
        List<Assignment>[] readings =
        [
            [Reading(0, 1)],
            [Reading(0), Reading(1)],
            [Reading(1, 0), Reading(1)],
            [Reading()],
        ];
        decimal?[][][] cells =
        [
            [[10.00m, 20.00m]],
            [[10.00m, null], [null, 10.00m]],
            [[7.00m, 20.00m], [null, 20.00m]],
            [[null, null]],
        ];
        var byReadings = ConsistentReadings.Find(figures, readings, 2)!;
        var byCells = ConsistentReadings.Find(cells, 2)!;
        Assert.Equal(byCells, byReadings);
        Assert.Equal([true, false], byReadings[1]);
        Assert.Equal([false, true], byReadings[2]);
    }

    private static List<RawFigure> Figures(params decimal[] values) => [.. values.Select((v, i) => new RawFigure(v, v.ToString(System.Globalization.CultureInfo.InvariantCulture), i, 1, null))];

    private static Assignment Reading(params int[] columns) => new([.. columns], 0, true);
}
