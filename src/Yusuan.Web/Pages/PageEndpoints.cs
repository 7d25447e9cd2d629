using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Yusuan.Core.Checking;
using Yusuan.Core.Checking.Output;
using Yusuan.Core.Export;
using Yusuan.Web.Http;
using Yusuan.Web.Security;
using Yusuan.Web.Services;

namespace Yusuan.Web.Pages;

/// <summary>The HTML pages and the download links they use. Every page needs a signed-in reviewer (the fallback policy);
/// deleting needs an admin.</summary>
internal static class PageEndpoints
{
    public static IResult Html(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);

    public static void Map(WebApplication app)
    {
        app.MapGet("/", () => Results.Redirect("/check"));
        app.MapGet("/check", (HttpContext c, WebOptions o) => Html(CheckPage.Form(PageContext.Of(c), o.MaxUploadBytes)));
        app.MapPost("/check", async (HttpContext c, WebOptions o, CheckService checks, CancellationToken cancel) =>
        {
            var (upload, error) = await UploadReader.ReadAsync(c.Request, o.MaxUploadBytes, UploadKind.DisclosureText, cancel).ConfigureAwait(false);
            if (upload is null) return Html(CheckPage.Form(PageContext.Of(c), o.MaxUploadBytes, error!.Message), error.Status);
            var (checkedDocument, readError) = await checks.CheckAsync(upload, cancel).ConfigureAwait(false);
            if (checkedDocument is null) return Html(CheckPage.Form(PageContext.Of(c), o.MaxUploadBytes, readError!.Message), readError.Status);
            return Results.Redirect($"/check/{checkedDocument.Id}", permanent: false, preserveMethod: false);
        });
        app.MapGet("/check/{id}", (HttpContext c, string id, CheckService checks, ICorpus corpus, PageImages images) =>
            Find(id, checks, corpus) is { } d
                ? Html(CheckPage.Result(PageContext.Of(c), d, corpus.Entry(id) is not null, images.Available))
                : Html(CheckPage.Expired(PageContext.Of(c)), StatusCodes.Status404NotFound));
        app.MapGet("/check/{id}/{file}", async (HttpContext c, string id, string file, CheckService checks, ICorpus corpus, Backends backends, Renders renders) =>
            Find(id, checks, corpus) is { } d
                ? await DownloadAsync(d, file, backends, renders, c.RequestAborted).ConfigureAwait(false)
                : Html(CheckPage.Expired(PageContext.Of(c)), StatusCodes.Status404NotFound));
        app.MapPost("/check/{id}/save", (HttpContext c, string id, CheckService checks, ICorpus corpus) =>
        {
            if (Find(id, checks, corpus) is not { } d) return Html(CheckPage.Expired(PageContext.Of(c)), StatusCodes.Status404NotFound);
            try
            {
                var entry = corpus.Add(d, c.User.Identity?.Name);
                return Results.Redirect($"/documents/{entry.Id}");
            }
            catch (Yusuan.Storage.StoreException e)
            {
                return Html(Layout.Page(PageContext.Of(c), "保存失败", "check", new Html().El("h1", "保存失败").Notice(Redact.Paths(e.Message)).ToString()),
                    StatusCodes.Status503ServiceUnavailable);
            }
        });

        app.MapGet("/documents", (HttpContext c, ICorpus corpus, string? q) => Html(DocumentsPage.List(PageContext.Of(c), corpus, new CorpusFilter(), q)));
        app.MapGet("/documents/{id}", (HttpContext c, string id, ICorpus corpus, PageImages images) =>
            corpus.Get(id) is { } d
                ? Html(DocumentsPage.One(PageContext.Of(c), corpus, d, images.Available))
                : Html(NotFound(PageContext.Of(c), corpus.Entry(id) is null ? "找不到这份文档。" : "这份文档的原文件已不在服务器上，无法显示。"), StatusCodes.Status404NotFound));
        app.MapPost("/documents/{id}/delete", (HttpContext c, string id, ICorpus corpus) =>
        {
            try
            {
                return corpus.Remove(id) ? Results.Redirect("/documents") : Html(NotFound(PageContext.Of(c), "找不到这份文档。"), StatusCodes.Status404NotFound);
            }
            catch (Yusuan.Storage.StoreException e)
            {
                return Html(Layout.Page(PageContext.Of(c), "删除失败", "documents", new Html().El("h1", "删除失败").Notice(Redact.Paths(e.Message)).ToString()),
                    StatusCodes.Status503ServiceUnavailable);
            }
        }).RequireAuthorization(Authentication.AdminPolicy);

        app.MapGet("/corpus", (HttpContext c, ICorpus corpus, string? region, string? level, string? year, string? unit, string? kind) =>
            Html(CorpusPage.Render(PageContext.Of(c), corpus, Filter(region, level, year, unit, kind), StaticAssets.Has("echarts.min.js"))));

        app.MapGet("/generate", (HttpContext c, Backends b) => Html(GeneratePage.Form(PageContext.Of(c), b.Generator is not null)));
        app.MapGet("/generate/template.xlsx", async (Backends b, Renders renders, CancellationToken cancel) =>
        {
            if (b.Generator is not { } g) return NotAvailable("生成器尚未接入本版本。");
            var bytes = await renders.Office.RunAsync(g.Template, cancel).ConfigureAwait(false);
            return bytes is null ? Busy() : Results.File(bytes, XlsxType, "预算公开数据模板.xlsx");
        });
        app.MapPost("/generate", async (HttpContext c, WebOptions o, Backends b, CheckService checks, CancellationToken cancel) =>
        {
            var ctx = PageContext.Of(c);
            if (b.Generator is null) return Html(GeneratePage.Form(ctx, false, "生成器尚未接入本版本。"), StatusCodes.Status501NotImplemented);
            var (upload, error) = await UploadReader.ReadAsync(c.Request, o.MaxUploadBytes, UploadKind.GenerationInput, cancel).ConfigureAwait(false);
            if (upload is null) return Html(GeneratePage.Form(ctx, true, error!.Message), error.Status);
            if (PackageGuard.Inspect(upload.Bytes, upload.Name, o) is { } refused) return Html(GeneratePage.Form(ctx, true, refused.Message), refused.Status);
            // Reading a workbook takes many times its size in memory: in a check slot, as every other read of an upload.
            var (admitted, (text, genError)) = await checks.RunInSlotAsync(() => b.Generator.Generate(upload.Bytes, upload.Name), cancel).ConfigureAwait(false);
            if (!admitted) return Html(GeneratePage.Form(ctx, true, CheckService.Busy.Message), StatusCodes.Status503ServiceUnavailable);
            if (text is null) return Html(GeneratePage.Form(ctx, true, genError ?? "无法从该模板生成公开文件。"), StatusCodes.Status400BadRequest);
            var name = Path.ChangeExtension(upload.Name, ".md");
            var (d, readError) = await checks.CheckAsync(new Upload(name, Encoding.UTF8.GetBytes(text)), cancel).ConfigureAwait(false);
            if (d is null) return Html(GeneratePage.Form(ctx, true, readError!.Message), StatusCodes.Status400BadRequest);
            return Html(GeneratePage.Result(ctx, d));
        });

        app.MapGet("/api", (HttpContext c) => Html(ApiPage.Render(PageContext.Of(c), c.Request.Scheme)));
    }

