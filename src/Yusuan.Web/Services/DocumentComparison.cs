using System.Collections.Immutable;
using Yusuan.Core.Model;

namespace Yusuan.Web.Services;

/// <summary>One cell of a canonical table in two disclosures (usually a unit's two years), in 万元.</summary>
public sealed record CellChange(string Table, string? Unit, string Row, string Label, string Column, decimal? Before, decimal? After)
{
    public decimal? Change => Before is { } b && After is { } a ? a - b : null;

    /// <summary>Change in percent of the earlier figure, null when it is missing or zero.</summary>
    public decimal? Percent => Before is { } b && After is { } a && b != 0 ? Math.Round((a - b) / b * 100m, 2) : null;
}

/// <summary>Cell-by-cell comparison of two disclosures' canonical tables (same keys of spec/cells.md).</summary>
public static class DocumentComparison
{
    public static ImmutableArray<CellChange> Compare(Disclosure before, Disclosure after)
    {
        var changes = ImmutableArray.CreateBuilder<CellChange>();
        foreach (var id in Enum.GetValues<TableId>())
        {
            var a = before.Table(id);
            var b = after.Table(id);
            if (a is null && b is null) continue;
            var rows = new List<(string? Unit, string Key, string Label)>();
            foreach (var r in (b?.Rows ?? []).Concat(a?.Rows ?? []))
            {
                if (!rows.Any(x => x.Unit == r.Unit && x.Key == r.Key)) rows.Add((r.Unit, r.Key, r.Label));
            }
            var columns = (b?.Columns ?? []).Concat(a?.Columns ?? []).Select(c => c.Key).Distinct(StringComparer.Ordinal).ToList();
            foreach (var (unit, key, label) in rows)
            {
                var ra = a?.Row(key, unit);
                var rb = b?.Row(key, unit);
                var keys = columns.Concat((ra?.Cells.Keys ?? []).Concat(rb?.Cells.Keys ?? [])).Distinct(StringComparer.Ordinal);
                foreach (var column in keys)
                {
                    var va = Wan(a, ra?.Get(column));
                    var vb = Wan(b, rb?.Get(column));
                    if (va is null && vb is null) continue;
                    changes.Add(new CellChange(id.ToString(), unit, key, label, column, va, vb));
                }
            }
        }
        return changes.ToImmutable();
    }

    private static decimal? Wan(DisclosureTable? table, Figure? f) => table is null || f is null ? null : table.Unit.ToWanYuan(f.Value.Value);
}
