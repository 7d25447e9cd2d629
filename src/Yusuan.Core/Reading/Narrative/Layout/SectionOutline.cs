using System.Collections.Immutable;
using Yusuan.Core.Model;

namespace Yusuan.Core.Reading.Narrative.Layout;

/// <summary>A paragraph of the narrative with the section it sits in.</summary>
internal sealed record PlacedParagraph(Paragraph Paragraph, string? SectionKey, string? Topic, string? TopTopic)
{
    public string Text => Paragraph.Text;
}

/// <summary>
/// Numbers the narrative's sections: 一…十二 give keys "一"…"十二", their (一)(二) sub-parts "五.(三)". Templates
/// without 第X部分 headings (Shanghai) have several unnumbered titles each restarting 一、二…; their sections are keyed
/// "&lt;title&gt;.一" so keys stay unique.
/// </summary>
internal static partial class SectionOutline
{
    public static (ImmutableArray<NarrativeSection> Sections, ImmutableArray<PlacedParagraph> Paragraphs) Place(ImmutableArray<Paragraph> paragraphs)
    {
        var sections = ImmutableArray.CreateBuilder<NarrativeSection>();
        var placed = ImmutableArray.CreateBuilder<PlacedParagraph>();
        string? prefix = null;
        string? prefixTopic = null;
        string? top = null, topTopic = null;
        string? key = null, topic = null;
        var used = new HashSet<string>(StringComparer.Ordinal);
        var lastNumber = 0;

        foreach (var original in paragraphs)
        {
            var p = original;
            // PDF page order can put a heading's tail after other text ("十一、 关于…2025" … "年上年结转结余预算情况说明新疆…").
            if (top is not null && topTopic is null && !ParagraphBuilder.IsHeading(p.Text) && !IsUnnumberedTitle(p)
                && sections.Count > 0 && sections[^1].Key == top && sections[^1].Title.Contains("关于", StringComparison.Ordinal)
                && !sections[^1].Title.EndsWith("说明", StringComparison.Ordinal) && HeadingTail().Match(p.Text) is { Success: true } tail)
            {
                var title = sections[^1].Title + tail.Value;
                topTopic = topic = TopicOf(title);
                sections[^1] = sections[^1] with { Title = title, Topic = topic };
                if (tail.Length >= p.Text.Length) continue;
                p = p.Slice(tail.Length);
            }
            var text = p.Text;
            var isHeading = ParagraphBuilder.IsHeading(text);
            if (IsUnnumberedTitle(p))
            {
                prefix = Markers.Squash(text);
                lastNumber = 0;
                top = key = prefix;
                topTopic = topic = prefixTopic = TopicOf(prefix);
                Add(sections, used, key, prefix, p, topic);
                placed.Add(new PlacedParagraph(p, key, topic, topTopic));
                continue;
            }
            if (isHeading && Markers.Section().Match(text) is { Success: true } s
                && Markers.ChineseNumber(s.Groups["n"].Value) is var n && (n == lastNumber + 1 || lastNumber > 0 && n == lastNumber + 2))
            {
                // Sections come in order; a "二、事业收入" line of a table does not open section 二.
                lastNumber = n;
                var title = text[s.Length..].Trim();
                top = prefix is null ? s.Groups["n"].Value : prefix + "." + s.Groups["n"].Value;
                key = top;
                // Under a titled part (Shanghai's 项目经费情况说明) an unnamed topic is the part's.
                topTopic = topic = TopicOf(title) ?? prefixTopic;
                Add(sections, used, key, title, p, topic);
                placed.Add(new PlacedParagraph(p, key, topic, topTopic));
                continue;
            }
            if (isHeading && top is not null && Markers.SubSection().Match(text) is { Success: true } sub)
            {
                var title = text[sub.Length..].Trim();
                key = $"{top}.({sub.Groups["n"].Value})";
                topic = TopicOf(title) ?? topTopic;
                Add(sections, used, key, title, p, TopicOf(title));
                placed.Add(new PlacedParagraph(p, key, topic, topTopic));
                continue;
            }
            placed.Add(new PlacedParagraph(p, key, topic, topTopic));
        }
        return (sections.ToImmutable(), placed.ToImmutable());
    }

