using System.Globalization;
using System.Text.RegularExpressions;
using Yusuan.Core.Model;

namespace Yusuan.Core.Checking.Rules.Wording;

/// <summary>A heading, part title or table title naming another year's budget (a 2026 budget titled 2025年部门预算…).</summary>
public sealed partial class HeadingYear : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("W.heading-year", "标题中的年度与公开年度一致", RuleCategory.Wording, Severity.Error, Basis.Years)
    {
        Help = "封面、各部分标题和公开表标题写的年度应是本次公开的年度；套用上年文件时最容易漏改。比较用语（比2025年、上年）不在此列。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (d.Meta.Year is not { } year) yield break;
        foreach (var (text, at, name) in ProseScan.Titles(d))
        {
            if (Wrong(text, year) is { } m)
                yield return Report($"{name}写的是 {m.Groups[1].Value} 年，本文件是 {year} 年{d.Meta.Kind.ChineseName()}：{ProseScan.Quote(text, m.Index, m.Length, 16)}",
                    at(m.Index), year.ToString(CultureInfo.InvariantCulture), m.Groups[1].Value);
        }
    }

    private static Match? Wrong(string text, int year)
    {
        for (var m = TitleYear().Match(text); m.Success; m = m.NextMatch())
        {
            if (ProseScan.Year(m.Groups[1]) is { } y && y != year && y is > 1990 and < 2100) return m;
        }
        return null;
    }

    /// <summary>"2025年部门预算", "2025年度单位决算", "2025年收支预算总表": a year naming the budget itself, not a comparison base.</summary>
    [GeneratedRegex(@"(?<![比较与同和至\d])(\d{4})\s*年\s*度?\s*(?:部门|单位|本级|汇总|综合|收支|收入|支出|财政拨款)*(?:预算|决算)(?!数|执行|完成|相比|比较|结转)")]
    private static partial Regex TitleYear();
}

/// <summary>A comparison against the document's own year or a later one (与2026年预算相比 in a 2026 budget).</summary>
public sealed partial class ComparisonYear : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("W.comparison-year", "比较基数的年度是上年（预算）或本年预算（决算）", RuleCategory.Wording, Severity.Error, Basis.Years)
    {
        Help = "预算说明的“比……年增加/减少”应以上年为基数：2026年预算与2025年比较。决算可以与本年预算比较，但不会与以后年度比较。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (d.Meta.Year is not { } year) yield break;
        var final = d.Meta.Kind == DisclosureKind.FinalAccount;
        foreach (var (p, m) in ProseScan.Matches(d, Pattern()))
        {
            if (ProseScan.Year(m.Groups[1]) is not { } y || (final ? y <= year : y < year)) continue;
            var expected = final ? $"{year}年或以前" : $"{year - 1}年";
            yield return Report($"比较基数写作 {y} 年，本文件是 {year} 年{d.Meta.Kind.ChineseName()}，应为{expected}：{ProseScan.Quote(p.Text, m.Index, m.Length, 12)}",
                ProseScan.At(p, m.Index), (final ? year : year - 1).ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>"比2026年", "较2026年度", "与2026年预算相比", "预算与2026年持平", "同2026年相比", "对比2026年" (not 参与, 给与).</summary>
    [GeneratedRegex(@"(?<![参给赋授])(?:比|较|与|同|对比)\s*(\d{4})\s*年(?:度)?(?:[^，。；]{0,12}?(?:相比|比较|对比)|[^，。；]{0,10}?(?:增加|减少|增长|下降|持平|基本持平))")]
    private static partial Regex Pattern();
}

/// <summary>A 截至 date outside the document's period (a 2026 budget's assets 截至2022年…).</summary>
public sealed partial class AsOfDate : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("W.as-of-date", "“截至”日期在公开年度的时点内", RuleCategory.Wording, Severity.Error, Basis.Years)
    {
        Help = "预算公开的资产、车辆等数据“截至”上年底或本年编制时；决算公开“截至”决算年度末。相差更多年的日期多是沿用旧文件未改。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (d.Meta.Year is not { } year) yield break;
        var final = d.Meta.Kind == DisclosureKind.FinalAccount;
        var (from, to) = final ? (year, year + 1) : (year - 1, year);
        foreach (var (p, m) in ProseScan.Matches(d, Pattern()))
        {
            if (ProseScan.Year(m.Groups[1]) is not { } y || y >= from && y <= to) continue;
            yield return Report($"“{m.Value}”不在本文件（{year} 年{d.Meta.Kind.ChineseName()}）的时点内，应为 {from}{(to > from ? $"–{to}" : string.Empty)} 年：{ProseScan.Quote(p.Text, m.Index, m.Length)}",
                ProseScan.At(p, m.Index), from.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture));
        }
    }

    [GeneratedRegex(@"截[至止]\s*(\d{4})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?")]
    private static partial Regex Pattern();
}