    public static CorpusFilter Filter(string? region, string? level, string? year, string? unit, string? kind) =>
        new(Empty(region), Empty(level), int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null, Empty(unit), Empty(kind));

    private static string? Empty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    internal static CheckedFile? Find(string id, CheckService checks, ICorpus corpus) => checks.Recent(id) ?? corpus.Get(id);

    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The download formats of one checked document; XLSX/DOCX/PDF need the renderers (501 with a Chinese sentence
    /// without them) and wait in their bounded queue (503 when it is full).</summary>
    public static async Task<IResult> DownloadAsync(CheckedFile d, string file, Backends backends, Renders renders, CancellationToken cancel)
    {
        var stem = Path.GetFileNameWithoutExtension(d.Name);
        switch (file)
        {
            case "findings.json":
                return Attachment(Encoding.UTF8.GetBytes(FindingsJson.Write(d.Report.Check)), "application/json; charset=utf-8", $"{stem}.findings.json");
            case "findings.sarif":
                return Attachment(Encoding.UTF8.GetBytes(Sarif.Write(RuleCatalog.Default, [d.Report.Check])), "application/sarif+json; charset=utf-8", $"{stem}.sarif");
            case "cells.csv":
                return Attachment(Encoding.UTF8.GetBytes(CellsCsv.Write(CellsProjection.Cells(d.Report.Document))), "text/csv; charset=utf-8", $"{stem}.cells.csv");
            case "model.json":
                return Attachment(Encoding.UTF8.GetBytes(Yusuan.Core.Json.ModelJson.Serialize(d.Report.Document)), "application/json; charset=utf-8", $"{stem}.model.json");
            case "document.txt":
                return Attachment(Encoding.UTF8.GetBytes(d.Text), "text/plain; charset=utf-8", $"{stem}.txt");
            case "review.xlsx":
                return await RenderAsync(renders.Office, () => backends.ReviewWorkbook.Document(d), XlsxType, $"{stem}.检查表.xlsx", cancel).ConfigureAwait(false);
            case "tables.xlsx":
                if (backends.Exporter is not { } x) return NotAvailable("XLSX 导出尚未接入本版本。");
                return await RenderAsync(renders.Office, () => x.TablesXlsx(d), XlsxType, $"{stem}.xlsx", cancel).ConfigureAwait(false);
            case "disclosure.docx":
                if (backends.Exporter is not { } w) return NotAvailable("Word 导出尚未接入本版本。");
                return await RenderAsync(renders.Office, () => w.DisclosureDocx(d), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    $"{stem}.docx", cancel).ConfigureAwait(false);
            case "disclosure.pdf":
                if (backends.Exporter is not { } dp) return NotAvailable("PDF 导出尚未接入本版本。");
                return await RenderAsync(renders.Pdf, () => dp.DisclosurePdf(d), "application/pdf", $"{stem}.pdf", cancel).ConfigureAwait(false);
            case "report.pdf":
                if (backends.Exporter is not { } p) return NotAvailable("PDF 报告尚未接入本版本。");
                return await RenderAsync(renders.Pdf, () => p.ReportPdf(d), "application/pdf", $"{stem}.report.pdf", cancel).ConfigureAwait(false);
            default:
                return Problem.Result(StatusCodes.Status404NotFound, "没有这种下载格式。");
        }
    }

    /// <summary>Renderers write files and may start Chromium: run them in their queue, off the request thread, and turn their
    /// failures into one Chinese sentence (503 when a tool such as Chromium is missing); the detail goes to the log only.</summary>
    private static async Task<IResult> RenderAsync(RenderQueue queue, Func<byte[]> render, string contentType, string fileName, CancellationToken cancel)
    {
        try
        {
            var bytes = await queue.RunAsync(render, cancel).ConfigureAwait(false);
            return bytes is null ? Busy() : Attachment(bytes, contentType, fileName);
        }
        catch (Yusuan.Core.Rendering.Pdf.RenderToolException e)
        {
            return Problem.Result(StatusCodes.Status503ServiceUnavailable, CheckService.ChineseOnly(e.Message));
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or ArgumentException or UnauthorizedAccessException)
        {
            queue.Log?.Invoke($"导出 {fileName} 失败：{e}");
            return Problem.Result(StatusCodes.Status500InternalServerError, "导出失败，请稍后再试；详情见服务器日志。");
        }
    }

    /// <summary>The render queue is full: try again shortly.</summary>
    public static IResult Busy() => new BusyResult();

    private sealed class BusyResult : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = "10";
            return Problem.WriteAsync(httpContext, StatusCodes.Status503ServiceUnavailable, "导出任务正在排队，队列已满，请十几秒后再试。");
        }
    }

    private static IResult Attachment(byte[] bytes, string contentType, string fileName) =>
        Results.File(bytes, contentType, fileName);

    private static IResult NotAvailable(string message) => Problem.Result(StatusCodes.Status501NotImplemented, message);

    private static string NotFound(PageContext ctx, string message) =>
        Layout.Page(ctx, "找不到", "documents", new Html().El("h1", "找不到").Notice(message).ToString());
}
