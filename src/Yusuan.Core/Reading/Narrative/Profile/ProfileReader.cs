using Yusuan.Core.Reading.Text;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Narrative.Layout;

namespace Yusuan.Core.Reading.Narrative.Profile;

/// <summary>
/// 第一部分 概况: numbered 主要职能, "下设 12 个处室，分别是：…", the budget units of a department (预算单位构成),
/// "编制数 118，实有人数 164 人，其中：在职 91 人，减少 4 人；退休 73 人，增加 0 人；离休 0 人，增加 0 人", and
/// whether the document says these are withheld ("…不宜公开").
/// </summary>
internal static partial class ProfileReader
{
    private static readonly char[] SentenceEnds = ['。', '；', ';'];

    public static UnitProfile Read(ImmutableArray<Paragraph> paragraphs)
    {
        if (paragraphs.IsDefaultOrEmpty) return UnitProfile.Empty;
        var functions = ImmutableArray.CreateBuilder<LocatedText>();
        var units = ImmutableArray.CreateBuilder<string>();
        var departments = ImmutableArray<string>.Empty;
        Figure? departmentCount = null;
        StaffFigures? staff = null;
        var withheld = false;
        var structure = ImmutableArray.CreateBuilder<LocatedText>();
        var inFunctions = false;
        var inUnits = false;
        var inStructure = false;

        foreach (var p in paragraphs)
        {
            var text = p.Text;
            var squashed = Markers.Squash(text);
            // Under 职责, "（一）负责交通运输…管理工作。" is a numbered function, not a heading (深圳).
            var functionItem = inFunctions && squashed.Length > 24 && Markers.SubSection().Match(text) is { Success: true, Index: 0 };
            if (!functionItem && (ParagraphBuilder.IsHeading(text) || Markers.Part().IsMatch(squashed)))
            {
                // 主要职能, 主要职责, 部门职责, 职能职责 (深圳, 广州, 长沙).
                inFunctions = squashed.Contains("职能", StringComparison.Ordinal) || squashed.Contains("职责", StringComparison.Ordinal);
                inStructure = IsStructureHeading(squashed);
                inUnits = false;
                continue;
            }
            if (squashed.EndsWith("主要职能", StringComparison.Ordinal) || squashed.EndsWith("主要职能包括：", StringComparison.Ordinal))
            {
                inFunctions = true;
                continue;
            }
            if (squashed.Contains("机构设置", StringComparison.Ordinal) && squashed.Length <= 20)
            {
                inFunctions = false;
                inStructure = true;
                continue;
            }
            if (inStructure && squashed.Length > 0) structure.Add(new LocatedText(text.Trim(), p.Span));
            if (squashed.Contains("不宜公开", StringComparison.Ordinal) || squashed.Contains("不予公开", StringComparison.Ordinal)) withheld = true;

            if (DepartmentPattern().Match(text) is { Success: true } d && departmentCount is null && PrintedNumber.Integer(d.Groups["n"].Value) is { } departmentNumber)
            {
                departmentCount = new Figure(departmentNumber, p.SpanOf(d.Index, d.Index + d.Length));
                if (ListedPattern().Match(text, d.Index) is { Success: true } listed)
                {
                    departments = [.. SplitList(listed.Groups["items"].Value)];
                }
            }
            // "…编制数、实有人数等不宜公开" names the figures without giving them.
            if (StaffPattern().IsMatch(text) && ReadStaff(p, staff) is { } read && (read.Quota ?? read.Actual ?? read.Active ?? read.Retired) is not null) staff = read;

            var numbered = Markers.Numbered().Match(text);
            var sub = Markers.SubSection().Match(text);
            if (squashed.Contains("预算单位包括", StringComparison.Ordinal) || squashed.Contains("预算单位构成", StringComparison.Ordinal) && squashed.EndsWith('：'))
            {
                inUnits = true;
                inFunctions = false;
                var inline = InlineUnitsPattern().Match(text);
                if (inline.Success) units.AddRange(SplitList(inline.Groups["items"].Value));
                continue;
            }
            if (inUnits && numbered.Success)
            {
                units.Add(Markers.Squash(text[numbered.Length..]).TrimEnd(SentenceEnds));
                continue;
            }
            if (inUnits && !numbered.Success) inUnits = false;
            if (inFunctions && !StaffPattern().IsMatch(text) && departmentCount is null)
            {
                var body = numbered.Success ? text[numbered.Length..] : sub.Success ? text[sub.Length..] : text;
                functions.Add(new LocatedText(body.Trim(), p.Span));
            }
        }

        return new UnitProfile
        {
            Functions = functions.ToImmutable(),
            InternalDepartments = departments,
            InternalDepartmentCount = departmentCount,
            BudgetUnits = units.ToImmutable(),
            Staff = staff,
            Structure = structure.ToImmutable(),
            Withheld = withheld,
            Span = paragraphs[0].Span.Through(paragraphs[^1].Span),
        };
    }

