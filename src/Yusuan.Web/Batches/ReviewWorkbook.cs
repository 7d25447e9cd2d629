using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Yusuan.Core.Checking;
using Yusuan.Core.Checking.Output;
using Yusuan.Web.Services;

namespace Yusuan.Web.Batches;

/// <summary>One document of a batch as its summary sheet lists it.</summary>
public sealed record BatchSummaryRow(int Seq, string File, CorpusEntry? Entry, string? Error);

/// <summary>
/// The reviewer's 检查表: for one document, one row per finding (序号, 位置, 问题描述, 应为/实为, 依据, 严重程度); for a batch, a
/// summary with one row per document. The batch download writes one workbook per document and one summary.
/// </summary>
/// <remarks>The checker's own 检查表 (<c>yusuan check --format xlsx</c>, src/Yusuan.Core/Checking/Output) replaces
/// <see cref="InterimReviewWorkbook"/> here once it is on main: only <see cref="Backends"/> names the implementation.</remarks>
public interface IReviewWorkbook
{
    byte[] Document(CheckedFile document);

    byte[] Summary(string title, IReadOnlyList<BatchSummaryRow> rows);
}

/// <summary>A plain 检查表 written with DocumentFormat.OpenXml, until the checker's lands.</summary>
public sealed class InterimReviewWorkbook : IReviewWorkbook
{
    public static readonly string[] DocumentColumns = ["序号", "位置", "问题描述", "应为/实为", "依据", "严重程度"];

    public static readonly string[] SummaryColumns = ["序号", "文件", "单位", "年度", "类型", "层级", "错误", "警告", "舍入差异", "读取存疑", "完整性", "说明"];

    public byte[] Document(CheckedFile document)
    {
        var d = document.Report.Document;
        var rows = document.Report.Findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Location.Line)
            .Select((f, i) => new object?[]
            {
                i + 1,
                Places.Describe(d, f.Location),
                f.Message,
                f.Expected is null && f.Actual is null ? null : $"应为 {f.Expected ?? "—"}，实为 {f.Actual ?? "—"}",
                RuleCatalog.Default.Find(f.Rule)?.Basis,
                FindingKinds.IsWithinRounding(f) ? "舍入差异" : Places.SeverityName(f.Severity),
            });
        var title = $"{d.Meta.UnitName ?? document.Name} {d.Meta.Year?.ToString(CultureInfo.InvariantCulture)} 年{CorpusFilter.KindName(d.Meta.Kind)}公开 检查表";
        return Write("检查表", title, DocumentColumns, [14, 48, 70, 30, 40, 10], rows);
    }

    public byte[] Summary(string title, IReadOnlyList<BatchSummaryRow> rows) =>
        Write("批次汇总", title, SummaryColumns, [8, 36, 30, 8, 8, 8, 8, 8, 10, 10, 10, 40], rows.Select(r => new object?[]
        {
            r.Seq,
            r.File,
            r.Entry?.Unit,
            r.Entry?.Year,
            r.Entry is { } e1 ? CorpusFilter.KindName(e1.Kind) : null,
            r.Entry is { } e2 ? CorpusFilter.LevelName(e2.Scope) : null,
            r.Entry?.Errors,
            r.Entry?.RealWarnings,
            r.Entry?.WithinRounding,
            r.Entry?.Uncertain,
            r.Entry?.Completeness,
            r.Error ?? (r.Entry is null ? "尚未检查" : "已检查"),
        }));

    private static byte[] Write(string sheetName, string title, string[] header, double[] widths, IEnumerable<object?[]> rows)
    {
        using var ms = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var workbook = package.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font(new FontSize { Val = 10 }, new FontName { Val = "宋体" }), new Font(new Bold(), new FontSize { Val = 10 }, new FontName { Val = "宋体" })) { Count = 2 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(
                    new CellFormat { FontId = 0, Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top } },
                    new CellFormat { FontId = 1, ApplyFont = true })
                { Count = 2 });
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, [title], bold: true));
            data.Append(Row(2, header, bold: true));
            uint r = 3;
            foreach (var values in rows) data.Append(Row(r++, values, bold: false));
            var columns = new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true }));
            sheetPart.Worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane { VerticalSplit = 2, TopLeftCell = "A3", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
                columns, data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
            workbook.Workbook.Save();
        }
        return ms.ToArray();
    }

    private static Row Row(uint index, object?[] values, bool bold)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Length; i++)
        {
            var reference = ColumnLetter(i) + index.ToString(CultureInfo.InvariantCulture);
            Cell cell = values[i] switch
            {
                null => new Cell { CellReference = reference },
                int n => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)) },
                decimal m => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(m.ToString(CultureInfo.InvariantCulture)) },
                var v => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Clean(v.ToString()!))) },
            };
            if (bold) cell.StyleIndex = 1;
            row.Append(cell);
        }
        return row;
    }

    /// <summary>XML cannot hold most control characters; a message copied from a document may.</summary>
    private static string Clean(string s) => new([.. s.Where(c => c is '\t' or '\n' or '\r' || !char.IsControl(c))]);

    private static string ColumnLetter(int i) => i < 26 ? ((char)('A' + i)).ToString() : $"{(char)('A' + i / 26 - 1)}{(char)('A' + i % 26)}";
}
