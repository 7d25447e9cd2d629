using System.Globalization;
using System.Text.RegularExpressions;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading;

/// <summary>Reads unit name, year, kind (预算/决算), scope (部门/单位), money unit, template edition, region and the date
/// printed at the end.</summary>
internal static partial class MetaReader
{
    private static readonly char[] NameEdges = ['*', '#', ' ', '：', ':'];

    private const int CoverLines = 60;

    public static DisclosureMeta Read(SourceText source, DiagnosticBag diagnostics)
    {
        var lines = source.Lines;
        var cover = lines.Take(CoverLines).Where(l => !l.IsBlank).Select(l => l).ToList();
        var squashed = new string[lines.Length];
        for (var i = 0; i < lines.Length; i++) squashed[i] = Squash(lines[i]);
        var (unit, unitSpan) = UnitName(lines, cover);
        var year = Year(cover, squashed);
        var kind = Kind(cover, squashed);
        var scope = Scope(cover, squashed);
        var region = Region(unit, cover);
        var template = Template(squashed, region, year, kind);
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
            Span = unitSpan,
        };
    }

    // ------------------------------------------------------------------ unit name

    private static (string? Name, SourceSpan Span) UnitName(IReadOnlyList<SourceLine> lines, List<SourceLine> cover)
    {
        // 1. 预算主管部门：… (Shanghai cover).
        foreach (var l in cover)
        {
            var m = Supervisor().Match(l.Text);
            if (m.Success && Clean(m.Groups[1].Value) is { } n) return (n, SourceSpan.At(l.Number, l.Page));
        }
        // 2. The title: "新疆巴州人民政府办公室 2025 年单位预算公开", possibly wrapped, or the name on the line above the
        //    "2025 年单位预算公开" line.
        for (var i = 0; i < cover.Count && i < 12; i++)
        {
            var text = Squash(cover[i]);
            var m = TitleLine().Match(text);
            if (!m.Success) continue;
            var before = m.Groups[1].Value;
            var region = RegionPrefix().Match(before);
            if (region.Success && region.Length == before.Length) before = string.Empty;
            if (before.Length == 0 && i > 0 && IsNameLike(Squash(cover[i - 1]))) before = Squash(cover[i - 1]);
            else if (before.Length > 0 && i > 0 && NameFragment(Squash(cover[i - 1])) && cover[i - 1].Number >= cover[i].Number - 2) before = Squash(cover[i - 1]) + before;
            if (Clean(before) is { } n && IsNameLike(n)) return (n, new SourceSpan(cover[Math.Max(0, i - 1)].Number, cover[i].Number));
        }
        // 3. 编制部门：… / 部门：… in the table headings.
        foreach (var l in lines)
        {
            // Every form of the pattern contains 部门 or 编制单位: most lines need not run it.
            if (!l.Text.Contains("部门", StringComparison.Ordinal) && !l.Text.Contains("编制单位", StringComparison.Ordinal)) continue;
            var m = PreparedBy().Match(l.Text);
            if (m.Success && Clean(m.Groups[1].Value) is { } n && IsNameLike(n)) return (n, SourceSpan.At(l.Number, l.Page));
        }
        // 4. 第一部分 …概况 (wrapped headings joined).
        for (var i = 0; i < lines.Count; i++)
        {
            var text = Squash(lines[i]);
            if (!text.StartsWith("第一部分", StringComparison.Ordinal)) continue;
            var joined = text;
            for (var j = i + 1; j < lines.Count && j <= i + 3 && !joined.EndsWith("概况", StringComparison.Ordinal); j++)
            {
                if (lines[j].IsBlank) continue;
                joined += Squash(lines[j]);
            }
            var m = PartOne().Match(joined);
            if (m.Success && Clean(m.Groups[1].Value) is { } n && IsNameLike(n)) return (n, SourceSpan.At(lines[i].Number, lines[i].Page));
        }
        return (null, SourceSpan.None);
    }

    private static bool NameFragment(string text) => text.Length >= 4 && Tokenish(text) && !text.Contains("目录", StringComparison.Ordinal) && !YearWord().IsMatch(text);

    private static bool Tokenish(string text) => text.All(c => c >= '\u4e00' && c <= '\u9fff' || c is '（' or '）' or '(' or ')');

    private static bool IsNameLike(string text) =>
        text.Length is >= 3 and <= 40 && Tokenish(text) && !text.Contains("目录", StringComparison.Ordinal) && !text.Contains("部分", StringComparison.Ordinal)
        && !text.EndsWith("公开", StringComparison.Ordinal) && !text.EndsWith("预算", StringComparison.Ordinal) && !text.EndsWith("决算", StringComparison.Ordinal);

    private static string? Clean(string raw)
    {
        var s = Squash(raw).Trim(NameEdges);
        s = YearPrefix().Replace(s, string.Empty);
        s = ScopeSuffix().Replace(s, string.Empty);
        return s.Length == 0 ? null : s;
    }

    private static string Squash(string text) => Text.Squash.Remove(text, '*');

    /// <summary>The line without whitespace and '*': its cached squashed form, copied only when that holds a '*'.</summary>
    private static string Squash(SourceLine line) => line.Squashed.Contains('*', StringComparison.Ordinal) ? Squash(line.Squashed) : line.Squashed;

    // ------------------------------------------------------------------ year, kind, scope

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

    // ------------------------------------------------------------------ region, template

    private static readonly (string Region, string[] Words)[] Regions =
    [
        ("新疆", ["新疆", "巴州", "喀什", "伊犁", "乌鲁木齐", "克拉玛依", "哈密", "阿克苏", "和田", "昌吉", "博州", "塔城", "阿勒泰", "吐鲁番", "克州"]),
        ("上海", ["上海"]), ("江苏", ["江苏"]), ("北京", ["北京"]), ("天津", ["天津"]), ("重庆", ["重庆"]), ("河北", ["河北"]), ("山西", ["山西"]),
        ("内蒙古", ["内蒙古"]), ("辽宁", ["辽宁"]), ("吉林", ["吉林省"]), ("黑龙江", ["黑龙江"]), ("浙江", ["浙江"]), ("安徽", ["安徽"]), ("福建", ["福建"]),
        ("江西", ["江西"]), ("山东", ["山东"]), ("河南", ["河南"]), ("湖北", ["湖北"]), ("湖南", ["湖南"]), ("广东", ["广东"]), ("广西", ["广西"]),
        ("海南", ["海南"]), ("四川", ["四川"]), ("贵州", ["贵州"]), ("云南", ["云南"]), ("西藏", ["西藏"]), ("陕西", ["陕西"]), ("甘肃", ["甘肃"]),
        ("青海", ["青海"]), ("宁夏", ["宁夏"]),
    ];

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

    private static string Template(string[] lines, string? region, int? year, DisclosureKind kind)
    {
        var titles = lines.Where(s => s.Length < 50 && s.EndsWith('表')).ToList();
        bool Has(string w) => titles.Any(t => t.Contains(w, StringComparison.Ordinal));
        if (region == "上海" || Has("部门财务收支预算总表"))
        {
            return kind == DisclosureKind.FinalAccount ? "shanghai-final" : "shanghai-budget";
        }
        if (region == "江苏" || lines.Any(l => l.StartsWith("公开表", StringComparison.Ordinal) && PublicTable().IsMatch(l)))
        {
            return year is { } y ? $"jiangsu-{y.ToString(CultureInfo.InvariantCulture)}" : "jiangsu-2019";
        }
        if (region == "新疆" || Has("收支总体情况表"))
        {
            if (Has("上年结转结余情况明细表") || year >= 2023) return "xinjiang-2025";
            return "xinjiang-2022";
        }
        return "generic";
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

    [GeneratedRegex(@"预算主管部门\s*[:：]\s*(\S+)")]
    private static partial Regex Supervisor();

    [GeneratedRegex(@"^(.*?)(?:20\d{2})年度?(?:区级|省级|市级|县级)?(?:部门|单位)?(?:预算|决算)(?:公开|信息公开)?\**$")]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"^(上海市|江苏省|新疆维吾尔自治区)?([\u4e00-\u9fff]{1,6}区)?$")]
    private static partial Regex RegionPrefix();

    [GeneratedRegex(@"(?:编制部门|编制单位|^\s*部门名称|^\s*部门)\s*[:：]\s*(\S+)")]
    private static partial Regex PreparedBy();

    [GeneratedRegex(@"^第一部分(?:20\d{2}年度?)?(.+?)(?:部门|单位)?概况")]
    private static partial Regex PartOne();

    [GeneratedRegex(@"20\d{2}年")]
    private static partial Regex YearWord();

    [GeneratedRegex(@"^20\d{2}年度?")]
    private static partial Regex YearPrefix();

    [GeneratedRegex(@"(部门|单位)?(预算|决算)?(公开)?$")]
    private static partial Regex ScopeSuffix();

    [GeneratedRegex(@"(20\d{2})年度?(?:区级|省级|市级|县级)?(?:部门|单位)?(?:预算|决算)")]
    private static partial Regex YearOfDisclosure();

    [GeneratedRegex(@"(20\d{2})年(?!底|末|12月31日)")]
    private static partial Regex AnyYear();

    [GeneratedRegex(@"^公开表[一二三四五六七八九十]{1,3}$")]
    private static partial Regex PublicTable();

    [GeneratedRegex(@"^(20\d{2})年(\d{1,2})月(\d{1,2})日$")]
    private static partial Regex DateLine();
}
