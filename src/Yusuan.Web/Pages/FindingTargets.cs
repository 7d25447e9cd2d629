using Yusuan.Core.Checking;
using Yusuan.Core.Model;

namespace Yusuan.Web.Pages;

/// <summary>
/// Decides where in the rendered document each finding is highlighted: its cell (table/row/column keys),
/// else its row, else its table, else its line, else its narrative section's heading. Findings that point
/// nowhere (about the whole document) get no mark.
/// </summary>
internal sealed class FindingTargets
{
    private readonly Dictionary<string, List<int>> byTarget = new(StringComparer.Ordinal);
    private readonly string?[] targetOf;

    public FindingTargets(Disclosure document, IReadOnlyList<Finding> findings, DocumentLayout layout)
    {
        targetOf = new string?[findings.Count];
        for (var i = 0; i < findings.Count; i++)
        {
            var target = Resolve(document, findings[i].Location, layout);
            targetOf[i] = target;
            if (target is null) continue;
            if (!byTarget.TryGetValue(target, out var list)) byTarget[target] = list = [];
            list.Add(i);
        }
    }

    /// <summary>Indexes of the findings marked at <paramref name="target"/>.</summary>
    public IReadOnlyList<int> At(string target) => byTarget.TryGetValue(target, out var list) ? list : [];

    public string? TargetOf(int finding) => targetOf[finding];

    public static string CellKey(int table, TableRow row, string column) => $"cell|{table}|{row.Unit}|{row.Key}|{column}";

    public static string RowKey(int table, TableRow row) => $"row|{table}|{row.Unit}|{row.Key}";

    public static string TableKey(int table) => $"table|{table}";

    public static string LineKey(int line) => $"line|{line}";

    private static string? Resolve(Disclosure document, FindingLocation at, DocumentLayout layout)
    {
        if (!string.IsNullOrEmpty(at.Table))
        {
            var index = -1;
            for (var i = 0; i < document.Tables.Length; i++)
            {
                if (document.Tables[i].Canonical?.ToString() == at.Table) { index = i; break; }
            }
            if (index >= 0)
            {
                var table = document.Tables[index];
                var row = at.Row is null ? null : table.Rows.FirstOrDefault(r => r.Key == at.Row && (at.Unit is null || r.Unit == at.Unit))
                          ?? table.Rows.FirstOrDefault(r => r.Key == at.Row);
                if (row is null && at.Line > 0) row = RowAtLine(table, at.Line);
                if (row is not null)
                {
                    if (at.Column is not null && layout.ColumnsOf(index).Contains(at.Column)) return CellKey(index, row, at.Column);
                    return RowKey(index, row);
                }
                return TableKey(index);
            }
        }
        if (at.Line > 0)
        {
            if (layout.TableAtLine(at.Line) is { } tableIndex)
            {
                var row = RowAtLine(document.Tables[tableIndex], at.Line);
                return row is null ? TableKey(tableIndex) : RowKey(tableIndex, row);
            }
            return LineKey(at.Line);
        }
        if (!string.IsNullOrEmpty(at.Section))
        {
            var key = at.Section.Split('.')[0];
            var section = document.Narrative.Sections.FirstOrDefault(s => s.Key == at.Section)
                          ?? document.Narrative.Sections.FirstOrDefault(s => s.Key == key);
            if (section is { Span.IsKnown: true } && layout.TableAtLine(section.Span.Line) is null) return LineKey(section.Span.Line);
        }
        return null;
    }

    private static TableRow? RowAtLine(DisclosureTable table, int line) =>
        table.Rows.FirstOrDefault(r => r.Span.IsKnown && r.Span.Line <= line && line <= Math.Max(r.Span.Line, r.Span.EndLine));
}

/// <summary>Which source lines each table covers, and the columns each table renders.</summary>
internal sealed class DocumentLayout
{
    private readonly (int Start, int End, int Table)[] ranges;
    private readonly List<string>[] columns;

    public DocumentLayout(Disclosure document)
    {
        ranges = document.Tables
            .Select((t, i) => (Start: t.Span.Line, End: Math.Max(t.Span.Line, t.Span.EndLine), Table: i))
            .Where(r => r.Start > 0)
            .OrderBy(r => r.Start)
            .ToArray();
        columns = document.Tables.Select(ColumnKeys).ToArray();
    }

    public IReadOnlyList<(int Start, int End, int Table)> Ranges => ranges;

    public List<string> ColumnsOf(int table) => columns[table];

    public int? TableAtLine(int line)
    {
        foreach (var r in ranges)
        {
            if (r.Start <= line && line <= r.End) return r.Table;
        }
        return null;
    }

    /// <summary>The table's declared columns, then any column key a cell uses that the header did not declare.</summary>
    private static List<string> ColumnKeys(DisclosureTable table)
    {
        var keys = table.Columns.Select(c => c.Key).ToList();
        foreach (var row in table.Rows)
        {
            foreach (var key in row.Cells.Keys.Order(StringComparer.Ordinal))
            {
                if (!keys.Contains(key)) keys.Add(key);
            }
        }
        return keys;
    }
}
