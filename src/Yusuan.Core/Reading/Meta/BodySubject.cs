using System.Text.RegularExpressions;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading.Meta;

/// <summary>The unit named by the body when the cover names none (an image cover, a narrative file titled only
/// `2026 年度部门预算情况说明`): a part heading `第一部分 X概况` (wrapped lines joined), or the first sentence under the
/// 职责/职能/基本情况 heading, which opens with the unit's name (`北京市气象局属于公益性事业单位…`,
/// `重庆市商务委员会现行的职能职责为…`).</summary>
internal static partial class BodySubject
{
    private const int DutyWindow = 6;

    public static (string Name, SourceSpan Span)? Find(IReadOnlyList<SourceLine> lines) => PartOne(lines) ?? DutySentence(lines);

    private static (string Name, SourceSpan Span)? PartOne(IReadOnlyList<SourceLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Squashed;
            if (!text.StartsWith("第一部分", StringComparison.Ordinal)) continue;
            var joined = text;
            for (var j = i + 1; j < lines.Count && j <= i + 3 && !joined.EndsWith("概况", StringComparison.Ordinal); j++)
            {
                if (lines[j].IsBlank) continue;
                joined += lines[j].Squashed;
            }
            var m = PartOneHeading().Match(joined);
            if (m.Success && UnitNameText.Clean(m.Groups[1].Value) is { } n && UnitNameText.IsNameLike(n)) return (n, SourceSpan.At(lines[i].Number, lines[i].Page));
        }
        return null;
    }

    private static (string Name, SourceSpan Span)? DutySentence(IReadOnlyList<SourceLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (!DutyHeading().IsMatch(lines[i].Squashed)) continue;
            var seen = 0;
            for (var j = i + 1; j < lines.Count && seen < DutyWindow; j++)
            {
                if (lines[j].IsBlank) continue;
                seen++;
                var m = Subject().Match(lines[j].Squashed);
                if (!m.Success) continue;
                var name = m.Groups["name"].Value;
                if (UnitNameText.IsNameLike(name) && UnitNameText.EndsLikeOrganisation(name)) return (name, SourceSpan.At(lines[j].Number, lines[j].Page));
            }
        }
        return null;
    }

    [GeneratedRegex(@"^第一部分(?:20\d{2}年度?)?(.+?)(?:部门|单位)?概况")]
    private static partial Regex PartOneHeading();

    [GeneratedRegex(@"^(?:[（(]?[一二三四五六七八九十1-9][）)、.]?)*(?:本部门|本单位|部门|单位)?(?:主要)?(?:职责|职能|基本情况|情况说明|职责情况|职能职责|概况)")]
    private static partial Regex DutyHeading();

    [GeneratedRegex(@"^(?<name>[\u4e00-\u9fff（）()]{3,40}?)(?:属于|是|为|现行的?|的主要职[责能]|主要职[责能]|职能|负责|成立于|于(?:19|20)\d{2}年|设立于|内设)")]
    private static partial Regex Subject();
}
