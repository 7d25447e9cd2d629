using Yusuan.Core.Reading.Text;
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
    private static readonly char[] ItemEnds = ['、', '，', ',', '；', ';', '。'];
    private static readonly char[] ClauseBreaks = ['，', ',', '：', ':', '；', ';', '、'];
    private static readonly char[] LeadingPunctuation = ['，', ',', '、', '；', ';', '。', '：', ':', ' '];
    private static readonly char[] ItemBreaks = ['；', ';', '。'];
    private static readonly char[] CommaOrColon = ['，', ',', '：', ':'];
    private static readonly char[] TitleMarks = ['》', '《', '【', '〔'];
    private static readonly char[] Colons = ['：', ':'];


    public static ImmutableArray<ProjectDescription> Read(IEnumerable<PlacedParagraph> source)
    {
        var paragraphs = source.ToList();
        if (!paragraphs.Any(p => p.Text.Contains("项目名称", StringComparison.Ordinal))) return ReadOutlined(paragraphs);
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
        // Field occurrences project by project.
        var occurrences = new List<List<(string Key, string Text, int Start, int End)>>();
        var ends = new List<(int Start, int End)>();
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i].Groups["label"].Value != "项目名称") continue;
            var next = labels.Skip(i + 1).FirstOrDefault(l => l.Groups["label"].Value == "项目名称");
            var end = next?.Index ?? all.Length;
            var list = new List<(string Key, string Text, int Start, int End)>();
            foreach (var label in labels.Where(l => l.Index >= labels[i].Index && l.Index < end))
            {
                var valueStart = label.Index + label.Length;
                var following = labels.FirstOrDefault(l => l.Index > label.Index);
                var valueEnd = Math.Min(following?.Index ?? all.Length, end);
                list.Add((label.Groups["label"].Value, Tidy(all[valueStart..valueEnd]), valueStart, valueEnd));
            }
            occurrences.Add(list);
            ends.Add((labels[i].Index, end));
        }
        // PDF page order can put a project's field inside the next project: a field printed twice there while the
        // project before lacks it belongs to the project before.
        for (var i = 1; i < occurrences.Count; i++)
        {
            foreach (var key in occurrences[i].GroupBy(o => o.Key).Where(g => g.Count() > 1 && g.Key != "项目名称").Select(g => g.Key).ToList())
            {
                if (occurrences[i - 1].Any(o => o.Key == key)) continue;
                var first = occurrences[i].First(o => o.Key == key);
                occurrences[i].Remove(first);
                occurrences[i - 1].Add(first);
            }
        }

        var projects = ImmutableArray.CreateBuilder<ProjectDescription>();
        for (var p = 0; p < occurrences.Count; p++)
        {
            var fields = new Dictionary<string, (string Text, int Start, int End)>(StringComparer.Ordinal);
            foreach (var (key, value, valueStart, valueEnd) in occurrences[p])
            {
                if (fields.TryGetValue(key, out var existing)) fields[key] = (existing.Text + value, existing.Start, valueEnd);
                else fields[key] = (value, valueStart, valueEnd);
            }
            var (projectStart, end) = ends[p];
            if (!fields.TryGetValue("项目名称", out var name) || name.Text.Length == 0) continue;
            SourceSpan SpanOf(int start, int stop) => Span(pieces, start, stop);
            Figure? amount = null;
            if (fields.TryGetValue("预算安排规模", out var size) && AmountPattern().Match(size.Text) is { Success: true } am
                && PrintedNumber.Money(am.Groups["n"].Value) is { } scale)
            {
                amount = new Figure(am.Groups["u"].Value == "元" ? scale / 10000m : scale, SpanOf(size.Start, size.End));
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
                Span = SpanOf(projectStart, end),
            });
        }
        return projects.ToImmutable();
    }

    /// <summary>
    /// Shanghai's "XX项目经费情况说明": a title per project, then numbered parts 项目概述, 立项依据, 实施主体, 实施方案,
    /// 实施周期, 年度预算安排, 绩效目标. The amount is not stated as such; allocations come from 年度预算安排.
    /// </summary>
    private static ImmutableArray<ProjectDescription> ReadOutlined(List<PlacedParagraph> paragraphs)
    {
        var projects = ImmutableArray.CreateBuilder<ProjectDescription>();
        string? name = null;
        string? field = null;
        var fields = new Dictionary<string, List<Paragraph>>(StringComparer.Ordinal);
        SourceSpan span = default;

        void Flush()
        {
            if (name is null) return;
            string? Text(string key) => fields.TryGetValue(key, out var ps) ? NullIfEmpty(string.Concat(ps.Select(p => p.Text))) : null;
            var allocation = fields.TryGetValue("年度预算安排", out var allocs) ? allocs : [];
            projects.Add(new ProjectDescription
            {
                Name = name,
                PolicyBasis = Text("立项依据"),
                ImplementingUnit = Text("实施主体"),
                AllocationText = Text("年度预算安排"),
                Allocations = [.. allocation.SelectMany(p => Allocations(p.Text, 0, p.SpanOf))],
                ExecutionPeriod = Text("实施周期"),
                Span = span,
            });
            fields.Clear();
            field = null;
        }

        foreach (var pp in paragraphs)
        {
            var squashed = Markers.Squash(pp.Text);
            if (squashed.EndsWith("项目经费情况说明", StringComparison.Ordinal) && !ParagraphBuilder.IsHeading(pp.Text))
            {
                Flush();
                var title = squashed[..^"项目经费情况说明".Length];
                name = title.Length > 0 ? title : "项目经费";
                span = pp.Paragraph.Span;
                continue;
            }
            if (name is null) continue;
            span = span.Through(pp.Paragraph.Span);
            if (ParagraphBuilder.IsHeading(pp.Text) && Markers.Section().Match(pp.Text) is { Success: true } heading)
            {
                field = Markers.Squash(pp.Text[heading.Length..]);
                continue;
            }
            if (field is null) continue;
            if (!fields.TryGetValue(field, out var list)) fields[field] = list = [];
            list.Add(pp.Paragraph);
        }
        Flush();
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
            var after = text.AsSpan(m.Index + m.Length);
            if (after.StartsWith('/') || after.StartsWith("每", StringComparison.Ordinal))
            {
                // A rate: skip it and its "/人/月" tail.
                var stop = after.IndexOfAny(ItemEnds);
                previousEnd += stop < 0 ? after.Length : stop;
                continue;
            }
            var name = ItemName(segment);
            var lastClause = Markers.Squash(segment[(segment.LastIndexOfAny(ClauseBreaks) + 1)..]);
            if (lastClause is "预算" or "预算资金" or "共计" or "合计" or "总计" or "共" or "计" or "预算安排") continue;
            if (name.Length == 0 || name.StartsWith("平均", StringComparison.Ordinal) || name.StartsWith('每') || name.Contains("共计", StringComparison.Ordinal)
                || name.Contains("合计", StringComparison.Ordinal) || name.Contains("总计", StringComparison.Ordinal) || name.Contains("本项目", StringComparison.Ordinal)) continue;
            if (PrintedNumber.Money(m.Groups["n"].Value) is not { } value) continue;
            var unit = m.Groups["u"].Value == "元" ? MoneyUnit.Yuan : MoneyUnit.WanYuan;
            yield return new AllocationItem(name, new Figure(value, spanOf(offset + m.Index, offset + m.Index + m.Length))) { Unit = unit };
        }
    }

    /// <summary>
    /// The item's name from the words since the previous item. A numbered item ("1.后勤保障支出，保障…：70万元") is named
    /// by its first clause (after an introducer such as "主要实施内容包括："); otherwise the words right before the
    /// figure are the name and what precedes them describes the previous item ("…27 万元“访惠聚”工作经费，差旅费 30 万元").
    /// </summary>
    private static string ItemName(string segment)
    {
        var s = segment.Trim().TrimStart(LeadingPunctuation);
        var lastItem = s.Split(ItemBreaks, StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;
        lastItem = lastItem.Trim();
        var marker = Markers.Numbered().Match(lastItem);
        if (marker.Success) lastItem = lastItem[marker.Length..];
        var clauses = lastItem.Split(CommaOrColon, StringSplitOptions.RemoveEmptyEntries).Select(c => Markers.Squash(c).TrimStart('、')).Where(c => c.Length > 0).ToList();
        if (clauses.Count == 0) return string.Empty;
        if (!marker.Success) return clauses[^1];
        var index = 0;
        while (index < clauses.Count - 1 && (clauses[index].EndsWith("包括", StringComparison.Ordinal) || clauses[index].EndsWith("如下", StringComparison.Ordinal) || clauses[index].EndsWith("分别为", StringComparison.Ordinal))) index++;
        return clauses[index];
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
        var cut = text.IndexOfAny(TitleMarks);
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
    private static string Tidy(string s)
    {
        s = s.Replace("\n", string.Empty, StringComparison.Ordinal).Trim();
        // A marker ends with a bracket, 、 or a point: other text is not searched for one.
        if (s.Length > 0 && s[^1] is '）' or ')' or '、' or '.' or '．') s = TrailingMarker().Replace(s, string.Empty);
        return s.Trim().Trim(Colons).Trim();
    }

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