    private static void Add(ImmutableArray<NarrativeSection>.Builder sections, HashSet<string> used, string key, string title, Paragraph p, string? topic)
    {
        if (!used.Add(key)) return;
        sections.Add(new NarrativeSection(key, title, p.Span) { Topic = topic });
    }

    /// <summary>A centred, unnumbered title such as "2025年部门预算编制说明" or "其他相关情况说明" (layout text).</summary>
    private static bool IsUnnumberedTitle(Paragraph p)
    {
        if (p.Lines.Length != 1) return false;
        var raw = p.Lines[0].Text;
        var indent = raw.Length - raw.AsSpan().TrimStart().Length;
        if (indent < 8) return false;
        var t = p.Lines[0].Squashed;
        return t.Length is >= 4 and <= 30 && t.EndsWith("说明", StringComparison.Ordinal) && !Markers.Section().IsMatch(t) && !Markers.Part().IsMatch(t);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[^，。：:、]{1,30}?情况说明")]
    private static partial System.Text.RegularExpressions.Regex HeadingTail();

    /// <summary>A short canonical topic name from a section title (see <see cref="NarrativeSection.Topic"/>).</summary>
    public static string? TopicOf(string title)
    {
        var t = Markers.Squash(title);
        if (t.Contains("三公", StringComparison.Ordinal)) return "三公经费";
        if (t.Contains("结转结余", StringComparison.Ordinal)) return "上年结转结余";
        if (t.Contains("政府性基金", StringComparison.Ordinal)) return "政府性基金";
        if (t.Contains("国有资本", StringComparison.Ordinal)) return "国有资本经营";
        if (t.Contains("运行经费", StringComparison.Ordinal)) return "机关运行经费";
        if (t.Contains("政府采购", StringComparison.Ordinal)) return "政府采购";
        if (t.Contains("国有资产", StringComparison.Ordinal)) return "国有资产";
        if (t.Contains("绩效", StringComparison.Ordinal)) return "预算绩效";
        if (t.Contains("财政拨款收支", StringComparison.Ordinal) || t.Contains("财政拨款收入支出", StringComparison.Ordinal)) return "财政拨款收支";
        if (t.Contains("收支预算", StringComparison.Ordinal) || t.Contains("收支总", StringComparison.Ordinal) || t.Contains("收入支出决算总体", StringComparison.Ordinal)) return "收支总体";
        if (t.Contains("一般公共预算财政拨款支出", StringComparison.Ordinal)) return "一般公共预算当年拨款";
        if (t.Contains("当年拨款", StringComparison.Ordinal))
        {
            if (t.Contains("规模", StringComparison.Ordinal)) return "规模变化";
            if (t.Contains("结构", StringComparison.Ordinal)) return "结构";
            if (t.Contains("具体使用", StringComparison.Ordinal)) return "具体使用";
            return "一般公共预算当年拨款";
        }
        if (t.Contains("基本支出", StringComparison.Ordinal)) return "基本支出";
        if (t.Contains("项目支出", StringComparison.Ordinal) || t.Contains("项目经费", StringComparison.Ordinal)) return "项目支出";
        if (t.Contains("收入预算", StringComparison.Ordinal) || t.Contains("收入决算", StringComparison.Ordinal)) return "收入预算";
        if (t.Contains("支出预算", StringComparison.Ordinal) || t.Contains("支出决算", StringComparison.Ordinal)) return "支出预算";
        if (t.Contains("其他重要事项", StringComparison.Ordinal) || t.Contains("其他相关情况", StringComparison.Ordinal)) return "其他重要事项";
        if (t.Contains("其他需说明", StringComparison.Ordinal) || t.Contains("其他事项", StringComparison.Ordinal)) return "其他事项";
        if (t.Contains("编制说明", StringComparison.Ordinal)) return "编制说明";
        return null;
    }
}
