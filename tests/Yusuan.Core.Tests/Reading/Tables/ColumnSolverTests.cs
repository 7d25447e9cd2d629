using System.Collections.Immutable;
using Yusuan.Core.Reading.Tables;

namespace Yusuan.Core.Tests.Reading.Tables;

/// <summary>The column-assignment solver on constructed rows whose empty cells vanished.</summary>
public sealed class ColumnSolverTests
{
    // T3/T5: total, basic, project with total = basic + project.
    private static readonly IndexIdentity BasicPlusProject = new(0, [1, 2]);

    // T2 (Xinjiang): total, fiscal, gpb, gpb_transfer, gf, gf_transfer, sc, sc_transfer, special, unit, fiscal_carryover, nonfiscal_carryover.
    private static readonly IndexIdentity[] IncomeIdentities =
    [
        new(0, [1, 8, 9, 10, 11]),
        new(1, [2, 3, 4, 5, 6, 7]),
    ];

    private static List<Assignment> Solve(decimal[] values, int columns, IndexIdentity[] identities, params int[] forbidden) =>
        ColumnSolver.Solve(values, [.. values.Select(_ => double.NaN)], [.. Enumerable.Repeat<double?>(null, columns)], identities, forbidden.ToHashSet());

    [Fact]
    public void Three_figures_in_three_columns_have_one_reading()
    {
        var found = Solve([1607.30m, 1453.30m, 154.00m], 3, [BasicPlusProject]);
        Assert.Single(found);
        Assert.Equal([0, 1, 2], found[0].Columns.ToArray());
    }

    [Fact]
    public void A_total_with_one_equal_part_is_ambiguous_between_basic_and_project()
    {
        var found = Solve([4773.88m, 4773.88m], 3, [BasicPlusProject]);
        Assert.Equal(2, found.Count);
        Assert.Contains(found, a => a.Columns.SequenceEqual([0, 1]));
        Assert.Contains(found, a => a.Columns.SequenceEqual([0, 2]));
    }

    [Fact]
    public void Two_different_figures_cannot_be_total_and_one_part()
    {
        // 10 = 7 + 3 needs all three columns; with two figures (10, 7) no reading holds.
        var found = Solve([10m, 7m], 3, [BasicPlusProject]);
        Assert.Single(found);
        Assert.False(found[0].SatisfiesIdentities);
    }

    [Fact]
    public void Figures_of_a_row_summing_within_rounding_are_accepted()
    {
        var found = Solve([100.01m, 60.00m, 40.00m], 3, [BasicPlusProject]);
        Assert.True(found[0].SatisfiesIdentities);
    }

    [Fact]
    public void Income_row_is_placed_by_its_identities_when_the_missing_funds_are_known_empty()
    {
        // 001 表2 总计: 14,303.93 14,216.81 14,216.81 13.22 73.90; T1 shows no transfer, fund or special money.
        decimal[] row = [14303.93m, 14216.81m, 14216.81m, 13.22m, 73.90m];
        var found = Solve(row, 12, IncomeIdentities, 3, 4, 5, 6, 7, 8, 11);
        Assert.Single(found);
        Assert.Equal([0, 1, 2, 9, 10], found[0].Columns.ToArray());
    }

    [Fact]
    public void Income_row_without_facts_keeps_every_reading_that_holds()
    {
        decimal[] row = [14303.93m, 14216.81m, 14216.81m, 13.22m, 73.90m];
        var found = Solve(row, 12, IncomeIdentities);
        Assert.True(found.Count > 1);
        Assert.All(found, a => Assert.True(a.SatisfiesIdentities));
        Assert.Contains(found, a => a.Columns.SequenceEqual([0, 1, 2, 9, 10]));
    }

    [Fact]
    public void Figures_keep_their_printed_order()
    {
        var found = Solve([5m, 5m], 3, [BasicPlusProject]);
        Assert.All(found, a => Assert.True(a.Columns[0] < a.Columns[1]));
    }

    [Fact]
    public void More_figures_than_columns_give_no_reading()
    {
        Assert.Empty(Solve([1m, 2m, 3m, 4m], 3, [BasicPlusProject]));
    }

    [Fact]
    public void Header_positions_order_the_readings_that_hold()
    {
        // 合计, 因公出国, 公务接待费, 公务用车: 1.35 stands under 公务接待费 (character column 40, header at 38).
        var found = ColumnSolver.Solve([47.91m, 1.35m, 46.56m], [10, 40, 55], [5, 18, 38, 55], [new IndexIdentity(0, [1, 2, 3])], new HashSet<int>());
        Assert.Equal(3, found.Count);
        Assert.Equal([0, 2, 3], found[0].Columns.ToArray());
    }

