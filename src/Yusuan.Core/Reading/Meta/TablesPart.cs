using System.Text.RegularExpressions;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading.Meta;

/// <summary>The part heading that announces the disclosure's tables (`第二部分 2026年度部门预算报表`, `二、表格部分`) when nothing
/// follows it in this file: its last occurrence is followed within <see cref="Window"/> lines by another part heading or the
/// end of the text (`…公开表附后。`), or no part heading comes after it at all (a narrative file whose 目录 ends with the
/// tables), and no table's unit line (`单位：万元`) follows. That is a narrative published apart from its tables (Beijing's 附件1, Jiangsu's narrative PDF); a document that
/// skips its tables part and goes on with the next one is not.</summary>
internal static partial class TablesPart
{
    private const int Window = 3;

    public static LocatedText? Find(IReadOnlyList<SourceLine> lines)
    {
        var last = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (TablesHeading().IsMatch(lines[i].Squashed)) last = i;
        }
        if (last < 0) return null;
        // Tables given (a unit line 单位：万元 under them), even if none was read: not this case.
        if (lines.Skip(last + 1).Count(l => TableUnitLine().IsMatch(l.Squashed)) >= 2) return null;
        var seen = 0;
        var laterPart = false;
        for (var j = last + 1; j < lines.Count; j++)
        {
            if (lines[j].IsBlank) continue;
            var isPart = PartHeading().IsMatch(lines[j].Squashed);
            if (isPart && seen < Window) return Located(lines[last]);
            laterPart |= isPart;
            seen++;
        }
        return seen < Window || !laterPart ? Located(lines[last]) : null;
    }

    private static LocatedText Located(SourceLine line) => new(line.Text.Trim(), SourceSpan.At(line.Number, line.Page));

    [GeneratedRegex(@"^(?:第[一二三四五六七八九十]+部分.{0,30}?(?:预算|决算)(?:公开)?(?:报表|表|表格|公开表)|[一二三四五六七八九十]+、表格部分)$")]
    private static partial Regex TablesHeading();

    [GeneratedRegex(@"(?:金额)?单位[:：](?:万元|元)")]
    private static partial Regex TableUnitLine();

    [GeneratedRegex(@"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、(?:文字|表格)部分$)")]
    private static partial Regex PartHeading();
}
