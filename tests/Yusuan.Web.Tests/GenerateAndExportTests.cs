using System.Net;
using System.Text.Json;

namespace Yusuan.Web.Tests;

/// <summary>The 生成 page and the binary exports, through the real generator and renderers.</summary>
public sealed class GenerateAndExportTests
{
    [Fact]
    public async Task Generating_from_json_input_shows_the_rendered_disclosure_and_its_check()
    {
        await using var app = await RunningApp.StartAsync();
        var input = Path.Combine(Samples.Root, "samples", "input", "bazhou-office-2025.json");

        using var response = await app.PostFileAsync("/generate", "bazhou-office-2025.json", await File.ReadAllBytesAsync(input), "application/json");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("生成结果", html, StringComparison.Ordinal);
        Assert.Contains("data-table=\"T1\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"completeness\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_with_errors_is_refused_with_the_generators_message()
    {
        await using var app = await RunningApp.StartAsync();

        using var response = await app.PostFileAsync("/generate", "bad.json", Synthetic.Utf8("{ \"unit\": 5 }"), "application/json");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"upload-error\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_tables_download_is_an_xlsx_workbook_and_the_report_a_pdf()
    {
        await using var app = await RunningApp.StartAsync();
        using var upload = await app.PostFileAsync("/check", "000.txt", await File.ReadAllBytesAsync(Samples.Seed("000")));
        var id = upload.RequestMessage!.RequestUri!.Segments[^1];

        var xlsx = await app.Client.GetByteArrayAsync($"/check/{id}/tables.xlsx");
        var pdf = await app.Client.GetByteArrayAsync($"/check/{id}/report.pdf");
        var findings = JsonDocument.Parse(await app.Client.GetStringAsync($"/check/{id}/findings.json")).RootElement;
        var sarif = JsonDocument.Parse(await app.Client.GetStringAsync($"/check/{id}/findings.sarif")).RootElement;

        Assert.Equal("PK"u8.ToArray(), xlsx[..2]);
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        Assert.Equal("000.txt", findings.GetProperty("document").GetProperty("source").GetString());
        Assert.Equal("2.1.0", sarif.GetProperty("version").GetString());
    }
}

/// <summary>Issue #15: the generate page offers the XLSX template and returns the disclosure as Word and PDF too; the API
/// page shows this server's own address.</summary>
public sealed class GenerateDownloadsTests
{
    [Fact]
    public async Task The_generate_page_offers_the_xlsx_template_and_the_disclosure_as_word_and_pdf()
    {
        await using var app = await RunningApp.StartAsync();
        var form = await app.Client.GetStringAsync("/generate");
        var template = await app.Client.GetByteArrayAsync("/generate/template.xlsx");
        var input = Path.Combine(Samples.Root, "samples", "input", "bazhou-office-2025.json");

        using var generated = await app.PostFileAsync("/generate", "bazhou-office-2025.json", await File.ReadAllBytesAsync(input), "application/json");
        var id = System.Text.RegularExpressions.Regex.Match(await generated.Content.ReadAsStringAsync(), "/check/([0-9a-f]{16})/disclosure\\.docx").Groups[1].Value;
        var docx = await app.Client.GetByteArrayAsync($"/check/{id}/disclosure.docx");
        var pdf = await app.Client.GetByteArrayAsync($"/check/{id}/disclosure.pdf");
        var (upload, _) = Yusuan.Web.Services.UploadReader.Validate(new Yusuan.Web.Services.Upload("模板.xlsx", template), Yusuan.Web.Services.UploadKind.GenerationInput);

        Assert.Contains("/generate/template.xlsx", form, StringComparison.Ordinal);
        Assert.NotNull(upload);
        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        Assert.NotEmpty(id);
        Assert.Equal("PK"u8.ToArray(), docx[..2]);
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        var text = Yusuan.Core.Reading.Formats.DocumentText.Extract(docx, "公开.docx");
        Assert.True(text.Success);
        Assert.Contains("巴州", text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filled_in_xlsx_template_gives_the_disclosure_checked_with_its_word_and_pdf()
    {
        await using var app = await RunningApp.StartAsync();
        var json = await File.ReadAllTextAsync(Path.Combine(Samples.Root, "samples", "input", "bazhou-office-2025.json"));
        var input = Yusuan.Core.Generation.Input.InputJson.Read(json, "bazhou-office-2025.json").Input!;
        var path = Path.Combine(Path.GetTempPath(), $"yusuan-filled-{Guid.NewGuid():N}.xlsx");
        byte[] filled;
        try
        {
            Yusuan.Core.Generation.Input.XlsxTemplate.Write(path, input.Year, input);
            filled = await File.ReadAllBytesAsync(path);
        }
        finally
        {
            File.Delete(path);
        }

        using var generated = await app.PostFileAsync("/generate", "填好的模板.xlsx", filled, "application/octet-stream");
        var html = await generated.Content.ReadAsStringAsync();
        var id = System.Text.RegularExpressions.Regex.Match(html, "/check/([0-9a-f]{16})/disclosure\\.docx").Groups[1].Value;
        using var docx = await app.Client.GetAsync($"/check/{id}/disclosure.docx");
        using var pdf = await app.Client.GetAsync($"/check/{id}/disclosure.pdf");

        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        Assert.Contains("id=\"findings\"", html, StringComparison.Ordinal);
        Assert.Contains("巴州", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("%PDF"u8.ToArray(), (await pdf.Content.ReadAsByteArrayAsync())[..4]);
    }

    [Fact]
    public async Task The_api_page_shows_the_address_the_server_is_reached_at()
    {
        await using var app = await RunningApp.StartAsync();

        var html = await app.Client.GetStringAsync("/api");

        Assert.Contains($"http://127.0.0.1:{app.Address.Port}/api/check", html, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1:5080", html, StringComparison.Ordinal);
    }
}
