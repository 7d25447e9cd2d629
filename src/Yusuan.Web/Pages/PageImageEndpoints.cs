using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Yusuan.Web.Http;
using Yusuan.Web.Services;

namespace Yusuan.Web.Pages;

/// <summary>
/// A page of a checked or stored PDF as a PNG, for the document view's 原文页面: <c>/check/{id}/pages/{n}</c> (a recent
/// check, or a stored document, as the result page's downloads) and <c>/api/documents/{id}/pages/{n}</c> (a stored
/// document). Both need a reviewer, as the document view does (the fallback policy).
/// </summary>
internal static class PageImageEndpoints
{
    /// <summary>Images of stored documents may stay in the reviewer's own browser (an id is a hash of the file, so the image
    /// at an address never changes); images of an uploaded draft get the app's no-store like every other draft result.</summary>
    public const string StoredCacheControl = "private, max-age=3600";

    public static void Map(WebApplication app)
    {
        app.MapGet("/check/{id}/pages/{page}", (HttpContext c, string id, string page, CheckService checks, ICorpus corpus, PageImages images) =>
            PageEndpoints.Find(id, checks, corpus) is { } d
                ? ServeAsync(c, d, page, corpus, images)
                : Task.FromResult(Problem.Result(StatusCodes.Status404NotFound, "找不到这份文档（检查结果可能已过期，请重新上传）。")));
        app.MapGet("/api/documents/{id}/pages/{page}", (HttpContext c, string id, string page, ICorpus corpus, PageImages images) =>
            corpus.Get(id) is { } d
                ? ServeAsync(c, d, page, corpus, images)
                : Task.FromResult(Problem.Result(StatusCodes.Status404NotFound, "找不到这份文档。")));
    }

    private static async Task<IResult> ServeAsync(HttpContext context, CheckedFile d, string pageText, ICorpus corpus, PageImages images)
    {
        if (!d.HasPages) return Problem.Result(StatusCodes.Status404NotFound, "这份文档不是带版式读出的 PDF，没有页面图像。");
        var count = d.PageSizes.Length;
        // A page is a number from 1 to the page count, written plainly ("08", "+8", "8.0" are no pages).
        if (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out var page) || page < 1 || page > count
            || page.ToString(CultureInfo.InvariantCulture) != pageText)
        {
            var pages = count.ToString(CultureInfo.InvariantCulture);
            return Problem.Result(StatusCodes.Status404NotFound, page > 0 && page.ToString(CultureInfo.InvariantCulture) == pageText
                ? $"这份文件没有第 {pageText} 页（共 {pages} 页）。"
                : $"页码应是 1 到 {pages} 之间的整数。");
        }
        var image = await images.RenderAsync(d.Id, () => d.Original ?? corpus.Original(d.Id), page, d.PageSizes[page - 1], context.RequestAborted)
            .ConfigureAwait(false);
        switch (image.Status)
        {
            case PageImageStatus.Ok:
                if (corpus.Entry(d.Id) is not null) context.Response.Headers.CacheControl = StoredCacheControl;
                return Results.Bytes(image.Png!, "image/png");
            case PageImageStatus.Busy:
                return new BusyResult();
            case PageImageStatus.ToolMissing:
                return Problem.Result(StatusCodes.Status503ServiceUnavailable, ToolMissingSentence);
            case PageImageStatus.NoFile:
                return Problem.Result(StatusCodes.Status404NotFound, "这份文档的原文件已不在服务器上，无法显示原文页面。");
            default:
                return Problem.Result(StatusCodes.Status500InternalServerError, "无法生成这一页的图像，请稍后再试；详情见服务器日志。");
        }
    }

    /// <summary>What the view and the endpoint say when the server has no pdftoppm.</summary>
    public const string ToolMissingSentence = "服务器上没有安装 pdftoppm（poppler-utils），无法显示原文页面图像。";

    private sealed class BusyResult : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = "5";
            return Problem.Result(StatusCodes.Status503ServiceUnavailable, "页面图像正在排队生成，队列已满，请稍后再试。").ExecuteAsync(httpContext);
        }
    }
}
