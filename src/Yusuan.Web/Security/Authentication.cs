using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Yusuan.Web.Http;
using Yusuan.Web.Services;

namespace Yusuan.Web.Security;

/// <summary>
/// Who is asking. Three ways in: a sign-in cookie (the pages), an API token (<c>Authorization: Bearer ysk_…</c>, for
/// scripts), or — only with <see cref="AccessMode.OpenLoopback"/>, which the app refuses off loopback — everyone as the
/// local admin. The default scheme picks one per request.
/// </summary>
public static class Authentication
{
    public const string Default = "yusuan";
    public const string Cookie = "yusuan.cookie";
    public const string Token = "yusuan.token";
    public const string Local = "yusuan.local";

    /// <summary>Claim saying how the request was authenticated ("cookie", "token", "local").</summary>
    public const string ViaClaim = "yusuan:via";

    /// <summary>Claim tying a sign-in cookie to the password it was made with: changing the password ends old sessions.</summary>
    public const string StampClaim = "yusuan:stamp";

    public const string ReviewerPolicy = "reviewer";
    public const string AdminPolicy = "admin";

    public static void Add(IServiceCollection services, WebOptions options)
    {
        services.AddAuthentication(Default)
            .AddPolicyScheme(Default, "Yusuan", o => o.ForwardDefaultSelector = context =>
                options.Access == AccessMode.OpenLoopback ? Local
                : context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? Token
                : Cookie)
            .AddCookie(Cookie, o =>
            {
                o.Cookie.Name = "yusuan.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(10);
                o.SlidingExpiration = true;
                o.LoginPath = "/signin";
                o.LogoutPath = "/signout";
                o.AccessDeniedPath = "/signin";
                o.ReturnUrlParameter = "returnUrl";
                o.Events = new CookieAuthenticationEvents
                {
                    OnRedirectToLogin = context => Refuse(context.HttpContext, StatusCodes.Status401Unauthorized, context.RedirectUri),
                    OnRedirectToAccessDenied = context => Refuse(context.HttpContext, StatusCodes.Status403Forbidden, null),
                    OnValidatePrincipal = Revalidate,
                };
            })
            .AddScheme<AuthenticationSchemeOptions, TokenHandler>(Token, null)
            .AddScheme<AuthenticationSchemeOptions, LocalHandler>(Local, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ReviewerPolicy, p => p.RequireAuthenticatedUser().RequireRole(Roles.Reviewer, Roles.Admin))
            .AddPolicy(AdminPolicy, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin))
            // Secure by default: an endpoint that says nothing needs a signed-in reviewer.
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder(Default).RequireAuthenticatedUser()
                .RequireRole(Roles.Reviewer, Roles.Admin).Build());
    }

    /// <summary>The principal of a signed-in account.</summary>
    public static ClaimsPrincipal Principal(Account account, string via, string scheme) =>
        new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, account.Name),
            new Claim(ClaimTypes.Role, Roles.Key(account.Role)),
            new Claim(ViaClaim, via),
            new Claim(StampClaim, Stamp(account)),
        ], scheme, ClaimTypes.Name, ClaimTypes.Role));

    public static bool IsToken(ClaimsPrincipal user) => user.FindFirst(ViaClaim)?.Value == "token";

    private static string Stamp(Account account) =>
        AccountRules.HashToken(account.PasswordHash)[..16];

    /// <summary>A page sends the browser to sign in; the API answers 401/403 problem JSON.</summary>
    private static Task Refuse(HttpContext context, int status, string? redirect)
    {
        if (!Problem.WantsJson(context.Request) && redirect is not null)
        {
            context.Response.Redirect(redirect);
            return Task.CompletedTask;
        }
        if (status == StatusCodes.Status401Unauthorized) context.Response.Headers.WWWAuthenticate = "Bearer";
        return Problem.WriteAsync(context, status, status == StatusCodes.Status401Unauthorized
            ? "需要登录：请先登录，或在请求头中带上 API 令牌（Authorization: Bearer …）。"
            : "没有权限：这项操作需要管理员账户。");
    }

    /// <summary>A session ends when its account is removed or disabled or its password changed; a changed role applies at once.</summary>
    private static async Task Revalidate(CookieValidatePrincipalContext context)
    {
        var accounts = context.HttpContext.RequestServices.GetRequiredService<IAccountStore>();
        var name = context.Principal?.Identity?.Name;
        var account = name is null ? null : accounts.Find(name);
        if (account is null || account.Disabled || context.Principal!.FindFirst(StampClaim)?.Value != Stamp(account))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Cookie).ConfigureAwait(false);
            return;
        }
        if (!context.Principal.IsInRole(Roles.Key(account.Role)))
        {
            context.ReplacePrincipal(Principal(account, "cookie", Cookie));
            context.ShouldRenew = true;
        }
    }

    /// <summary><c>Authorization: Bearer ysk_…</c>: an API token made with <c>yusuan account token</c> or on the 账户 page.</summary>
    private sealed class TokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IAccountStore accounts)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var header = Request.Headers.Authorization.ToString();
            if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return Task.FromResult(AuthenticateResult.NoResult());
            var secret = header["Bearer ".Length..].Trim();
            if (!secret.StartsWith(AccountRules.TokenPrefix, StringComparison.Ordinal) || secret.Length > 200
                || accounts.FindByToken(secret) is not { } account)
            {
                return Task.FromResult(AuthenticateResult.Fail("invalid token"));
            }
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(Principal(account, "token", Scheme.Name), Scheme.Name)));
        }

        protected override Task HandleChallengeAsync(AuthenticationProperties properties)
        {
            Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            return Problem.WriteAsync(Context, StatusCodes.Status401Unauthorized, "API 令牌无效或已撤销。");
        }

        protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
            Problem.WriteAsync(Context, StatusCodes.Status403Forbidden, "没有权限：这项操作需要管理员账户。");
    }

    /// <summary>Loopback use without accounts (<c>yusuan serve --no-accounts</c>): everyone is the local admin.</summary>
    private sealed class LocalHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public static readonly Account LocalAccount = new("本机用户", Role.Admin, string.Empty, false);

        protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
            Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(Principal(LocalAccount, "local", Scheme.Name), Scheme.Name)));
    }
}

/// <summary>How the app decides who may use it.</summary>
public enum AccessMode
{
    /// <summary>Sign-in with accounts (and API tokens); the default.</summary>
    Accounts,

    /// <summary>No accounts: everyone who can reach the app is the local admin. Only allowed on a loopback address.</summary>
    OpenLoopback,
}
