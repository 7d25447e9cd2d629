using System.Globalization;
using Yusuan.Web.Batches;
using Yusuan.Web.Services;

namespace Yusuan.Web.Pages;

/// <summary>批量: the upload form and the list of batches; one batch with its progress, its documents (filterable) and the
/// download of every 检查表. The page updates itself from /api/batches/{id} while the batch runs (batch.js).</summary>
internal static class BatchPage
{
    public static string List(PageContext ctx, IReadOnlyList<Batch> batches, WebOptions options, string? error)
    {
        var ci = CultureInfo.InvariantCulture;
        var h = new Html();
        h.El("h1", "批量检查");
        h.El("p", "一次上传一批公开文件（可多选，也可以把文件打包成 zip），在后台逐份读取、检查并保存到语料库。检查完可以一次下载每份文件的检查表和批次汇总。"
                  + "服务重启后未检查完的文件会接着检查。", ("class", "lead"));
        if (error is not null) h.El("p", error, ("class", "error"), ("role", "alert"), ("id", "upload-error"));
        h.Raw("<form class=\"upload\" method=\"post\" action=\"/batches\" enctype=\"multipart/form-data\" id=\"batch-form\">").Raw(ctx.Field())
         .Raw("<label>批次名称（可不填）<input name=\"name\" id=\"batch-name\" maxlength=\"100\" placeholder=\"例如：2025 年部门预算公开（第一批）\"></label>")
         .Raw("<label class=\"file\">选择文件或 zip <input type=\"file\" name=\"files\" id=\"files\" multiple accept=\".pdf,.docx,.xlsx,.html,.htm,.txt,.md,.zip\"></label>");
        h.Open("p", ("class", "hint"))
         .Text($"每个文件不超过 {(options.MaxUploadBytes / 1024 / 1024).ToString(ci)} MB；一批不超过 {options.MaxBatchFiles.ToString(ci)} 个文件、合计 {(options.MaxBatchBytes / 1024 / 1024).ToString(ci)} MB。")
         .Close("p");
        h.Raw("<button type=\"submit\" id=\"submit\">开始批量检查</button></form>");

        h.El("h2", "批次");
        if (batches.Count == 0)
        {
            h.Notice("还没有批次。");
        }
        else
        {
            h.Raw("<div class=\"scroll\"><table class=\"grid list\" id=\"batch-list\"><thead><tr><th>批次</th><th>上传时间</th><th>上传人</th><th>进度</th><th>无法读取</th></tr></thead><tbody>");
            foreach (var b in batches)
            {
                h.Open("tr").Open("td").El("a", b.Name, ("href", $"/batches/{b.Id}")).Close("td")
                 .El("td", b.CreatedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm", ci))
                 .El("td", b.CreatedBy ?? "—")
                 .El("td", $"{(b.Done + b.Failed).ToString(ci)} / {b.Total.ToString(ci)}" + (b.Finished ? "（完成）" : string.Empty), ("class", "num"))
                 .El("td", b.Failed.ToString(ci), ("class", "num"))
                 .Close("tr");
            }
            h.Raw("</tbody></table></div>");
        }
        return Layout.Page(ctx, "批量检查", "batches", h.ToString());
    }

    public static string One(PageContext ctx, Batch batch, ICorpus corpus)
    {
        var ci = CultureInfo.InvariantCulture;
        var h = new Html();
        h.Open("div", ("class", "doc-head"), ("id", "batch"), ("data-batch", batch.Id), ("data-finished", batch.Finished ? "true" : "false"));
        h.El("h1", batch.Name);
        h.El("p", $"上传：{batch.CreatedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm", ci)}" + (batch.CreatedBy is null ? string.Empty : $"　上传人：{batch.CreatedBy}")
                  + $"　共 {batch.Total.ToString(ci)} 个文件", ("class", "meta"));
        h.Open("div", ("class", "progress-line"))
         .Open("progress", ("id", "progress"), ("max", batch.Total.ToString(ci)), ("value", (batch.Done + batch.Failed).ToString(ci))).Close("progress")
         .El("span", Progress(batch), ("id", "progress-text"), ("role", "status"), ("aria-live", "polite"))
         .Close("div");
        h.Open("p", ("class", "downloads"))
         .El("a", "下载全部检查表和批次汇总（zip）", ("href", $"/batches/{batch.Id}/review.zip"), ("id", "download"), ("class", "button"))
         .El("span", batch.Finished ? string.Empty : "（检查中：下载的是已检查完的部分）", ("id", "download-note"), ("class", "hint"))
         .Close("p");
        if (ctx.IsAdmin)
        {
            h.Open("form", ("method", "post"), ("action", $"/batches/{batch.Id}/delete"), ("class", "inline")).Raw(ctx.Field())
             .Raw("<button type=\"submit\" class=\"danger\">删除批次记录</button>").Close("form")
             .El("span", "（文档仍留在语料库中）", ("class", "hint"));
        }
        h.Close("div");

