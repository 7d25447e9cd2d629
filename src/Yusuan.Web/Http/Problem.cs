using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Yusuan.Web.Pages;

namespace Yusuan.Web.Http;

/// <summary>
/// Every error the app answers, in one shape: for the API (and any client that asks for JSON) RFC 9457 problem details
/// with the Chinese sentence in <c>detail</c> (and, as before, in <c>error</c>); for a browser an HTML page with the
/// same sentence. Never an empty body, a stack trace or a server path.
/// </summary>
public static class Problem
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public const string ContentType = "application/problem+json; charset=utf-8";

    /// <summary>The body of a problem response (also what tests read).</summary>
    public sealed record Body(string Type, string Title, int Status, string Detail, string Error);

    /// <summary>The body of a problem response. A server path in the sentence (a store's or a tool's message) is cut out
    /// here too, whatever produced it.</summary>
    public static Body Of(int status, string detail)
    {
        detail = Redact.Paths(detail);
        return new("about:blank", Title(status), status, detail, detail);
    }

    /// <summary>A problem-details result for an API endpoint.</summary>
    public static IResult Result(int status, string detail) =>
        Results.Json(Of(status, detail), Json, ContentType, status);

    /// <summary>Writes the error in the form the request expects (problem JSON for the API, else an HTML page).</summary>
    public static async Task WriteAsync(HttpContext context, int status, string detail)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.Headers.CacheControl = Pipeline.NoStore;
        if (WantsJson(context.Request))
        {
            response.ContentType = ContentType;
            await JsonSerializer.SerializeAsync(response.Body, Of(status, detail), Json, context.RequestAborted).ConfigureAwait(false);
            return;
        }
        response.ContentType = "text/html; charset=utf-8";
        var page = Layout.Page(PageContext.Of(context), Title(status), string.Empty,
            new Html().El("h1", Title(status)).El("p", Redact.Paths(detail), ("class", "error"), ("role", "alert"), ("id", "error-detail"))
                .Open("p").El("a", "返回首页", ("href", "/")).Close("p").ToString());
        await response.WriteAsync(page, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>API paths, and clients that accept JSON but not HTML, get problem JSON.</summary>
    public static bool WantsJson(HttpRequest request)
    {
        var path = request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi.json")) return true;
        var accept = request.Headers.Accept.ToString();
        return accept.Contains("json", StringComparison.OrdinalIgnoreCase) && !accept.Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }

    public static string Title(int status) => status switch
    {
        400 => "请求有误",
        401 => "需要登录",
        403 => "没有权限",
        404 => "找不到",
        405 => "不支持的请求方法",
        409 => "冲突",
        413 => "文件太大",
        415 => "不支持的文件类型",
        429 => "请求太多",
        500 => "服务器内部错误",
        501 => "尚未接入",
        503 => "暂时无法处理",
        _ => "出错了",
    };
}
