using Yusuan.Core.Checking;

namespace Yusuan.Core.Comparing.Rules;

/// <summary>One year-over-year rule: looks at one claim and the prior year's figure, reports at most one finding.</summary>
public interface IYearOverYearRule
{
    RuleDescriptor Descriptor { get; }

    Finding? Evaluate(YearOverYearCase c);
}
