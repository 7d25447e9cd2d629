namespace Yusuan.Web.Pages;

/// <summary>接口: a short human-readable list of the REST endpoints, with examples for this server's own address; the full
/// description is /openapi.json.</summary>
internal static class ApiPage
{
    private static readonly (string Method, string Path, string What)[] Endpoints =
    [
        ("POST", "/api/check", "检查一份公开文件（multipart 字段 file，或以 text/plain、application/pdf 等发送文件本身），返回检查结果 JSON；?format=sarif 返回 SARIF"),
        ("GET", "/api/documents", "列出语料库中的文档（可按 region、level、year、unit、kind、q 筛选）"),
        ("POST", "/api/documents", "上传、检查并保存一份文档（同一文件只保存一次）"),
        ("GET", "/api/documents/{id}", "一份文档的模型 JSON"),
        ("DELETE", "/api/documents/{id}", "从语料库删除一份文档（管理员）"),
        ("GET", "/api/documents/{id}/findings", "一份文档的检查结果"),
        ("GET", "/api/documents/{id}/cells", "一份文档的单元格（?table=&row=&column=&format=csv）"),
        ("GET", "/api/documents/{id}/compare", "与同一单位上年（或 ?with=另一文档）逐格比较"),
        ("GET", "/api/documents/{id}/export", "导出：?format=review（检查表）|json|sarif|csv|model|text|xlsx|docx|pdf"),
        ("GET", "/api/documents/{id}/pages/{page}", "PDF 原文第 page 页的 PNG 图像（检查结果的 box 按页面大小换算即为问题位置）"),
        ("GET", "/api/cells", "在整个语料库中查找单元格（?table=T10&row=total&column=total）"),
        ("GET", "/api/findings", "在整个语料库中查找检查发现（?rule=&severity=）"),
        ("GET", "/api/corpus/stats", "语料图表所用的汇总数据"),
        ("POST", "/api/batches", "批量检查：multipart 的多个 files 字段（或 zip 压缩包），返回批次和进度"),
        ("GET", "/api/batches", "列出批次"),
        ("GET", "/api/batches/{id}", "一个批次的进度和每个文件的结果"),
        ("GET", "/api/batches/{id}/review.zip", "下载批次中每份文档的检查表和批次汇总（zip）"),
        ("DELETE", "/api/batches/{id}", "删除批次记录（管理员；文档留在语料库中）"),
        ("GET", "/api/antiforgery", "取得防伪令牌（只在不用 API 令牌、以浏览器会话调用修改数据的接口时需要）"),
        ("GET", "/openapi.json", "OpenAPI 3.0 接口描述"),
    ];

    public static string Render(PageContext ctx, string scheme)
    {
        var origin = $"{(scheme == "https" ? "https" : "http")}://{ctx.Host}";
        var h = new Html();
        h.El("h1", "REST 接口");
        h.Open("p").Text("完整描述见 ").El("a", "/openapi.json", ("href", "/openapi.json"))
         .Text("。出错时返回 application/problem+json：{ \"status\": 400, \"detail\": \"中文说明\", \"error\": \"中文说明\" }。").Close("p");
        if (ctx.Open)
        {
            h.El("p", "本服务未启用账户（只在本机使用）：调用接口不需要令牌。");
        }
        else
        {
            h.Open("p").Text("调用接口需要 API 令牌：在").El("a", "账户页", ("href", "/account"))
             .Text("新建令牌（或由管理员在服务器上运行 yusuan account token 账户名），在请求头中带上 Authorization: Bearer 令牌。读取和检查需要审核人员账户，删除需要管理员账户。")
             .Close("p");
        }
        h.Raw("<div class=\"scroll\"><table class=\"grid\"><thead><tr><th>方法</th><th>路径</th><th>说明</th></tr></thead><tbody>");
        foreach (var (method, path, what) in Endpoints)
        {
            h.Open("tr").El("td", method).Open("td").El("code", path).Close("td").El("td", what).Close("tr");
        }
        h.Raw("</tbody></table></div>");
        h.El("h2", "示例");
        var auth = ctx.Open ? string.Empty : " -H 'Authorization: Bearer 令牌'";
        h.El("pre", $"curl -s{auth} -F file=@公开文件.pdf {origin}/api/check\n"
                    + $"curl -s{auth} --data-binary @公开文件.txt -H 'Content-Type: text/plain' {origin}/api/check\n"
                    + $"curl -s{auth} -F files=@甲单位.pdf -F files=@乙单位.docx {origin}/api/batches\n"
                    + $"curl -s{auth} -o 检查表.zip {origin}/api/batches/批次编号/review.zip", ("id", "examples"));
        return Layout.Page(ctx, "接口", "api", h.ToString());
    }
}
