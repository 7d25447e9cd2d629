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
