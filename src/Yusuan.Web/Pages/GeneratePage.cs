using Yusuan.Web.Services;

namespace Yusuan.Web.Pages;

/// <summary>生成: upload the XLSX template, get the rendered disclosure and its check.</summary>
internal static class GeneratePage
{
    public static string Form(bool available, string? error = null)
    {
        var h = new Html();
        h.El("h1", "生成公开文件");
        h.El("p", "上传填好的 XLSX 模板（每张公开表一个工作表）或同样内容的 JSON 输入（格式见 yusuan template），生成公开文件全文，并立即检查生成的文本。", ("class", "lead"));
        if (!available)
        {
            h.Notice("生成器尚未接入本版本，暂时不能生成。");
        }
        if (error is not null) h.El("p", error, ("class", "error"), ("role", "alert"), ("id", "upload-error"));
        h.Raw("<form class=\"upload\" method=\"post\" action=\"/generate\" enctype=\"multipart/form-data\">")
         .Raw("<label class=\"file\">XLSX 模板或 JSON 输入 <input type=\"file\" name=\"file\" id=\"file\" accept=\".xlsx,.json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/json\"></label>")
         .Raw(available ? "<button type=\"submit\" id=\"submit\">生成并检查</button>" : "<button type=\"submit\" id=\"submit\" disabled>生成并检查</button>")
         .Raw("</form>");
        return Layout.Page("生成", "generate", h.ToString());
    }

    public static string Result(CheckedFile d)
    {
        var h = new Html();
        h.El("h1", "生成结果");
        h.Open("p", ("class", "downloads")).Text("下载：")
         .El("a", "公开文件文本", ("href", $"/check/{d.Id}/document.txt"))
         .El("a", "检查结果 JSON", ("href", $"/check/{d.Id}/findings.json"))
         .El("a", "表格 XLSX", ("href", $"/check/{d.Id}/tables.xlsx"))
         .El("a", "检查报告 PDF", ("href", $"/check/{d.Id}/report.pdf"))
         .Close("p");
        h.Raw(new DocumentView(d).Render());
        return Layout.Page("生成结果", "generate", h.ToString());
    }
}
