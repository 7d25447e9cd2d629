using System.Collections.Immutable;

namespace Yusuan.Core.Reading.Tables;

/// <summary>The columns a table's rows are placed in, and a column's index by key.</summary>
internal static class ValueColumns
{
    public static int IndexOfKey(ImmutableArray<ColumnSpec> columns, string key)
    {
        for (var i = 0; i < columns.Length; i++)
        {
            if (columns[i].Key == key) return i;
        }
        return -1;
    }

    /// <summary>The columns rows are placed in: the template's (all of them, whatever a page's header shows), or for a
    /// table without a description the columns its header names.</summary>
    public static ImmutableArray<ColumnSpec> Of(RawTable raw)
    {
        if (raw.Template.Columns.IsEmpty) return raw.Header.Columns;
        // A horizontal table whose items split by fund has the header's item.fund columns.
        if (raw.Mode == CellMode.Tabs && raw.Template.Shape == TableShape.Horizontal && raw.Header.Columns.Any(c => c.Key.Contains('.', StringComparison.Ordinal)))
        {
            return raw.Header.Columns;
        }
        var own = AsPrinted(raw.Template.Columns, raw);
        if (raw.Mode != CellMode.Tabs || raw.Template.Shape != TableShape.Coded) return own;
        // Tab text names its columns from the header cells: columns the template does not describe keep their place.
        var extra = raw.Rows.Select(r => r.Header ?? raw.Header).Distinct().SelectMany(h => h.Columns)
            .Where(c => IndexOfKey(raw.Template.Columns, c.Key) < 0).DistinctBy(c => c.Key).ToList();
        return extra.Count == 0 ? own : own.AddRange(extra);
    }

    /// <summary>The template's columns, each with the header path the document prints over it where the header read one
    /// (a 其中 over 上缴上级支出 is kept with the column).</summary>
    private static ImmutableArray<ColumnSpec> AsPrinted(ImmutableArray<ColumnSpec> columns, RawTable raw)
    {
        if (!raw.Header.Columns.Any(c => c.Printed is not null || c.Parent is not null)) return columns;
        return [.. columns.Select(c => raw.Header.Columns.FirstOrDefault(h => h.Key == c.Key && (h.Printed is not null || h.Parent is not null)) is { } printed ? c with { Printed = printed.Printed, Parent = printed.Parent } : c)];
    }
}
