using System.Collections.Immutable;
using System.Text;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading.Narrative.Layout;

/// <summary>
/// Rejoins hard-wrapped prose. PDF-extracted disclosures break every sentence after ~26–36 characters and often put a
/// blank line between the pieces; page breaks leave a leading space. A block ends at terminal punctuation (。！？ and a
/// closing "：" that introduces a list) or when the next line opens a numbered block. Headings (一、 （一） 第X部分)
/// take only their own wrapped tail: a narrower following line without sentence punctuation.
/// </summary>
internal static partial class ParagraphBuilder
{
    public static ImmutableArray<Paragraph> Build(IEnumerable<SourceLine> lines, Func<int, bool>? skip = null)
    {
        var all = lines.Where(l => skip is null || !skip(l.Number)).ToList();
        var wrapWidth = WrapWidth(all);
        var result = ImmutableArray.CreateBuilder<Paragraph>();
        var current = new List<SourceLine>();
        var currentText = string.Empty; // the trimmed text of current[^1]
        var heading = false;

        void Flush()
        {
            if (current.Count > 0) result.Add(Join(current));
            current.Clear();
        }

        foreach (var line in all)
        {
            var text = line.Text.Trim();
            if (text.Length == 0 || IsPageFooter(text)) continue;
            if (line.Text.AsSpan().Count('\t') >= 2 || IsColumnLayout(text) || IsTitleLine(line))
            {
                // A tab-separated table row stands alone.
                Flush();
                current.Add(line);
                Flush();
                continue;
            }
            if (current.Count > 0 && Continues(currentText, text, heading, wrapWidth)) current.Add(line);
            else
            {
                Flush();
                current.Add(line);
                heading = IsHeading(text);
            }
            currentText = text;
        }
        Flush();
        return result.ToImmutable();
    }

    /// <summary><see cref="Markers.PageFooter"/>, tried only on text opening as a footer can (a dash, a digit or 第).</summary>
    private static bool IsPageFooter(string trimmed) =>
        (trimmed[0] is '─' or '—' or '-' or '－' or '第' || char.IsDigit(trimmed[0])) && Markers.PageFooter().IsMatch(trimmed);

    /// <summary>A row of a column-aligned (pdftotext -layout) table: words separated by runs of spaces.</summary>
    public static bool IsColumnLayout(string trimmed) => trimmed.Contains("    ", StringComparison.Ordinal);

    /// <summary>A centred title of layout text ("2025年部门预算编制说明", "其他相关情况说明").</summary>
    public static bool IsTitleLine(SourceLine line)
    {
        var raw = line.Text;
        var indent = raw.Length - raw.AsSpan().TrimStart().Length;
        if (indent < 8) return false;
        var t = line.Squashed;
        return t.Length is > 0 and <= 30 && !t.Contains('，', StringComparison.Ordinal) && !t.Contains('。', StringComparison.Ordinal)
               && TitleEnd().IsMatch(t);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:说明|情况|名词解释|目录|概况|职能|表)$")]
    private static partial System.Text.RegularExpressions.Regex TitleEnd();

    [System.Text.RegularExpressions.GeneratedRegex(@"\d,\d{3}|\d\.\d{2}(?!\d)")]
    private static partial System.Text.RegularExpressions.Regex MoneyFigure();

    /// <summary>A heading opens with a part/section marker and carries no sentence punctuation.</summary>
    public static bool IsHeading(string text) =>
        text.Length > 0 && (text[0] is '第' or '（' or '(' || IsChineseNumeral(text[0]))
        && (Markers.Part().IsMatch(text) || Markers.Section().IsMatch(text) || Markers.SubSection().IsMatch(text))
        && !text.Contains('，', StringComparison.Ordinal) && !text.Contains('。', StringComparison.Ordinal)
        && !text.Contains('：', StringComparison.Ordinal) && !text.Contains(':', StringComparison.Ordinal)
        && !MoneyFigure().IsMatch(text) && !IsColumnLayout(text);

