using System.Collections.Immutable;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading.Tables;

/// <summary>One way of placing a row's figures: <see cref="Columns"/>[i] is the column index of figure i.</summary>
public sealed record Assignment(ImmutableArray<int> Columns, double PositionCost, bool SatisfiesIdentities)
{
    public decimal? ValueIn(int column, IReadOnlyList<decimal> values)
    {
        for (var i = 0; i < Columns.Length; i++)
        {
            if (Columns[i] == column) return values[i];
        }
        return null;
    }

    public bool Uses(int column) => Columns.Contains(column);

    /// <summary>Whether every column this reading fills is one of <paramref name="columns"/>.</summary>
    public bool Within(ImmutableArray<int> columns)
    {
        foreach (var c in Columns)
        {
            if (!columns.Contains(c)) return false;
        }
        return true;
    }

    public string Describe(IReadOnlyList<string> keys) => string.Join(",", Columns.Select(c => keys[c]));
}

/// <summary>An identity over column indexes: column <see cref="Total"/> = Σ <see cref="Parts"/>.</summary>
public sealed record IndexIdentity(int Total, ImmutableArray<int> Parts);

/// <summary>
/// Assigns the k figures of a row, in printed order, to k of the table's n columns when the text does not say which
/// (PDF text where empty cells vanish). Every order-preserving choice of columns is tried; a choice stands when every
/// identity of the table holds (empty cells count as 0, each figure stands for ±0.005). Columns known to be empty are
/// never used. All standing choices are returned, cheapest first by distance to the column headers when positions are
/// known; more than one means the row is ambiguous on its own (the table builder then uses the 类=Σ款=Σ项 hierarchy,
/// other tables and domain hints before giving up and reporting the alternatives).
/// </summary>
public static class ColumnSolver
{
    /// <summary>Above this many choices the solver keeps only the left-aligned one (cannot happen with the known templates:
    /// C(16, 8) = 12,870).</summary>
    private const int MaxChoices = 50_000;

    public static List<Assignment> Solve(
        IReadOnlyList<decimal> values,
        IReadOnlyList<double> figurePositions,
        IReadOnlyList<double?> columnPositions,
        IReadOnlyList<IndexIdentity> identities,
        IReadOnlySet<int> forbidden)
    {
        var k = values.Count;
        var allowed = Enumerable.Range(0, columnPositions.Count).Where(c => !forbidden.Contains(c)).ToArray();
        var results = new List<Assignment>();
        if (k == 0)
        {
            results.Add(new Assignment([], 0, true));
            return results;
        }
        if (k > allowed.Length) return results;
        if (Binomial(allowed.Length, k) > MaxChoices)
        {
            results.Add(Evaluate([.. allowed.Take(k)], values, figurePositions, columnPositions, identities));
            return results;
        }
        var pick = new int[k];
        var valid = new List<Assignment>();
        Assignment? fallback = null;
        var fallbackKey = (Cost: double.MaxValue, Violation: decimal.MaxValue);
        var halves = values.Select(HalfUnit).ToArray();
        // First only the choices that can still hold (see Bound); when none does, every choice again for the fallback.
        var bound = identities.Count == 0 ? null : new Bound(values, halves, identities, columnPositions.Count);
        Enumerate(allowed, 0, 0, pick, values, halves, figurePositions, columnPositions, identities, bound, valid, ref fallback, ref fallbackKey);
        if (valid.Count == 0 && bound is not null)
        {
            Enumerate(allowed, 0, 0, pick, values, halves, figurePositions, columnPositions, identities, null, valid, ref fallback, ref fallbackKey);
        }
        if (valid.Count > 0) return [.. valid.OrderBy(a => a.PositionCost)];
        // Nothing satisfies the identities (a slip in the document): keep the choice that best fits the header positions,
        // or the left-aligned one, flagged as not satisfying.
        return fallback is null ? [] : [fallback];
    }

