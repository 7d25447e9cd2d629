namespace Yusuan.Core.Reading.Tables;

/// <summary>
/// For a parent row and its children, each with several candidate readings (a value per column, or none), finds the
/// readings that take part in at least one combination where the parent equals the sum of its children in every column,
/// within rounding (<see cref="ColumnSolver.Tolerance"/>). The walk keeps running column sums, so each step costs one
/// column vector; figures are compared as whole units of 0.0001 (every printed figure has at most four decimals).
/// </summary>
internal static class ConsistentReadings
{
    private const decimal Scale = 10_000m;

    /// <summary>readings[m][i][c]: member m (0 = the parent, at least one child), candidate i, column c. Returns, per member, which candidates
    /// took part in a consistent combination; all false when none did; null when a figure cannot be compared exactly.</summary>
    public static bool[][]? Find(decimal?[][][] readings, int columnCount)
    {
        if (!TryScale(readings, columnCount, out var values, out var halves)) return null;
        var members = readings.Length;
        var keep = new bool[members][];
        for (var m = 0; m < members; m++) keep[m] = new bool[readings[m].Length];
        var open = readings.Sum(r => r.Length);
        var choice = new int[members];
        var sums = new long[members, columnCount];
        var terms = new int[members, columnCount];
        var half = new long[members, columnCount];
        for (var p = 0; p < readings[0].Length && open > 0; p++)
        {
            choice[0] = p;
            var total = values[0][p];
            for (var c = 0; c < columnCount; c++)
            {
                sums[0, c] = 0;
                terms[0, c] = total[c] is null ? 0 : 1;
                half[0, c] = halves[0][p][c];
            }
            Walk(1);
        }
        return keep;

        void Walk(int depth)
        {
            var last = depth - 1;
            for (var i = 0; i < values[depth].Length && open > 0; i++)
            {
                choice[depth] = i;
                var row = values[depth][i];
                var rowHalf = halves[depth][i];
                if (depth == members - 1)
                {
                    if (Consistent(row, rowHalf)) Keep();
                    continue;
                }
                for (var c = 0; c < columnCount; c++)
                {
                    var v = row[c];
                    sums[depth, c] = sums[last, c] + (v ?? 0);
                    terms[depth, c] = terms[last, c] + (v is null ? 0 : 1);
                    half[depth, c] = v is null ? half[last, c] : Math.Max(half[last, c], rowHalf[c]);
                }
                Walk(depth + 1);
            }
        }

        // The last child is folded straight into the check instead of another level of sums.
        bool Consistent(long?[] row, long[] rowHalf)
        {
            var last = members - 2;
            var total = values[0][choice[0]];
            for (var c = 0; c < columnCount; c++)
            {
                var v = row[c];
                var n = terms[last, c] + (v is null ? 0 : 1);
                if (n == 0) continue;
                var sum = sums[last, c] + (v ?? 0);
                var h = v is null ? half[last, c] : Math.Max(half[last, c], rowHalf[c]);
                if (Math.Abs((total[c] ?? 0) - sum) > h * Math.Max(n, 2) + 1) return false;
            }
            return true;
        }

        void Keep()
        {
            for (var m = 0; m < members; m++)
            {
                if (keep[m][choice[m]]) continue;
                keep[m][choice[m]] = true;
                open--;
            }
        }
    }

    private static bool TryScale(decimal?[][][] readings, int columnCount, out long?[][][] values, out long[][][] halves)
    {
        values = new long?[readings.Length][][];
        halves = new long[readings.Length][][];
        for (var m = 0; m < readings.Length; m++)
        {
            values[m] = new long?[readings[m].Length][];
            halves[m] = new long[readings[m].Length][];
            for (var i = 0; i < readings[m].Length; i++)
            {
                var row = values[m][i] = new long?[columnCount];
                var rowHalf = halves[m][i] = new long[columnCount];
                for (var c = 0; c < columnCount; c++)
                {
                    if (readings[m][i][c] is not { } d) continue;
                    if (d.Scale > 4 || Math.Abs(d) > 1e12m) return false;
                    row[c] = (long)(d * Scale);
                    rowHalf[c] = (long)(ColumnSolver.HalfUnit(d) * Scale);
                }
            }
        }
        return true;
    }
}
