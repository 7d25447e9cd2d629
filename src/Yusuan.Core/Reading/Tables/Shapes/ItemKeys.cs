using Yusuan.Core.Model;

namespace Yusuan.Core.Reading.Tables.Shapes;

/// <summary>The keys of an item table's rows: the template's line key (三公 <c>overseas</c>, <c>reception</c>,
/// <c>vehicles</c> …), or for tables keyed by label the label itself, a unit's row over its items; and the sums down
/// the rows (三公 total = Σ items, 公务用车 = 购置 + 运行).</summary>
internal static class ItemKeys
{
    public static List<RowState> States(RawTable raw, DocumentContext ctx, DiagnosticBag diagnostics)
    {
        var template = raw.Template;
        var columns = ValueColumns.Of(raw);
        var states = new List<RowState>();
        string? unit = null;
        var unitName = ctx.Meta.UnitName is { } u ? HeaderText.Fold(u) : null;
        foreach (var row in raw.Rows)
        {
            var label = row.Label.Trim();
            var folded = HeaderText.FoldLabel(label);
            var s = new RowState(row, columns, [.. row.Figures]) { Label = label };
            var rule = template.LinesNamed(folded).FirstOrDefault();
            if (rule is not null)
            {
                s.Key = rule.Key;
                s.Kind = rule.Key == "total" ? RowKind.Total : RowKind.Line;
                if (s.Kind == RowKind.Total) unit = null;
            }
            else if (template.ItemsKeyedByLabel && folded.Length > 0)
            {
                if (template.Canonical == TableId.T11 && IsUnitName(HeaderText.Fold(label), unitName))
                {
                    unit = RowKeys.Squash(label);
                    s.Key = "total";
                    s.Kind = RowKind.UnitHeader;
                    s.Unit = unit;
                }
                else
                {
                    s.Key = RowKeys.Squash(label);
                    s.Kind = RowKind.Detail;
                    s.Unit = unit;
                }
            }
            else
            {
                if (folded.Length == 0 && row.Figures.Count == 0) continue;
                diagnostics.Warning("read.table.unknown-line", $"表中的项目“{label}”不是已知的行。/ Unknown table line.", row.Span);
                s.Key = "line." + folded;
            }
            states.Add(s);
        }
        // Sums down the rows: the 三公 total = 因公出国 + 公务接待 + 公务用车, 公务用车 = 购置 + 运行; a total = Σ its items.
        var byKey = states.Where(s => s.Unit is null).GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.First());
        if (template.Lines.Any(r => r.Key == "vehicles"))
        {
            if (byKey.TryGetValue("total", out var t))
            {
                foreach (var k in new[] { "overseas", "reception", "vehicles" }) if (byKey.TryGetValue(k, out var c)) t.AddChild(c);
            }
            if (byKey.TryGetValue("vehicles", out var v))
            {
                foreach (var k in new[] { "vehicle_purchase", "vehicle_operation" }) if (byKey.TryGetValue(k, out var c)) v.AddChild(c);
            }
        }
        else if (template.ItemsKeyedByLabel)
        {
            var total = states.FirstOrDefault(s => s.Kind == RowKind.Total);
            RowState? scope = null;
            foreach (var s in states)
            {
                if (s.Kind == RowKind.Total) continue;
                if (s.Kind == RowKind.UnitHeader)
                {
                    scope = s;
                    total?.AddChild(s);
                    continue;
                }
                if (scope is not null) scope.AddChild(s);
                else total?.AddChild(s);
            }
        }
        return states;
    }

    private static bool IsUnitName(string folded, string? unitName)
    {
        if (folded.Contains("(本级)", StringComparison.Ordinal)) return true;
        if (unitName is not null && unitName.Length >= 4 && folded.StartsWith(unitName[..Math.Min(6, unitName.Length)], StringComparison.Ordinal)) return true;
        return false;
    }
}
