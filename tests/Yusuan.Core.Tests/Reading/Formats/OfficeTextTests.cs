using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;
using Yusuan.Core.Reading.Formats;

namespace Yusuan.Core.Tests.Reading.Formats;

/// <summary>Word and Excel files, built here cell by cell, come out as the lines the text reader expects.</summary>
public sealed class OfficeTextTests
{
    [Fact]
    public void A_word_table_keeps_each_figure_in_its_column_across_merged_cells()
    {
        var bytes = Docx(body =>
        {
            body.Append(Paragraph("部门收入总体情况表"));
            body.Append(Paragraph("编制部门：测试局", "\t", "单位：万元"));
            body.Append(new W.Table(
                Row(Cell("功能分类科目编码", span: 3, merge: W.MergedCellValues.Restart), Cell("科目名称", merge: W.MergedCellValues.Restart), Cell("合计")),
                Row(Cell("", span: 3, merge: W.MergedCellValues.Continue), Cell("", merge: W.MergedCellValues.Continue), Cell("")),
                Row(Cell("201"), Cell(""), Cell(""), Cell("一般公共服务", "支出"), Cell("1,048.66"))));
        });

        var text = DocumentText.Extract(bytes, "公开.docx");

        Assert.True(text.Success, text.Error);
        Assert.Equal(SourceFormat.Docx, text.Format);
        Assert.Equal(
            ["部门收入总体情况表", "编制部门：测试局\t单位：万元", "功能分类科目编码\t\t\t科目名称\t合计", "201\t\t\t一般公共服务支出\t1,048.66"],
            Lines(text.Text!));
    }

    [Fact]
    public void An_excel_sheet_writes_figures_as_their_format_shows_them_without_separators()
    {
        var bytes = Xlsx(
            ("表1", visible: true, [["部门收支总表"], ["编制单位：测试局", "", "单位：万元"], ["项目", "预算数", "占比"], ["一般公共预算拨款", 1234.5, 0.125]]),
            ("隐藏", visible: false, [["不应出现"]]),
            ("三公经费", visible: true, [["合计", 0.30000000000000004]]));

        var text = DocumentText.Extract(bytes, "公开.xlsx");

        Assert.True(text.Success, text.Error);
        Assert.Equal(
            ["部门收支总表", "编制单位：测试局\t\t单位：万元", "项目\t预算数\t占比", "一般公共预算拨款\t1234.50\t12.50%", "三公经费", "合计\t0.3"],
            Lines(text.Text!));
    }

    [Fact]
    public void A_damaged_word_file_gets_one_sentence()
    {
        var bytes = Docx(body => body.Append(Paragraph("表1")));
        var damaged = bytes.AsSpan(0, bytes.Length / 2).ToArray();

        var text = DocumentText.Extract(damaged, "坏文件.docx");

        Assert.False(text.Success);
        Assert.Contains("坏文件.docx", text.Error, StringComparison.Ordinal);
        Assert.Contains("损坏", text.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_word_file_says_it_has_no_text()
    {
        var text = DocumentText.Extract(Docx(_ => { }), "空.docx");

        Assert.False(text.Success);
        Assert.Contains("没有文字", text.Error, StringComparison.Ordinal);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static W.Paragraph Paragraph(params string[] parts) =>
        new(new W.Run(parts.Select(p => p == "\t" ? (OpenXmlElement)new W.TabChar() : new W.Text(p) { Space = SpaceProcessingModeValues.Preserve })));

    private static W.TableRow Row(params W.TableCell[] cells) => new(cells);

    private static W.TableCell Cell(string text, int span = 1, W.MergedCellValues? merge = null) => Cell([text], span, merge);

    private static W.TableCell Cell(string first, string second) => Cell([first, second], 1, null);

    private static W.TableCell Cell(string[] paragraphs, int span, W.MergedCellValues? merge)
    {
        var properties = new W.TableCellProperties();
        if (span > 1) properties.Append(new W.GridSpan { Val = span });
        if (merge is { } m) properties.Append(new W.VerticalMerge { Val = m });
        var cell = new W.TableCell(properties);
        foreach (var p in paragraphs) cell.Append(Paragraph(p));
        return cell;
    }

    private static byte[] Docx(Action<W.Body> fill)
    {
        using var ms = new MemoryStream();
        using (var document = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body());
            fill(main.Document.Body!);
        }
        return ms.ToArray();
    }

    private static byte[] Xlsx(params (string Name, bool visible, object[][] Rows)[] sheets)
    {
        using var ms = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()), new Fills(new Fill()), new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true }, new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true }));
            uint id = 1;
            foreach (var (name, visible, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                uint r = 1;
                foreach (var row in rows)
                {
                    var xr = new Row { RowIndex = r };
                    for (var c = 0; c < row.Length; c++)
                    {
                        var reference = $"{(char)('A' + c)}{r}";
                        xr.Append(row[c] switch
                        {
                            string s when s.Length == 0 => new Cell { CellReference = reference },
                            string s => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(s)) },
                            double d => new Cell { CellReference = reference, CellValue = new CellValue(d), StyleIndex = c == 2 ? 2u : c == 1 && r > 1 && d > 1 ? 1u : 0u },
                            _ => throw new ArgumentException("cell"),
                        });
                    }
                    data.Append(xr);
                    r++;
                }
                part.Worksheet = new Worksheet(data);
                workbook.Workbook.Sheets!.Append(new Sheet
                {
                    Id = workbook.GetIdOfPart(part),
                    SheetId = id++,
                    Name = name,
                    State = visible ? null : SheetStateValues.Hidden,
                });
            }
        }
        return ms.ToArray();
    }
}
