using System.Net;
using System.Text;
using System.Text.Json;
using Yusuan.Web.Services;

namespace Yusuan.Web.Tests;

/// <summary>Issue #15, no empty 500s: a body the client broke is a 400 with a sentence (problem details), and nothing
/// is said about the server's insides.</summary>
public sealed class ErrorResponseTests
{
    private const string Boundary = "----yusuan-test-boundary";

    [Fact]
    public async Task A_truncated_multipart_body_is_a_400_with_a_sentence()
    {
        await using var app = await RunningApp.StartAsync();
        var seed = await File.ReadAllTextAsync(Samples.Seed("000"));
        // The file part starts but the body ends before the part does (no closing boundary).
        var body = Encoding.UTF8.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"000.txt\"\r\nContent-Type: text/plain\r\n\r\n{seed[..2000]}");

        var (status, text) = await PostRawAsync(app, "/api/check", $"multipart/form-data; boundary={Boundary}", body);

        Assert.Equal(400, status);
        Assert.Contains("不完整", Detail(text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_boundary_without_a_body_is_a_400_with_a_sentence()
    {
        await using var app = await RunningApp.StartAsync();

        var (status, text) = await PostRawAsync(app, "/api/check", $"multipart/form-data; boundary={Boundary}", []);

        Assert.Equal(400, status);
        Assert.NotEmpty(Detail(text));
    }

    [Fact]
    public async Task Multipart_without_a_boundary_is_a_400_that_says_so_not_file_too_large()
    {
        await using var app = await RunningApp.StartAsync();

        var (status, text) = await PostRawAsync(app, "/api/check", "multipart/form-data", "abc"u8.ToArray());

        Assert.Equal(400, status);
        Assert.Contains("boundary", Detail(text), StringComparison.Ordinal);
        Assert.DoesNotContain("文件太大", text, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BrokenBodies()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in new[] { "/api/check", "/api/documents", "/api/batches", "/check", "/generate", "/batches" })
        {
            foreach (var broken in new[] { "truncated", "boundary-without-body", "no-boundary" }) data.Add(path, broken);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(BrokenBodies))]
    public async Task Every_upload_endpoint_answers_a_broken_multipart_body_with_a_400_and_its_sentence(string path, string broken)
    {
        await using var app = await RunningApp.StartAsync();
        var field = path.Contains("batches", StringComparison.Ordinal) ? "files" : "file";
        var part = Encoding.UTF8.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"000.txt\"\r\nContent-Type: text/plain\r\n\r\n一般公共预算财政拨款支出");
        var (contentType, body) = broken switch
        {
            "truncated" => ($"multipart/form-data; boundary={Boundary}", part),
            "boundary-without-body" => ($"multipart/form-data; boundary={Boundary}", Array.Empty<byte>()),
            _ => ("multipart/form-data", part),
        };

        var (status, text) = await PostRawAsync(app, path, contentType, body);
        // The API answers problem details, a page the same sentence on its form.
        var sentence = path.StartsWith("/api/", StringComparison.Ordinal)
            ? Detail(text)
            : System.Text.RegularExpressions.Regex.Match(text, "id=\"upload-error\">([^<]+)<").Groups[1].Value;

        Assert.Equal(400, status);
        Assert.NotEmpty(sentence);
        Assert.DoesNotContain("文件太大", sentence, StringComparison.Ordinal);
        Assert.Contains(broken switch { "truncated" => "不完整", "no-boundary" => "boundary", _ => "没有收到" }, sentence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zip_named_xlsx_on_the_generate_page_is_a_400_with_a_sentence()
    {
        await using var app = await RunningApp.StartAsync();

        using var response = await app.PostFileAsync("/generate", "模板.xlsx", Bombs.Zip(("a.txt", "不是工作簿"u8.ToArray())), "application/octet-stream");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"upload-error\"", html, StringComparison.Ordinal);
        Assert.Contains("模板.xlsx", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_workbook_on_the_generate_page_is_a_400_not_a_500()
    {
        await using var app = await RunningApp.StartAsync();
        var workbook = new CoreGenerator().Template();
        // A real workbook's zip with its sheet XML broken.
        var broken = Bombs.Zip(("[Content_Types].xml", "<Types"u8.ToArray()), ("xl/workbook.xml", "<workbook><sheets>"u8.ToArray()));

        using var response = await app.PostFileAsync("/generate", "模板.xlsx", broken, "application/octet-stream");
        using var fine = await app.PostFileAsync("/generate", "空白模板.xlsx", workbook, "application/octet-stream");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"upload-error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.InternalServerError, fine.StatusCode);
    }

    [Fact]
    public async Task A_server_error_has_a_sentence_and_no_exception_text_or_path()
    {
        await using var app = await RunningApp.StartAsync(new Backends(new ThrowingChecker()));

        using var response = await app.PostFileAsync("/api/check", "000.txt", await File.ReadAllBytesAsync(Samples.Seed("000")));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.NotEmpty(Detail(text));
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/tmp/", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Samples.Root, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_export_says_so_without_the_exception_or_the_temp_file()
    {
        await using var app = await RunningApp.StartAsync(new Backends(RuleChecker.Default, Exporter: new ThrowingExporter()));
        using var upload = await app.PostFileAsync("/check", "000.txt", await File.ReadAllBytesAsync(Samples.Seed("000")));
        var id = upload.RequestMessage!.RequestUri!.Segments[^1];

        using var xlsx = await app.Client.GetAsync($"/check/{id}/tables.xlsx");
        var text = await xlsx.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, xlsx.StatusCode);
        Assert.Contains("导出失败", Detail(text), StringComparison.Ordinal);
        Assert.DoesNotContain("yusuan-secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/tmp", text, StringComparison.Ordinal);
    }

    private static async Task<(int Status, string Text)> PostRawAsync(RunningApp app, string path, string contentType, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        using var response = await app.Client.PostAsync(path, content);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string Detail(string json) => JsonDocument.Parse(json).RootElement.GetProperty("detail").GetString()!;

    private sealed class ThrowingExporter : IDocumentExporter
    {
        private static byte[] Fail() => throw new IOException("Could not write /tmp/yusuan-secret-1234.xlsx: disk full");

        public byte[] TablesXlsx(CheckedFile document) => Fail();
        public byte[] ReportPdf(CheckedFile document) => Fail();
        public byte[] DisclosureDocx(CheckedFile document) => Fail();
        public byte[] DisclosurePdf(CheckedFile document) => Fail();
    }

    private sealed class ThrowingChecker : IDisclosureChecker
    {
        public Yusuan.Core.Checking.CheckReport Check(Yusuan.Core.Model.Disclosure document, string? source) =>
            throw new InvalidOperationException($"checker bug reading {Samples.Root}/secret");
    }
}
