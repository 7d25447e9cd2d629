using System.Text.RegularExpressions;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading.Meta;

/// <summary>Whether a read document is a budget or final-accounts disclosure at all: it carries a disclosure title
/// (<see cref="CoverTitle"/>, also as a part heading `第一部分 2026年度部门预算情况说明`), or budget tables — at least two
/// tables read in a canonical role, or two budget-table titles (`预算01表 收支总表`, `2026年收入预算总表`; `部门收支总表`
/// when its `单位：万元` line follows). A performance
/// evaluation report, a notice or a statistics bulletin that mentions 预算 has neither.</summary>
internal static partial class DisclosureEvidence
{
    private const int TitleSearchLines = 200;
    private const int UnitLineWindow = 4;

    public static bool Holds(SourceText source, Disclosure document)
    {
        if (CoverTitle.Find(source.Lines) is not null) return true;
        if (document.Tables.Count(t => t.Canonical is not null) >= 2) return true;
        var titles = 0;
        var searched = 0;
        var lines = source.Lines;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].IsBlank) continue;
            var s = lines[i].Squashed;
            if (searched++ < TitleSearchLines && HeadingTitle().IsMatch(s) && CoverTitle.Match(HeadingTitle().Replace(s, string.Empty), SourceSpan.None) is not null) return true;
            if (s.Length <= 40 && (BudgetTableTitle().IsMatch(s) || TableTitle().IsMatch(s) && UnitLineFollows(lines, i)) && ++titles >= 2) return true;
        }
        return false;
    }

    /// <summary>A table's unit line (`单位：万元`, `金额单位：元`, also on the title line) within the next lines.</summary>
    private static bool UnitLineFollows(IReadOnlyList<SourceLine> lines, int title)
    {
        for (var j = title; j < lines.Count && j <= title + UnitLineWindow; j++)
        {
            if (UnitLine().IsMatch(lines[j].Squashed)) return true;
        }
        return false;
    }

    /// <summary>The first non-blank line, to say what the document is instead.</summary>
    public static string FirstLine(SourceText source)
    {
        var line = source.Lines.FirstOrDefault(l => !l.IsBlank)?.Text.Trim() ?? string.Empty;
        return line.Length > 40 ? line[..40] + "…" : line;
    }

    [GeneratedRegex(@"^第[一二三四五六七八九十]+部分")]
    private static partial Regex HeadingTitle();

    /// <summary>A table title: 预算/决算 and 收支/收入/支出/三公/基本/项目 in a short line ending in 表 (numbering before or after).</summary>
    [GeneratedRegex(@"^(?:[（(]?[一二三四五六七八九十\d]+[）)、.]?)?(?=.*(?:预算|决算))(?=.*(?:收支|收入|支出|三公|拨款)).*表(?:[一二三四五六七八九十\d]{1,3})?$")]
    private static partial Regex BudgetTableTitle();

    /// <summary>A table title without 预算/决算 (`部门收支总表`, `一般公共预算“三公”经费支出表`): counted when its unit line follows.</summary>
    [GeneratedRegex(@"(?:收支|收入|支出|三公|拨款).{0,20}表(?:[一二三四五六七八九十\d]{1,3})?$")]
    private static partial Regex TableTitle();

    [GeneratedRegex(@"(?:金额)?单位[:：](?:万元|元)")]
    private static partial Regex UnitLine();
}
