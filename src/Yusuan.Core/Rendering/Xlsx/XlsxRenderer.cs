using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Disclosure = Yusuan.Core.Model.Disclosure;
using Yusuan.Core.Rendering.Layout;

namespace Yusuan.Core.Rendering.Xlsx;

/// <summary>
/// One worksheet per table in its official layout: merged multi-row headers, figures as numbers formatted #,##0.00,
/// column widths, the header frozen; a last sheet holds the narrative text.
/// </summary>
public static class XlsxRenderer
{
    public static void Write(Disclosure document, string path)
    {
        var blocks = DocumentComposer.Compose(document);
        using var package = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = package.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = XlsxStyles.Create();
        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        uint id = 1;
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in blocks.OfType<TableBlock>().Select(b => b.Table))
        {
            var name = SheetName(table, used);
            var part = workbookPart.AddNewPart<WorksheetPart>();
            part.Worksheet = XlsxSheet.ForTable(table);
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = name });
        }
        var textPart = workbookPart.AddNewPart<WorksheetPart>();
        textPart.Worksheet = XlsxSheet.ForText(blocks);
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(textPart), SheetId = id, Name = "文字说明" });
        workbookPart.Workbook.Save();
    }

    private static string SheetName(GridTable table, HashSet<string> used)
    {
        var baseName = table.Number is { } n ? n.Replace(" ", string.Empty, StringComparison.Ordinal) : table.Title;
        baseName = new string([.. baseName.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\'))]);
        if (baseName.Length > 28) baseName = baseName[..28];
        var name = baseName;
        for (var i = 2; !used.Add(name); i++) name = $"{baseName}({i})";
        return name;
    }
}

/// <summary>The few cell styles the workbook uses, by index.</summary>
internal static class XlsxStyles
{
    public const uint Default = 0, Header = 1, Text = 2, Number = 3, Title = 4, Plain = 5, PlainRight = 6;

    public static Stylesheet Create() => new(
        new Fonts(
            new Font(new FontSize { Val = 10 }, new FontName { Val = "宋体" }),
            new Font(new Bold(), new FontSize { Val = 10 }, new FontName { Val = "宋体" }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "宋体" }))
        { Count = 3 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFF2F2F2" }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new RightBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new TopBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new BottomBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new DiagonalBorder()))
        { Count = 2 },
        new CellFormats(
            new CellFormat(),
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true })
            { FontId = 1, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Center, WrapText = true }) { BorderId = 1, ApplyBorder = true, ApplyAlignment = true },
            // Built-in number format 4 is #,##0.00.
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Center }) { NumberFormatId = 4, BorderId = 1, ApplyNumberFormat = true, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center }) { FontId = 2, ApplyFont = true, ApplyAlignment = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Right }) { ApplyAlignment = true })
        { Count = 7 });
}

