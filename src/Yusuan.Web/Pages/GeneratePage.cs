using Yusuan.Web.Services;

namespace Yusuan.Web.Pages;

/// <summary>生成: download the XLSX template, upload it filled in, get the disclosure (text, Word, PDF) and its check.</summary>
internal static class GeneratePage
{
    public static string Form(PageContext ctx, bool available, string? error = null)
    {
        var h = new Html();
        h.El("h1", "生成公开文件");
        h.El("p", "先下载空白的 XLSX 数据模板，按工作表填好（每张公开表一个工作表），再上传；也可以上传同样内容的 JSON（格式见 yusuan template -o 输入.json）。"
                  + "生成公开文件全文（可下载 Word、PDF），并立即检查生成的文本。", ("class", "lead"));
        if (!available)
        {
            h.Notice("生成器尚未接入本版本，暂时不能生成。");
        }
        else
        {
            h.Open("p").El("a", "下载空白模板（XLSX）", ("href", "/generate/template.xlsx"), ("id", "template-link"), ("class", "button")).Close("p");
        }
        if (error is not null) h.El("p", error, ("class", "error"), ("role", "alert"), ("id", "upload-error"));
        h.Raw("<form class=\"upload\" method=\"post\" action=\"/generate\" enctype=\"multipart/form-data\">").Raw(ctx.Field())
         .Raw("<label class=\"file\">填好的 XLSX 模板或 JSON 输入 <input type=\"file\" name=\"file\" id=\"file\" accept=\".xlsx,.json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/json\"></label>")
         .Raw(available ? "<button type=\"submit\" id=\"submit\">生成并检查</button>" : "<button type=\"submit\" id=\"submit\" disabled>生成并检查</button>")
         .Raw("</form>");
        return Layout.Page(ctx, "生成", "generate", h.ToString());
    }

    public static string Result(PageContext ctx, CheckedFile d)
    {
        var h = new Html();
        h.El("h1", "生成结果");
        h.Open("p", ("class", "downloads"), ("id", "downloads")).Text("下载公开文件：")
         .El("a", "Word（.docx）", ("href", $"/check/{d.Id}/disclosure.docx"), ("id", "download-docx"))
         .El("a", "PDF", ("href", $"/check/{d.Id}/disclosure.pdf"), ("id", "download-pdf"))
         .El("a", "文本（Markdown）", ("href", $"/check/{d.Id}/document.txt"))
         .El("a", "表格 XLSX", ("href", $"/check/{d.Id}/tables.xlsx"))
         .Close("p");
        h.Open("p", ("class", "downloads")).Text("检查结果：")
         .El("a", "检查表 XLSX", ("href", $"/check/{d.Id}/review.xlsx"))
         .El("a", "检查报告 PDF", ("href", $"/check/{d.Id}/report.pdf"))
         .El("a", "JSON", ("href", $"/check/{d.Id}/findings.json"))
         .Close("p");
        h.Raw(new DocumentView(d).Render());
        return Layout.Page(ctx, "生成结果", "generate", h.ToString());
    }
}