        h.Raw("<div class=\"filters-bar\" id=\"batch-filters\">")
         .Raw("<label>查找 <input type=\"search\" id=\"batch-q\" placeholder=\"单位或文件名\"></label>")
         .Raw("<label>状态 <select id=\"batch-status\"><option value=\"\">全部</option><option value=\"done\">已检查</option><option value=\"failed\">无法读取</option><option value=\"queued\">排队中</option></select></label>")
         .Raw("<label><input type=\"checkbox\" id=\"batch-errors\"> 只看有错误的</label>")
         .Raw("<label><input type=\"checkbox\" id=\"batch-uncertain\"> 只看读取存疑的</label>")
         .Raw("<span class=\"hint\" id=\"batch-shown\"></span>")
         .Raw("</div>");
        h.Raw("<div class=\"scroll\"><table class=\"grid list\" id=\"batch-docs\"><thead><tr><th>序号</th><th>文件</th><th>单位</th><th>年度</th><th>类型</th>"
              + "<th>错误</th><th>警告</th><th title=\"相差在舍入误差以内\">舍入差异</th><th title=\"读取时存疑的地方\">读取存疑</th><th>完整性</th><th>状态</th></tr></thead><tbody>");
        foreach (var item in batch.Items) Row(h, item, item.DocumentId is { } id ? corpus.Entry(id) : null);
        h.Raw("</tbody></table></div>");
        return Layout.Page(ctx, batch.Name, "batches", h.ToString(), "batch.js");
    }

    public static string Progress(Batch b) =>
        b.Finished
            ? $"已完成：检查 {b.Done.ToString(CultureInfo.InvariantCulture)} 份" + (b.Failed > 0 ? $"，{b.Failed.ToString(CultureInfo.InvariantCulture)} 份无法读取" : string.Empty)
            : $"正在检查：{(b.Done + b.Failed).ToString(CultureInfo.InvariantCulture)} / {b.Total.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>One file's row; batch.js writes the same cells from the API's JSON.</summary>
    private static void Row(Html h, BatchItem item, CorpusEntry? d)
    {
        var ci = CultureInfo.InvariantCulture;
        var status = BatchService.Key(item.Status);
        h.Open("tr", ("data-seq", item.Seq.ToString(ci)), ("data-status", status), ("data-errors", d?.Errors.ToString(ci)), ("data-uncertain", d?.Uncertain.ToString(ci)))
         .El("td", item.Seq.ToString(ci), ("class", "num")).El("td", item.Name, ("class", "file"));
        if (d is null)
        {
            h.El("td", "—").El("td", "—").El("td", "—");
            for (var i = 0; i < 5; i++) h.El("td", string.Empty, ("class", "num"));
        }
        else
        {
            h.Open("td", ("class", "unit")).El("a", d.Unit ?? "（未识别单位）", ("href", $"/documents/{d.Id}")).Close("td")
             .El("td", d.Year?.ToString(ci) ?? "—").El("td", $"{CorpusFilter.KindName(d.Kind)}·{CorpusFilter.LevelName(d.Scope)}", ("class", "kind"))
             .El("td", d.Errors.ToString(ci), ("class", "num errors")).El("td", d.RealWarnings.ToString(ci), ("class", "num warnings"))
             .El("td", d.WithinRounding.ToString(ci), ("class", "num rounding")).El("td", d.Uncertain.ToString(ci), ("class", "num uncertain"))
             .El("td", d.Completeness.ToString("0.#", ci), ("class", "num"));
        }
        h.El("td", item.Status switch
        {
            BatchItemStatus.Done => "已检查",
            BatchItemStatus.Failed => "无法读取：" + (item.Error ?? string.Empty),
            _ => "排队中",
        }, ("class", "status " + status));
        h.Close("tr");
    }
}
