namespace Yusuan.Core.Checking;

public enum AgreementKind
{
    /// <summary>Equal at printed precision.</summary>
    Exact,

    /// <summary>Different, but by no more than the rounding of the printed inputs can explain.</summary>
    WithinRounding,

    /// <summary>Just beyond rounding: a slip of a few cents.</summary>
    Slip,

    /// <summary>A real disagreement.</summary>
    Mismatch,
}

/// <summary>The outcome of comparing a stated figure with the figure it should equal.</summary>
public readonly record struct Agreement(AgreementKind Kind, decimal Gap, decimal Tolerance)
{
    public bool IsConsistent => Kind is AgreementKind.Exact;
}

/// <summary>
/// How differences are graded (docs/checking.md). Each printed figure x stands for [x − h, x + h] (h = half its last digit),
/// so a comparison of figures whose uncertainties add up to <c>tol</c> can legitimately differ by up to tol.
/// Money identities: 0 → consistent; ≤ tol → "within rounding" (by default a warning, because the publishing
/// systems add parent rows at printed precision and the seeds agree to the cent nearly everywhere);
/// ≤ max(<see cref="MinimumSlip"/>, <see cref="SlipFactor"/> × tol) → "rounding slip" (warning); larger → the rule's severity.
/// </summary>
public sealed record RoundingPolicy
{
    public static RoundingPolicy Default { get; } = new();

    /// <summary>Severity of a difference inside rounding tolerance; null = not reported.</summary>
    public Severity? WithinTolerance { get; init; } = Severity.Warning;

    /// <summary>Severity of a slip just beyond tolerance.</summary>
    public Severity Slip { get; init; } = Severity.Warning;

    /// <summary>Slips up to this size (in the compared figures' unit) are never errors.</summary>
    public decimal MinimumSlip { get; init; } = 0.05m;

    public decimal SlipFactor { get; init; } = 2m;

    /// <summary>Percentages (shares, growth rates) are judged by interval arithmetic; a gap up to this many percentage points beyond the interval is a slip.</summary>
    public decimal PercentSlip { get; init; } = 0.05m;

    public Severity? SeverityFor(Agreement agreement, Severity ruleSeverity) => agreement.Kind switch
    {
        AgreementKind.Exact => null,
        AgreementKind.WithinRounding => WithinTolerance is { } w ? Min(w, ruleSeverity) : null,
        AgreementKind.Slip => Min(Slip, ruleSeverity),
        _ => ruleSeverity,
    };

    private static Severity Min(Severity a, Severity b) => a < b ? a : b;

    /// <summary>Compares a stated figure with a computed one (for example a total with the sum of its parts).
    /// Two printings of one quantity at the same precision must be identical; otherwise the uncertainties add.</summary>
    public Agreement Compare(Printed stated, Printed computed)
    {
        var gap = Math.Abs(stated.Value - computed.Value);
        var tolerance = stated.Half + computed.Half;
        return Grade(gap, tolerance);
    }

    /// <summary>Two printings of the same quantity: identical when printed at the same precision, else within the coarser one's rounding.</summary>
    public Agreement Same(Printed a, Printed b)
    {
        var gap = Math.Abs(a.Value - b.Value);
        var tolerance = a.Half == b.Half ? 0m : a.Half + b.Half;
        if (gap == 0) return new Agreement(AgreementKind.Exact, 0, tolerance);
        if (gap <= tolerance) return new Agreement(AgreementKind.Exact, gap, tolerance);
        var slipLimit = Math.Max(MinimumSlip, SlipFactor * (a.Half + b.Half));
        return new Agreement(gap <= slipLimit ? AgreementKind.Slip : AgreementKind.Mismatch, gap, tolerance);
    }

    public Agreement Grade(decimal gap, decimal tolerance)
    {
        if (gap == 0) return new Agreement(AgreementKind.Exact, 0, tolerance);
        if (gap <= tolerance) return new Agreement(AgreementKind.WithinRounding, gap, tolerance);
        // Compared in the figures' printed unit: 0.05 万元 for 万元 tables, 0.05 元 for 元 tables printed to the fen.
        var slipLimit = Math.Max(MinimumSlip, SlipFactor * tolerance);
        return new Agreement(gap <= slipLimit ? AgreementKind.Slip : AgreementKind.Mismatch, gap, tolerance);
    }

    /// <summary>A printed percentage against the interval of values the printed inputs allow.</summary>
    public Agreement Percent(Printed stated, decimal low, decimal high)
    {
        var lo = stated.Value - stated.Half;
        var hi = stated.Value + stated.Half;
        decimal gap = hi < low ? low - hi : lo > high ? lo - high : 0;
        var center = (low + high) / 2;
        var tolerance = stated.Half + (high - low) / 2;
        if (gap == 0) return new Agreement(AgreementKind.Exact, Math.Abs(stated.Value - center), tolerance);
        return new Agreement(gap <= PercentSlip ? AgreementKind.Slip : AgreementKind.Mismatch, Math.Abs(stated.Value - center), tolerance);
    }
}

/// <summary>Interval arithmetic for ratios of printed figures.</summary>
public static class Ratio
{
    /// <summary>Interval of 100 × n / d over the printed intervals, or null when d's interval contains zero.</summary>
    public static (decimal Low, decimal High)? Percent(Printed n, Printed d)
    {
        var dLo = d.Value - d.Half;
        var dHi = d.Value + d.Half;
        if (dLo <= 0 && dHi >= 0) return null;
        var range = new Range();
        var nLo = n.Value - n.Half;
        var nHi = n.Value + n.Half;
        range.Add(100m * nLo / dLo);
        range.Add(100m * nLo / dHi);
        range.Add(100m * nHi / dLo);
        range.Add(100m * nHi / dHi);
        return (range.Low, range.High);
    }

    /// <summary>Interval of the growth rate 100 × change / (current − change); null when the prior year may be zero.</summary>
    public static (decimal Low, decimal High)? Growth(Printed current, Printed change)
    {
        Span<decimal> cs = stackalloc decimal[3];
        Span<decimal> ds = stackalloc decimal[3];
        cs = Points(current, cs);
        ds = Points(change, ds);
        var range = new Range();
        foreach (var c in cs)
        {
            foreach (var d in ds)
            {
                var prior = c - d;
                if (prior == 0) return null;
                range.Add(100m * d / prior);
            }
        }
        var priorLo = current.Value - current.Half - (change.Value + change.Half);
        var priorHi = current.Value + current.Half - (change.Value - change.Half);
        if (priorLo <= 0 && priorHi >= 0) return null;
        return (range.Low, range.High);
    }

    /// <summary>The ends of a printed figure's interval, and zero between them when it straddles zero.</summary>
    private static Span<decimal> Points(Printed p, Span<decimal> into)
    {
        var lo = p.Value - p.Half;
        var hi = p.Value + p.Half;
        if (lo < 0 && hi > 0)
        {
            into[0] = lo;
            into[1] = 0m;
            into[2] = hi;
            return into;
        }
        into[0] = lo;
        into[1] = hi;
        return into[..2];
    }

    /// <summary>Smallest and largest of the values added, kept as Enumerable.Min/Max keep them (the first of equal values).</summary>
    private struct Range
    {
        private bool any;

        public decimal Low { get; private set; }

        public decimal High { get; private set; }

        public void Add(decimal value)
        {
            if (!any)
            {
                Low = High = value;
                any = true;
                return;
            }
            if (value < Low) Low = value;
            if (value > High) High = value;
        }
    }
}
