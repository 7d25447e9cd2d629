namespace Yusuan.Web.Pages;

/// <summary>The page frame: head, navigation, footer. Every page of the app goes through <see cref="Page"/>.</summary>
internal static class Layout
{
    private static readonly (string Href, string Key, string Label)[] Nav =
    [
        ("/check", "check", "检查"),
        ("/documents", "documents", "文档"),
        ("/corpus", "corpus", "语料"),
        ("/generate", "generate", "生成"),
        ("/api", "api", "接口"),
    ];

    public static string Page(string title, string active, string body, params string[] scripts)
    {
        var h = new Html();
        h.Raw("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
         .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
         .El("title", $"{title} · 预算公开检查 Yusuan")
         .Raw("<link rel=\"stylesheet\" href=\"/static/app.css\">")
         .Raw("</head><body>")
         .Raw("<header class=\"top\"><a class=\"brand\" href=\"/\">预算 Yusuan</a><nav>");
        foreach (var (href, key, label) in Nav)
        {
            h.El("a", label, ("href", href), ("class", key == active ? "active" : null));
        }
        h.Raw("</nav></header><main>").Raw(body).Raw("</main>")
         .Raw("<footer>Yusuan：政府部门预算/决算公开文件的读取、检查、生成与比较。上传的文件只在本机处理。</footer>");
        foreach (var script in scripts) h.Open("script", ("src", script)).Close("script");
        h.Raw("<script src=\"/static/app.js\"></script></body></html>");
        return h.ToString();
    }
}