    private static void Enumerate(int[] allowed, int from, int depth, int[] pick, IReadOnlyList<decimal> values, decimal[] halves, IReadOnlyList<double> fp, IReadOnlyList<double?> cp,
        IReadOnlyList<IndexIdentity> identities, Bound? bound, List<Assignment> valid, ref Assignment? fallback, ref (double Cost, decimal Violation) fallbackKey)
    {
        if (depth == pick.Length)
        {
            // Only readings that hold are kept; of the others only the best one, allocated when it improves.
            var violation = Violation(pick, values, halves, identities, cp.Count);
            var cost = Cost(pick, fp, cp);
            if (violation == 0m)
            {
                valid.Add(new Assignment([.. pick], cost, true));
            }
            else if (valid.Count == 0 && (cost, violation).CompareTo(fallbackKey) < 0)
            {
                fallbackKey = (cost, violation);
                fallback = new Assignment([.. pick], cost, false);
            }
            return;
        }
        for (var i = from; i <= allowed.Length - (pick.Length - depth); i++)
        {
            pick[depth] = allowed[i];
            if (bound is not null && bound.CannotHold(pick.AsSpan(0, depth + 1))) continue;
            Enumerate(allowed, i + 1, depth + 1, pick, values, halves, fp, cp, identities, bound, valid, ref fallback, ref fallbackKey);
        }
    }

    /// <summary>
    /// Tells early that no completion of a partial choice can satisfy every identity. Once the first figures are placed up
    /// to some column, every column left of it is settled (a figure or empty); an identity whose total is settled needs
    /// the figures still to place to make up total − Σ settled parts, and they can add at most the sum of the positive
    /// ones and at least the sum of the negative ones, give or take the largest tolerance any identity can have. Outside
    /// that range every completion fails, so the whole branch is skipped; the readings found are the same, in the same order.
    /// </summary>
    private sealed class Bound
    {
        private readonly IReadOnlyList<decimal> values;
        private readonly IReadOnlyList<IndexIdentity> identities;
        private readonly bool[][] isPart;
        private readonly decimal[] upFrom;
        private readonly decimal[] downFrom;
        private readonly decimal slack;

        public Bound(IReadOnlyList<decimal> values, decimal[] halves, IReadOnlyList<IndexIdentity> identities, int columnCount)
        {
            this.values = values;
            this.identities = identities;
            isPart = new bool[identities.Count][];
            for (var j = 0; j < identities.Count; j++)
            {
                isPart[j] = new bool[columnCount];
                foreach (var p in identities[j].Parts) isPart[j][p] = true;
            }
            upFrom = new decimal[values.Count + 1];
            downFrom = new decimal[values.Count + 1];
            for (var i = values.Count - 1; i >= 0; i--)
            {
                upFrom[i] = upFrom[i + 1] + Math.Max(values[i], 0m);
                downFrom[i] = downFrom[i + 1] + Math.Min(values[i], 0m);
            }
            // No identity counts more terms than there are figures, nor a larger half-unit than the largest one.
            slack = Tolerance(values.Count, halves.Length == 0 ? 0.005m : halves.Max());
        }

        /// <param name="picked">The columns of the first figures, in printed order.</param>
        public bool CannotHold(ReadOnlySpan<int> picked)
        {
            var settled = picked[^1];
            for (var j = 0; j < identities.Count; j++)
            {
                if (identities[j].Total > settled) continue;
                decimal total = 0;
                decimal parts = 0;
                for (var i = 0; i < picked.Length; i++)
                {
                    if (picked[i] == identities[j].Total) total = values[i];
                    if (isPart[j][picked[i]]) parts += values[i];
                }
                var missing = total - parts;
                if (missing > upFrom[picked.Length] + slack || missing < downFrom[picked.Length] - slack) return true;
            }
            return false;
        }
    }

    private static double Cost(ReadOnlySpan<int> columns, IReadOnlyList<double> fp, IReadOnlyList<double?> cp)
    {
        double cost = 0;
        for (var i = 0; i < columns.Length; i++)
        {
            cost += cp[columns[i]] is { } p && !double.IsNaN(fp[i]) ? Math.Abs(p - fp[i]) : 0;
        }
        return cost;
    }

