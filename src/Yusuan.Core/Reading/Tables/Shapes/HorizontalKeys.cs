using Yusuan.Core.Model;

namespace Yusuan.Core.Reading.Tables.Shapes;

/// <summary>The keys of a horizontal table's rows (三公 items across the page): its one row, or the latest year's row per
/// unit, and afterwards its columns turned into rows by item (<see cref="TableTemplate.TransposeInto"/>, or 预算数 / 决算数
/// rows).</summary>
internal static class HorizontalKeys
{
    /// <summary>A horizontal table's rows: one (the table's figures), or one per unit and period, of which the latest
    /// year's are read (the earlier year and the 增减 change rows are not this year's disclosure); a unit row naming the
    /// department, or the department's code over its units', is the table's total.</summary>
    public static List<RowState> States(RawTable raw, DocumentContext ctx)
    {
        var columns = ValueColumns.Of(raw);
        if (raw.Rows.Length <= 1) return [.. raw.Rows.Select(r => new RowState(r, columns, [.. r.Figures]) { Key = "total", Kind = RowKind.Total })];
        var latest = raw.Rows.Select(r => r.Period is { } p ? Periods.YearOf(p) : null).Max();
        var states = new List<RowState>();
        string? unit = null;
        var skip = false;
        var projects = UnitRows.ProjectsUnderUnits(raw);
        foreach (var row in raw.Rows)
        {
            // A row with no name continues the unit above with another period (Shenzhen: 本级 2025年 / 2026年 / 增减).
            var label = row.Label.Trim();
            if (unit is not null && !skip && projects.TryGetValue(row, out var isGroup))
            {
                states.Add(UnitRows.ProjectOfUnit(row, columns, unit, isGroup));
                continue;
            }
            // A row per measure (决算 公开09表 printed with 预算数 / 决算数 rows under the items): the items' cells of that
            // measure, transposed into rows by item afterwards.
            if (MeasureOf(label) is not null)
            {
                states.Add(new RowState(row, columns, [.. row.Figures])
                {
                    Key = "total",
                    Kind = RowKind.Total,
                    Label = label,
                });
                continue;
            }
            if (label.Length > 0)
            {
                var role = UnitRows.RoleOf(row, label, raw, states, ctx);
                skip = role == UnitRowRole.SameAsTotal;
                unit = role == UnitRowRole.Unit ? RowKeys.Squash(label) : null;
            }
            if (skip || row.Period is { } period && Periods.YearOf(period) != latest) continue;
            states.Add(new RowState(row, columns, [.. row.Figures])
            {
                Key = "total",
                Kind = unit is null ? RowKind.Total : RowKind.UnitHeader,
                Label = label,
                Unit = unit,
            });
        }
        return states;
    }

    /// <summary>A row label naming a measure rather than a unit or line: 预算数 (budget), 决算数 (final).</summary>
    private static string? MeasureOf(string label) => HeaderText.Fold(label) switch
    {
        "预算数" or "年初预算数" or "全年预算数" => "budget",
        "决算数" or "支出决算数" => "final",
        _ => null,
    };

    public static (List<TableRow> Rows, List<TableColumn> Columns) Transpose(List<TableRow> rows, TableTemplate template, List<TableColumn> columns)
    {
        // Rows 预算数 / 决算数 under the items (决算 公开09表): each item becomes a row with a budget and a final cell.
        var byMeasure = rows.Count > 1 && rows.All(r => r.Unit is null && MeasureOf(r.Label) is not null);
        if (template.TransposeInto is null && !byMeasure) return (rows, columns);
        var result = new List<TableRow>();
        var newColumns = new List<TableColumn>();
        foreach (var row in rows)
        {
            foreach (var (cellKey, cell) in row.Cells.OrderBy(c => columns.FindIndex(x => x.Key == c.Key)))
            {
                var key = byMeasure && !cellKey.Contains('.', StringComparison.Ordinal) ? cellKey + "." + MeasureOf(row.Label) : cellKey;
                var dot = key.IndexOf('.', StringComparison.Ordinal);
                var rowKey = dot > 0 ? key[..dot] : key;
                var column = dot > 0 ? key[(dot + 1)..] : template.TransposeInto ?? "total";
                if (!newColumns.Any(c => c.Key == column)) newColumns.Add(new TableColumn(column, column));
                var existing = result.FindIndex(r => r.Key == rowKey && r.Unit == row.Unit);
                if (existing >= 0)
                {
                    result[existing] = result[existing] with { Cells = result[existing].Cells.SetItem(column, cell) };
                }
                else
                {
                    result.Add(new TableRow
                    {
                        Key = rowKey,
                        // An item split by fund is labelled with the item's own header (因公出国(境)费), not its fund cell's.
                        Label = columns.FirstOrDefault(c => c.Key == rowKey)?.Header ?? columns.FirstOrDefault(c => c.Key == key)?.Header ?? rowKey,
                        Kind = rowKey != "total" ? RowKind.Line : row.Unit is null ? RowKind.Total : RowKind.UnitHeader,
                        Unit = row.Unit,
                        Cells = CellMap.Empty.Add(column, cell),
                        Span = row.Span,
                    });
                }
            }
        }
        return (result, newColumns);
    }
}
