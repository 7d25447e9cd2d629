using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Yusuan.Core.Checking;
using Yusuan.Core.Checking.Output;
using Yusuan.Core.Export;
using Yusuan.Web.Services;

namespace Yusuan.Web.Pages;

/// <summary>The HTML pages and the download links they use.</summary>
internal static class PageEndpoints
{
    public static IResult Html(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);

    public static void Map(WebApplication app)
    {
        app.MapGet("/", () => Results.Redirect("/check"));
        app.MapGet("/check", (WebOptions o) => Html(CheckPage.Form(o.MaxUploadBytes)));
        app.MapPost("/check", async (HttpRequest request, WebOptions o, CheckService checks, CancellationToken cancel) =>
        {
            var (upload, error) = await UploadReader.ReadAsync(request, o.MaxUploadBytes, UploadKind.DisclosureText, cancel).ConfigureAwait(false);
            if (upload is null) return Html(CheckPage.Form(o.MaxUploadBytes, error!.Message), error.Status);
            var (checkedDocument, readError) = await checks.CheckAsync(upload, cancel).ConfigureAwait(false);
            if (checkedDocument is null) return Html(CheckPage.Form(o.MaxUploadBytes, readError!.Message), readError.Status);
            return Results.Redirect($"/check/{checkedDocument.Id}", permanent: false, preserveMethod: false);
        });
        app.MapGet("/check/{id}", (string id, CheckService checks, ICorpus corpus) =>
            Find(id, checks, corpus) is { } d ? Html(CheckPage.Result(d, corpus.Get(id) is not null)) : Html(CheckPage.Expired(), StatusCodes.Status404NotFound));
        app.MapGet("/check/{id}/{file}", async (string id, string file, CheckService checks, ICorpus corpus, Backends backends) =>
            Find(id, checks, corpus) is { } d ? await DownloadAsync(d, file, backends).ConfigureAwait(false) : Html(CheckPage.Expired(), StatusCodes.Status404NotFound));
        app.MapPost("/check/{id}/save", (string id, CheckService checks, ICorpus corpus) =>
        {
            if (Find(id, checks, corpus) is not { } d) return Html(CheckPage.Expired(), StatusCodes.Status404NotFound);
            try
            {
                corpus.Add(d);
            }
            catch (Yusuan.Storage.StoreException e)
            {
                return Html(Layout.Page("保存失败", "check", new Html().El("h1", "保存失败").Notice(e.Message).ToString()), StatusCodes.Status503ServiceUnavailable);
            }
            return Results.Redirect($"/documents/{d.Id}");
        });

        app.MapGet("/documents", (ICorpus corpus, string? q) => Html(DocumentsPage.List(corpus, new CorpusFilter(), q)));
        app.MapGet("/documents/{id}", (string id, ICorpus corpus) =>
            corpus.Get(id) is { } d ? Html(DocumentsPage.One(corpus, d)) : Html(NotFound("找不到这份文档。"), StatusCodes.Status404NotFound));

        app.MapGet("/corpus", (ICorpus corpus, string? region, string? level, string? year, string? unit, string? kind) =>
            Html(CorpusPage.Render(corpus, Filter(region, level, year, unit, kind), StaticAssets.Has("echarts.min.js"))));

        app.MapGet("/generate", (Backends b) => Html(GeneratePage.Form(b.Generator is not null)));
        app.MapPost("/generate", async (HttpRequest request, WebOptions o, Backends b, CheckService checks, CancellationToken cancel) =>
        {
            if (b.Generator is null) return Html(GeneratePage.Form(false, "生成器尚未接入本版本。"), StatusCodes.Status501NotImplemented);
            var (upload, error) = await UploadReader.ReadAsync(request, o.MaxUploadBytes, UploadKind.GenerationInput, cancel).ConfigureAwait(false);
            if (upload is null) return Html(GeneratePage.Form(true, error!.Message), error.Status);
            var (text, genError) = b.Generator.Generate(upload.Bytes, upload.Name);
            if (text is null) return Html(GeneratePage.Form(true, genError ?? "无法从该模板生成公开文件。"), StatusCodes.Status400BadRequest);
            var name = Path.ChangeExtension(upload.Name, ".txt");
            var (d, readError) = await checks.CheckAsync(new Upload(name, Encoding.UTF8.GetBytes(text)), cancel).ConfigureAwait(false);
            if (d is null) return Html(GeneratePage.Form(true, readError!.Message), StatusCodes.Status400BadRequest);
            return Html(GeneratePage.Result(d));
        });

        app.MapGet("/api", () => Html(ApiPage.Render()));
    }

    public static CorpusFilter Filter(string? region, string? level, string? year, string? unit, string? kind) =>
        new(Empty(region), Empty(level), int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null, Empty(unit), Empty(kind));

    private static string? Empty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static CheckedFile? Find(string id, CheckService checks, ICorpus corpus) => checks.Recent(id) ?? corpus.Get(id);

    /// <summary>The download formats of one checked document; XLSX/PDF need the renderers (501 with a Chinese sentence without them).</summary>
    public static async Task<IResult> DownloadAsync(CheckedFile d, string file, Backends backends)
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
            case "tables.xlsx":
                if (backends.Exporter is not { } x) return NotAvailable("XLSX 导出尚未接入本版本。");
                return await RenderAsync(() => x.TablesXlsx(d), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{stem}.xlsx").ConfigureAwait(false);
            case "report.pdf":
                if (backends.Exporter is not { } p) return NotAvailable("PDF 报告尚未接入本版本。");
                return await RenderAsync(() => p.ReportPdf(d), "application/pdf", $"{stem}.report.pdf").ConfigureAwait(false);
            default:
                return Results.Text("没有这种下载格式。", "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status404NotFound);
        }
    }

    /// <summary>Renderers write files and may start Chromium: run them off the request thread, and turn their
    /// failures into one Chinese sentence (503 when a tool such as Chromium is missing).</summary>
    private static async Task<IResult> RenderAsync(Func<byte[]> render, string contentType, string fileName)
    {
        try
        {
            var bytes = await Task.Run(render).ConfigureAwait(false);
            return Attachment(bytes, contentType, fileName);
        }
        catch (Yusuan.Core.Rendering.Pdf.RenderToolException e)
        {
            return Results.Text(CheckService.ChineseOnly(e.Message), "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status503ServiceUnavailable);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or ArgumentException or UnauthorizedAccessException)
        {
            return Results.Text("导出失败：" + e.Message, "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status500InternalServerError);
        }
    }

    private static IResult Attachment(byte[] bytes, string contentType, string fileName) =>
        Results.File(bytes, contentType, fileName);

    private static IResult NotAvailable(string message) =>
        Results.Text(message, "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status501NotImplemented);

    private static string NotFound(string message) =>
        Layout.Page("找不到", "documents", new Html().El("h1", "找不到").Notice(message).ToString());
}
