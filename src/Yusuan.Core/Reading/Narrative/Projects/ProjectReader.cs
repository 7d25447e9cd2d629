using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Narrative.Layout;

namespace Yusuan.Core.Reading.Narrative.Projects;

/// <summary>
/// 项目支出情况说明: each "项目名称：" opens a project; its fields (设立的政策依据, 预算安排规模, 项目承担单位, 资金分配情况,
/// 资金执行时间) run to the next field label, wherever the line breaks fall. PDF text can carry a field's tail after a
/// later field (page order differs from reading order); such text stays with the field it follows.
/// </summary>
internal static partial class ProjectReader
{

    public static ImmutableArray<ProjectDescription> Read(IEnumerable<PlacedParagraph> paragraphs)
    {
        // One running text with a map back to paragraphs, so every field keeps its lines.
        var text = new StringBuilder();
        var pieces = new List<(int Start, Paragraph Paragraph)>();
        foreach (var pp in paragraphs)
        {
            if (ParagraphBuilder.IsHeading(pp.Text) && !pp.Text.Contains("项目名称", StringComparison.Ordinal)) continue;
            pieces.Add((text.Length, pp.Paragraph));
            text.Append(pp.Text).Append('\n');
        }
        var all = text.ToString();
        var labels = LabelPattern().Matches(all).ToList();
        var projects = ImmutableArray.CreateBuilder<ProjectDescription>();
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i].Groups["label"].Value != "项目名称") continue;
            var next = labels.Skip(i + 1).FirstOrDefault(l => l.Groups["label"].Value == "项目名称");
            var end = next?.Index ?? all.Length;
            var fields = new Dictionary<string, (string Text, int Start, int End)>(StringComparer.Ordinal);
            foreach (var label in labels.Where(l => l.Index >= labels[i].Index && l.Index < end))
            {
                var valueStart = label.Index + label.Length;
                var following = labels.FirstOrDefault(l => l.Index > label.Index);
                var valueEnd = Math.Min(following?.Index ?? all.Length, end);
                var value = Tidy(all[valueStart..valueEnd]);
                var key = label.Groups["label"].Value;
                if (fields.TryGetValue(key, out var existing)) fields[key] = (existing.Text + value, existing.Start, valueEnd);
                else fields[key] = (value, valueStart, valueEnd);
            }
            if (!fields.TryGetValue("项目名称", out var name) || name.Text.Length == 0) continue;
            SourceSpan SpanOf(int start, int stop) => Span(pieces, start, stop);
            Figure? amount = null;
            if (fields.TryGetValue("预算安排规模", out var size) && AmountPattern().Match(size.Text) is { Success: true } am)
            {
                var value = decimal.Parse(am.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
                if (am.Groups["u"].Value == "元") value /= 10000m;
                amount = new Figure(value, SpanOf(size.Start, size.End));
            }
            var allocation = fields.TryGetValue("资金分配情况", out var alloc) ? alloc : default;
            var (unitName, stray) = fields.TryGetValue("项目承担单位", out var unit) ? SplitUnit(unit.Text.TrimEnd('。')) : (null, null);
            var basisText = fields.TryGetValue("设立的政策依据", out var basis) ? basis.Text + stray : stray;
            projects.Add(new ProjectDescription
            {
                Name = Markers.Squash(name.Text).TrimEnd('。'),
                PolicyBasis = NullIfEmpty(basisText),
                Amount = amount,
                ImplementingUnit = NullIfEmpty(unitName),
                AllocationText = NullIfEmpty(allocation.Text),
                Allocations = allocation.Text is null ? [] : [.. Allocations(allocation.Text, allocation.Start, SpanOf)],
                ExecutionPeriod = fields.TryGetValue("资金执行时间", out var period) ? NullIfEmpty(period.Text.TrimEnd('。')) : null,
                Span = SpanOf(labels[i].Index, end),
            });
        }
        return projects.ToImmutable();
    }

    /// <summary>
    /// "运转经费 183 万元、租赁公文流转专线 25 万元…": every money figure with the words before it since the previous item.
    /// A rate ("2000 元/人/月", "平均每场成本 4000 元") and a total ("共计 127.98 万元") are not items.
    /// </summary>
    internal static IEnumerable<AllocationItem> Allocations(string text, int offset, Func<int, int, SourceSpan> spanOf)
    {
        var previousEnd = 0;
        foreach (Match m in MoneyPattern().Matches(text))
        {
            if (m.Index < previousEnd) continue;
            var segment = text[previousEnd..m.Index];
            previousEnd = m.Index + m.Length;
            var after = text[(m.Index + m.Length)..];
            if (after.StartsWith('/') || after.StartsWith("每", StringComparison.Ordinal))
            {
                // A rate: skip it and its "/人/月" tail.
                var stop = after.IndexOfAny(['、', '，', ',', '；', ';', '。']);
                previousEnd += stop < 0 ? after.Length : stop;
                continue;
            }
            var name = ItemName(segment);
            var lastClause = Markers.Squash(segment.Split(['，', ',', '：', ':', '；', ';', '、']).LastOrDefault() ?? string.Empty);
            if (lastClause is "预算" or "预算资金" or "共计" or "合计" or "总计" or "共" or "计" or "预算安排") continue;
            if (name.Length == 0 || name.StartsWith("平均", StringComparison.Ordinal) || name.StartsWith('每') || name.Contains("共计", StringComparison.Ordinal)
                || name.Contains("合计", StringComparison.Ordinal) || name.Contains("总计", StringComparison.Ordinal) || name.Contains("本项目", StringComparison.Ordinal)) continue;
            var value = decimal.Parse(m.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
            var unit = m.Groups["u"].Value == "元" ? MoneyUnit.Yuan : MoneyUnit.WanYuan;
            yield return new AllocationItem(name, new Figure(value, spanOf(offset + m.Index, offset + m.Index + m.Length))) { Unit = unit };
        }
    }

    /// <summary>The item's name: the first clause of the last "；"-separated piece, skipping an introducer ("主要实施内容包括：").</summary>
    private static string ItemName(string segment)
    {
        var s = segment.Trim().TrimStart('，', ',', '、', '；', ';', '。', '：', ':', ' ');
        var lastItem = s.Split(['；', ';', '。'], StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;
        lastItem = lastItem.Trim();
        var marker = Markers.Numbered().Match(lastItem);
        if (marker.Success) lastItem = lastItem[marker.Length..];
        var clauses = lastItem.Split(['，', ',', '：', ':'], StringSplitOptions.RemoveEmptyEntries).Select(c => Markers.Squash(c).TrimStart('、')).Where(c => c.Length > 0).ToList();
        var index = 0;
        while (index < clauses.Count - 1 && (clauses[index].EndsWith("包括", StringComparison.Ordinal) || clauses[index].EndsWith("如下", StringComparison.Ordinal) || clauses[index].EndsWith("分别为", StringComparison.Ordinal))) index++;
        return clauses.Count == 0 ? string.Empty : clauses[index];
    }

    private static SourceSpan Span(List<(int Start, Paragraph Paragraph)> pieces, int start, int end)
    {
        SourceSpan span = default;
        foreach (var (pieceStart, paragraph) in pieces)
        {
            var pieceEnd = pieceStart + paragraph.Text.Length;
            if (pieceEnd <= start || pieceStart >= end) continue;
            var s = Math.Max(start, pieceStart) - pieceStart;
            var e = Math.Min(end, pieceEnd) - pieceStart;
            span = span.Through(paragraph.SpanOf(s, Math.Max(e, s + 1)));
        }
        return span;
    }

    /// <summary>
    /// A unit name followed by stray text from another field (PDF page order: "…驻广州办事处管理的通知》…文件要求…")
    /// is cut after the last unit-name ending before the stray text; the rest goes back to the policy basis.
    /// </summary>
    internal static (string? Unit, string? Stray) SplitUnit(string text)
    {
        var cut = text.IndexOfAny(['》', '《', '【', '〔']);
        if (cut < 0) return (text, null);
        var head = text[..cut];
        var end = UnitEnding().Matches(head).LastOrDefault();
        if (end is null) return (text, null);
        var stop = end.Index + end.Length;
        return (text[..stop], text[stop..]);
    }

    [GeneratedRegex(@"(?:办事处|办公厅|办公室|中心|局|馆|院|所|站|队|处|厅|室|委员会|（本级）|\(本级\))")]
    private static partial Regex UnitEnding();

    /// <summary>Drops line breaks and a trailing list marker that belongs to the next project ("…12 月 31 日（二）").</summary>
    private static string Tidy(string s) => TrailingMarker().Replace(s.Replace("\n", string.Empty, StringComparison.Ordinal).Trim(), string.Empty).Trim().Trim('：', ':').Trim();

    [GeneratedRegex(@"\s*(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|\d{1,2}\s*[、.．])\s*$")]
    private static partial Regex TrailingMarker();

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    [GeneratedRegex(@"(?<label>项目名称|设立的政策依据|预算安排规模|项目承担单位|资金分配情况|资金执行时间)\s*[：:]")]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?<u>万元|万|元)")]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"(?<![\d.,A-Za-z])(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?<u>万元|万(?![\u4e00-\u9fff])|元)")]
    private static partial Regex MoneyPattern();
}
