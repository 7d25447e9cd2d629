using System.Globalization;
using Yusuan.Core.Model;

namespace Yusuan.Core.Checking;

/// <summary>A printed figure and the half-unit of its last printed digit: it stands for [Value − Half, Value + Half].</summary>
public readonly record struct Printed(decimal Value, decimal Half, SourceSpan Span = default)
{
    /// <summary>A figure printed with its own scale ("41" → ±0.5, "41.00" → ±0.005).</summary>
    public static Printed Of(Figure figure) => new(figure.Value, Money.HalfUnit(Money.Scale(figure.Value)), figure.Span);

    public static Printed Of(decimal value) => new(value, Money.HalfUnit(Money.Scale(value)));

    public Printed Negate() => this with { Value = -Value };

    /// <summary>The figure converted from 元 to 万元 (value and uncertainty divided by 10 000).</summary>
    public Printed ToWanYuan(MoneyUnit from) => from == MoneyUnit.Yuan ? this with { Value = Value / 10000m, Half = Half / 10000m } : this;
}

public static class Money
{
    public static int Scale(decimal value) => value.Scale;

    /// <summary>Half a unit of the last printed digit: scale 2 → 0.005.</summary>
    public static decimal HalfUnit(int scale) => HalfUnits[Math.Clamp(scale, 0, HalfUnits.Length - 1)];

    // Precision stops at ten places; the table is filled by the same divisions as ever, so each value keeps its decimal scale.
    private static readonly decimal[] HalfUnits = ComputeHalfUnits();

    private static decimal[] ComputeHalfUnits()
    {
        var halves = new decimal[11];
        var h = 0.5m;
        for (var i = 0; i < halves.Length; i++)
        {
            halves[i] = h;
            h /= 10m;
        }
        return halves;
    }

    /// <summary>A decimal written plainly (no exponent, no thousands separators), trailing zeros of computations trimmed to 2 places minimum.</summary>
    public static string Plain(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A gap or tolerance, at most four decimals, trailing zeros dropped ("0.0161", "0.02").</summary>
    public static string Short(decimal value) =>
        Math.Round(value, 4, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>A computed value shown at <paramref name="decimals"/> places.</summary>
    public static string Round(decimal value, int decimals = 2) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Sum of printed figures; the uncertainties add.</summary>
    public static Printed Sum(IEnumerable<Printed> parts)
    {
        decimal v = 0, h = 0;
        foreach (var p in parts)
        {
            v += p.Value;
            h += p.Half;
        }
        return new Printed(v, h);
    }

    /// <summary>The decimal places a table prints its money with: the largest scale among its cells (2 for 0.01).</summary>
    /// <remarks>Tables are immutable: the scale is worked out once per table instance, by <see cref="TableIndex"/>.</remarks>
    public static int TableScale(DisclosureTable table) => TableIndex.Of(table).Scale;
}
