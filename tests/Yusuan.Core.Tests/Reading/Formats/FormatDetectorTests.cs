using System.IO.Compression;
using System.Text;
using Yusuan.Core.Reading.Formats;

namespace Yusuan.Core.Tests.Reading.Formats;

/// <summary>A file's format is told from its bytes, not trusted from its name.</summary>
public sealed class FormatDetectorTests
{
    [Fact]
    public void A_pdf_is_known_by_its_header_whatever_its_name() =>
        Assert.Equal(SourceFormat.Pdf, FormatDetector.Detect("%PDF-1.7\n%âãÏÓ\n"u8, "公开.txt"));

    [Theory]
    [InlineData("word/document.xml", SourceFormat.Docx)]
    [InlineData("xl/workbook.xml", SourceFormat.Xlsx)]
    public void A_zip_package_is_told_apart_by_its_parts(string part, SourceFormat expected) =>
        Assert.Equal(expected, FormatDetector.Detect(Zip(part), "下载文件"));

    [Fact]
    public void A_zip_that_is_neither_word_nor_excel_is_not_supported() =>
        Assert.Null(FormatDetector.Detect(Zip("readme.txt"), "公开.docx"));

    [Theory]
    [InlineData("<!DOCTYPE html><html><body>表1</body></html>", "page")]
    [InlineData("\uFEFF  <html lang=\"zh\"><body></body></html>", "page")]
    [InlineData("一、部门收支总体情况", "公开.htm")]
    public void A_whole_html_page_is_html(string text, string name) =>
        Assert.Equal(SourceFormat.Html, FormatDetector.Detect(Encoding.UTF8.GetBytes(text), name));

    [Fact]
    public void Markdown_with_a_few_html_tags_stays_text() =>
        Assert.Equal(SourceFormat.Text, FormatDetector.Detect(Encoding.UTF8.GetBytes("# 2025年部门预算\n<b>表1</b>\n| a | b |"), "003.md"));

    private static byte[] Zip(string entry)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var w = new StreamWriter(zip.CreateEntry(entry).Open());
            w.Write("<x/>");
        }
        return ms.ToArray();
    }
}
