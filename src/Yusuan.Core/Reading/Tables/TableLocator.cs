using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading.Tables;

/// <summary>Where one table stands: its title line, the lines of its body (header included), its unit and number.</summary>
public sealed record TableRegion(
    string Title,
    int TitleIndex,
    int BodyStart,
    int BodyEnd,
    int? Number,
    MoneyUnit Unit,
    string? PreparedBy,
    ImmutableArray<int> PreambleIndexes)
{
    /// <summary>Lines inside the body that repeat the table's title (and number) where it continues on another page:
    /// neither header nor data.</summary>
    public ImmutableArray<int> RepeatedTitleIndexes { get; init; } = [];
}

/// <summary>
/// Finds tables by their title: a short line ending in 表 followed within a few lines by the table's 编制部门/单位 line
/// (so table-of-contents entries and sentences that name a table are not taken for tables). Table numbers (表 3,
/// 公开表三) are read but never used to identify a table.
/// </summary>
public static partial class TableLocator
{
    public static ImmutableArray<TableRegion> Find(SourceText source)
    {
        var lines = source.Lines;
        var titles = new List<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (IsTitleCandidate(lines[i]) && HasUnitLineAfter(lines, i)) titles.Add(i);
            else if (InlineTitle(lines[i].Folded) is { } inline && (inline.Tail.Length > 0 || HasUnitLineAfter(lines, i))) titles.Add(i);
            // The second line of a wrapped title too short to be a title alone ("…政府采购（资产配置、购买服务）" / "预算表（不含上年结转）").
            else if (i > 0 && lines[i].Folded.Contains('表') && IsTitleHead(lines[i - 1].Folded) && IsTitleCandidateFolded(lines[i - 1].Folded + lines[i].Folded)
                && HasUnitLineAfter(lines, i)) titles.Add(i);
        }
        var regions = ImmutableArray.CreateBuilder<TableRegion>(titles.Count);
        for (var t = 0; t < titles.Count; t++)
        {
            var ti = titles[t];
            var limit = t + 1 < titles.Count ? titles[t + 1] : lines.Length;
            var preamble = new List<int> { ti };
            var title = HeaderText.FoldTitle(lines[ti].Text);
            var inlined = IsTitleCandidate(lines[ti]) ? null : InlineTitle(lines[ti].Folded);
            if (inlined is { } it) title = HeaderText.FoldTitle(it.Title);
            var top = ti;
            if (ti > 0 && IsTitleHead(lines[ti - 1].Folded) && IsTitleCandidateFolded(lines[ti - 1].Folded + lines[ti].Folded))
            {
                // A title wrapped onto a second line: "…拨款“三公”经费、" / "会议费、培训费表（不含上年结转）".
                title = HeaderText.FoldTitle(lines[ti - 1].Text + lines[ti].Text);
                top = ti - 1;
                preamble.Add(top);
            }
            int? number = NumberBefore(lines, top, preamble) ?? NumberInTitle(lines[top].Folded);
            var unit = MoneyUnit.WanYuan;
            string? preparedBy = null;
            if (inlined is { } line)
            {
                // "收支预算总表公开表一部门：X单位：万元": number, prepared-by and unit on the title's own line.
                var n = PublicNumber().Match(line.Number);
                if (n.Success) number ??= ChineseNumber(n.Groups[1].Value);
                else if (TableNumberLine().Match(line.Number) is { Success: true } d
                         && int.TryParse(d.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture, out var dn)) number ??= dn;
                if (UnitYuan().IsMatch(line.Tail)) unit = MoneyUnit.Yuan;
                preparedBy = PreparedBy(line.Tail);
            }
            var bodyStart = ti + 1;
            for (var j = ti + 1; j < Math.Min(limit, ti + 8); j++)
            {
                var text = lines[j].Text;
                if (lines[j].IsBlank) continue;
                if (bodyStart == j - CountBlank(lines, bodyStart, j) && bodyStart == ti + 1 && IsTitleTail(title, lines[j].Folded))
                {
                    // A qualifier printed on its own line under the title, or the rest of one the line break cut.
                    title += lines[j].Folded;
                    preamble.Add(j);
                    bodyStart = j + 1;
                    continue;
                }
                var m = PublicNumber().Match(lines[j].Folded);
                if (m.Success && m.Length == lines[j].Folded.Length)
                {
                    number ??= ChineseNumber(m.Groups[1].Value);
                    preamble.Add(j);
                    bodyStart = j + 1;
                    continue;
                }
                // 公开01表 (national 决算 template) stands right under its title.
                var n = TableNumberLine().Match(lines[j].Folded);
                if (n.Success)
                {
                    number ??= PrintedNumber.Integer(n.Groups[1].Value);
                    preamble.Add(j);
                    bodyStart = j + 1;
                    continue;
                }
                if (IsPreparedByOrUnitLine(lines[j]))
                {
                    if (UnitYuan().IsMatch(text)) unit = MoneyUnit.Yuan;
                    preparedBy ??= PreparedBy(text);
                    preamble.Add(j);
                    bodyStart = j + 1;
                    continue;
                }
                if (bodyStart < j) break;
            }
            var end = BodyEnd(lines, bodyStart, limit);
            // The next table's "表 n" line belongs to the next table.
            while (end > bodyStart && (lines[end - 1].IsBlank || TableNumberLine().IsMatch(lines[end - 1].Folded))) end--;
            regions.Add(new TableRegion(title, ti, bodyStart, end, number, unit, preparedBy, [.. preamble]));
        }
        return Continued(regions.ToImmutable(), lines);
    }

    /// <summary>A table printed over several pages with its title repeated on each is one table: a region whose title
    /// (and number, where printed) repeats the one just before it, with nothing but page numbers between, continues it.</summary>
    private static ImmutableArray<TableRegion> Continued(ImmutableArray<TableRegion> regions, ImmutableArray<SourceLine> lines)
    {
        if (regions.Length < 2) return regions;
        var result = new List<TableRegion>(regions.Length);
        foreach (var r in regions)
        {
            if (result.Count > 0 && result[^1] is var previous && Continues(previous, r, lines))
            {
                var repeated = r.PreambleIndexes.Where(i => i <= r.TitleIndex || !IsPreparedByOrUnitLine(lines[i]));
                result[^1] = previous with
                {
                    BodyEnd = r.BodyEnd,
                    RepeatedTitleIndexes = [.. previous.RepeatedTitleIndexes, .. repeated],
                };
                continue;
            }
            result.Add(r);
        }
        return result.Count == regions.Length ? regions : [.. result];
    }

    private static bool Continues(TableRegion previous, TableRegion next, ImmutableArray<SourceLine> lines)
    {
        if (next.Title != previous.Title || next.Number is { } n && previous.Number is { } p && n != p) return false;
        var first = next.PreambleIndexes.Min();
        for (var i = previous.BodyEnd; i < first; i++)
        {
            if (!lines[i].IsBlank && !BodyLines.IsJunk(lines[i].Text)) return false;
        }
        return true;
    }

    /// <summary>The first line of a title the line break cut: short, no sentence, ending where a title cannot end
    /// ("、", "及", "和") or naming the year of the budget it heads.</summary>
    private static bool IsTitleHead(string folded)
    {
        if (folded.Length is < 4 or > 40 || folded.Contains('\t') || folded.Contains('。') || folded.Contains('，') || folded.EndsWith('表')) return false;
        if (PartHeading().IsMatch(folded) || TableNumberLine().IsMatch(folded) || IsPreparedByOrUnitFolded(folded)) return false;
        if (!Tokenizer.HasCjk(folded)) return false;
        return folded[^1] is '、' or '及' or '和' or '与' || YearHead().IsMatch(folded);
    }

    /// <summary>A title line that also prints the table's number and its prepared-by or unit words (Jiangsu PDFs as the
    /// text layer gives them): the title, the number and the rest, or null.</summary>
    private static (string Title, string Number, string Tail)? InlineTitle(string folded)
    {
        if (folded.Length is < 8 or > 120 || !folded.Contains('表') || folded.Contains('\t') || folded.Contains('。')) return null;
        var m = InlineTitlePattern().Match(folded);
        if (!m.Success || m.Groups["num"].Length == 0 && m.Groups["rest"].Length == 0) return null;
        var title = m.Groups["title"].Value;
        return IsTitleCandidateFolded(title) ? (title, m.Groups["num"].Value, m.Groups["rest"].Value) : null;
    }

    [GeneratedRegex(@"^(?<title>.{4,48}?表(?:\([^)]{1,20}\))?)(?<num>公开表[一二三四五六七八九十]{1,3}|公开\d{1,2}表|附表\d{1,2}|表\d{1,2})?(?<rest>(?:部门|编制单位|编制部门|单位名称|预算单位|部门名称)[:].*|单位[:].*)?$")]
    private static partial Regex InlineTitlePattern();

    private static int CountBlank(ImmutableArray<SourceLine> lines, int from, int to)
    {
        var n = 0;
        for (var i = from; i < to; i++)
        {
            if (lines[i].IsBlank) n++;
        }
        return n;
    }

    /// <summary>A line that completes the title above it: a parenthesised qualifier ("(按支出经济分类科目-不含上年结转)"), or
    /// the closing part of one the title left open ("目-不含上年结转)").</summary>
    private static bool IsTitleTail(string title, string folded)
    {
        if (folded.Length is 0 or > 40 || folded.Contains('\t') || folded.Any(char.IsAsciiDigit) && !folded.Contains('-')) return false;
        if (folded[^1] != ')') return false;
        if (folded[0] == '(') return folded.IndexOf(')') == folded.Length - 1 || folded.Count(c => c == '(') == folded.Count(c => c == ')');
        return title.LastIndexOf('(') > title.LastIndexOf(')') && !folded.Contains('(');
    }

    public static bool IsTitleCandidate(string text) => text.Contains('表', StringComparison.Ordinal) && IsTitleCandidateFolded(HeaderText.Fold(text));

    private static bool IsTitleCandidate(SourceLine line) => line.Text.Contains('表', StringComparison.Ordinal) && IsTitleCandidateFolded(line.Folded);

    private static bool IsTitleCandidateFolded(string folded)
    {
        // 收支总表, 收入总表, 支出总表 (national template) are the shortest titles.
        if (folded.Length is < 4 or > 48) return false;
        if (folded.Contains("部分", StringComparison.Ordinal) || folded.Contains("绩效", StringComparison.Ordinal)) return false;
        if (folded.Contains('。') || folded.Contains('，') || folded.Contains("……", StringComparison.Ordinal) || folded.Contains("...", StringComparison.Ordinal)) return false;
        var core = HeaderText.TitleCore(HeaderText.FoldTitle(TitleSuffix().Replace(folded, string.Empty)));
        if (!core.EndsWith('表')) return false;
        if (core.EndsWith("为空表", StringComparison.Ordinal) || core.EndsWith("公开表", StringComparison.Ordinal) || core.EndsWith("部门预算表", StringComparison.Ordinal)
            || core.EndsWith("部门决算表", StringComparison.Ordinal) || core.EndsWith("单位预算表", StringComparison.Ordinal) || core.EndsWith("附表", StringComparison.Ordinal)) return false;
        var title = HeaderText.FoldTitle(core);
        return title.Length >= 4 && Tokenizer.HasCjk(title) && !title.Any(char.IsAsciiDigit);
    }

    private static bool HasUnitLineAfter(ImmutableArray<SourceLine> lines, int i)
    {
        var seen = 0;
        for (var j = i + 1; j < lines.Length && seen < 6; j++)
        {
            if (lines[j].IsBlank) continue;
            seen++;
            var text = lines[j].Text;
            if (IsPreparedByOrUnitLine(lines[j])) return true;
            if (IsTitleCandidate(lines[j])) return false;
            // No unit line at all: the title stands right over a header whose cells name columns (科目编码 科目名称 合计 …).
            if (seen == 1 && IsHeaderLine(text)) return true;
        }
        return false;
    }

    /// <summary>A tab-separated line of at least three cells, two of which are header words of the national vocabulary.</summary>
    private static bool IsHeaderLine(string text)
    {
        if (!text.Contains('\t', StringComparison.Ordinal)) return false;
        var cells = text.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (cells.Length < 3 || cells.Any(c => Numbers.TryParseCell(c, out _))) return false;
        return cells.Count(c => HeaderVocabulary.Find(HeaderText.Fold(c)) is not null) >= 2;
    }

    public static bool IsPreparedByOrUnitLine(string text) => IsPreparedByOrUnitFolded(HeaderText.Fold(text));

    internal static bool IsPreparedByOrUnitLine(SourceLine line) => IsPreparedByOrUnitFolded(line.Folded);

    private static bool IsPreparedByOrUnitFolded(string folded)
    {
        return UnitLine().IsMatch(folded) || folded.StartsWith("编制部门", StringComparison.Ordinal) || folded.StartsWith("编制单位", StringComparison.Ordinal)
            || folded.StartsWith("部门:", StringComparison.Ordinal) || folded.StartsWith("部门名称:", StringComparison.Ordinal) || folded.StartsWith("单位名称:", StringComparison.Ordinal)
            || folded.StartsWith("预算单位:", StringComparison.Ordinal) || folded.EndsWith("单位:万", StringComparison.Ordinal);
    }

    private static string? PreparedBy(string text)
    {
        var m = PreparedByPattern().Match(text);
        if (!m.Success) return null;
        var name = m.Groups[1].Value.Trim();
        return name.Length == 0 ? null : string.Concat(name.Where(c => !char.IsWhiteSpace(c)));
    }

    private static int? NumberBefore(ImmutableArray<SourceLine> lines, int ti, List<int> preamble)
    {
        for (var j = ti - 1; j >= Math.Max(0, ti - 4); j--)
        {
            if (lines[j].IsBlank) continue;
            var m = TableNumberLine().Match(lines[j].Folded);
            if (m.Success)
            {
                preamble.Add(j);
                return int.TryParse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
            }
            return null;
        }
        return null;
    }

    /// <summary>A number printed on the title line itself: "表7 2025年项目支出预算表", "附表5…", "收入支出决算总表 公开01表".</summary>
    private static int? NumberInTitle(string folded)
    {
        var m = NumberOnTitleLine().Match(folded);
        if (!m.Success) return null;
        var digits = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
        return PrintedNumber.Integer(digits);
    }

    /// <summary>The body runs to the next title, a part heading (第三部分), a section heading ending in 说明, running
    /// prose, or the end of an empty-table note.</summary>
    private static int BodyEnd(ImmutableArray<SourceLine> lines, int start, int limit)
    {
        for (var j = start; j < limit; j++)
        {
            var text = lines[j].Text;
            if (lines[j].IsBlank) continue;
            var folded = lines[j].Folded;
            if (PartHeading().IsMatch(folded)) return j;
            if (EmptyNote.IsNote(folded))
            {
                var k = j;
                while (k + 1 < limit && !lines[k].Folded.Contains('。') && !lines[k + 1].IsBlank && k - j < 3) k++;
                return k + 1;
            }
            if (folded.EndsWith("说明", StringComparison.Ordinal) && folded.Length < 30 && !text.Any(char.IsAsciiDigit)) return j;
            if (IsTargetTableTitle(folded)) return j;
            if (IsProse(lines[j])) return j;
        }
        return limit;
    }

    /// <summary>A performance-target table (项目支出绩效目标表, 部门整体绩效目标表) is read by the text reader; its title ends the
    /// table before it even where no part heading stands between them (workbooks, documents that append the targets).</summary>
    private static bool IsTargetTableTitle(string folded)
    {
        // A qualifier after the title: "…项目支出绩效目标表预算表(预算表11)".
        var title = folded.EndsWith(')') && folded.LastIndexOf('(') is > 0 and var open ? folded[..open] : folded;
        return title.Length <= 40 && title.EndsWith('表') && title.Contains("绩效目标", StringComparison.Ordinal);
    }

    /// <summary>Running prose: a long sentence outside any cell. A sentence in a cell (a project's 项目简介) is part of its
    /// row; the folded text has lost the tabs that say so.</summary>
    private static bool IsProse(SourceLine line)
    {
        var folded = line.Folded;
        return folded.Length >= 24 && (folded.Contains('。') || folded.Count(c => c == '，') >= 2) && !line.Text.Contains('\t', StringComparison.Ordinal);
    }

    private static int ChineseNumber(string s)
    {
        const string digits = "一二三四五六七八九";
        if (s == "十") return 10;
        if (s.StartsWith('十')) return 10 + digits.IndexOf(s[1], StringComparison.Ordinal) + 1;
        if (s.Length == 2 && s[1] == '十') return (digits.IndexOf(s[0], StringComparison.Ordinal) + 1) * 10;
        if (s.Length == 3) return (digits.IndexOf(s[0], StringComparison.Ordinal) + 1) * 10 + digits.IndexOf(s[2], StringComparison.Ordinal) + 1;
        return digits.IndexOf(s[0], StringComparison.Ordinal) + 1;
    }

    [GeneratedRegex(@"^\(?(功能科目|经济科目|万元|元)\)?$|\((功能科目|经济科目|万元|元)\)$|[:：]$")]
    private static partial Regex TitleSuffix();

    [GeneratedRegex(@"^(?:附表|表|公开)(\d{1,2})(?:表)?[:：.]?$")]
    private static partial Regex TableNumberLine();

    [GeneratedRegex(@"^(?:附表|表|公开|预算|决算|预算表|决算表)(\d{1,2}(?=\d{4}年)|\d{1,2}(?!\d))|(?:公开|附表|预算表|决算表|预算|决算)(\d{1,2})表?\)?$")]
    private static partial Regex NumberOnTitleLine();

    [GeneratedRegex(@"^公开表([一二三四五六七八九十]{1,3})$")]
    private static partial Regex PublicNumber();

    [GeneratedRegex(@"单位[:：](万元|元)")]
    private static partial Regex UnitLine();

    [GeneratedRegex(@"单位\s*[:：]\s*元")]
    private static partial Regex UnitYuan();

    [GeneratedRegex(@"(?:编制部门|编制单位|^\s*部门名称|^\s*部门|预算单位|单位名称)\s*[:：]\s*(.*?)(?:\s{2,}|\s单位\s*[:：]|单位[:：]|$)")]
    private static partial Regex PreparedByPattern();

    [GeneratedRegex(@"^(\d{4}年度?|.{2,20}\d{4}年度?)[^\d]*(预算|决算)")]
    private static partial Regex YearHead();

    [GeneratedRegex(@"^第[一二三四五六七八九十]{1,2}部分")]
    private static partial Regex PartHeading();
}

/// <summary>Recognises the note by which a table declares itself empty.</summary>
public static class EmptyNote
{
    public static bool IsNote(string folded) =>
        folded.Contains("空表", StringComparison.Ordinal) || folded.Contains("本表无数据", StringComparison.Ordinal)
        || folded.Contains("故本表无", StringComparison.Ordinal) || folded.Contains("此表无数据", StringComparison.Ordinal)
        // "注：本部门无相关收支项目" (江苏 2019), "本单位无政府性基金预算收支".
        || (folded.StartsWith("注", StringComparison.Ordinal) && (folded.Contains("本部门无", StringComparison.Ordinal) || folded.Contains("本单位无", StringComparison.Ordinal)));
}
