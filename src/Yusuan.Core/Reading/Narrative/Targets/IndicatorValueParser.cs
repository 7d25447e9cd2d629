using System.Globalization;
using System.Text.RegularExpressions;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading.Narrative.Targets;

/// <summary>
/// 指标值: "≥79 人", ">=4 批", "< =2.40 万元", "＜=60 万元" (operator, number, unit); "有所提升", "2025 年 12 月 15 日前",
/// "7*24 小时" stay qualitative (the raw text is always kept).
/// </summary>
internal static partial class IndicatorValueParser
{
    public static IndicatorValue Parse(string? printed)
    {
        var raw = Squash.Collapse((printed ?? string.Empty).Trim());
        var s = Squash.Whitespace(raw).Replace('＝', '=').Replace('＞', '>').Replace('＜', '<');
        var m = ValuePattern().Match(s);
        if (!m.Success || DatePattern().IsMatch(s)) return new IndicatorValue(raw);
        var unit = m.Groups["unit"].Value;
        if (unit.Length > 0 && (unit[0] is '*' or '×' or 'x' || char.IsAsciiDigit(unit[0]))) return new IndicatorValue(raw);
        if (PrintedNumber.Money(m.Groups["num"].Value) is not { } number) return new IndicatorValue(raw);
        Model.Comparison? op = m.Groups["op"].Value switch
        {
            ">=" or "≥" or "不少于" or "不低于" => Model.Comparison.GreaterOrEqual,
            "<=" or "≤" or "不高于" or "不超过" or "不多于" => Model.Comparison.LessOrEqual,
            ">" or "大于" or "高于" => Model.Comparison.Greater,
            "<" or "小于" or "低于" => Model.Comparison.Less,
            "=" or "等于" => Model.Comparison.Equal,
            _ => null,
        };
        return new IndicatorValue(raw) { Operator = op, Number = number, Unit = unit.Length == 0 ? null : unit };
    }

    [GeneratedRegex(@"^(?<op>>=|<=|≥|≤|=|>|<|不少于|不低于|不高于|不超过|不多于|大于|高于|小于|低于|等于)?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<unit>.*)$")]
    private static partial Regex ValuePattern();

    [GeneratedRegex(@"^[<>=≤≥]*\d{4}年")]
    private static partial Regex DatePattern();
}
