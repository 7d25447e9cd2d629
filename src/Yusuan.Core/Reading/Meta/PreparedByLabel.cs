using System.Text.RegularExpressions;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading.Meta;

/// <summary>The unit named by a label: `预算主管部门：X`, `预算单位：X` (covers), `编制单位：X`, `编制部门：X`, `单位名称：X`,
/// `部门名称：X`, `部门：X` (table headings), also with a unit code before the name (`单位名称：101001 X`, `部门：[101]X`)
/// and with `单位：万元` on the same line.</summary>
internal static partial class PreparedByLabel
{
    /// <summary>Labels that name the disclosing unit itself on a cover.</summary>
    public static (string Name, SourceSpan Span)? OnCover(IEnumerable<SourceLine> cover) => First(cover, CoverLabel());

    /// <summary>The first table heading's prepared-by label.</summary>
    public static (string Name, SourceSpan Span)? InTables(IEnumerable<SourceLine> lines) => First(lines, TableLabel());

    private static (string Name, SourceSpan Span)? First(IEnumerable<SourceLine> lines, Regex label)
    {
        foreach (var l in lines)
        {
            // Every label contains 部门, 单位 or 编制: most lines need not run the pattern.
            var t = l.Text;
            if (!t.Contains("部门", StringComparison.Ordinal) && !t.Contains("单位", StringComparison.Ordinal)) continue;
            var m = label.Match(t);
            if (!m.Success) continue;
            if (UnitNameText.Clean(m.Groups["name"].Value) is { } n && UnitNameText.IsNameLike(n)) return (n, SourceSpan.At(l.Number, l.Page));
        }
        return null;
    }

    private const string Code = @"(?:[\[【(（]?\s*[0-9A-Za-z]{2,12}\s*[\]】)）]?\s*[-—_:：]?\s*)?";

    private const string NameUntil = @"(?<name>[^\s:：]+?)(?=\s|$|金额单位|单位\s*[:：]|单位名称|日期|\d{4}年)";

    [GeneratedRegex(@"(?:预算主管部门|预算单位|主管部门)\s*[:：]\s*" + Code + NameUntil)]
    private static partial Regex CoverLabel();

    [GeneratedRegex(@"(?:编制部门|编制单位|单位名称|部门名称|(?<![\u4e00-\u9fff])部门|(?<=表)部门)\s*[:：]\s*" + Code + NameUntil)]
    private static partial Regex TableLabel();
}