    /// <summary>Sum of how far each identity is off beyond rounding; 0 when every identity holds.</summary>
    private static decimal Violation(ReadOnlySpan<int> columns, IReadOnlyList<decimal> values, IReadOnlyList<IndexIdentity> identities, int columnCount)
    {
        Span<decimal> halves = stackalloc decimal[values.Count];
        for (var i = 0; i < values.Count; i++) halves[i] = HalfUnit(values[i]);
        return Violation(columns, values, halves, identities, columnCount);
    }

    /// <inheritdoc cref="Violation(ReadOnlySpan{int}, IReadOnlyList{decimal}, IReadOnlyList{IndexIdentity}, int)"/>
    /// <param name="halves">The half-unit of each value (<see cref="HalfUnit"/>), computed once per row, not per choice.</param>
    private static decimal Violation(ReadOnlySpan<int> columns, IReadOnlyList<decimal> values, ReadOnlySpan<decimal> halves, IReadOnlyList<IndexIdentity> identities, int columnCount)
    {
        Span<decimal> byColumn = stackalloc decimal[columnCount];
        Span<decimal> halfByColumn = stackalloc decimal[columnCount];
        Span<bool> filled = stackalloc bool[columnCount];
        for (var i = 0; i < columns.Length; i++)
        {
            byColumn[columns[i]] = values[i];
            halfByColumn[columns[i]] = halves[i];
            filled[columns[i]] = true;
        }
        decimal off = 0;
        // Indexed loops: this runs once per enumerated choice, and foreach over the interface would box an enumerator.
        for (var j = 0; j < identities.Count; j++)
        {
            var id = identities[j];
            decimal sum = 0;
            var terms = 0;
            var half = 0m;
            foreach (var p in id.Parts)
            {
                if (!filled[p]) continue;
                sum += byColumn[p];
                terms++;
                half = Math.Max(half, halfByColumn[p]);
            }
            var total = filled[id.Total] ? byColumn[id.Total] : 0m;
            if (filled[id.Total])
            {
                terms++;
                half = Math.Max(half, halfByColumn[id.Total]);
            }
            var diff = Math.Abs(total - sum);
            if (terms > 0 && diff > Tolerance(terms, half)) off += diff;
        }
        return off;
    }

    private static Assignment Evaluate(ImmutableArray<int> columns, IReadOnlyList<decimal> values, IReadOnlyList<double> fp, IReadOnlyList<double?> cp, IReadOnlyList<IndexIdentity> identities) =>
        new(columns, Cost(columns.AsSpan(), fp, cp), Violation(columns.AsSpan(), values, identities, cp.Count) == 0);

    public static bool Holds(Assignment a, IReadOnlyList<decimal> values, IReadOnlyList<IndexIdentity> identities)
    {
        foreach (var id in identities)
        {
            if (!Holds(id, c => a.ValueIn(c, values))) return false;
        }
        return true;
    }

    /// <summary>Whether total = Σ parts within rounding (each printed figure stands for ± half a unit of its last digit).</summary>
    public static bool Holds(IndexIdentity id, Func<int, decimal?> value)
    {
        var total = value(id.Total);
        decimal sum = 0;
        var terms = 0;
        var half = 0m;
        if (total is { } t)
        {
            terms = 1;
            half = HalfUnit(t);
        }
        foreach (var p in id.Parts)
        {
            if (value(p) is { } v)
            {
                sum += v;
                terms++;
                half = Math.Max(half, HalfUnit(v));
            }
        }
        if (terms == 0) return true;
        return Math.Abs((total ?? 0) - sum) <= Tolerance(terms, half);
    }

    /// <summary>Half a unit of the last printed digit, at least 0.005 (figures are rounded to cents; 25 may stand for 25.00).</summary>
    public static decimal HalfUnit(decimal value) => Numbers.Scale(value) switch
    {
        0 => value == decimal.Truncate(value) && Math.Abs(value) >= 1000 ? 0.5m : 0.005m,
        1 => 0.05m,
        _ => 0.005m,
    };

    public static decimal Tolerance(int terms, decimal half = 0.005m) => half * Math.Max(terms, 2) + 0.0001m;

    private static long Binomial(int n, int k)
    {
        long r = 1;
        for (var i = 1; i <= k; i++)
        {
            r = r * (n - k + i) / i;
            if (r > MaxChoices * 10L) return r;
        }
        return r;
    }
}
