using Yusuan.Core.Export;
using Yusuan.Core.Model;

namespace Yusuan.Core.Comparing;

/// <summary>
/// The figures of one disclosure keyed as in spec/cells.md (money in 万元), with the year and kind they are for.
/// Built from a parsed <see cref="Disclosure"/> or from cells read back from the corpus store, so the
/// year-over-year rules run the same on both.
/// </summary>
public sealed class YearFigures
{
    private readonly Dictionary<(string Table, string Row, string Column), decimal> values;

    public YearFigures(string? unitName, int year, DisclosureKind kind, IEnumerable<CellRecord> cells)
    {
        UnitName = unitName;
        Year = year;
        Kind = kind;
        values = [];
        // Only whole-document figures: rows of one subordinate unit in a multi-unit table are not the document's own.
        foreach (var cell in cells.Where(c => c.Unit.Length == 0)) values.TryAdd((cell.Table, cell.Row, cell.Column), cell.Value);
    }

    public string? UnitName { get; }

    public int Year { get; }

    public DisclosureKind Kind { get; }

    public static YearFigures? From(Disclosure document) =>
        document.Meta.Year is { } year ? new YearFigures(document.Meta.UnitName, year, document.Meta.Kind, CellsProjection.Cells(document)) : null;

    public decimal? Get(string table, string row, string column) => values.TryGetValue((table, row, column), out var v) ? v : null;

    /// <summary>The row keys of <paramref name="table"/> that are classification codes (all digits).</summary>
    public IEnumerable<string> Codes(string table) =>
        values.Keys.Where(k => k.Table == table && k.Row.Length > 0 && k.Row.All(char.IsAsciiDigit)).Select(k => k.Row).Distinct();

    /// <summary>The figure a claim about <paramref name="subject"/> states, looked up in the first table that has it.</summary>
    public CellFigure? Find(ClaimSubject subject)
    {
        foreach (var key in ClaimCells.For(subject))
        {
            if (Get(key.Table, key.Row, key.Column) is { } value) return new CellFigure(key, value);
        }
        return null;
    }
}

/// <summary>A canonical cell address (spec/cells.md), whole-document rows only.</summary>
public readonly record struct CellKey(string Table, string Row, string Column);

/// <summary>A figure found at <see cref="Key"/>, in 万元.</summary>
public readonly record struct CellFigure(CellKey Key, decimal Value);
