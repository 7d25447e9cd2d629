using System.Text.RegularExpressions;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading;

/// <summary>Reads unit name, year, kind (预算/决算), scope (部门/单位), money unit and template edition.</summary>
internal static partial class MetaReader
{
    public static DisclosureMeta Read(SourceText source, DiagnosticBag diagnostics)
    {
        int? year = null;
        foreach (var line in source.Lines.Take(80))
        {
            var m = YearPattern().Match(line.Text);
            if (m.Success)
            {
                year = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                break;
            }
        }
        if (year is null) diagnostics.Warning("read.meta.year", "未能识别预算年度。/ Fiscal year not found.", SourceSpan.At(1));
        return new DisclosureMeta { Year = year };
    }

    [GeneratedRegex(@"(20\d{2})\s*年")]
    private static partial Regex YearPattern();
}
