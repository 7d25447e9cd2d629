using Yusuan.Core.Model;
using Yusuan.Core.Reading.Narrative.Targets;

namespace Yusuan.Core.Tests.Reading.Narrative;

/// <summary>指标值 as printed → operator, number, unit (or qualitative).</summary>
public sealed class IndicatorValueParserTests
{
    public static TheoryData<string, Comparison?, string?, string?> Values => new()
    {
        { "≥79 人", Comparison.GreaterOrEqual, "79", "人" },
        { ">=4 批", Comparison.GreaterOrEqual, "4", "批" },
        { "< =2.40 万元", Comparison.LessOrEqual, "2.40", "万元" },
        { "<=60\n万元", Comparison.LessOrEqual, "60", "万元" },
        { "> =95%", Comparison.GreaterOrEqual, "95", "%" },
        { "=100M", Comparison.Equal, "100", "M" },
        { "≤5%", Comparison.LessOrEqual, "5", "%" },
        { "<10%", Comparison.Less, "10", "%" },
        { "=32200平方米", Comparison.Equal, "32200", "平方米" },
        { "≥4 篇/月", Comparison.GreaterOrEqual, "4", "篇/月" },
        { "=2000 元/人/月", Comparison.Equal, "2000", "元/人/月" },
        { "有所提升", null, null, null },
        { "2025 年 12 月 15 日前", null, null, null },
        { "7*24 小时", null, null, null },
        { "新增", null, null, null },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void A_printed_value_is_split_into_operator_number_and_unit(string printed, Comparison? op, string? number, string? unit)
    {
        var value = IndicatorValueParser.Parse(printed);
        Assert.Equal(op, value.Operator);
        Assert.Equal(number is null ? null : decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), value.Number);
        Assert.Equal(unit, value.Unit);
        Assert.Equal(number is null, value.IsQualitative);
        Assert.False(string.IsNullOrEmpty(value.Raw));
    }
}
