using Yusuan.Core.Checking;

namespace Yusuan.Core.Comparing.Rules;

/// <summary>Protects against a stated change that does not follow from the prior year's published figure:
/// "比上年预算增加 X 万元" means prior = current − X, and the prior year's own disclosure says what prior was.</summary>
public sealed class AmountMismatchRule : IYearOverYearRule
{
    public RuleDescriptor Descriptor { get; } = new("YOY.amount-mismatch", "增减额与上年公开数不符", RuleCategory.YearOverYear, Severity.Warning,
        "《地方预决算公开操作规程》：说明本年数与上年数的增减变化")
    {
        Help = "说明中“比上年增加/减少 X 万元”推出的上年数（本年数 − 增减额）应等于上年公开文件中的同一数字；不符时核对上年数或增减额的计算。",
    };

    public Finding? Evaluate(YearOverYearCase c)
    {
        var actual = c.ActualChange;
        if (c.StatedChange is { } stated)
        {
            if (Math.Abs(stated - actual) <= c.Tolerance) return null;
            // Right size, wrong sign: that is the direction rule's finding, not this one's.
            if (Math.Abs(Math.Abs(stated) - Math.Abs(actual)) <= c.Tolerance && Math.Abs(actual) > c.Tolerance) return null;
            return Report(c, stated, actual, c.Current - stated);
        }
        if (c.StatedMagnitude is { } magnitude)
        {
            if (Math.Abs(magnitude - Math.Abs(actual)) <= c.Tolerance) return null;
            return Report(c, magnitude, actual, null);
        }
        return null;
    }

    private Finding Report(YearOverYearCase c, decimal stated, decimal actual, decimal? impliedPrior) => new()
    {
        Rule = Descriptor.Id,
        Severity = Descriptor.DefaultSeverity,
        Message = $"{c.Claim.Subject.Label}：说明称比上年{Word(stated)} {YearOverYearCase.Money(Math.Abs(stated))} 万元"
                  + (impliedPrior is { } p ? $"（即上年 {YearOverYearCase.Money(p)} 万元）" : string.Empty)
                  + $"，但{c.PriorName}公开数为 {YearOverYearCase.Money(c.Prior.Value)} 万元，本年 {YearOverYearCase.Money(c.Current)} 万元，实际{Word(actual)} {YearOverYearCase.Money(Math.Abs(actual))} 万元",
        Location = c.Location,
        Expected = YearOverYearCase.Plain(actual),
        Actual = YearOverYearCase.Plain(stated),
    };

    internal static string Word(decimal change) => change switch { > 0 => "增加", < 0 => "减少", _ => "持平" };
}
