using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Yusuan.Core.Tests.Checking.Review;

/// <summary>Reads a 检查表 back for tests (cell texts by sheet, row and header) and marks rows as a reviewer would, writing
/// the 处理 cell as Excel does (a shared string).</summary>
public static class ReviewSheet
{
    /// <summary>The sheet's rows below the header (row 2), each as header → text.</summary>
    public static List<Dictionary<string, string>> Rows(byte[] xlsx, string sheet)
    {
        using var package = SpreadsheetDocument.Open(new MemoryStream(xlsx, writable: false), false);
        var part = Part(package, sheet);
        var rows = part.Worksheet.Descendants<Row>().ToList();
        var header = rows[1].Elements<Cell>().ToDictionary(c => Column(c), c => c.InnerText);
        return [.. rows.Skip(2).Select(r => r.Elements<Cell>().Where(c => header.ContainsKey(Column(c))).ToDictionary(c => header[Column(c)], c => c.InnerText))];
    }

    public static IReadOnlyList<string> SheetNames(byte[] xlsx)
    {
        using var package = SpreadsheetDocument.Open(new MemoryStream(xlsx, writable: false), false);
        return [.. package.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];
    }

    /// <summary>The workbook with <paramref name="disposition"/> written into the 处理 cell of the given data rows (0-based).</summary>
    public static byte[] Mark(byte[] xlsx, string sheet, IEnumerable<int> dataRows, string disposition)
    {
        using var ms = new MemoryStream();
        ms.Write(xlsx);
        using (var package = SpreadsheetDocument.Open(ms, true))
        {
            var workbook = package.WorkbookPart!;
            var strings = (workbook.SharedStringTablePart ?? workbook.AddNewPart<SharedStringTablePart>()).SharedStringTable ??= new SharedStringTable();
            strings.Append(new SharedStringItem(new Text(disposition)));
            var index = strings.Elements<SharedStringItem>().Count() - 1;
            var part = Part(package, sheet);
            var rows = part.Worksheet.Descendants<Row>().ToList();
            var column = Column(rows[1].Elements<Cell>().Single(c => c.InnerText == "处理"));
            foreach (var i in dataRows)
            {
                var cell = rows[i + 2].Elements<Cell>().Single(c => Column(c) == column);
                cell.RemoveAllChildren();
                cell.DataType = CellValues.SharedString;
                cell.CellValue = new CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            part.Worksheet.Save();
        }
        return ms.ToArray();
    }

    private static WorksheetPart Part(SpreadsheetDocument package, string sheet)
    {
        var workbook = package.WorkbookPart!;
        var id = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        return (WorksheetPart)workbook.GetPartById(id);
    }

    private static string Column(Cell c) => new([.. c.CellReference!.Value!.TakeWhile(char.IsAsciiLetter)]);
}
