namespace Yusuan.Core.Export;

/// <summary>One line of the cells CSV (spec/cells.md): table, unit, row, column, value.</summary>
public sealed record CellRecord(string Table, string Unit, string Row, string Column, decimal Value)
{
    public string ValueText => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