    private static bool IsStructureHeading(string squashed) =>
        squashed.Length <= 30 && (squashed.Contains("机构设置", StringComparison.Ordinal) || squashed.Contains("单位构成", StringComparison.Ordinal)
            || squashed.Contains("人员情况", StringComparison.Ordinal) || squashed.Contains("人员构成", StringComparison.Ordinal));

    private static StaffFigures ReadStaff(Paragraph p, StaffFigures? previous)
    {
        var text = p.Text;
        Figure? Get(Regex pattern, string group = "n")
        {
            var m = pattern.Match(text);
            return m.Success && PrintedNumber.Money(m.Groups[group].Value) is { } value
                ? new Figure(value, p.SpanOf(m.Groups[group].Index, m.Groups[group].Index + m.Groups[group].Length))
                : null;
        }
        Figure? Change(Regex pattern)
        {
            var m = pattern.Match(text);
            if (!m.Success || !m.Groups["c"].Success || PrintedNumber.Money(m.Groups["c"].Value) is not { } value) return null;
            if (m.Groups["w"].Value == "减少") value = -value;
            return new Figure(value, p.SpanOf(m.Groups["c"].Index, m.Groups["c"].Index + m.Groups["c"].Length));
        }
        return new StaffFigures
        {
            Quota = Get(QuotaPattern()) ?? previous?.Quota,
            Actual = Get(ActualPattern()) ?? previous?.Actual,
            Active = Get(ActivePattern()) ?? previous?.Active,
            ActiveChange = Change(ActivePattern()) ?? previous?.ActiveChange,
            Retired = Get(RetiredPattern()) ?? previous?.Retired,
            RetiredChange = Change(RetiredPattern()) ?? previous?.RetiredChange,
            RetiredCadre = Get(CadrePattern()) ?? previous?.RetiredCadre,
            RetiredCadreChange = Change(CadrePattern()) ?? previous?.RetiredCadreChange,
            Span = p.Span,
        };
    }

    private static IEnumerable<string> SplitList(string body)
    {
        // Split on 、 but not inside （…）: "综合一室（保密办）、综合二室".
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= body.Length; i++)
        {
            var c = i < body.Length ? body[i] : '、';
            if (c is '（' or '(') depth++;
            else if (c is '）' or ')') depth = Math.Max(0, depth - 1);
            else if ((c is '、' or '，' or ',') && depth == 0 || c is '。' || i == body.Length)
            {
                var item = Markers.Squash(body[start..Math.Min(i, body.Length)]).TrimEnd('等');
                if (item.Length > 0) yield return item;
                start = i + 1;
                if (c == '。') yield break;
            }
        }
    }

    [GeneratedRegex(@"(?:下设|内设)\s*(?<n>\d+)\s*个(?:处室|科室|股室|内设机构|职能处室|部门|机构|室)")]
    private static partial Regex DepartmentPattern();

    [GeneratedRegex(@"分别(?:是|为)[：:](?<items>[^。]+)")]
    private static partial Regex ListedPattern();

    [GeneratedRegex(@"具体包括[：:](?<items>[^。]+)")]
    private static partial Regex InlineUnitsPattern();

    [GeneratedRegex(@"编制数|实有人数|在职\s*\d+\s*人")]
    private static partial Regex StaffPattern();

    [GeneratedRegex(@"编制数\s*(?<n>\d+)")]
    private static partial Regex QuotaPattern();

    [GeneratedRegex(@"实有人数\s*(?<n>\d+)")]
    private static partial Regex ActualPattern();

    [GeneratedRegex(@"在职\s*(?<n>\d+)\s*人(?:\s*[，,]\s*(?<w>增加|减少)\s*(?<c>\d+)\s*人)?")]
    private static partial Regex ActivePattern();

    [GeneratedRegex(@"(?<!离)退休\s*(?<n>\d+)\s*人(?:\s*[，,]\s*(?<w>增加|减少)\s*(?<c>\d+)\s*人)?")]
    private static partial Regex RetiredPattern();

    [GeneratedRegex(@"离休\s*(?<n>\d+)\s*人(?:\s*[，,]\s*(?<w>增加|减少)\s*(?<c>\d+)\s*人)?")]
    private static partial Regex CadrePattern();
}
