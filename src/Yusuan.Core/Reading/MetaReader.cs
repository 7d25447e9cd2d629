using System.Globalization;
using System.Text.RegularExpressions;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Meta;
using Yusuan.Core.Reading.Tables.Templates;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading;

/// <summary>Reads unit name, year, kind (预算/决算), scope (部门/单位), money unit, template edition, region and the date
/// printed at the end.</summary>
internal static partial class MetaReader
{
    private const int CoverLines = 60;

    public static DisclosureMeta Read(SourceText source, DiagnosticBag diagnostics)
    {
        var lines = source.Lines;
        var cover = lines.Take(CoverLines).Where(l => !l.IsBlank).ToList();
        var squashed = new string[lines.Length];
        for (var i = 0; i < lines.Length; i++) squashed[i] = Squash(lines[i]);
        var title = CoverTitle.Find(lines);
        var (unit, unitSpan) = UnitName(lines, cover, title);
        var year = title?.Year ?? Year(cover, squashed);
        var kind = title?.Kind ?? Kind(cover, squashed);
        var scope = title?.Scope ?? Scope(cover, squashed);
        var region = Region(unit, cover);
        var template = TemplateCatalog.Detect(new EditionEvidence(region, year, kind, [.. squashed])).Id;
        var money = NarrativeMoneyUnit(lines);
        var published = PublishedDate(lines);

        if (year is null) diagnostics.Warning("read.meta.year", "未能识别预算年度。/ Fiscal year not found.", SourceSpan.At(1));
        if (unit is null) diagnostics.Warning("read.meta.unit", "未能识别部门（单位）名称。/ Unit name not found.", SourceSpan.At(1));
        return new DisclosureMeta
        {
            UnitName = unit,
            Year = year,
            Kind = kind,
            Scope = scope,
            MoneyUnit = money,
            Template = template,
            Region = region,
            PublishedDate = published,
            TablesPart = TablesPart.Find(lines),
            Span = unitSpan,
        };
    }

    // ------------------------------------------------------------------ unit name

    /// <summary>The unit's name, from the strongest source that gives one: a cover label (预算主管部门：, 预算单位：), the
    /// cover title, a table heading's prepared-by label, then the body (第一部分 X概况, the first sentence on its duties).</summary>
    private static (string? Name, SourceSpan Span) UnitName(IReadOnlyList<SourceLine> lines, List<SourceLine> cover, CoverTitle? title)
    {
        if (PreparedByLabel.OnCover(cover) is { } label) return label;
        if (title?.UnitName is { } name) return (name, title.Span);
        if (PreparedByLabel.InTables(lines) is { } prepared) return prepared;
        if (BodySubject.Find(lines) is { } subject) return subject;
        return (null, SourceSpan.None);
    }

    private static string Squash(string text) => Text.Squash.Remove(text, '*');

    /// <summary>The line without whitespace and '*': its cached squashed form, copied only when that holds a '*'.</summary>
    private static string Squash(SourceLine line) => line.Squashed.Contains('*', StringComparison.Ordinal) ? Squash(line.Squashed) : line.Squashed;

    // ------------------------------------------------------------------ year, kind, scope (when the cover has no title)

    private static int? Year(List<SourceLine> cover, string[] lines)
    {
        foreach (var l in cover)
        {
            var m = YearOfDisclosure().Match(Squash(l));
            if (m.Success) return int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        }
        foreach (var l in lines)
        {
            var m = YearOfDisclosure().Match(l);
            if (m.Success) return int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        }
        // Any year that is not a reference date ("截至2024年底", "2024年12月31日").
        foreach (var l in lines.Take(200))
        {
            foreach (Match m in AnyYear().Matches(l))
            {
                var prefix = l[..m.Index];
                if (prefix.EndsWith("截至", StringComparison.Ordinal) || prefix.EndsWith("截止", StringComparison.Ordinal) || prefix.EndsWith("至", StringComparison.Ordinal)) continue;
                return int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            }
        }
        return null;
    }

    private static DisclosureKind Kind(List<SourceLine> cover, string[] lines)
    {
        foreach (var l in cover.Take(15))
        {
            var s = Squash(l);
            if (s.Contains("决算", StringComparison.Ordinal) && !s.Contains("预算", StringComparison.Ordinal)) return DisclosureKind.FinalAccount;
            if (s.Contains("预算公开", StringComparison.Ordinal) || s.EndsWith("部门预算", StringComparison.Ordinal) || s.EndsWith("单位预算", StringComparison.Ordinal)) return DisclosureKind.Budget;
        }
        var finals = 0;
        var budgets = 0;
        foreach (var s in lines)
        {
            if (s.EndsWith("决算表", StringComparison.Ordinal) || s.EndsWith("决算总表", StringComparison.Ordinal)) finals++;
            if (s.EndsWith("预算表", StringComparison.Ordinal) || s.EndsWith("情况表", StringComparison.Ordinal) || s.EndsWith("预算总表", StringComparison.Ordinal)) budgets++;
        }
        return finals > budgets ? DisclosureKind.FinalAccount : DisclosureKind.Budget;
    }

