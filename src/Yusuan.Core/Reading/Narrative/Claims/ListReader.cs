using System.Collections.Immutable;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Narrative.Layout;

namespace Yusuan.Core.Reading.Narrative.Claims;

/// <summary>
/// Enumerations stated in the text: "收入预算包括：一般公共预算、单位资金。" (income.sources), "支出预算包括：…"
/// (expense.classes), "人员经费 … 主要包括：基本工资、津贴补贴…" (gpb.basic.personnel.items) and 公用经费 likewise.
/// </summary>
internal static class ListReader
{
    private static readonly char[] ItemBreaks = ['、', '，', ','];
    private static readonly char[] ItemTail = ['等', '。'];
    private static readonly char[] ListEnds = ['。', '；'];

    public static IEnumerable<ListStatement> Read(IEnumerable<PlacedParagraph> paragraphs)
    {
        foreach (var pp in paragraphs)
        {
            foreach (var m in Matches(pp.Text))
            {
                var head = Markers.Squash(m.Head);
                var key = head switch
                {
                    _ when head.EndsWith("收入预算", StringComparison.Ordinal) && !head.Contains("万元", StringComparison.Ordinal) => "income.sources",
                    _ when head.EndsWith("支出预算", StringComparison.Ordinal) && !head.Contains("万元", StringComparison.Ordinal) => "expense.classes",
                    _ when head.Contains("人员经费", StringComparison.Ordinal) => "gpb.basic.personnel.items",
                    _ when head.Contains("公用经费", StringComparison.Ordinal) => "gpb.basic.public.items",
                    _ => null,
                };
                if (key is null) continue;
                var body = m.Items;
                if (body.Any(char.IsAsciiDigit)) continue; // "收入预算包括：一般公共预算拨款 2,627.89 万元" is a claim, not a list
                var items = body.Split(ItemBreaks, StringSplitOptions.RemoveEmptyEntries)
                    .Select(i => Markers.Squash(i).TrimEnd(ItemTail))
                    .Where(i => i.Length > 0)
                    .ToImmutableArray();
                if (items.Length == 0) continue;
                yield return new ListStatement(key, items, pp.Paragraph.SpanOf(m.Start, m.End)) { Section = pp.SectionKey };
            }
        }
    }

    private readonly record struct ListMatch(string Head, string Items, int Start, int End);

    /// <summary>Every "…(主要)包括：a、b、c" in the text: the head is up to 60 characters before 包括 (not crossing 。；：),
    /// the items run to the next 。 or ；. Scans for 包括 directly: a regex anchored on the head backtracks at every
    /// position of long paragraphs.</summary>
    private static IEnumerable<ListMatch> Matches(string text)
    {
        var at = 0;
        while ((at = text.IndexOf("包括", at, StringComparison.Ordinal)) >= 0)
        {
            var colon = at + 2;
            at = colon;
            if (colon >= text.Length || text[colon] is not ('：' or ':')) continue;
            var start = at - 2;
            if (start >= 2 && text.AsSpan(start - 2, 2).SequenceEqual("主要")) start -= 2;
            var headStart = start;
            while (headStart > 0 && start - headStart < 60 && text[headStart - 1] is not ('。' or '；' or '：' or ':')) headStart--;
            var itemsStart = colon + 1;
            var itemsEnd = text.IndexOfAny(ListEnds, itemsStart);
            if (itemsEnd < 0) itemsEnd = text.Length;
            if (itemsEnd == itemsStart) continue;
            yield return new ListMatch(text[headStart..start], text[itemsStart..itemsEnd], headStart, itemsEnd);
            at = itemsEnd;
        }
    }
}
