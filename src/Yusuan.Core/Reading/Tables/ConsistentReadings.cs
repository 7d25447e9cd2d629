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

    /// <summary>Marks an empty cell in the scaled readings.</summary>
    private const long Empty = long.MinValue;

    /// <summary>readings[m][i][c]: member m (0 = the parent, at least one child), candidate i, column c. Returns, per member,
    /// which candidates took part in a consistent combination; all false when none did; null when a figure cannot be
    /// compared exactly.</summary>
    public static bool[][]? Find(decimal?[][][] readings, int columnCount) =>
        TryScale(readings, columnCount, out var values, out var halves) ? Find(values, halves, columnCount) : null;

    /// <summary>The same, for rows given as their printed figures and candidate readings (<see cref="Assignment.Columns"/>[i]
    /// is the column of figure i): each figure is scaled once, however many readings place it.</summary>
    public static bool[][]? Find(IReadOnlyList<RawFigure>[] figures, IReadOnlyList<Assignment>[] readings, int columnCount) =>
        TryScale(figures, readings, columnCount, out var values, out var halves) ? Find(values, halves, columnCount) : null;

    /// <summary>values[m][i * columnCount + c] (whole 0.0001 units, <see cref="Empty"/> for an empty cell) and the
    /// half-unit of each.</summary>
    private static bool[][] Find(long[][] values, long[][] halves, int columnCount)
    {
        var members = values.Length;
        var keep = new bool[members][];
        var open = 0;
        for (var m = 0; m < members; m++)
        {
            keep[m] = new bool[values[m].Length / columnCount];
            open += keep[m].Length;
        }
        var choice = new int[members];
        // Running sums, term counts and largest half-units per depth, flattened: [depth * columnCount + column].
        var sums = new long[members * columnCount];
        var terms = new int[members * columnCount];
        var half = new long[members * columnCount];
        var lastMember = members - 1;
        var filter = LastMemberFilter.For(values, halves, keep[lastMember].Length, columnCount, members);
        for (var p = 0; p < keep[0].Length && open > 0; p++)
        {
            choice[0] = p;
            for (var c = 0; c < columnCount; c++)
            {
                var v = values[0][p * columnCount + c];
                sums[c] = 0;
                terms[c] = v == Empty ? 0 : 1;
                half[c] = halves[0][p * columnCount + c];
            }
            Walk(1);
        }
        return keep;

        void Walk(int depth)
        {
            var last = (depth - 1) * columnCount;
            var here = depth * columnCount;
            var row = values[depth];
            var rowHalf = halves[depth];
            if (depth == lastMember) filter?.Prepare(values[0], choice[0] * columnCount, sums, last);
            for (var i = 0; i < keep[depth].Length && open > 0; i++)
            {
                choice[depth] = i;
                var at = i * columnCount;
                if (depth == lastMember)
                {
                    if ((filter is null || filter.MayFit(i)) && Consistent(row, rowHalf, at)) Keep();
                    continue;
                }
                for (var c = 0; c < columnCount; c++)
                {
                    var v = row[at + c];
                    if (v == Empty)
                    {
                        sums[here + c] = sums[last + c];
                        terms[here + c] = terms[last + c];
                        half[here + c] = half[last + c];
                    }
                    else
                    {
                        sums[here + c] = sums[last + c] + v;
                        terms[here + c] = terms[last + c] + 1;
                        half[here + c] = Math.Max(half[last + c], rowHalf[at + c]);
                    }
                }
                Walk(depth + 1);
            }
        }

        // The last child is folded straight into the check instead of another level of sums.
        bool Consistent(long[] row, long[] rowHalf, int at)
        {
            var last = (members - 2) * columnCount;
            var total = values[0];
            var totalAt = choice[0] * columnCount;
            for (var c = 0; c < columnCount; c++)
            {
                var v = row[at + c];
                var n = terms[last + c] + (v == Empty ? 0 : 1);
                if (n == 0) continue;
                var sum = sums[last + c] + (v == Empty ? 0 : v);
                var h = v == Empty ? half[last + c] : Math.Max(half[last + c], rowHalf[at + c]);
                var t = total[totalAt + c];
                if (Math.Abs((t == Empty ? 0 : t) - sum) > h * Math.Max(n, 2) + 1) return false;
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

    /// <summary>
    /// A necessary condition for the last member, checked before the exact one: every tolerance is at most
    /// <c>bound</c> (the largest half-unit × the number of members, + 1), so where the rest of the parent's figure is far
    /// from 0 the last member must print a figure well away from 0, and where nothing is left it must not. Both are
    /// bit masks over the columns, so most readings of a parent with many readings are turned down in one step.
    /// </summary>
    private sealed class LastMemberFilter(ulong[] significant, long bound, int columnCount)
    {
        private ulong required;
        private ulong nothingLeft;

        public static LastMemberFilter? For(long[][] values, long[][] halves, int candidates, int columnCount, int members)
        {
            if (columnCount > 64) return null;
            long largestHalf = 0;
            foreach (var memberHalves in halves)
            {
                foreach (var h in memberHalves) largestHalf = Math.Max(largestHalf, h);
            }
            var bound = largestHalf * Math.Max(members, 2) + 1;
            var row = values[members - 1];
            var significant = new ulong[candidates];
            for (var i = 0; i < candidates; i++)
            {
                for (var c = 0; c < columnCount; c++)
                {
                    var v = row[i * columnCount + c];
                    if (v != Empty && Math.Abs(v) > bound) significant[i] |= 1UL << c;
                }
            }
            return new LastMemberFilter(significant, bound, columnCount);
        }

        /// <summary>What the last member must supply, given the parent's reading and the sums of the members before it.</summary>
        public void Prepare(long[] total, int totalAt, long[] sums, int sumsAt)
        {
            required = 0;
            nothingLeft = 0;
            for (var c = 0; c < columnCount; c++)
            {
                var t = total[totalAt + c];
                var rest = (t == Empty ? 0 : t) - sums[sumsAt + c];
                if (rest == 0) nothingLeft |= 1UL << c;
                else if (Math.Abs(rest) > 2 * bound) required |= 1UL << c;
            }
        }

        public bool MayFit(int candidate) => (significant[candidate] & required) == required && (significant[candidate] & nothingLeft) == 0;
    }

    /// <summary>Readings as whole 0.0001 units, one flat array per member ([candidate * columnCount + column]).</summary>
    private static bool TryScale(decimal?[][][] readings, int columnCount, out long[][] values, out long[][] halves)
    {
        values = new long[readings.Length][];
        halves = new long[readings.Length][];
        for (var m = 0; m < readings.Length; m++)
        {
            var row = values[m] = new long[readings[m].Length * columnCount];
            var rowHalf = halves[m] = new long[readings[m].Length * columnCount];
            for (var i = 0; i < readings[m].Length; i++)
            {
                for (var c = 0; c < columnCount; c++)
                {
                    var at = i * columnCount + c;
                    if (readings[m][i][c] is not { } d)
                    {
                        row[at] = Empty;
                        continue;
                    }
                    if (!TryScale(d, out row[at], out rowHalf[at])) return false;
                }
            }
        }
        return true;
    }

    private static bool TryScale(IReadOnlyList<RawFigure>[] figures, IReadOnlyList<Assignment>[] readings, int columnCount, out long[][] values, out long[][] halves)
    {
        values = new long[readings.Length][];
        halves = new long[readings.Length][];
        for (var m = 0; m < readings.Length; m++)
        {
            // Only figures some reading places are judged (a reading may place fewer figures than the row prints).
            var count = 0;
            for (var r = 0; r < readings[m].Count; r++) count = Math.Max(count, Math.Min(figures[m].Count, readings[m][r].Columns.Length));
            var figure = new long[count];
            var figureHalf = new long[count];
            for (var i = 0; i < count; i++)
            {
                if (!TryScale(figures[m][i].Value, out figure[i], out figureHalf[i])) return false;
            }
            var row = values[m] = new long[readings[m].Count * columnCount];
            var rowHalf = halves[m] = new long[readings[m].Count * columnCount];
            Array.Fill(row, Empty);
            for (var r = 0; r < readings[m].Count; r++)
            {
                var columns = readings[m][r].Columns;
                for (var i = 0; i < columns.Length && i < count; i++)
                {
                    row[r * columnCount + columns[i]] = figure[i];
                    rowHalf[r * columnCount + columns[i]] = figureHalf[i];
                }
            }
        }
        return true;
    }

    private static bool TryScale(decimal d, out long value, out long half)
    {
        value = half = 0;
        if (d.Scale > 4 || Math.Abs(d) > 1e12m) return false;
        value = (long)(d * Scale);
        half = (long)(ColumnSolver.HalfUnit(d) * Scale);
        return true;
    }
}
