using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Yusuan.Web.Http;

/// <summary>
/// What can go wrong reading a request body as a form, said in one sentence: a body cut short, a multipart type without
/// a boundary, a boundary with no body, a body over the limit. Each is the client's error (400 or 413), never a 500.
/// </summary>
public static class Uploads
{
    /// <summary>Exceptions ASP.NET Core's form reader throws for a body it cannot read.</summary>
    public static bool IsMalformedBody(Exception e) =>
        e is InvalidDataException or BadHttpRequestException or IOException or FormatException;

    public static int StatusOf(Exception e, HttpRequest request) =>
        IsTooLarge(e) ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;

    public static string MessageOf(Exception e, HttpRequest request)
    {
        if (IsTooLarge(e)) return "文件太大：请求超过了服务器的上传上限。";
        if (MissingBoundary(request)) return "multipart/form-data 请求缺少 boundary 参数，无法读取上传的文件。";
        return "上传的内容不完整或格式错误（请求正文被截断或不是有效的表单），请重新上传。";
    }

    /// <summary>A multipart request whose Content-Type names no boundary (checked before the body is read).</summary>
    public static bool MissingBoundary(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)) return false;
        if (!type.MediaType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase)) return false;
        return HeaderUtilities.RemoveQuotes(type.Boundary).Length == 0;
    }

    private static bool IsTooLarge(Exception e) => e switch
    {
        BadHttpRequestException b => b.StatusCode == StatusCodes.Status413PayloadTooLarge,
        // The form reader's own limits (FormOptions): "Multipart body length limit … exceeded", "… count limit …".
        InvalidDataException i => i.Message.Contains("limit", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}

/// <summary>Endpoint metadata: this endpoint takes uploads up to <paramref name="Bytes"/> in one request (a batch takes more
/// than a single check). Applied per request, before anything reads the body.</summary>
public sealed record UploadLimit(long Bytes);

/// <summary>Sets the request-body and form limits of the endpoint being called (default: a single upload).</summary>
public static class UploadLimits
{
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next, long single)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<UploadLimit>()?.Bytes ?? single;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
        {
            // The reader checks the exact limit and drains an oversized body (up to this cap) so the client gets the 413
            // message rather than a reset connection.
            body.MaxRequestBodySize = limit == single ? limit * 4 + 1024 * 1024 : limit + 64L * 1024 * 1024;
        }
        var form = new FormOptions
        {
            MultipartBodyLengthLimit = limit + 128 * 1024,
            ValueLengthLimit = (int)Math.Min(int.MaxValue, single + 1024),
            MultipartBoundaryLengthLimit = 128,
            ValueCountLimit = 2048,
        };
        context.Features.Set<IFormFeature>(new FormFeature(context.Request, form));
        await next(context).ConfigureAwait(false);
    }
}
