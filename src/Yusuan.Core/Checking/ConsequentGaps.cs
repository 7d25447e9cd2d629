using System.Globalization;

namespace Yusuan.Core.Checking;

/// <summary>
/// One cause, one finding, across rules: a 类/款 row whose difference from its parts is exactly the sum of its parts' own
/// row-total differences in that table (长春 表3: two 项 rows print 当年预算小计 0.00 beside their figures, so 20140 is 474.56
/// = 458.00 + 16.56 off its 项) is a consequence of those slips, not a slip of its own. Its finding is dropped, and the
/// first part's finding says that the parent's difference follows from it.
/// </summary>
internal static class ConsequentGaps
{
    public static List<Finding> Fold(List<Finding> findings)
    {
        List<Finding>? result = null;
        for (var i = 0; i < findings.Count; i++)
        {
            var parent = findings[i];
            if (!parent.Rule.EndsWith(".hierarchy-sum", StringComparison.Ordinal) || Gap(parent) is not { } gap || parent.Location.Row is not { } code) continue;
            var table = parent.Location.Table;
            var prefix = parent.Rule[..^".hierarchy-sum".Length];
            var parts = findings.Where(f => f.Rule == prefix + ".row-total" && f.Location.Table == table && f.Location.Unit == parent.Location.Unit
                && f.Location.Row is { } row && row.Length > code.Length && row.StartsWith(code, StringComparison.Ordinal)).ToList();
            if (parts.Count == 0) continue;
            var explained = parts.Sum(p => Gap(p) ?? 0m);
            if (Math.Abs(Math.Abs(explained) - Math.Abs(gap)) > 0.005m) continue;
            result ??= [.. findings];
            result.Remove(parent);
            var first = result.IndexOf(parts[0]);
            if (first >= 0) result[first] = parts[0] with { Message = parts[0].Message + $"；上级行 {code} 与其下各行之和相差 {Money.Plain(Math.Abs(gap))}，即由此而来" };
        }
        return result ?? findings;
    }

    /// <summary>Actual − expected, when both are plain figures.</summary>
    private static decimal? Gap(Finding f) =>
        decimal.TryParse(f.Actual, NumberStyles.Number, CultureInfo.InvariantCulture, out var a) && decimal.TryParse(f.Expected, NumberStyles.Number, CultureInfo.InvariantCulture, out var e) ? a - e : null;
}
