using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Yusuan.Core.Checking.Output.Review;

/// <summary>A sheet of <see cref="SimpleWorkbook"/>: a bold title row, a bold header row (frozen, with a filter), then rows
/// of int, decimal or text values (null is an empty cell).</summary>
internal sealed record SimpleSheet(string Name, string Title, string[] Header, double[] Widths, IReadOnlyList<object?[]> Rows)
{
    /// <summary>A column (0-based) whose cells offer <see cref="Choices"/> as a drop-down; −1 for none.</summary>
    public int ChoiceColumn { get; init; } = -1;

    public string[] Choices { get; init; } = [];
}

/// <summary>Writes plain workbooks with DocumentFormat.OpenXml: 宋体, wrapped text, thin borders, inline strings.</summary>
internal static class SimpleWorkbook
{
    private const uint TitleStyle = 1;
    private const uint HeaderStyle = 2;
    private const uint BodyStyle = 3;

    public static void Write(Stream output, IReadOnlyList<SimpleSheet> sheets)
    {
        // OpenXml writes the package on dispose; into a buffer first, so the caller's stream gets all of it or nothing.
        using var buffer = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = package.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var list = new Sheets();
            uint id = 1;
            foreach (var sheet in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Worksheet(sheet);
                list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
            }
            workbook.Workbook.AppendChild(list);
            workbook.Workbook.Save();
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static Worksheet Worksheet(SimpleSheet sheet)
    {
        var data = new SheetData();
        data.Append(Row(1, [sheet.Title], TitleStyle));
        data.Append(Row(2, sheet.Header, HeaderStyle));
        uint r = 3;
        foreach (var values in sheet.Rows) data.Append(Row(r++, values, BodyStyle));
        var last = ColumnLetter(sheet.Header.Length - 1);
        var worksheet = new Worksheet(
            new SheetViews(new SheetView(new Pane { VerticalSplit = 2, TopLeftCell = "A3", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
            new Columns(sheet.Widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })),
            data,
            new AutoFilter { Reference = $"A2:{last}{Math.Max(2, r - 1).ToString(CultureInfo.InvariantCulture)}" });
        if (sheet.ChoiceColumn >= 0 && sheet.Choices.Length > 0)
        {
            var column = ColumnLetter(sheet.ChoiceColumn);
            worksheet.Append(new DataValidations(new DataValidation(new Formula1($"\"{string.Join(',', sheet.Choices)}\""))
            {
                Type = DataValidationValues.List,
                AllowBlank = true,
                ShowErrorMessage = false,
                SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{column}3:{column}10000" },
            })
            { Count = 1 });
        }
        return worksheet;
    }

    private static Stylesheet Styles() => new(
        new Fonts(
            new Font(new FontSize { Val = 10 }, new FontName { Val = "宋体" }),
            new Font(new Bold(), new FontSize { Val = 12 }, new FontName { Val = "宋体" }),
            new Font(new Bold(), new FontSize { Val = 10 }, new FontName { Val = "宋体" }))
        { Count = 3 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7E6E6" }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(
            new Border(),
            new Border(
                new LeftBorder { Style = BorderStyleValues.Thin },
                new RightBorder { Style = BorderStyleValues.Thin },
                new TopBorder { Style = BorderStyleValues.Thin },
                new BottomBorder { Style = BorderStyleValues.Thin },
                new DiagonalBorder()))
        { Count = 2 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center }) { FontId = 2, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 0, BorderId = 1, ApplyBorder = true, ApplyAlignment = true })
        { Count = 4 });

    private static Row Row(uint index, object?[] values, uint style)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Length; i++)
        {
            var reference = ColumnLetter(i) + index.ToString(CultureInfo.InvariantCulture);
            var cell = values[i] switch
            {
                null => new Cell { CellReference = reference },
                int n => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)) },
                decimal m => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(m.ToString(CultureInfo.InvariantCulture)) },
                var v => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Clean(v.ToString()!)) { Space = SpaceProcessingModeValues.Preserve }) },
            };
            cell.StyleIndex = style;
            row.Append(cell);
        }
        return row;
    }

    /// <summary>XML cannot hold most control characters; a message copied from a document may.</summary>
    private static string Clean(string s) => new([.. s.Where(c => c is '\t' or '\n' or '\r' || !char.IsControl(c))]);

    public static string ColumnLetter(int i) => i < 26 ? ((char)('A' + i)).ToString() : $"{(char)('A' + i / 26 - 1)}{(char)('A' + i % 26)}";
}
