using System.Globalization;
using System.Text.RegularExpressions;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading.Meta;

/// <summary>The disclosure's own title — `X 2026 年度部门预算公开`, `2026 年度` / `X` / `单位预算`, `X2026年部门预算情况说明`,
/// `2022 年部门综合预算` — read from the first lines of a document, joined over up to four lines (titles are wrapped or
/// letter-spaced on covers). The unit's name stands before or after the year; it is null when the title names none.</summary>
internal sealed partial record CoverTitle(string? UnitName, int Year, DisclosureKind Kind, DisclosureScope? Scope, SourceSpan Span)
{
    private const int SearchedLines = 16;
    private const int MaxJoined = 4;

    public static CoverTitle? Find(IReadOnlyList<SourceLine> lines)
    {
        var cover = new List<SourceLine>(SearchedLines);
        foreach (var l in lines)
        {
            if (l.IsBlank) continue;
            if (cover.Count == SearchedLines) break;
            cover.Add(l);
        }
        CoverTitle? nameless = null;
        for (var i = 0; i < cover.Count; i++)
        {
            if (IsContentsLine(cover[i].Squashed))
            {
                // A narrative without a cover opens with its part heading: `第一部分 2026年度部门预算情况说明`.
                var heading = PartHeading().Match(cover[i].Squashed);
                if (heading.Success) nameless ??= Match(cover[i].Squashed[heading.Length..], SourceSpan.At(cover[i].Number, cover[i].Page));
                break;
            }
            var joined = string.Empty;
            for (var n = 0; n < MaxJoined && i + n < cover.Count; n++)
            {
                var next = cover[i + n].Squashed;
                if (n > 0 && IsContentsLine(next)) break;
                joined += next.Replace("*", string.Empty, StringComparison.Ordinal);
                if (joined.Length > 80) break;
                var title = Match(joined, new SourceSpan(cover[i].Number, cover[i + n].Number, cover[i].Page));
                if (title is null) continue;
                if (title.UnitName is not null) return title;
                nameless ??= title;
                break;
            }
        }
        return nameless;
    }

    /// <summary>Reads one title string (already without whitespace); null when it is not a disclosure title.</summary>
    internal static CoverTitle? Match(string squashed, SourceSpan span)
    {
        var m = Title().Match(squashed);
        if (!m.Success) m = YearLastTitle().Match(squashed);
        if (!m.Success) return null;
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        var kind = m.Groups["kind"].Value == "决算" ? DisclosureKind.FinalAccount : DisclosureKind.Budget;
        DisclosureScope? scope = m.Groups["scope"].Value switch { "单位" => DisclosureScope.Unit, "部门" => DisclosureScope.Department, _ => null };
        // A qualifier printed after the title (`…部门预算（本级）`) belongs to the name, as printed before it.
        var qualifier = m.Groups["qualifier"].Value;
        var name = Name(m.Groups["after"].Value, qualifier) ?? Name(m.Groups["before"].Value, qualifier);
        return new CoverTitle(name, year, kind, scope, span);
    }

    private static string? Name(string raw, string qualifier) => UnitNameText.Clean(raw) is { } n && UnitNameText.IsNameLike(n + qualifier) ? n + qualifier : null;

    private static bool IsContentsLine(string squashed) => squashed is "目录" || squashed.StartsWith("第一部分", StringComparison.Ordinal) || squashed.StartsWith("一、", StringComparison.Ordinal);

    [GeneratedRegex(@"^第[一二三四五六七八九十]+部分")]
    private static partial Regex PartHeading();

    // before? (关于)? year 年(度) after? (市级|区级…)? (部门|单位)? (综合)? 预算|决算 (及“三公”经费…)? (信息)?(公开)? (的)?(情况说明|说明)? (（本级）)?
    [GeneratedRegex(@"^(?<before>[^，。；,;]{0,40}?)(?:关于)?(?<year>20\d{2})年度?(?<after>[^，。；,;0-9]{0,40}?)(?:区级|市级|省级|县级|省本级|市本级)?(?<scope>部门|单位)?(?:综合)?(?<kind>预算|决算)(?:(?:及|和)(?:“?三公”?经费|绩效目标)[\u4e00-\u9fff“”]{0,12}?)?(?:信息)?(?:公开)?的?(?:情况说明|编制说明|说明)?(?<qualifier>[（(](?:本级|汇总|机关本级)[）)])?$")]
    private static partial Regex Title();

    // The year last, in brackets: `某某县水利局部门预算（2025年度）`.
    [GeneratedRegex(@"^(?<before>[^，。；,;0-9]{2,40}?)(?<after>)(?<scope>部门|单位)?(?:综合)?(?<kind>预算|决算)(?:信息)?(?:公开)?(?:情况说明|说明)?[（(](?<year>20\d{2})年度?[）)](?<qualifier>)$")]
    private static partial Regex YearLastTitle();
}
