namespace Yusuan.Web.Pages;

/// <summary>接口: a short human-readable list of the REST endpoints; the full description is /openapi.json.</summary>
internal static class ApiPage
{
    private static readonly (string Method, string Path, string What)[] Endpoints =
    [
        ("POST", "/api/check", "检查一份公开文件（multipart 字段 file，或以 text/plain 发送全文），返回 spec/findings.md 的检查结果 JSON；?format=sarif 返回 SARIF"),
        ("GET", "/api/documents", "列出语料库中的文档（可按 region、level、year、unit、kind、q 筛选）"),
        ("POST", "/api/documents", "上传、检查并保存一份文档"),
        ("GET", "/api/documents/{id}", "一份文档的模型 JSON"),
        ("GET", "/api/documents/{id}/findings", "一份文档的检查结果"),
        ("GET", "/api/documents/{id}/cells", "一份文档的单元格（spec/cells.md 键；?table=&row=&column=&format=csv）"),
        ("GET", "/api/documents/{id}/compare", "与同一单位上年（或 ?with=另一文档）逐格比较"),
        ("GET", "/api/documents/{id}/export", "导出：?format=json|sarif|csv|model|text|xlsx|pdf"),
        ("GET", "/api/cells", "在整个语料库中查找单元格（?table=T10&row=total&column=total）"),
        ("GET", "/api/findings", "在整个语料库中查找检查发现（?rule=&severity=）"),
        ("GET", "/api/corpus/stats", "语料图表所用的汇总数据"),
        ("GET", "/openapi.json", "OpenAPI 3.0 接口描述"),
    ];

    public static string Render()
    {
        var h = new Html();
        h.El("h1", "REST 接口");
        h.Open("p").Text("完整描述见 ").El("a", "/openapi.json", ("href", "/openapi.json")).Text("。出错时返回 { \"error\": \"中文说明\" } 和 4xx/5xx 状态码。").Close("p");
        h.Raw("<table class=\"grid\"><thead><tr><th>方法</th><th>路径</th><th>说明</th></tr></thead><tbody>");
        foreach (var (method, path, what) in Endpoints)
        {
            h.Open("tr").El("td", method).Open("td").El("code", path).Close("td").El("td", what).Close("tr");
        }
        h.Raw("</tbody></table>");
        h.El("h2", "示例");
        h.El("pre", "curl -s -F file=@公开文件.txt http://127.0.0.1:5080/api/check\ncurl -s --data-binary @公开文件.txt -H 'Content-Type: text/plain' http://127.0.0.1:5080/api/check");
        return Layout.Page("接口", "api", h.ToString());
    }
}
