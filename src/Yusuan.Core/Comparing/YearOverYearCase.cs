using System.Globalization;
using Yusuan.Core.Checking;
using Yusuan.Core.Model;

namespace Yusuan.Core.Comparing;

/// <summary>
/// One narrative claim with a stated change against the prior year ("比上年预算增加 X 万元"), and the prior year's
/// actual figure for the same subject. Money in 万元.
/// </summary>
public sealed record YearOverYearCase
{
    public required Claim Claim { get; init; }

    /// <summary>The claim's current amount, in 万元.</summary>
    public required decimal Current { get; init; }

    /// <summary>The stated change in 万元, signed by the stated direction; null when the claim states no amount of change.</summary>
    public decimal? StatedChange { get; init; }

    /// <summary>The stated change's magnitude in 万元 when its direction is not stated.</summary>
    public decimal? StatedMagnitude { get; init; }

    public required CellFigure Prior { get; init; }

    public required YearFigures PriorYear { get; init; }

    /// <summary>Half a unit of the last printed digit of the claim's figures, in 万元.</summary>
    public required decimal ClaimHalfUnit { get; init; }

    /// <summary>The change the figures show: current − prior.</summary>
    public decimal ActualChange => Current - Prior.Value;

    /// <summary>
    /// How far apart two readings of the same change may be from rounding alone: the current amount and the stated
    /// change each stand for ±half a printed unit, and the prior figure (printed to 0.01 万元) for ±0.005.
    /// </summary>
    public decimal Tolerance => 2 * ClaimHalfUnit + 0.005m + 0.000001m;

    public string PriorName => $"{PriorYear.Year.ToString(CultureInfo.InvariantCulture)}年{PriorYear.Kind.ChineseName()}";

    public FindingLocation Location => new()
    {
        Table = Prior.Key.Table,
        Row = Prior.Key.Row,
        Column = Prior.Key.Column,
        Section = Claim.Section,
        Line = Claim.Span.Line,
    };

    public static string Money(decimal value) => value.ToString("#,0.00####", CultureInfo.InvariantCulture);

    public static string Plain(decimal value) => value.ToString("0.00####", CultureInfo.InvariantCulture);
}
