using System.Collections.Immutable;

namespace Yusuan.Core.Rendering.Layout;

/// <summary>One cell of a printed table: text, the number it shows (for spreadsheets), and how far it spans.</summary>
public sealed record GridCell(string Text, decimal? Number = null, int ColSpan = 1, int RowSpan = 1)
{
    public static GridCell Empty { get; } = new(string.Empty);

    /// <summary>A figure with thousands separators and as many decimals as it carries: generated figures carry two
    /// ("2,627.89"); a read figure keeps the precision it was printed with ("389.5"), so reading the output back gives the same value.</summary>
    public static GridCell Money(decimal? value) =>
        value is { } v and not 0m ? new GridCell(v.ToString("N" + v.Scale.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture), v) : Empty;
}

/// <summary>A table as printed: caption lines, a header grid with merged cells and body rows. Every renderer prints this
/// one layout, so Markdown, HTML, XLSX and DOCX show the same table. Covered cells of a span are not listed: each row
/// lists only the cells that start in it, left to right, and <see cref="ColumnCount"/> fixes the width.</summary>
public sealed record GridTable
{
    /// <summary>"表 1" (null for tables without a number).</summary>
    public string? Number { get; init; }

    public required string Title { get; init; }

    /// <summary>"编制单位：…" line, if any.</summary>
    public string? PreparedBy { get; init; }

    /// <summary>"单位：万元" line, if any.</summary>
    public string? UnitLine { get; init; }

    public required int ColumnCount { get; init; }

    public ImmutableArray<ImmutableArray<GridCell>> Header { get; init; } = [];

    public ImmutableArray<ImmutableArray<GridCell>> Body { get; init; } = [];

    /// <summary>Printed under the header when the table is declared empty.</summary>
    public string? EmptyNote { get; init; }

    /// <summary>Printed on a landscape page (wide official tables); null = decide by column count.</summary>
    public bool? Landscape { get; init; }

    public bool IsLandscape => Landscape ?? ColumnCount > 8;

    /// <summary>Relative column widths (characters), for XLSX/DOCX/HTML.</summary>
    public ImmutableArray<int> Widths { get; init; } = [];

    /// <summary>Places each header cell on the grid: (row, column, cell), with covered positions skipped.</summary>
    public IEnumerable<(int Row, int Column, GridCell Cell)> Place(ImmutableArray<ImmutableArray<GridCell>> rows)
    {
        var covered = new HashSet<(int, int)>();
        for (var r = 0; r < rows.Length; r++)
        {
            var c = 0;
            foreach (var cell in rows[r])
            {
                while (covered.Contains((r, c))) c++;
                yield return (r, c, cell);
                for (var dr = 0; dr < cell.RowSpan; dr++)
                    for (var dc = 0; dc < cell.ColSpan; dc++)
                        covered.Add((r + dr, c + dc));
                c += cell.ColSpan;
            }
        }
    }
}
