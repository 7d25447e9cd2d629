using Yusuan.Core.Checking;

namespace Yusuan.Core.Comparing.Rules;

/// <summary>Protects against a growth rate that does not follow from the prior year's published figure:
/// "增长 p%" means p = (current − prior) / prior × 100.</summary>
public sealed class PercentMismatchRule : IYearOverYearRule
{
    public RuleDescriptor Descriptor { get; } = new("YOY.percent-mismatch", "增减幅度与上年公开数不符", RuleCategory.YearOverYear, Severity.Warning,
        "《地方预决算公开操作规程》：说明本年数与上年数的增减变化")
    {
        Help = "说明中的增长/下降百分比应等于（本年数 − 上年公开数）÷ 上年公开数 × 100%。",
    };

    public Finding? Evaluate(YearOverYearCase c)
    {
        if (c.Claim.ChangePercent is not { } percent || c.Prior.Value <= 0) return null;
        var computed = Math.Abs(c.ActualChange) / c.Prior.Value * 100m;
        // Allowed slack: the printed percentage's own rounding, plus how far rounding of the two figures can move the rate.
        var printedHalf = 0.5m / Pow10(percent.Value.Scale);
        var figureSlack = 100m * (c.ClaimHalfUnit + 0.005m) * 2 / c.Prior.Value;
        if (Math.Abs(computed - percent.Value) <= printedHalf + figureSlack + 0.0001m) return null;
        return new Finding
        {
            Rule = Descriptor.Id,
            Severity = Descriptor.DefaultSeverity,
            Message = $"{c.Claim.Subject.Label}：说明称变化 {YearOverYearCase.Plain(percent.Value)}%，按{c.PriorName}公开数 {YearOverYearCase.Money(c.Prior.Value)} 万元"
                      + $"与本年 {YearOverYearCase.Money(c.Current)} 万元计算应为 {Math.Round(computed, 2).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}%",
            Location = c.Location,
            Expected = Math.Round(computed, 2).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
            Actual = YearOverYearCase.Plain(percent.Value),
        };
    }

    private static decimal Pow10(int n)
    {
        var r = 1m;
        for (var i = 0; i < n; i++) r *= 10m;
        return r;
    }
}
