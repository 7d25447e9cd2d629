using System.Buffers.Binary;
using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Yusuan.Storage;
using Yusuan.Web.Security;
using Yusuan.Web.Services;

namespace Yusuan.Web.Tests;

/// <summary>Issue #14, the original pages: a checked or stored PDF's page N as a PNG (pdftoppm), 404 for a page it does not
/// have, a reviewer needed as for the document view, no-store for a draft, and one sentence when pdftoppm is missing.</summary>
public sealed class PageImageTests : IDisposable
{
    /// <summary>16 landscape A4 pages (841.85 × 595.25 pt); its 表2 on page 8 has a row 表3 lacks (X.T2-T3-codes).</summary>
    public static string Pdf => Path.Combine(Samples.Root, "samples", "corpus", "pdf", "010_sh_putuo_shfly_2024_unit_budget.pdf");

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly string folder = Directory.CreateTempSubdirectory("yusuan-web-pages-").FullName;

    [Fact]
    public async Task A_checked_pdf_gives_each_page_as_a_png_of_the_page_s_proportions_that_no_cache_keeps()
    {
        await using var app = await RunningApp.StartAsync();
        var id = await CheckAsync(app.Client);

        using var response = await app.Client.GetAsync($"/check/{id}/pages/8");
        var png = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(PngSignature, png[..8]);
        var (width, height) = Size(png);
        Assert.InRange(width / (double)height, 841.85 / 595.25 - 0.01, 841.85 / 595.25 + 0.01);
        Assert.InRange(width, 1000, PageImages.MaxPixels);
        // An uploaded draft: nothing may keep it.
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Null(response.Content.Headers.ContentDisposition);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("17")]
    [InlineData("08")]
    [InlineData("-1")]
    [InlineData("一")]
    public async Task A_page_the_pdf_does_not_have_is_404_with_a_chinese_problem(string page)
    {
        await using var app = await RunningApp.StartAsync();
        var id = await CheckAsync(app.Client);

        using var response = await app.Client.GetAsync($"/check/{id}/pages/{Uri.EscapeDataString(page)}");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, body.GetProperty("status").GetInt32());
        Assert.Contains("16", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("页", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_that_is_not_a_pdf_and_an_unknown_id_have_no_pages()
    {
        await using var app = await RunningApp.StartAsync();
        using var text = await app.PostFileAsync("/api/check", "000.txt", await File.ReadAllBytesAsync(Samples.Seed("000")));
        var textId = CheckedFile.IdOf(await File.ReadAllBytesAsync(Samples.Seed("000")));

        using var notPdf = await app.Client.GetAsync($"/check/{textId}/pages/1");
        using var unknown = await app.Client.GetAsync("/check/0123456789abcdef/pages/1");
        using var unknownApi = await app.Client.GetAsync("/api/documents/0123456789abcdef/pages/1");

        Assert.Equal(HttpStatusCode.OK, text.StatusCode);
        foreach (var response in new[] { notPdf, unknown, unknownApi })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("文档", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        Assert.DoesNotContain("id=\"pages\"", await app.Client.GetStringAsync($"/check/{textId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_pdf_s_pages_are_drawn_from_its_kept_file_after_a_restart_and_may_stay_in_the_reviewer_s_cache()
    {
        var location = StoreLocation.Sqlite(Path.Combine(folder, "corpus.db"));
        string id;
        await using (var app = await RunningApp.StartAsync(store: location))
        {
            using var saved = await app.PostFileAsync("/api/documents", Path.GetFileName(Pdf), await File.ReadAllBytesAsync(Pdf), "application/pdf");
            Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
            id = JsonDocument.Parse(await saved.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        }

        // No recent check any more: the page comes from <db>.files/<id>.pdf.
        await using var restarted = await RunningApp.StartAsync(store: location);
        using var response = await restarted.Client.GetAsync($"/api/documents/{id}/pages/16");
        using var beyond = await restarted.Client.GetAsync($"/api/documents/{id}/pages/17");
        var view = await restarted.Client.GetStringAsync($"/documents/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(PngSignature, (await response.Content.ReadAsByteArrayAsync())[..8]);
        Assert.True(response.Headers.CacheControl is { Private: true, NoStore: false, MaxAge.TotalSeconds: 3600 }, $"Cache-Control: {response.Headers.CacheControl}");
        Assert.Equal(HttpStatusCode.NotFound, beyond.StatusCode);
        Assert.Contains($"src=\"/api/documents/{id}/pages/16\" loading=\"lazy\"", view, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pages_need_a_signed_in_reviewer_as_the_document_view_does()
    {
        var accounts = new InMemoryAccounts();
        accounts.Add("张审核", Role.Reviewer, "审核人员的密码-2025");
        await using var app = await RunningApp.StartWithAccountsAsync(accounts: accounts);
        using var reviewer = app.NewClient();
        using var signedIn = await app.SignInAsync(reviewer, "张审核", "审核人员的密码-2025");
        var id = await CheckAsync(reviewer);
        using var stranger = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.Address };

        using var page = await stranger.GetAsync($"/check/{id}/pages/1");
        using var api = await stranger.GetAsync($"/api/documents/{id}/pages/1");
        using var own = await reviewer.GetAsync($"/check/{id}/pages/1");

        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/signin", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual(PngSignature, (await page.Content.ReadAsByteArrayAsync()).Take(8).ToArray());
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(PngSignature, (await own.Content.ReadAsByteArrayAsync())[..8]);
    }

    [Fact]
    public async Task Without_pdftoppm_the_view_says_so_in_one_sentence_and_the_endpoint_answers_503()
    {
        await using var app = await RunningApp.StartAsync(configure: o => o with { PdfToPpm = Path.Combine(folder, "no-such-pdftoppm") });
        var id = await CheckAsync(app.Client);

        var view = await app.Client.GetStringAsync($"/check/{id}");
        using var response = await app.Client.GetAsync($"/check/{id}/pages/1");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Contains("没有安装 pdftoppm", view, StringComparison.Ordinal);
        Assert.DoesNotContain("/pages/1\"", view, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("pdftoppm", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pdftoppm_that_fails_gives_a_sentence_not_an_empty_500()
    {
        // A "pdftoppm" that exists but draws nothing (exits 1, as on a damaged file).
        var tool = Path.Combine(folder, "pdftoppm");
        await File.WriteAllTextAsync(tool, "#!/bin/sh\necho 'Syntax Error: broken' >&2\nexit 1\n");
        if (OperatingSystem.IsWindows()) throw new PlatformNotSupportedException("这个测试用 shell 脚本代替 pdftoppm。");
        else File.SetUnixFileMode(tool, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        await using var app = await RunningApp.StartAsync(configure: o => o with { PdfToPpm = tool });
        var id = await CheckAsync(app.Client);

        using var response = await app.Client.GetAsync($"/check/{id}/pages/1");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("无法生成这一页的图像", JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Syntax Error", text, StringComparison.Ordinal);
        Assert.DoesNotContain(folder, text, StringComparison.Ordinal);
    }

    /// <summary>Checks <see cref="Pdf"/> through the API (which keeps the result for the pages) and gives its id.</summary>
    public static async Task<string> CheckAsync(HttpClient client)
    {
        var bytes = await File.ReadAllBytesAsync(Pdf);
        using var response = await RunningApp.PostFileAsync(client, "/api/check", Path.GetFileName(Pdf), bytes, "application/pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return CheckedFile.IdOf(bytes);
    }

    /// <summary>Width and height from a PNG's IHDR chunk.</summary>
    private static (int Width, int Height) Size(byte[] png) =>
        (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
