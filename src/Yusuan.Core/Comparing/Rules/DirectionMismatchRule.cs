using Yusuan.Core.Checking;

namespace Yusuan.Core.Comparing.Rules;

/// <summary>Protects against the right amount of change with the wrong word: "增加 X 万元" where the figure fell by X.</summary>
public sealed class DirectionMismatchRule : IYearOverYearRule
{
    public RuleDescriptor Descriptor { get; } = new("YOY.direction-mismatch", "增减方向与上年公开数相反", RuleCategory.YearOverYear, Severity.Error,
        "《地方预决算公开操作规程》：说明本年数与上年数的增减变化")
    {
        Help = "说明所称“增加/减少”与本年数和上年公开数的实际变化方向相反（增减额大小相符）。",
    };

    public Finding? Evaluate(YearOverYearCase c)
    {
        if (c.StatedChange is not { } stated || stated == 0) return null;
        var actual = c.ActualChange;
        if (Math.Abs(actual) <= c.Tolerance || Math.Sign(actual) == Math.Sign(stated)) return null;
        if (Math.Abs(Math.Abs(stated) - Math.Abs(actual)) > c.Tolerance) return null;
        return new Finding
        {
            Rule = Descriptor.Id,
            Severity = Descriptor.DefaultSeverity,
            Message = $"{c.Claim.Subject.Label}：说明称比上年{AmountMismatchRule.Word(stated)} {YearOverYearCase.Money(Math.Abs(stated))} 万元，"
                      + $"但{c.PriorName}公开数为 {YearOverYearCase.Money(c.Prior.Value)} 万元，本年 {YearOverYearCase.Money(c.Current)} 万元，应为{AmountMismatchRule.Word(actual)}",
            Location = c.Location,
            Expected = YearOverYearCase.Plain(actual),
            Actual = YearOverYearCase.Plain(stated),
        };
    }
}
