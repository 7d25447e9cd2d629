using Microsoft.AspNetCore.Http;
using Yusuan.Web.Security;

namespace Yusuan.Web.Pages;

/// <summary>Who a page is rendered for, and the antiforgery token its forms carry.</summary>
internal sealed record PageContext(string? User, Role? Role, bool Open, string? Csrf, string Host)
{
    public static readonly PageContext Anonymous = new(null, null, false, null, "127.0.0.1:5080");

    public bool IsAdmin => Role == Security.Role.Admin;

    public bool SignedIn => User is not null;

    public static PageContext Of(HttpContext context)
    {
        var user = context.User;
        var signedIn = user.Identity?.IsAuthenticated == true;
        var role = signedIn ? Roles.Parse(user.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value) : null;
        var open = user.FindFirst(Authentication.ViaClaim)?.Value == "local";
        return new PageContext(signedIn ? user.Identity!.Name : null, role, open, Security.Csrf.Token(context), context.Request.Host.Value ?? "127.0.0.1");
    }

    /// <summary>The hidden antiforgery field every form carries.</summary>
    public string Field() =>
        Csrf is null ? string.Empty : $"<input type=\"hidden\" name=\"{Security.Csrf.FieldName}\" value=\"{Html.Encode(Csrf)}\">";
}
