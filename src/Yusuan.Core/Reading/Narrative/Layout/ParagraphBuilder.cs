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
internal static class ParagraphBuilder
{
    public static ImmutableArray<Paragraph> Build(IEnumerable<SourceLine> lines, Func<int, bool>? skip = null)
    {
        var result = ImmutableArray.CreateBuilder<Paragraph>();
        var current = new List<SourceLine>();
        var heading = false;

        void Flush()
        {
            if (current.Count > 0) result.Add(Join(current));
            current.Clear();
        }

        foreach (var line in lines)
        {
            if (skip is not null && skip(line.Number)) continue;
            var text = line.Text.Trim();
            if (text.Length == 0 || Markers.PageFooter().IsMatch(text)) continue;
            if (line.Text.Contains('\t', StringComparison.Ordinal) && line.Text.Count(c => c == '\t') >= 2)
            {
                // A tab-separated table row stands alone.
                Flush();
                current.Add(line);
                Flush();
                continue;
            }
            if (current.Count > 0 && Continues(current[^1].Text.Trim(), text, heading)) current.Add(line);
            else
            {
                Flush();
                current.Add(line);
                heading = IsHeading(text);
            }
        }
        Flush();
        return result.ToImmutable();
    }

    /// <summary>A heading opens with a part/section marker and carries no sentence punctuation.</summary>
    public static bool IsHeading(string text) =>
        (Markers.Part().IsMatch(text) || Markers.Section().IsMatch(text) || Markers.SubSection().IsMatch(text))
        && !text.Contains('，', StringComparison.Ordinal) && !text.Contains('。', StringComparison.Ordinal)
        && !text.Contains('：', StringComparison.Ordinal) && !text.Contains(':', StringComparison.Ordinal);

    private static bool Continues(string previous, string next, bool heading)
    {
        if (Markers.StartsBlock(next)) return false;
        if (previous.Contains('\t', StringComparison.Ordinal)) return false;
        if (heading)
        {
            return !EndsSentence(previous) && !next.Contains('，', StringComparison.Ordinal) && !next.Contains('。', StringComparison.Ordinal)
                   && Width(next) < Width(previous);
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

    /// <summary>Display width: CJK characters count double.</summary>
    public static int Width(string s)
    {
        var w = 0;
        foreach (var c in s) w += c < 0x2E80 ? 1 : 2;
        return w;
    }

    private static Paragraph Join(List<SourceLine> lines)
    {
        var sb = new StringBuilder();
        var starts = ImmutableArray.CreateBuilder<int>(lines.Count);
        foreach (var line in lines)
        {
            var piece = line.Text.Trim();
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
