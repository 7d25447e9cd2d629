using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Yusuan.Core.Checking.Output.Review;

namespace Yusuan.Core.Checking.Baselines;

/// <summary>
/// Reads the accepted findings of a reviewed 检查表: on every sheet with a 指纹 header (in its first rows), the rows whose 处理
/// cell accepts (<see cref="ReviewColumns.IsAccepted"/>). Columns are found by their headers, so a reviewer may move,
/// hide or add columns, sort the rows or save the file again in Excel or WPS (shared strings are read too).
/// </summary>
public static class ReviewSheetReader
{
    /// <summary>How many rows from the top the header row is looked for in.</summary>
    private const int HeaderSearchRows = 10;

    public static BaselineRead Read(byte[] bytes, string name)
    {
        try
        {
            using var package = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false);
            if (package.WorkbookPart is not { } workbook) return NotAReview(name);
            var strings = workbook.SharedStringTablePart?.SharedStringTable;
            var accepted = new List<string>();
            var found = false;
            foreach (var part in workbook.WorksheetParts)
            {
                found |= ReadSheet(part, strings, accepted);
            }
            return found ? BaselineRead.Ok(accepted) : NotAReview(name);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or FormatException or InvalidOperationException)
        {
            return BaselineRead.Fail($"基线文件“{name}”无法作为 Excel 文件打开（文件损坏或不是 .xlsx）。/ Baseline '{name}' cannot be opened as an .xlsx file.");
        }
    }

    private static BaselineRead NotAReview(string name) =>
        BaselineRead.Fail($"基线文件“{name}”中没有带“{ReviewColumns.Fingerprint}”和“{ReviewColumns.Disposition}”列的检查表。/ Baseline '{name}' has no 检查表 sheet with 指纹 and 处理 columns.");

    /// <summary>Adds the sheet's accepted fingerprints; false when the sheet has no 指纹 and 处理 header.</summary>
    private static bool ReadSheet(WorksheetPart part, SharedStringTable? strings, List<string> accepted)
    {
        string? fingerprintColumn = null, dispositionColumn = null;
        var rowsSeen = 0;
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var cells = CellsOf(row, strings);
            if (fingerprintColumn is null)
            {
                if (++rowsSeen > HeaderSearchRows) return false;
                fingerprintColumn = cells.FirstOrDefault(kv => kv.Value?.Trim() == ReviewColumns.Fingerprint).Key;
                dispositionColumn = cells.FirstOrDefault(kv => kv.Value?.Trim() == ReviewColumns.Disposition).Key;
                if (fingerprintColumn is null || dispositionColumn is null) fingerprintColumn = null;
                continue;
            }
            if (ReviewColumns.IsAccepted(cells.GetValueOrDefault(dispositionColumn!)) && cells.GetValueOrDefault(fingerprintColumn)?.Trim() is { Length: > 0 } fp)
            {
                accepted.Add(fp);
            }
        }
        return fingerprintColumn is not null;
    }

    /// <summary>The row's cell texts by column letter (a cell without a reference is taken at its position).</summary>
    private static Dictionary<string, string?> CellsOf(Row row, SharedStringTable? strings)
    {
        var cells = new Dictionary<string, string?>(StringComparer.Ordinal);
        var position = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : SimpleWorkbook.ColumnLetter(position);
            cells.TryAdd(column, TextOf(cell, strings));
            position++;
        }
        return cells;
    }

    /// <summary>"K12" → "K".</summary>
    private static string ColumnOf(string reference) => new([.. reference.TakeWhile(char.IsAsciiLetter)]);

    private static string? TextOf(Cell cell, SharedStringTable? strings)
    {
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText;
        var value = cell.CellValue?.Text;
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(value, out var i) && strings is not null)
        {
            return strings.ElementAtOrDefault(i)?.InnerText;
        }
        return value;
    }
}
