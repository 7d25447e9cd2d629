using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Yusuan.Core.Reading.Formats;

/// <summary>
/// An Excel workbook as text: the visible sheets in workbook order, each row a tab-separated line with every cell at its
/// column (A = first), a blank line between sheets. Figures are written as plain decimals with the decimals their number
/// format shows ("1234.50" for a cell displayed "1,234.50"; no thousands separators), percentages as "12.50%". A sheet whose
/// first rows carry no table title gets its sheet name as title.
/// </summary>
internal static class XlsxText
{
    public static string Extract(Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart;
        var text = new StringBuilder();
        if (workbook?.Workbook.Sheets is null) return string.Empty;
        var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        var formats = NumberFormats(workbook);
        foreach (var sheet in workbook.Workbook.Sheets.Elements<Sheet>())
        {
            if (sheet.State is { } state && state.Value != SheetStateValues.Visible) continue;
            // A sheet whose relationship points to no part (a damaged workbook) is skipped, as Excel skips it.
            if (sheet.Id?.Value is not { } id || !workbook.TryGetPartById(id, out var found) || found is not WorksheetPart part) continue;
            var lines = new List<string>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var line = RowLine(row, strings, formats);
                if (line.Length > 0) lines.Add(line);
            }
            if (lines.Count == 0) continue;
            if (!lines.Take(3).Any(l => l.Contains('表', StringComparison.Ordinal)) && sheet.Name?.Value is { Length: > 0 } name)
            {
                text.Append(name).Append('\n');
            }
            foreach (var line in lines) text.Append(line).Append('\n');
            text.Append('\n');
        }
        return text.ToString();
    }

    private static string RowLine(Row row, string[] strings, IReadOnlyList<NumberFormat> formats)
    {
        var cells = new List<string>();
        var next = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : next;
            if (column >= MaxColumns)
            {
                throw new InputRefusedException($"工作表中的单元格“{Shorten(cell.CellReference?.Value)}”超出 Excel 的最大列数，文件已损坏。/ A cell reference is beyond Excel's last column.");
            }
            while (cells.Count < column) cells.Add(string.Empty);
            cells.Add(CellGrid.CellText(Value(cell, strings, formats)));
            next = cells.Count;
        }
        var last = cells.FindLastIndex(c => c.Length > 0);
        return last < 0 ? string.Empty : string.Join('\t', cells.Take(last + 1));
    }

    private static string Value(Cell cell, string[] strings, IReadOnlyList<NumberFormat> formats)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Length ? strings[i] : string.Empty;
        }
        if (type == CellValues.InlineString) return cell.InlineString?.InnerText ?? raw;
        if (type == CellValues.Boolean) return raw == "1" ? "TRUE" : "FALSE";
        if (type == CellValues.String || type == CellValues.Error) return raw;
        if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return raw;
        var format = cell.StyleIndex?.Value is { } style && style < formats.Count ? formats[(int)style] : NumberFormat.General;
        // Beyond these a figure is no money (decimal holds 29 digits); it is shown as stored.
        if (Math.Abs(number) > MaxFigure) return raw;
        if (format.Percent) number *= 100;
        // Stored doubles carry binary noise (0.30000000000000004); published figures have at most a few decimals.
        var plain = format.Decimals is { } decimals
            ? Math.Round(number, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : Math.Round(number, 6).ToString("0.######", CultureInfo.InvariantCulture);
        return format.Percent ? plain + "%" : plain;
    }

    /// <summary>What a cell's number format shows: a percentage or not, and a fixed number of decimals (null: as stored).</summary>
    private readonly record struct NumberFormat(bool Percent, int? Decimals)
    {
        public static readonly NumberFormat General = new(false, null);

        /// <summary>Built-in formats 1–4 and 9–10 (ECMA-376 18.8.30), or a custom code such as <c>#,##0.00_);(#,##0.00)</c>.</summary>
        public static NumberFormat Of(uint id, string? code) => id switch
        {
            1 or 3 => new(false, 0),
            2 or 4 => new(false, 2),
            9 => new(true, 0),
            10 => new(true, 2),
            _ when code is { Length: > 0 } => FromCode(code),
            _ => General,
        };

        private static NumberFormat FromCode(string code)
        {
            var section = code.Split(';')[0];
            var unquoted = new StringBuilder();
            var quoted = false;
            foreach (var ch in section)
            {
                if (ch == '"') quoted = !quoted;
                else if (!quoted) unquoted.Append(ch);
            }
            var text = unquoted.ToString();
            if (!text.Contains('0', StringComparison.Ordinal) && !text.Contains('#', StringComparison.Ordinal)) return General;
            var percent = text.Contains('%', StringComparison.Ordinal);
            var dot = text.IndexOf('.', StringComparison.Ordinal);
            var decimals = 0;
            if (dot >= 0)
            {
                for (var i = dot + 1; i < text.Length && text[i] is '0' or '#'; i++) decimals++;
            }
            // Excel itself shows at most 30 decimals; decimal rounds to at most 28, and no published figure has more than 10.
            return new(percent, Math.Min(decimals, 10));
        }
    }

    private static List<NumberFormat> NumberFormats(WorkbookPart workbook)
    {
        var result = new List<NumberFormat>();
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is null) return result;
        var custom = stylesheet.NumberingFormats?.Elements<DocumentFormat.OpenXml.Spreadsheet.NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value) ?? []; // a repeated id: the first, as Excel reads it
        foreach (var format in stylesheet.CellFormats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            result.Add(NumberFormat.Of(id, custom.GetValueOrDefault(id)));
        }
        return result;
    }

    /// <summary>Excel's last column is XFD (16,384).</summary>
    private const int MaxColumns = 16_384;

    private const decimal MaxFigure = 1e20m;

    /// <summary>"C12" → 2; a reference past XFD gives <see cref="MaxColumns"/>.</summary>
    private static int ColumnIndex(string reference)
    {
        var n = 0;
        foreach (var ch in reference)
        {
            if (ch is < 'A' or > 'Z') break;
            n = n * 26 + (ch - 'A' + 1);
            if (n > MaxColumns) return MaxColumns;
        }
        return Math.Max(0, n - 1);
    }

    private static string Shorten(string? s) => s is null ? string.Empty : s.Length <= 20 ? s : s[..20] + "…";
}