    private static bool Continues(string previous, string next, bool heading, int wrapWidth)
    {
        if (Markers.StartsBlock(next)) return false;
        if (previous.Contains('\t', StringComparison.Ordinal)) return false;
        if (heading)
        {
            // A wrapped heading takes its tail ("门 2023 年收支预算情况的总体说明", "明") but not the body's first line.
            if (EndsSentence(previous)) return false;
            var incomplete = previous.Contains("关于", StringComparison.Ordinal) && !previous.EndsWith("说明", StringComparison.Ordinal);
            if (next.Contains('，', StringComparison.Ordinal) || next.Contains('。', StringComparison.Ordinal))
            {
                // What looked like a heading was a wrapped list item ("（二）协助…或" / "…公文。").
                return !incomplete && !HeadingEnd().IsMatch(previous) && Width(previous) >= wrapWidth * 0.8;
            }
            return incomplete || HeadingEnd().IsMatch(next);
        }
        // "6、…综合保障中心" (a short list item) does not run into the next paragraph.
        if (Markers.Numbered().Match(previous) is { Success: true } item && Width(previous) < wrapWidth * 0.8
            && previous.AsSpan(item.Length).IndexOfAny("，、；：（") < 0)
        {
            return false;
        }
        return !EndsSentence(previous);
    }

    /// <summary>。！？ end a block; so does a "：" that introduces a list, but not "…（项）：" which the amount follows.</summary>
    public static bool EndsSentence(string text)
    {
        if (text.Length == 0) return true;
        var last = text[^1];
        if (last is '。' or '！' or '？' or '!' or '?') return true;
        if (last is '：' or ':')
        {
            var body = text[..^1].TrimEnd();
            return !(body.EndsWith("（项）", StringComparison.Ordinal) || body.EndsWith("(项)", StringComparison.Ordinal)
                     || body.EndsWith("（款）", StringComparison.Ordinal) || body.EndsWith("（类）", StringComparison.Ordinal));
        }
        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:说明|情况|概况|职能|名词解释)$")]
    private static partial System.Text.RegularExpressions.Regex HeadingEnd();

    /// <summary>The width prose is wrapped at: the 80th percentile of line widths (tables and short lines left out).</summary>
    public static int WrapWidth(IReadOnlyList<SourceLine> lines)
    {
        var widths = new List<int>(lines.Count);
        foreach (var l in lines)
        {
            if (l.Text.Contains('\t', StringComparison.Ordinal)) continue;
            var w = Width(l.Text.AsSpan().Trim());
            if (w >= 20) widths.Add(w);
        }
        widths.Sort();
        return widths.Count == 0 ? int.MaxValue / 2 : widths[(int)(widths.Count * 0.8)];
    }

    private static bool IsChineseNumeral(char c) => "一二三四五六七八九十".Contains(c, StringComparison.Ordinal);

    /// <summary>Display width: CJK characters count double.</summary>
    public static int Width(ReadOnlySpan<char> s)
    {
        var w = 0;
        foreach (var c in s) w += c < 0x2E80 ? 1 : 2;
        return w;
    }

    private static Paragraph Join(List<SourceLine> lines)
    {
        if (lines.Count == 1) return new Paragraph(lines[0].Text.Trim(), [0], [lines[0]]);
        var sb = new StringBuilder();
        var starts = ImmutableArray.CreateBuilder<int>(lines.Count);
        foreach (var line in lines)
        {
            var piece = line.Text.AsSpan().Trim();
            if (sb.Length > 0 && NeedsSpace(sb[^1], piece[0])) sb.Append(' ');
            starts.Add(sb.Length);
            sb.Append(piece);
        }
        return new Paragraph(sb.ToString(), starts.MoveToImmutable(), [.. lines]);
    }

    /// <summary>Wrapped Latin words keep a space; a number split over two lines ("0.0" / "0%") is rejoined.</summary>
    private static bool NeedsSpace(char before, char after) =>
        char.IsAsciiLetter(before) && char.IsAsciiLetter(after);
}
