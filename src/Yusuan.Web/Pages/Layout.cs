using Yusuan.Web.Security;

namespace Yusuan.Web.Pages;

/// <summary>The page frame: head, navigation, who is signed in, footer. Every page of the app goes through <see cref="Page"/>.</summary>
internal static class Layout
{
    private static readonly (string Href, string Key, string Label)[] Nav =
    [
        ("/check", "check", "检查"),
        ("/batches", "batches", "批量"),
        ("/documents", "documents", "文档"),
        ("/corpus", "corpus", "语料"),
        ("/generate", "generate", "生成"),
        ("/api", "api", "接口"),
    ];

    public static string Page(PageContext context, string title, string active, string body, params string[] scripts)
    {
        var h = new Html();
        h.Raw("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
         .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
         .El("title", $"{title} · 预算公开检查 Yusuan")
         .Open("link", ("rel", "icon"), ("href", StaticAssets.Url("favicon.svg")), ("type", "image/svg+xml"))
         .Open("link", ("rel", "stylesheet"), ("href", StaticAssets.Url("app.css")));
        if (context.Csrf is not null) h.Open("meta", ("name", "csrf-token"), ("content", context.Csrf));
        h.Raw("</head><body>")
         .Raw("<header class=\"top\"><a class=\"brand\" href=\"/\">预算 Yusuan</a>");
        if (context.SignedIn)
        {
            h.Raw("<nav>");
            foreach (var (href, key, label) in Nav)
            {
                h.El("a", label, ("href", href), ("class", key == active ? "active" : null));
            }
            h.Raw("</nav>");
            h.Open("div", ("class", "who"), ("id", "who"));
            if (context.Open)
            {
                h.El("span", "本机使用（未启用账户）", ("class", "user"));
            }
            else
            {
                h.El("a", $"{context.User}（{Roles.ChineseName(context.Role ?? Role.Reviewer)}）", ("href", "/account"), ("class", "user"));
                h.Open("form", ("method", "post"), ("action", "/signout"), ("class", "inline")).Raw(context.Field())
                 .Raw("<button type=\"submit\" class=\"link\" id=\"signout\">退出</button>").Close("form");
            }
            h.Close("div");
        }
        h.Raw("</header><main>").Raw(body).Raw("</main>")
         .Raw("<footer>Yusuan：政府部门预算/决算公开文件的读取、检查、生成与比较。上传的文件只在本服务器上处理。</footer>");
        foreach (var script in scripts) h.Open("script", ("src", StaticAssets.Url(script))).Close("script");
        h.Open("script", ("src", StaticAssets.Url("app.js"))).Close("script").Raw("</body></html>");
        return h.ToString();
    }
}