internal static class XlsxSheet
{
    public static Worksheet ForTable(GridTable table)
    {
        var data = new SheetData();
        var merges = new List<string>();
        var row = 1u;
        var last = table.ColumnCount - 1;
        if (table.Number is { } n) data.Append(new Row(TextCell(0, row, n, XlsxStyles.Plain)) { RowIndex = row++ });
        data.Append(new Row(TextCell(0, row, table.Title, XlsxStyles.Title)) { RowIndex = row, Height = 24, CustomHeight = true });
        merges.Add($"{Ref(0, row)}:{Ref(last, row)}");
        row++;
        if (table.PreparedBy is not null || table.UnitLine is not null)
        {
            var meta = new Row { RowIndex = row };
            if (table.PreparedBy is { } p) meta.Append(TextCell(0, row, p, XlsxStyles.Plain));
            if (table.UnitLine is { } u) meta.Append(TextCell(last, row, u, XlsxStyles.PlainRight));
            data.Append(meta);
            if (last > 1) merges.Add($"{Ref(0, row)}:{Ref(last - 1, row)}");
            row++;
        }
        var headerTop = row;
        row = Grid(data, merges, table, table.Header, row, XlsxStyles.Header);
        var frozenBelow = row - 1;
        row = Grid(data, merges, table, table.Body, row, null);
        if (table.EmptyNote is { } note)
        {
            data.Append(new Row(TextCell(0, row, note, XlsxStyles.Plain)) { RowIndex = row });
            merges.Add($"{Ref(0, row)}:{Ref(last, row)}");
        }
        _ = headerTop;
        var worksheet = new Worksheet();
        worksheet.Append(new SheetViews(new SheetView(new Pane
        {
            VerticalSplit = frozenBelow,
            TopLeftCell = Ref(0, frozenBelow + 1),
            ActivePane = PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        })
        { WorkbookViewId = 0 }));
        worksheet.Append(Columns(table));
        worksheet.Append(data);
        if (merges.Count > 0) worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Count });
        worksheet.Append(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        worksheet.Append(new PageSetup { PaperSize = 9, Orientation = table.IsLandscape ? OrientationValues.Landscape : OrientationValues.Portrait });
        return worksheet;
    }

    public static Worksheet ForText(IEnumerable<Block> blocks)
    {
        var data = new SheetData();
        var row = 1u;
        foreach (var block in blocks)
        {
            string? text = block switch
            {
                TitleBlock t => $"{t.Unit}{t.Title}",
                HeadingBlock h => h.Text,
                ParagraphBlock p => p.Text,
                SignatureBlock s => string.Join(" ", s.Lines),
                _ => null,
            };
            if (text is null) continue;
            data.Append(new Row(TextCell(0, row, text, block is HeadingBlock or TitleBlock ? XlsxStyles.Header : XlsxStyles.Plain)) { RowIndex = row });
            row++;
        }
        var worksheet = new Worksheet();
        worksheet.Append(new Columns(new Column { Min = 1, Max = 1, Width = 120, CustomWidth = true }));
        worksheet.Append(data);
        return worksheet;
    }

    private static Columns Columns(GridTable table)
    {
        var columns = new Columns();
        for (var c = 0; c < table.ColumnCount; c++)
        {
            var width = c < table.Widths.Length ? table.Widths[c] : 12;
            columns.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = width * 1.1 + 1, CustomWidth = true });
        }
        return columns;
    }

    /// <summary>Writes grid rows; spans become merged ranges, every covered cell gets the border style too.</summary>
    private static uint Grid(SheetData data, List<string> merges, GridTable table, System.Collections.Immutable.ImmutableArray<System.Collections.Immutable.ImmutableArray<GridCell>> rows, uint first, uint? style)
    {
        var placed = table.Place(rows).ToList();
        var cells = new Dictionary<(int, int), Cell>();
        foreach (var (r, c, cell) in placed)
        {
            var excelRow = first + (uint)r;
            var s = style ?? (cell.Number is null ? XlsxStyles.Text : XlsxStyles.Number);
            cells[(r, c)] = cell.Number is { } number && style is null ? NumberCell(c, excelRow, number, s) : TextCell(c, excelRow, cell.Text, s);
            if (cell.ColSpan > 1 || cell.RowSpan > 1)
            {
                merges.Add($"{Ref(c, excelRow)}:{Ref(c + cell.ColSpan - 1, excelRow + (uint)cell.RowSpan - 1)}");
                for (var dr = 0; dr < cell.RowSpan; dr++)
                    for (var dc = 0; dc < cell.ColSpan; dc++)
                        if (dr > 0 || dc > 0) cells.TryAdd((r + dr, c + dc), TextCell(c + dc, first + (uint)(r + dr), string.Empty, s));
            }
        }
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new Row { RowIndex = first + (uint)r };
            for (var c = 0; c < table.ColumnCount; c++)
            {
                row.Append(cells.TryGetValue((r, c), out var cell) ? cell : TextCell(c, first + (uint)r, string.Empty, style ?? XlsxStyles.Text));
            }
            data.Append(row);
        }
        return first + (uint)rows.Length;
    }

    private static Cell TextCell(int column, uint row, string text, uint style) => text.Length == 0
        ? new Cell { CellReference = Ref(column, row), StyleIndex = style }
        : new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { CellReference = Ref(column, row), DataType = CellValues.InlineString, StyleIndex = style };

    private static Cell NumberCell(int column, uint row, decimal value, uint style) =>
        new(new CellValue(value.ToString(System.Globalization.CultureInfo.InvariantCulture))) { CellReference = Ref(column, row), DataType = CellValues.Number, StyleIndex = style };

    public static string Ref(int column, uint row) => ColumnName(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var i = index + 1; i > 0; i = (i - 1) / 26) name = (char)('A' + (i - 1) % 26) + name;
        return name;
    }
}

/// <summary>The workbook styles and cell addressing, shared with the XLSX input template.</summary>
internal static class XlsxStylesAccess
{
    public static Stylesheet Create() => XlsxStyles.Create();

    public static string Ref(int column, uint row) => XlsxSheet.Ref(column, row);
}
