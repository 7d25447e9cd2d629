using System.Collections.Immutable;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Tables.Shapes;

namespace Yusuan.Core.Reading.Tables;

/// <summary>
/// Turns raw rows into a <see cref="DisclosureTable"/>: the table's shape decides its row keys (codes, line keys, project
/// keys, unit headers: <see cref="CodedKeys"/>, <see cref="LineKeys"/>, <see cref="ItemKeys"/>, <see cref="HorizontalKeys"/>),
/// then every figure is placed in a column (<see cref="ColumnPlacement"/>) — from the cell index (tab text), or with the
/// <see cref="ColumnSolver"/> plus, in this order, facts from other tables (funds the document does not have), domain
/// hints, the 类=Σ款=Σ项 hierarchy, mirrored tables, and header positions. What stays ambiguous keeps its alternatives
/// and is reported.
/// </summary>
internal static class TableBuilder
{
    public static DisclosureTable Build(RawTable raw, DocumentContext ctx, DiagnosticBag diagnostics)
    {
        var template = raw.Template;
        var states = template.Shape switch
        {
            TableShape.Coded => CodedKeys.States(raw, ctx, diagnostics),
            TableShape.Lines => LineKeys.States(raw, ctx, diagnostics),
            TableShape.Horizontal => HorizontalKeys.States(raw, ctx),
            _ => ItemKeys.States(raw, ctx, diagnostics),
        };

        var ownRows = new List<TableRow>(states.Count);
        foreach (var (columns, list) in ByColumns(states))
        {
            var keys = columns.Select(c => c.Key).ToArray();
            var identities = ColumnPlacement.IndexIdentities(template, keys);
            var forbidden = ColumnPlacement.Forbidden(columns, ctx, ownRows);
            if (raw.Mode == CellMode.Layout && template.Shape == TableShape.Coded) forbidden.UnionWith(ColumnPlacement.Unprinted(columns, raw.Header));
            // Rows that print the same figures (a project repeated on its 类, 款 and 项 lines) under the same header have
            // the same readings.
            var solved = new Dictionary<(HeaderMap?, string), List<Assignment>>();
            foreach (var s in list) ColumnPlacement.Candidates(s, raw, columns, identities, forbidden, solved, diagnostics);
            ColumnPlacement.ApplyHints(list, template, keys);
            ColumnPlacement.ApplyMirrors(list, template, ctx, keys);
            // Under a column-number line the numbers stand centred over narrow cells and the figures right-aligned in
            // them, a character or two off their number: only a clear lead decides before the hierarchy has judged.
            var numbered = raw.Mode == CellMode.Layout && raw.Header.NumberedFrom is not null;
            ColumnPlacement.ApplyPositions(list, raw.Mode, numbered ? 2.0 : 1.0);
            ColumnPlacement.Propagate(list, columns.Length);
            // Still ambiguous above the detail rows: take the likeliest reading of the topmost ambiguous row (a prior
            // the template declares) and let the hierarchy decide the rows below it; that row stays reported.
            var priority = ColumnPlacement.Priority(template, keys);
            for (var round = 0; round < 8; round++)
            {
                var top = list.FirstOrDefault(s => s.Candidates.Count > 1 && s.Children.Count > 0 && (s.Parent is null || s.Parent.Candidates.Count == 1));
                if (top is null) break;
                top.Guessed = [.. top.Candidates];
                top.Candidates = [ColumnPlacement.Likeliest(top.Candidates, priority)];
                ColumnPlacement.Propagate(list, columns.Length);
            }
            if (numbered) ColumnPlacement.ApplyPositions(list, raw.Mode, 1.0);
            ownRows.AddRange(list.Select(s => ColumnPlacement.Finish(s, keys, priority, raw, diagnostics)));
        }

        var ordered = states.Select(s => s.Result!).ToList();
        var allColumns = TableColumns(states);
        if (allColumns.Count == 0) allColumns.AddRange(raw.Header.Columns.Select(c => new TableColumn(c.Key, c.Patterns.FirstOrDefault() ?? c.Key) { Printed = c.Printed, Parent = c.Parent }));
        if (template.Shape == TableShape.Horizontal) (ordered, allColumns) = HorizontalKeys.Transpose(ordered, template, allColumns);
        if (template.Codes == CodeScheme.Economic) ordered = CodedKeys.SideTotals(ordered, allColumns);

        var lastLine = raw.Lines.Count == 0 ? raw.Region.TitleIndex + 1 : raw.Lines.Max();
        return new DisclosureTable
        {
            Title = raw.Region.Title,
            Canonical = template.Canonical,
            Number = raw.Region.Number,
            Unit = raw.Region.Unit,
            PreparedBy = raw.Region.PreparedBy,
            Columns = [.. allColumns],
            Rows = [.. ordered],
            // A note saying the table is empty over printed money (007 表9: 47.91 and "故本表为空表") is a slip in the
            // document: the figures are read, the note is kept for the checker.
            IsDeclaredEmpty = raw.EmptyNote is not null && !ordered.Any(r => r.Cells.Values.Any(c => c.Value != 0)),
            EmptyNote = raw.EmptyNote,
            Span = new SourceSpan(raw.Region.TitleIndex + 1, lastLine),
        };
    }

    /// <summary>Rows grouped by the column list they are placed in, groups and rows in order of first appearance (rows
    /// share one or two lists, compared by reference).</summary>
    private static List<(ImmutableArray<ColumnSpec> Columns, List<RowState> Rows)> ByColumns(List<RowState> states)
    {
        var groups = new List<(ImmutableArray<ColumnSpec> Columns, List<RowState> Rows)>();
        foreach (var s in states)
        {
            var g = groups.FindIndex(x => x.Columns == s.Columns);
            if (g < 0)
            {
                groups.Add((s.Columns, []));
                g = groups.Count - 1;
            }
            groups[g].Rows.Add(s);
        }
        return groups;
    }

    /// <summary>The columns of all rows, each key once, in order of first appearance (rows share a few column lists, so
    /// each distinct list is walked once).</summary>
    private static List<TableColumn> TableColumns(List<RowState> states)
    {
        var lists = new List<ImmutableArray<ColumnSpec>>();
        foreach (var s in states)
        {
            if (!lists.Contains(s.Columns)) lists.Add(s.Columns);
        }
        var result = new List<TableColumn>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in lists)
        {
            foreach (var c in list)
            {
                if (seen.Add(c.Key)) result.Add(new TableColumn(c.Key, c.Patterns.FirstOrDefault() ?? c.Key) { Printed = c.Printed, Parent = c.Parent });
            }
        }
        return result;
    }
}
