using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

using Yusuan.Storage.Importing;

namespace Yusuan.Storage.Exporting;

/// <summary>Writes the export tables as one workbook, one sheet per table, streamed (OpenXmlWriter) so a large corpus fits.
/// A table longer than a sheet's limit continues on "name (2)", "name (3)" ….</summary>
public static class XlsxExporter
{
    /// <summary>Excel's row limit less the header row.</summary>
    public const int RowsPerSheet = 1_048_575;

    public static string Export(CorpusStore store, string directory, int rowsPerSheet = RowsPerSheet)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "yusuan.xlsx");
        var temp = path + ".partial";
        using (var connection = store.OpenConnection(readOnly: true))
        using (var document = SpreadsheetDocument.Create(temp, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var sheets = new List<(string Name, string RelId)>();
            foreach (var table in ExportTables.All)
            {
                var header = ExportTables.Header(connection, table);
                var part = 0;
                using var rows = ExportTables.Rows(connection, table).Select(r => r.Row).GetEnumerator();
                var more = rows.MoveNext();
                do
                {
                    part++;
                    var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
                    WriteSheet(sheetPart, header, rows, ref more, rowsPerSheet);
                    sheets.Add((part == 1 ? table.Name : $"{table.Name} ({part})", workbookPart.GetIdOfPart(sheetPart)));
                }
                while (more);
            }
            using var writer = OpenXmlWriter.Create(workbookPart);
            writer.WriteStartElement(new Workbook());
            writer.WriteStartElement(new Sheets());
            uint id = 1;
            foreach (var (name, relId) in sheets) writer.WriteElement(new Sheet { Name = name, SheetId = id++, Id = relId });
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        File.Move(temp, path, overwrite: true);
        return path;
    }

    private static void WriteSheet(WorksheetPart part, string[] header, IEnumerator<object?[]> rows, ref bool more, int limit)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, header.Cast<object?>().ToArray());
        var count = 0;
        while (more && count < limit)
        {
            WriteRow(writer, rows.Current);
            count++;
            more = rows.MoveNext();
        }
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, object?[] values)
    {
        writer.WriteStartElement(new Row());
        foreach (var value in values)
        {
            switch (value)
            {
                case null:
                    writer.WriteElement(new Cell());
                    break;
                case decimal d when StoredValues.FromDouble((double)d) != d:
                    // Excel keeps 15 significant digits: a figure with more is written as text, so it stays exact.
                    writer.WriteElement(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(ExportTables.Text(value))) });
                    break;
                case decimal or long:
                    writer.WriteElement(new Cell { DataType = CellValues.Number, CellValue = new CellValue(ExportTables.Text(value)) });
                    break;
                default:
                    writer.WriteElement(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(ExportTables.Text(value))) });
                    break;
            }
        }
        writer.WriteEndElement();
    }
}
