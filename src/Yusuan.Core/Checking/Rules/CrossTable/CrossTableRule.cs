using Yusuan.Core.Model;

namespace Yusuan.Core.Checking.Rules.CrossTable;

/// <summary>A figure of one table, in 万元 for comparison across tables printed in different units.</summary>
public sealed record TableFigure(DisclosureTable Table, TableRow Row, string Column, Printed Value)
{
    public string Describe() => $"表{(Table.Canonical is { } id ? ((int)id).ToString(System.Globalization.CultureInfo.InvariantCulture) : Table.Title)} {Facts.Describe(Row)} {Facts.ColumnName(Table, Column)}";

    public Printed InTableUnit => Value;
}

/// <summary>Helpers for comparing figures of two tables (values converted to 万元 when units differ).</summary>
public abstract class CrossTableRule : Rule
{
    /// <summary>决算 (by kind, or by its template when the reader did not tell).</summary>
    protected static bool IsFinalAccount(Disclosure d) => d.Meta.Kind == DisclosureKind.FinalAccount || Editions.Of(d).IsFinalAccount;

    protected static TableFigure? Get(DisclosureTable? table, string rowKey, string column, string? unit = null)
    {
        if (table is null) return null;
        var row = unit is null ? TableIndex.Of(table).Row(rowKey) : table.Row(rowKey, unit);
        return row is null ? null : Get(table, row, column);
    }

    protected static TableFigure? Get(DisclosureTable table, TableRow row, string column) =>
        Facts.Cell(table, row, column) is { } p ? new TableFigure(table, row, column, p) : null;

    /// <summary>A figure, or a printed zero when the row exists but the cell is empty.</summary>
    protected static TableFigure? GetOrZero(DisclosureTable? table, string rowKey, string column)
    {
        if (table is null) return null;
        var index = TableIndex.Of(table);
        if (index.Row(rowKey) is not { } row) return null;
        return new TableFigure(table, row, column, index.CellOrZero(row, column));
    }

    private static (Printed A, Printed B) Common(TableFigure a, TableFigure b) =>
        a.Table.Unit == b.Table.Unit ? (a.Value, b.Value) : (a.Value.ToWanYuan(a.Table.Unit), b.Value.ToWanYuan(b.Table.Unit));

    /// <summary>Two printings of one quantity in two tables must agree.</summary>
    protected IEnumerable<Finding> Same(CheckOptions options, TableFigure a, TableFigure b, string? what = null)
    {
        var (x, y) = Common(a, b);
        var agreement = options.Rounding.Same(x, y);
        if (!Reports(agreement, options)) return [];
        return ReportGap(agreement, options,
            $"{what ?? string.Empty}{a.Describe()} {Money.Plain(a.Value.Value)} 与 {b.Describe()} {Money.Plain(b.Value.Value)} 不一致",
            At.Cell(a.Table, a.Row, a.Column, a.Value.Span), Money.Plain(b.Value.Value), Money.Plain(a.Value.Value),
            Facts.IsUncertain(a.Row, a.Column) || Facts.IsUncertain(b.Row, b.Column), [b.Value.Span.Line, b.Row.Span.Line]);
    }

    /// <summary>Whether <see cref="NotAbove"/> can report: the part is above the whole, in a common unit.</summary>
    protected static bool Above(Printed part, MoneyUnit partUnit, Printed whole, MoneyUnit wholeUnit) =>
        partUnit == wholeUnit ? part.Value > whole.Value : part.ToWanYuan(partUnit).Value > whole.ToWanYuan(wholeUnit).Value;

    /// <summary><paramref name="part"/> may not exceed <paramref name="whole"/> (beyond rounding).</summary>
    protected IEnumerable<Finding> NotAbove(CheckOptions options, TableFigure part, TableFigure whole, string relation)
    {
        var (x, y) = Common(part, whole);
        if (x.Value <= y.Value) return [];
        var agreement = options.Rounding.Same(x, y);
        if (!Reports(agreement, options)) return [];
        return ReportGap(agreement, options,
            $"{part.Describe()} {Money.Plain(part.Value.Value)} 大于 {whole.Describe()} {Money.Plain(whole.Value.Value)}（{relation}）",
            At.Cell(part.Table, part.Row, part.Column, part.Value.Span), $"≤ {Money.Plain(whole.Value.Value)}", Money.Plain(part.Value.Value),
            false, [whole.Value.Span.Line, whole.Row.Span.Line]);
    }

    /// <summary>Rows with a function code (class, section or item), first occurrence per code, of no budget unit.</summary>
    internal static FunctionCodeRows CodeRows(DisclosureTable table) => TableIndex.Of(table).FunctionCodes;
}