    private static DisclosureScope Scope(List<SourceLine> cover, string[] lines)
    {
        foreach (var l in cover.Take(15))
        {
            var s = Squash(l);
            if (s.Contains("单位预算公开", StringComparison.Ordinal) || s.Contains("单位决算公开", StringComparison.Ordinal) || s.Contains("单位预算", StringComparison.Ordinal) && s.Contains("年", StringComparison.Ordinal)) return DisclosureScope.Unit;
            if (s.Contains("部门预算", StringComparison.Ordinal) || s.Contains("部门决算", StringComparison.Ordinal)) return DisclosureScope.Department;
        }
        foreach (var s in lines)
        {
            if (s is "单位收支总体情况表" or "单位收入总体情况表" || s.Contains("预算单位财务收支预算总表", StringComparison.Ordinal)) return DisclosureScope.Unit;
        }
        return DisclosureScope.Department;
    }

    // ------------------------------------------------------------------ region

    /// <summary>The provinces, autonomous regions and municipalities by the words that name them, with the words their
    /// editions add (<see cref="EditionSignature.RegionWords"/>: 新疆's prefectures); a region only an edition names comes
    /// after them.</summary>
    private static readonly (string Region, string[] Words)[] Regions = WithEditionWords(
    [
        ("新疆", ["新疆"]),
        ("上海", ["上海"]), ("江苏", ["江苏"]), ("北京", ["北京"]), ("天津", ["天津"]), ("重庆", ["重庆"]), ("河北", ["河北"]), ("山西", ["山西"]),
        ("内蒙古", ["内蒙古"]), ("辽宁", ["辽宁"]), ("吉林", ["吉林省"]), ("黑龙江", ["黑龙江"]), ("浙江", ["浙江"]), ("安徽", ["安徽"]), ("福建", ["福建"]),
        ("江西", ["江西"]), ("山东", ["山东"]), ("河南", ["河南"]), ("湖北", ["湖北"]), ("湖南", ["湖南"]), ("广东", ["广东"]), ("广西", ["广西"]),
        ("海南", ["海南"]), ("四川", ["四川"]), ("贵州", ["贵州"]), ("云南", ["云南"]), ("西藏", ["西藏"]), ("陕西", ["陕西"]), ("甘肃", ["甘肃"]),
        ("青海", ["青海"]), ("宁夏", ["宁夏"]),
    ]);

    private static (string Region, string[] Words)[] WithEditionWords((string Region, string[] Words)[] provinces)
    {
        var regions = provinces.ToList();
        foreach (var (region, words) in TemplateCatalog.RegionWords)
        {
            var i = regions.FindIndex(r => r.Region == region);
            if (i >= 0) regions[i] = (region, [.. regions[i].Words.Union(words)]);
            else regions.Add((region, [region, .. words]));
        }
        return [.. regions];
    }

    private static string? Region(string? unit, List<SourceLine> cover)
    {
        foreach (var text in new[] { unit ?? string.Empty, string.Concat(cover.Take(20).Select(l => Squash(l))) })
        {
            foreach (var (region, words) in Regions)
            {
                if (words.Any(w => text.Contains(w, StringComparison.Ordinal))) return region;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ money unit, date

    private static MoneyUnit NarrativeMoneyUnit(IReadOnlyList<SourceLine> lines)
    {
        var wan = 0;
        var yuan = 0;
        foreach (var l in lines)
        {
            if (l.Text.Contains('\t', StringComparison.Ordinal)) continue;
            CountMoney(l.Text, ref wan, ref yuan);
        }
        return yuan > wan ? MoneyUnit.Yuan : MoneyUnit.WanYuan;
    }

    /// <summary>Counts "12.5 万元" (a digit, optional spaces, 万元) and "12 元" (a digit, optional spaces, 元) in one pass:
    /// the same matches as the patterns \d\s*万元 and \d\s*元, without running them over every line.</summary>
    internal static void CountMoney(string text, ref int wan, ref int yuan)
    {
        for (var i = text.IndexOf('元', StringComparison.Ordinal); i >= 0; i = text.IndexOf('元', i + 1))
        {
            if (i > 0 && text[i - 1] == '万')
            {
                if (DigitBefore(text, i - 1)) wan++;
            }
            else if (DigitBefore(text, i)) yuan++;
        }
    }

    private static bool DigitBefore(string text, int index)
    {
        var j = index - 1;
        while (j >= 0 && char.IsWhiteSpace(text[j])) j--;
        return j >= 0 && char.IsDigit(text[j]);
    }

    private static DateOnly? PublishedDate(IReadOnlyList<SourceLine> lines)
    {
        var seen = 0;
        for (var i = lines.Count - 1; i >= 0 && seen < 12; i--)
        {
            if (lines[i].IsBlank) continue;
            seen++;
            var m = DateLine().Match(Squash(lines[i]));
            if (!m.Success) continue;
            var y = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var mo = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            var d = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
            if (mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo)) return new DateOnly(y, mo, d);
        }
        return null;
    }









    [GeneratedRegex(@"(20\d{2})年度?(?:区级|省级|市级|县级)?(?:部门|单位)?(?:预算|决算)")]
    private static partial Regex YearOfDisclosure();

    [GeneratedRegex(@"(20\d{2})年(?!底|末|12月31日)")]
    private static partial Regex AnyYear();


    [GeneratedRegex(@"^(20\d{2})年(\d{1,2})月(\d{1,2})日$")]
    private static partial Regex DateLine();
}
