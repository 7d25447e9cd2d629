using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Yusuan.Web.Http;

/// <summary>The middleware every request passes, outermost first (see YusuanWebApp.Build).</summary>
internal static class Pipeline
{
    /// <summary>Any exception becomes one Chinese sentence with its status (400 for a body the client broke, else 500),
    /// logged on the server with its detail; the client never sees an empty 500, a stack trace or a server path.</summary>
    public static async Task Errors(HttpContext context, RequestDelegate next, ILogger log)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            var malformed = Uploads.IsMalformedBody(e);
            if (!malformed) log.LogError(e, "请求 {Method} {Path} 出错", context.Request.Method, context.Request.Path);
            context.Response.Clear();
            await Problem.WriteAsync(context,
                malformed ? Uploads.StatusOf(e, context.Request) : StatusCodes.Status500InternalServerError,
                malformed ? Uploads.MessageOf(e, context.Request) : $"服务器内部错误，请稍后再试；如果一再出现，请把时间和编号 {context.TraceIdentifier} 告诉管理员。")
                .ConfigureAwait(false);
        }
    }

    /// <summary>What every dynamic response says to caches (the value antiforgery also insists on).</summary>
    public const string NoStore = "no-cache, no-store";

    /// <summary>Security headers on every response (set as it starts, so an error page after Response.Clear has them too),
    /// and <c>Cache-Control: no-store</c> unless the endpoint set its own: results of uploaded drafts must not stay in a
    /// shared browser's or proxy's cache.</summary>
    public static async Task Headers(HttpContext context, RequestDelegate next)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
            if (string.IsNullOrEmpty(headers.CacheControl))
            {
                headers.CacheControl = NoStore;
                headers.Pragma = "no-cache";
            }
            return Task.CompletedTask;
        });
        await next(context).ConfigureAwait(false);
    }

    /// <summary>HEAD is answered as GET without the body (Kestrel drops the body of a HEAD response and keeps its headers).</summary>
    public static async Task Head(HttpContext context, RequestDelegate next)
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context).ConfigureAwait(false);
            return;
        }
        context.Request.Method = HttpMethods.Get;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            context.Request.Method = HttpMethods.Head;
        }
    }

    /// <summary>A status without a body (404 of an unknown path, 405 of a wrong method) gets its sentence.</summary>
    public static Task StatusBody(StatusCodeContext status)
    {
        var context = status.HttpContext;
        var code = context.Response.StatusCode;
        var message = code switch
        {
            StatusCodes.Status404NotFound => "找不到这个页面或接口。",
            StatusCodes.Status405MethodNotAllowed => $"这个地址不支持 {context.Request.Method} 请求（可用：{context.Response.Headers.Allow}）。",
            StatusCodes.Status401Unauthorized => "需要登录。",
            StatusCodes.Status403Forbidden => "没有权限。",
            StatusCodes.Status413PayloadTooLarge => "文件太大。",
            _ => Problem.Title(code) + "。",
        };
        return Problem.WriteAsync(context, code, message);
    }
}
