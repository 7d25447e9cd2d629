using System.Globalization;
using Yusuan.Core.Model;

namespace Yusuan.Core.Generation.Narrative;

/// <summary>The standard phrasing of Xinjiang budget narratives for amounts, shares and year-on-year changes.</summary>
public static class Phrasing
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>"2,627.89": 0.01 万元, thousands separated, as the tables print.</summary>
    public static string Money(decimal value) => value.ToString("#,##0.00", Invariant);

    /// <summary>A percentage rounded half-up to two decimals ("84.20").</summary>
    /// <summary>The share in percent, to 2 decimals; a whole that prints as 0.00 (万元) gives no share (0).</summary>
    public static decimal Percent(decimal part, decimal whole) =>
        Math.Round(whole, 2) == 0m ? 0m : Math.Round(part / whole * 100m, 2, MidpointRounding.AwayFromZero);

    public static string PercentText(decimal percent) => percent.ToString("0.00", Invariant);

    /// <summary>A money value carried with two decimals (0 → 0.00), as printed and as read back.</summary>
    public static decimal Cents(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero) + 0.00m;

    public static string Count(decimal value) => value.ToString("0.##", Invariant);

    /// <summary>Removes trailing sentence punctuation so a stated reason can be embedded in a sentence.</summary>
    public static string Clause(string text) => text.Trim().TrimEnd('。', '；', ';', '，', ',', '.').Trim();

    /// <summary>Chinese ordinal for section numbers: 1 → 一, 12 → 十二.</summary>
    public static string Ordinal(int n)
    {
        string[] digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
        if (n < 0 || n > 9999) return n.ToString(CultureInfo.InvariantCulture);
        if (n < 10) return digits[n];
        if (n < 20) return "十" + (n % 10 == 0 ? string.Empty : digits[n % 10]);
        if (n < 100) return digits[n / 10] + "十" + (n % 10 == 0 ? string.Empty : digits[n % 10]);
        // 一百、一百零五、一百一十、一千零二十: a zero between written places is said once, a trailing zero not at all.
        string[] places = ["千", "百", "十", string.Empty];
        var sb = new System.Text.StringBuilder();
        var value = n.ToString("0000", CultureInfo.InvariantCulture);
        var pendingZero = false;
        for (var i = 0; i < 4; i++)
        {
            var d = value[i] - '0';
            if (d == 0)
            {
                pendingZero = sb.Length > 0;
                continue;
            }
            if (pendingZero) sb.Append('零');
            pendingZero = false;
            sb.Append(digits[d]).Append(places[i]);
        }
        return sb.ToString();
    }

    /// <summary>
    /// The comparison with last year: "比上年预算减少55.82万元，下降2.46%"; "与上年预算持平"; with a zero prior year no
    /// percentage can be given ("比上年预算增加0.33万元（上年预算未安排）"). Null prior → no comparison.
    /// </summary>
    public static Change? Compare(decimal current, decimal? prior)
    {
        if (prior is not { } p) return null;
        var delta = current - p;
        if (delta == 0m) return new Change("与上年预算持平", ChangeDirection.Flat, 0m, "持平", null, null);
        var up = delta > 0m;
        var magnitude = Math.Abs(delta);
        var amountWord = up ? "增加" : "减少";
        // A prior year printed as 0.00 万元 is a prior year without a budget, whatever digits follow the second decimal.
        if (Math.Round(p, 2) == 0m) return new Change($"比上年预算{amountWord}{Money(magnitude)}万元（上年预算未安排）", ChangeDirection.Increase, magnitude, amountWord, null, null);
        var percent = Percent(magnitude, p);
        var percentWord = up ? "增长" : "下降";
        return new Change($"比上年预算{amountWord}{Money(magnitude)}万元，{percentWord}{PercentText(percent)}%", up ? ChangeDirection.Increase : ChangeDirection.Decrease, magnitude, amountWord, percent, percentWord);
    }
}

/// <summary>A phrased change and the figures it states.</summary>
public sealed record Change(string Text, ChangeDirection Direction, decimal Amount, string AmountWord, decimal? Percent, string? PercentWord);
