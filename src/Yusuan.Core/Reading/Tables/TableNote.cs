using System.Text.RegularExpressions;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading.Tables;

/// <summary>A table's empty-table note (<c>…为空表。</c>, <see cref="EmptyNote"/>), also when wrapped over two lines:
/// its text without the 注：/备注：/说明： prefix, and the lines it takes.</summary>
internal static partial class TableNote
{
    public static LocatedText? Find(List<SourceLine> body, out HashSet<int> noteLines)
    {
        noteLines = [];
        for (var i = 0; i < body.Count; i++)
        {
            var folded = body[i].Folded;
            if (!EmptyNote.IsNote(folded)) continue;
            var start = i;
            // A note wrapped over two lines: its first part is the long sentence just before.
            for (var j = i - 1; j >= 0 && j >= i - 3; j--)
            {
                if (body[j].IsBlank) continue;
                var prev = body[j].Folded;
                if (prev.Length >= 15 && !prev.Contains('。') && !body[j].SpaceTokens.Any(t => t.IsFigure) && !body[j].Text.Contains('\t', StringComparison.Ordinal)) start = j;
                break;
            }
            var parts = new List<string>();
            for (var j = start; j <= i; j++)
            {
                if (body[j].IsBlank) continue;
                noteLines.Add(body[j].Number);
                parts.Add(body[j].Text.Trim());
            }
            var text = string.Concat(parts);
            text = NotePrefix().Replace(text, string.Empty);
            return new LocatedText(text, new SourceSpan(body[start].Number, body[i].Number, body[i].Page));
        }
        return null;
    }

    [GeneratedRegex(@"^(备注|注|说明)[:：]")]
    private static partial Regex NotePrefix();
}