    [Fact]
    public void Horizontal_three_public_row_with_operating_cost_has_one_reading()
    {
        // Shanghai: 合计, 因公出国, 公务接待费, 公务用车小计, 购置费, 运行费, 机关运行经费.
        IndexIdentity[] ids = [new(0, [1, 2, 3]), new(3, [4, 5])];
        var found = Solve([867.50m, 839.00m, 28.50m, 213.28m], 7, ids);
        Assert.Single(found);
        Assert.Equal([0, 1, 2, 6], found[0].Columns.ToArray());
    }

    [Fact]
    public void Integer_figures_in_yuan_tolerate_a_one_yuan_rounding_difference()
    {
        var found = Solve([94_995_790m, 77_381_546m, 17_614_243m], 3, [BasicPlusProject]);
        Assert.True(found[0].SatisfiesIdentities);
    }

    [Fact]
    public void A_reading_is_within_the_columns_its_parent_fills_only_when_every_column_is()
    {
        var reading = new Assignment([1, 3], 0, true);
        Assert.True(reading.Within([0, 1, 3]));
        Assert.False(reading.Within([0, 1, 2]));
        Assert.True(new Assignment([], 0, true).Within([]));
    }

    // T7: project total, then ten economic columns with total = Σ of all ten.
    private static readonly IndexIdentity ProjectTotal = new(0, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

    [Fact]
    public void A_project_row_with_a_total_and_two_parts_keeps_every_pair_of_parts()
    {
        // 001 表7 各项业务工作管理经费 3,348.80 3,343.80 5.00: the total stands first, the parts in any two of ten columns.
        var found = Solve([3348.80m, 3343.80m, 5.00m], 11, [ProjectTotal]);
        Assert.Equal(45, found.Count);
        Assert.All(found, a => Assert.Equal(0, a.Columns[0]));
        Assert.Equal(found.Count, found.Select(a => string.Join(",", a.Columns)).Distinct().Count());
    }

    [Fact]
    public void A_negative_part_still_adds_up()
    {
        // 5 = 8 + (−3): after placing 5 and 8 the rest must bring −3, which the last figure can.
        var found = Solve([5.00m, 8.00m, -3.00m], 4, [new IndexIdentity(0, [1, 2, 3])]);
        Assert.Equal(3, found.Count);
        Assert.All(found, a => Assert.True(a.SatisfiesIdentities));
        Assert.All(found, a => Assert.Equal(0, a.Columns[0]));
    }

    [Fact]
    public void When_no_choice_holds_the_left_aligned_one_with_the_smallest_slip_is_kept()
    {
        // 10 ≠ 3 + 4 wherever the parts go; every choice with the total first is off by 3, the others by more.
        var found = Solve([10.00m, 3.00m, 4.00m], 4, [new IndexIdentity(0, [1, 2, 3])]);
        var only = Assert.Single(found);
        Assert.False(only.SatisfiesIdentities);
        Assert.Equal([0, 1, 2], only.Columns.ToArray());
    }

    [Fact]
    public void The_readings_found_are_exactly_the_choices_where_every_identity_holds()
    {
        // Constructed rows that satisfy their identities (some with negative or zero parts, some off by a rounding slip or
        // more), with cells dropped as PDF text drops empty ones; checked against trying every choice one by one.
        var random = new Random(20251201);
        for (var run = 0; run < 400; run++)
        {
            var columns = random.Next(3, 8);
            var parts = Enumerable.Range(1, columns - 1).Where(_ => random.Next(3) > 0).ToImmutableArray();
            if (parts.IsEmpty) parts = [1];
            var identities = new[] { new IndexIdentity(0, parts) };
            var row = new decimal?[columns];
            foreach (var p in parts) row[p] = random.Next(4) == 0 ? null : random.Next(-3, 10) * 1.25m;
            row[0] = parts.Sum(p => row[p] ?? 0) + (random.Next(4) == 0 ? random.Next(-2, 3) * 0.01m : 0);
            for (var c = 1; c < columns; c++)
            {
                if (!parts.Contains(c) && random.Next(2) == 0) row[c] = random.Next(1, 5) * 2.50m;
            }
            var values = row.Where(v => v is not null).Select(v => v!.Value).ToArray();
            if (values.Length == 0) continue;

            var holding = Choices(columns, values.Length)
                .Select(c => new Assignment([.. c], 0, true))
                .Where(a => ColumnSolver.Holds(a, values, identities))
                .Select(a => string.Join(",", a.Columns))
                .ToList();
            var found = Solve(values, columns, identities);
            if (holding.Count == 0)
            {
                Assert.False(Assert.Single(found).SatisfiesIdentities);
                continue;
            }
            Assert.All(found, a => Assert.True(a.SatisfiesIdentities));
            Assert.Equal(holding, found.Select(a => string.Join(",", a.Columns)));
        }
    }

    private static IEnumerable<int[]> Choices(int columns, int k, int from = 0)
    {
        if (k == 0)
        {
            yield return [];
            yield break;
        }
        for (var c = from; c <= columns - k; c++)
        {
            foreach (var rest in Choices(columns, k - 1, c + 1)) yield return [c, .. rest];
        }
    }
}
