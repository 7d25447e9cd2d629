using System.Collections.Immutable;

namespace Yusuan.Core.Reading.Formats.Pdf;

/// <summary>One row of a table read off a page: a cell per grid column (empty when nothing is printed there). In a
/// header row a cell spanning several columns holds its text in its first column and leaves the others empty.</summary>
public sealed record GridRow(ImmutableArray<string> Cells, Box Box, bool IsHeader, ImmutableArray<Box> CellBoxes);

/// <summary>A table found on a page by its ruling lines: its column edges, its rows, and the page lines it used.</summary>
public sealed record GridTable(int Page, Box Region, ImmutableArray<double> ColumnEdges, ImmutableArray<GridRow> Rows, IReadOnlySet<int> Lines)
{
    public int ColumnCount => ColumnEdges.Length - 1;
}
