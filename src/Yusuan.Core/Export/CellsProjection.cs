using Yusuan.Core.Model;

namespace Yusuan.Core.Export;

/// <summary>
/// Projects a disclosure onto the canonical cell keys of spec/cells.md: every non-empty cell of a canonical table
/// (money converted to 万元, exactly), then the <c>M</c> rows from the profile and the other-matters text.
/// </summary>
public static class CellsProjection
{
    public static IEnumerable<CellRecord> Cells(Disclosure document)
    {
        foreach (var table in document.Tables.Where(t => t.Canonical is not null).OrderBy(t => t.Canonical))
        {
            var id = table.Canonical!.Value.ToString();
            foreach (var row in table.Rows)
            {
                foreach (var column in table.Columns)
                {
                    if (!row.Cells.TryGetValue(column.Key, out var cell)) continue;
                    yield return new CellRecord(id, Key(row.Unit), Key(row.Key), column.Key, table.Unit.ToWanYuan(cell.Value));
                }
            }
        }
        foreach (var record in MatterCells(document)) yield return record;
    }

    /// <summary>Names inside keys have all whitespace removed (spec/cells.md).</summary>
    public static string Key(string? text) => text is null ? string.Empty : string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static IEnumerable<CellRecord> MatterCells(Disclosure document)
    {
        var staff = document.Profile.Staff;
        if (staff is not null)
        {
            foreach (var r in Row("staff", ("quota", staff.Quota), ("actual", staff.Actual), ("active", staff.Active), ("retired", staff.Retired), ("retired_cadre", staff.RetiredCadre)))
                yield return r;
        }
        var m = document.Matters;
        if (m.OperatingCost?.Amount is { } cost) yield return new CellRecord("M", string.Empty, "operating_cost", "amount", cost.Value);
        if (m.Procurement is { } p)
        {
            foreach (var r in Row("procurement", ("total", p.Total), ("goods", p.Goods), ("works", p.Works), ("services", p.Services), ("sme", p.Sme), ("small_micro", p.SmallMicro)))
                yield return r;
        }
        if (m.Assets is { } a)
        {
            foreach (var r in Row("assets", ("building_area", a.BuildingArea), ("building_value", a.BuildingValue), ("vehicle_count", a.VehicleCount), ("vehicle_value", a.VehicleValue),
                         ("furniture_value", a.FurnitureValue), ("other_value", a.OtherValue), ("equipment_50", a.Equipment50), ("equipment_100", a.Equipment100)))
                yield return r;
        }
        var claims = document.Narrative.Claims;
        Figure? Stated(string key) => claims.FirstOrDefault(c => c.Subject.Key == key && c.Amount is not null)?.Amount;
        foreach (var r in Row("three_public",
                     ("total", Stated(ClaimKeys.ThreePublicTotal)),
                     ("overseas", Stated(ClaimKeys.ThreePublicOverseas)),
                     ("reception", Stated(ClaimKeys.ThreePublicReception)),
                     ("vehicle_purchase", Stated(ClaimKeys.ThreePublicVehiclePurchase)),
                     ("vehicle_operation", Stated(ClaimKeys.ThreePublicVehicleOperation))))
            yield return r;
    }

    private static IEnumerable<CellRecord> Row(string row, params (string Column, Figure? Value)[] values)
    {
        foreach (var (column, value) in values)
        {
            if (value is { } v) yield return new CellRecord("M", string.Empty, row, column, v.Value);
        }
    }
}
