using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Yusuan.Web.Http;

namespace Yusuan.Web.Security;

/// <summary>
/// Antiforgery for everything that changes state: every POST, PUT, PATCH and DELETE must carry the token of this
/// browser's session (the hidden field of each form, or the <c>X-CSRF-Token</c> header), so a page on another site or
/// another port cannot post into the corpus with the user's cookie. Requests with an API token are exempt (a token is
/// not sent by a browser on its own), and so is <c>POST /api/check</c>, which stores nothing.
/// </summary>
public static class Csrf
{
    public const string HeaderName = "X-CSRF-Token";
    public const string FieldName = "__csrf";

    public static void Add(IServiceCollection services) =>
        services.AddAntiforgery(o =>
        {
            o.HeaderName = HeaderName;
            o.FormFieldName = FieldName;
            o.Cookie.Name = "yusuan.csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
            // The app may send X-Frame-Options itself (it does: DENY).
            o.SuppressXFrameOptionsHeader = true;
        });

    /// <summary>Paths whose POST changes nothing on the server.</summary>
    private static readonly string[] Exempt = ["/api/check"];

    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method)
            || Authentication.IsToken(context.User) || Exempt.Any(p => request.Path.Equals(p, StringComparison.OrdinalIgnoreCase)))
        {
            await next(context).ConfigureAwait(false);
            return;
        }
        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        string? refusal = null;
        try
        {
            await antiforgery.ValidateRequestAsync(context).ConfigureAwait(false);
        }
        catch (AntiforgeryValidationException)
        {
            refusal = "防伪校验失败（CSRF）：请求没有带上本页面的校验码。请刷新页面后重试；脚本请使用 API 令牌。";
        }
        catch (Exception e) when (Uploads.IsMalformedBody(e))
        {
            // The form is read to find the token: a body that cannot be read as a form is the client's error.
            await Problem.WriteAsync(context, Uploads.StatusOf(e, request), Uploads.MessageOf(e, request)).ConfigureAwait(false);
            return;
        }
        if (refusal is not null)
        {
            await Problem.WriteAsync(context, StatusCodes.Status400BadRequest, refusal).ConfigureAwait(false);
            return;
        }
        await next(context).ConfigureAwait(false);
    }

    /// <summary>A fresh token for this request's user (and its cookie, set on the response).</summary>
    public static string? Token(HttpContext context)
    {
        if (context.RequestServices.GetService<IAntiforgery>() is not { } antiforgery || context.Response.HasStarted) return null;
        return antiforgery.GetAndStoreTokens(context).RequestToken;
    }
}
