using Yusuan.Web.Services;

namespace Yusuan.Web.Tests;

public sealed class UploadReaderTests
{
    [Theory]
    [InlineData("tables.xlsx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00 }, 415)]
    [InlineData("program.exe", new byte[] { 0x4D, 0x5A, 0x90 }, 415)]
    [InlineData("binary.txt", new byte[] { 0x41, 0x00, 0x42 }, 415)]
    [InlineData("latin1.txt", new byte[] { 0xD4, 0xA4, 0xCB, 0xE3, 0x20 }, 415)]
    [InlineData("empty.txt", new byte[0], 400)]
    public void A_text_disclosure_upload_refuses_what_is_not_utf8_text(string name, byte[] bytes, int status)
    {
        var (upload, error) = UploadReader.Validate(new Upload(name, bytes), UploadKind.DisclosureText);

        Assert.Null(upload);
        Assert.Equal(status, error!.Status);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report.pdf")]
    [InlineData("report.txt")]
    [InlineData("下载")]
    public void A_pdf_passes_the_type_check_by_its_bytes_whatever_its_name(string name)
    {
        var (upload, error) = UploadReader.Validate(new Upload(name, "%PDF-1.7\n"u8.ToArray()), UploadKind.DisclosureText);

        Assert.Null(error);
        Assert.NotNull(upload);
    }

    [Fact]
    public void A_text_file_named_as_a_word_document_is_refused()
    {
        var (upload, error) = UploadReader.Validate(new Upload("公开.docx", Synthetic.Utf8("部门预算")), UploadKind.DisclosureText);

        Assert.Null(upload);
        Assert.Equal(415, error!.Status);
    }

    [Theory]
    [InlineData("公开文件.txt")]
    [InlineData("公开文件.md")]
    [InlineData("公开文件")]
    public void A_utf8_text_file_is_accepted(string name)
    {
        var (upload, error) = UploadReader.Validate(new Upload(name, Synthetic.Utf8("部门预算")), UploadKind.DisclosureText);

        Assert.Null(error);
        Assert.Equal(name, upload!.Name);
    }

    [Fact]
    public void A_generator_upload_must_be_an_xlsx_workbook_or_json()
    {
        var (_, notZip) = UploadReader.Validate(new Upload("template.xlsx", Synthetic.Utf8("不是工作簿")), UploadKind.GenerationInput);
        var (ok, _) = UploadReader.Validate(new Upload("template.xlsx", new CoreGenerator().Template()), UploadKind.GenerationInput);
        var (json, _) = UploadReader.Validate(new Upload("input.json", Synthetic.Utf8("{ \"unit\": \"测试局\" }")), UploadKind.GenerationInput);
        var (_, text) = UploadReader.Validate(new Upload("input.json", Synthetic.Utf8("部门预算")), UploadKind.GenerationInput);

        Assert.Equal(415, notZip!.Status);
        Assert.NotNull(ok);
        Assert.NotNull(json);
        Assert.Equal(415, text!.Status);
    }

    [Fact]
    public void A_zip_named_xlsx_that_holds_no_workbook_is_refused_with_400()
    {
        var (upload, error) = UploadReader.Validate(new Upload("template.xlsx", Bombs.Zip(("a.txt", "不是工作簿"u8.ToArray()))), UploadKind.GenerationInput);

        Assert.Null(upload);
        Assert.Equal(400, error!.Status);
        Assert.Contains("template.xlsx", error.Message, StringComparison.Ordinal);
    }
}
