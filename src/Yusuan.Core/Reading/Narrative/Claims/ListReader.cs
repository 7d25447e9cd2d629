using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Narrative.Layout;

namespace Yusuan.Core.Reading.Narrative.Claims;

/// <summary>
/// Enumerations stated in the text: "收入预算包括：一般公共预算、单位资金。" (income.sources), "支出预算包括：…"
/// (expense.classes), "人员经费 … 主要包括：基本工资、津贴补贴…" (gpb.basic.personnel.items) and 公用经费 likewise.
/// </summary>
internal static partial class ListReader
{
    public static IEnumerable<ListStatement> Read(IEnumerable<PlacedParagraph> paragraphs)
    {
        foreach (var pp in paragraphs)
        {
            foreach (Match m in ListPattern().Matches(pp.Text))
            {
                var head = Markers.Squash(m.Groups["head"].Value);
                var key = head switch
                {
                    _ when head.EndsWith("收入预算", StringComparison.Ordinal) && !head.Contains("万元", StringComparison.Ordinal) => "income.sources",
                    _ when head.EndsWith("支出预算", StringComparison.Ordinal) && !head.Contains("万元", StringComparison.Ordinal) => "expense.classes",
                    _ when head.Contains("人员经费", StringComparison.Ordinal) => "gpb.basic.personnel.items",
                    _ when head.Contains("公用经费", StringComparison.Ordinal) => "gpb.basic.public.items",
                    _ => null,
                };
                if (key is null) continue;
                var body = m.Groups["items"].Value;
                if (body.Any(char.IsAsciiDigit)) continue; // "收入预算包括：一般公共预算拨款 2,627.89 万元" is a claim, not a list
                var items = body.Split(['、', '，', ','], StringSplitOptions.RemoveEmptyEntries)
                    .Select(i => Markers.Squash(i).TrimEnd('等', '。'))
                    .Where(i => i.Length > 0)
                    .ToImmutableArray();
                if (items.Length == 0) continue;
                yield return new ListStatement(key, items, pp.Paragraph.SpanOf(m.Index, m.Index + m.Length)) { Section = pp.SectionKey };
            }
        }
    }

    [GeneratedRegex(@"(?<head>[^。；：:]{0,60}?)(?:主要)?包括[：:](?<items>[^。；]+)")]
    private static partial Regex ListPattern();
}
