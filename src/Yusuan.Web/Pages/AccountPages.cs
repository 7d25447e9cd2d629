using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Yusuan.Web.Security;
using Yusuan.Web.Services;

namespace Yusuan.Web.Pages;

/// <summary>登录, 退出 and 账户: signing in with a name and password, and an account's API tokens (an admin also manages
/// accounts). The first admin account is made with <c>yusuan account add NAME --role admin</c>.</summary>
internal static class AccountPages
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/signin", (HttpContext context, string? returnUrl) =>
            context.User.Identity?.IsAuthenticated == true
                ? Results.Redirect(SafeReturn(returnUrl))
                : PageEndpoints.Html(SignIn(PageContext.Of(context), returnUrl, null))).AllowAnonymous();

        app.MapPost("/signin", async (HttpContext context, IAccountStore accounts, SignInThrottle throttle, WebOptions options) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
            var name = form["name"].ToString().Trim();
            var password = form["password"].ToString();
            var returnUrl = form["returnUrl"].ToString();
            var address = context.Connection.RemoteIpAddress?.ToString() ?? "?";
            if (options.Access == AccessMode.OpenLoopback) return Results.Redirect(SafeReturn(returnUrl));
            if (throttle.IsLocked(name, address))
            {
                return PageEndpoints.Html(SignIn(PageContext.Of(context), returnUrl, "登录失败次数过多，请 15 分钟后再试。"), StatusCodes.Status429TooManyRequests);
            }
            Account? account;
            await throttle.Hashing.WaitAsync(context.RequestAborted).ConfigureAwait(false);
            try
            {
                account = accounts.Find(name);
                // An unknown name costs as much as a wrong password, so names cannot be told apart by timing.
                var ok = Passwords.Verify(password, account?.PasswordHash ?? Passwords.Decoy);
                if (!ok || account is null || account.Disabled) account = null;
            }
            finally
            {
                throttle.Hashing.Release();
            }
            if (account is null)
            {
                throttle.Failed(name, address);
                return PageEndpoints.Html(SignIn(PageContext.Of(context), returnUrl, "账户名或密码不正确。"), StatusCodes.Status400BadRequest);
            }
            throttle.Succeeded(name);
            await context.SignInAsync(Authentication.Cookie, Authentication.Principal(account, "cookie", Authentication.Cookie)).ConfigureAwait(false);
            return Results.Redirect(SafeReturn(returnUrl));
        }).AllowAnonymous();

        app.MapPost("/signout", async (HttpContext context) =>
        {
            await context.SignOutAsync(Authentication.Cookie).ConfigureAwait(false);
            return Results.Redirect("/signin");
        }).AllowAnonymous();

        app.MapGet("/account", (HttpContext context, IAccountStore accounts) =>
            PageEndpoints.Html(Account(PageContext.Of(context), accounts, null, null))).RequireAuthorization(Authentication.ReviewerPolicy);

        app.MapPost("/account/tokens", async (HttpContext context, IAccountStore accounts) =>
        {
            var ctx = PageContext.Of(context);
            if (ctx.Open) return PageEndpoints.Html(Account(ctx, accounts, null, "未启用账户时不需要 API 令牌。"), StatusCodes.Status400BadRequest);
            var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
            var label = form["label"].ToString().Trim();
            var secret = accounts.CreateToken(ctx.User!, label.Length == 0 ? null : label[..Math.Min(label.Length, 100)]);
            return PageEndpoints.Html(Account(ctx, accounts, secret, null));
        }).RequireAuthorization(Authentication.ReviewerPolicy);

        app.MapPost("/account/tokens/{id}/revoke", (HttpContext context, IAccountStore accounts, string id) =>
        {
            var ctx = PageContext.Of(context);
            var token = accounts.Tokens().FirstOrDefault(t => t.Id == id);
            if (token is null || (token.Account != ctx.User && !ctx.IsAdmin)) return PageEndpoints.Html(Account(ctx, accounts, null, "找不到这个令牌。"), StatusCodes.Status404NotFound);
            accounts.RemoveToken(id);
            return Results.Redirect("/account");
        }).RequireAuthorization(Authentication.ReviewerPolicy);

        app.MapPost("/account/password", async (HttpContext context, IAccountStore accounts) =>
        {
            var ctx = PageContext.Of(context);
            var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
            var current = form["current"].ToString();
            var next = form["password"].ToString();
            if (ctx.Open || accounts.Find(ctx.User!) is not { } account || !Passwords.Verify(current, account.PasswordHash))
            {
                return PageEndpoints.Html(Account(ctx, accounts, null, "当前密码不正确。"), StatusCodes.Status400BadRequest);
            }
            if (AccountRules.PasswordProblem(next) is { } problem) return PageEndpoints.Html(Account(ctx, accounts, null, problem), StatusCodes.Status400BadRequest);
            accounts.SetPassword(account.Name, next);
            // The session was tied to the old password; sign in again with the new one.
            await context.SignInAsync(Authentication.Cookie, Authentication.Principal(accounts.Find(account.Name)!, "cookie", Authentication.Cookie)).ConfigureAwait(false);
            return Results.Redirect("/account");
        }).RequireAuthorization(Authentication.ReviewerPolicy);

        app.MapPost("/accounts", async (HttpContext context, IAccountStore accounts) =>
        {
            var ctx = PageContext.Of(context);
            var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
            var name = form["name"].ToString().Trim();
            var role = Roles.Parse(form["role"].ToString()) ?? Role.Reviewer;
            if (AccountRules.NameProblem(name) is { } problem) return PageEndpoints.Html(Account(ctx, accounts, null, problem), StatusCodes.Status400BadRequest);
            var password = AccountRules.NewPassword();
            if (!accounts.Add(name, role, password)) return PageEndpoints.Html(Account(ctx, accounts, null, $"账户“{name}”已存在。"), StatusCodes.Status409Conflict);
            return PageEndpoints.Html(Account(ctx, accounts, null, null, (name, password)));
        }).RequireAuthorization(Authentication.AdminPolicy);

        app.MapPost("/accounts/{name}/remove", (HttpContext context, IAccountStore accounts, string name) =>
        {
            var ctx = PageContext.Of(context);
            if (name == ctx.User) return PageEndpoints.Html(Account(ctx, accounts, null, "不能删除自己正在使用的账户。"), StatusCodes.Status400BadRequest);
            return accounts.Remove(name) ? Results.Redirect("/account") : PageEndpoints.Html(Account(ctx, accounts, null, "找不到这个账户。"), StatusCodes.Status404NotFound);
        }).RequireAuthorization(Authentication.AdminPolicy);
    }

    /// <summary>Only a path on this site: never an absolute URL (an open redirect) or a protocol-relative one.</summary>
    internal static string SafeReturn(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/check";

    private static string SignIn(PageContext ctx, string? returnUrl, string? error)
    {
        var h = new Html();
        h.Open("section", ("class", "signin card"));
        h.El("h1", "登录");
        h.El("p", "请用管理员为您创建的账户登录。第一个管理员账户在服务器上用 yusuan account add 名称 --role admin 创建。", ("class", "lead"));
        if (error is not null) h.El("p", error, ("class", "error"), ("role", "alert"), ("id", "signin-error"));
        h.Raw("<form method=\"post\" action=\"/signin\" class=\"upload\" id=\"signin-form\">").Raw(ctx.Field())
         .Open("input", ("type", "hidden"), ("name", "returnUrl"), ("value", SafeReturn(returnUrl)))
         .Raw("<label>账户名 <input name=\"name\" id=\"name\" autocomplete=\"username\" required></label>")
         .Raw("<label>密码 <input name=\"password\" id=\"password\" type=\"password\" autocomplete=\"current-password\" required></label>")
         .Raw("<button type=\"submit\" id=\"signin\">登录</button></form>");
        h.Close("section");
        return Layout.Page(ctx, "登录", "signin", h.ToString());
    }

    private static string Account(PageContext ctx, IAccountStore accounts, string? newToken, string? error, (string Name, string Password)? created = null)
    {
        var h = new Html();
        h.El("h1", "账户");
        if (error is not null) h.El("p", error, ("class", "error"), ("role", "alert"), ("id", "account-error"));
        if (ctx.Open)
        {
            h.Notice("本服务以 --no-accounts 启动：只在本机使用，不需要登录和 API 令牌。");
            return Layout.Page(ctx, "账户", "account", h.ToString());
        }
        h.El("p", $"{ctx.User}（{Roles.ChineseName(ctx.Role ?? Role.Reviewer)}）", ("class", "meta"));

        h.El("h2", "API 令牌");
        h.El("p", "脚本调用接口时在请求头中带上令牌：Authorization: Bearer 令牌。令牌只在创建时显示一次，请妥善保存；不用时撤销。", ("class", "hint"));
        if (newToken is not null)
        {
            h.Open("p", ("class", "ok"), ("id", "new-token")).Text("新令牌（只显示这一次）：").El("code", newToken).Close("p");
        }
        var tokens = accounts.Tokens(ctx.User);
        if (tokens.Count > 0)
        {
            h.Raw("<div class=\"scroll\"><table class=\"grid\" id=\"tokens\"><thead><tr><th>编号</th><th>用途</th><th>创建时间</th><th>最近使用</th><th></th></tr></thead><tbody>");
            foreach (var t in tokens)
            {
                h.Open("tr").El("td", t.Id).El("td", t.Label ?? "—").El("td", Time(t.CreatedAt)).El("td", Time(t.LastUsedAt)).Open("td")
                 .Open("form", ("method", "post"), ("action", $"/account/tokens/{t.Id}/revoke"), ("class", "inline")).Raw(ctx.Field())
                 .Raw("<button type=\"submit\">撤销</button>").Close("form").Close("td").Close("tr");
            }
            h.Raw("</tbody></table></div>");
        }
        h.Raw("<form method=\"post\" action=\"/account/tokens\" class=\"filters-bar\" id=\"token-form\">").Raw(ctx.Field())
         .Raw("<label>用途 <input name=\"label\" maxlength=\"100\" placeholder=\"例如：每晚批量检查脚本\"></label>")
         .Raw("<button type=\"submit\" id=\"new-token-button\">新建令牌</button></form>");

        h.El("h2", "修改密码");
        h.Raw("<form method=\"post\" action=\"/account/password\" class=\"filters-bar\">").Raw(ctx.Field())
         .Raw("<label>当前密码 <input type=\"password\" name=\"current\" autocomplete=\"current-password\" required></label>")
         .Raw("<label>新密码 <input type=\"password\" name=\"password\" autocomplete=\"new-password\" minlength=\"10\" required></label>")
         .Raw("<button type=\"submit\">修改</button></form>");

        if (ctx.IsAdmin)
        {
            h.El("h2", "账户管理");
            if (created is { } c)
            {
                h.Open("p", ("class", "ok"), ("id", "new-account")).Text($"已创建账户“{c.Name}”，初始密码（只显示这一次）：").El("code", c.Password).Close("p");
            }
            h.Raw("<div class=\"scroll\"><table class=\"grid\" id=\"accounts\"><thead><tr><th>账户</th><th>角色</th><th></th></tr></thead><tbody>");
            foreach (var a in accounts.List())
            {
                h.Open("tr").El("td", a.Name).El("td", Roles.ChineseName(a.Role)).Open("td");
                if (a.Name != ctx.User)
                {
                    h.Open("form", ("method", "post"), ("action", $"/accounts/{Uri.EscapeDataString(a.Name)}/remove"), ("class", "inline")).Raw(ctx.Field())
                     .Raw("<button type=\"submit\">删除</button>").Close("form");
                }
                h.Close("td").Close("tr");
            }
            h.Raw("</tbody></table></div>");
            h.Raw("<form method=\"post\" action=\"/accounts\" class=\"filters-bar\" id=\"account-form\">").Raw(ctx.Field())
             .Raw("<label>账户名 <input name=\"name\" maxlength=\"64\" required></label>")
             .Raw("<label>角色 <select name=\"role\"><option value=\"reviewer\">审核人员</option><option value=\"admin\">管理员</option></select></label>")
             .Raw("<button type=\"submit\">新建账户</button></form>");
        }
        return Layout.Page(ctx, "账户", "account", h.ToString());
    }

    private static string Time(string? iso) =>
        DateTimeOffset.TryParse(iso, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var t)
            ? t.ToLocalTime().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)
            : "—";
}
