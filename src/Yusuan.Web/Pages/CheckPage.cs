using System.Globalization;
using Yusuan.Core.Model;
using Yusuan.Web.Services;

namespace Yusuan.Web.Pages;

/// <summary>检查: upload or paste a disclosure; the result shows the document with its findings highlighted.</summary>
internal static class CheckPage
{
    public static string Form(PageContext ctx, long maxUploadBytes, string? error = null, string? pasted = null)
    {
        var h = new Html();
        h.El("h1", "检查公开文件");
        h.El("p", "上传一份部门/单位预算或决算公开文件（PDF、Word .docx、Excel .xlsx、网页 .html，或 UTF-8 文本、Markdown），或把全文粘贴到下面。"
                  + "检查结果会在原文上标出每个问题所在的单元格或句子。", ("class", "lead"));
        if (error is not null) h.El("p", error, ("class", "error"), ("role", "alert"), ("id", "upload-error"));
        h.Raw("<form class=\"upload\" method=\"post\" action=\"/check\" enctype=\"multipart/form-data\">").Raw(ctx.Field());
        h.Raw("<label class=\"file\">选择文件 <input type=\"file\" name=\"file\" id=\"file\" accept=\".pdf,.docx,.xlsx,.html,.htm,.txt,.md,.markdown,.text,text/plain,text/markdown,application/pdf\"></label>");
        h.Open("p", ("class", "hint")).Text($"文件上限 {(maxUploadBytes / 1024 / 1024.0).ToString("0.#", CultureInfo.InvariantCulture)} MB。PDF 需带文字层（扫描件请先做文字识别）。").Close("p");
        h.Raw("<label class=\"paste\">或粘贴文本<textarea name=\"text\" id=\"text\" rows=\"10\" placeholder=\"把公开文件全文粘贴到这里\">")
         .Text(pasted).Raw("</textarea></label>");
        h.Raw("<button type=\"submit\" id=\"submit\">开始检查</button></form>");
        h.Open("p", ("class", "hint")).Text("一次要检查很多份？用").El("a", "批量检查", ("href", "/batches")).Text("（可上传多个文件或 zip 压缩包）。").Close("p");
        return Layout.Page(ctx, "检查", "check", h.ToString());
    }

    public static string Result(PageContext ctx, CheckedFile d, bool inCorpus, bool pageImages)
    {
        var meta = d.Report.Document.Meta;
        var h = new Html();
        h.Open("div", ("class", "doc-head"));
        h.El("h1", meta.UnitName ?? d.Name);
        h.Open("p", ("class", "meta"))
         .Text(string.Join("　", Facts(d))).Close("p");
        h.Open("p", ("class", "downloads"), ("id", "downloads")).Text("下载：");
        var base_ = $"/check/{d.Id}/";
        h.El("a", "检查表 XLSX", ("href", base_ + "review.xlsx"))
         .El("a", "检查结果 JSON", ("href", base_ + "findings.json"))
         .El("a", "SARIF", ("href", base_ + "findings.sarif"))
         .El("a", "表格 XLSX", ("href", base_ + "tables.xlsx"))
         .El("a", "检查报告 PDF", ("href", base_ + "report.pdf"))
         .El("a", "单元格 CSV", ("href", base_ + "cells.csv"));
        h.Close("p");
        if (inCorpus)
        {
            h.Open("p").El("a", "已在语料库中：查看文档页", ("href", $"/documents/{d.Id}")).Close("p");
        }
        else
        {
            h.Open("form", ("method", "post"), ("action", $"/check/{d.Id}/save"), ("class", "inline")).Raw(ctx.Field())
             .Raw("<button type=\"submit\" id=\"save\">保存到语料库</button>").Close("form");
        }
        h.Close("div");
        h.Raw(new DocumentView(d, new PageSource($"/check/{d.Id}/pages/", pageImages)).Render());
        return Layout.Page(ctx, $"检查结果：{meta.UnitName ?? d.Name}", "check", h.ToString());
    }

    public static IEnumerable<string> Facts(CheckedFile d)
    {
        var meta = d.Report.Document.Meta;
        yield return $"文件：{d.Name}";
        if (meta.Year is { } y) yield return $"{y.ToString(CultureInfo.InvariantCulture)} 年";
        yield return meta.Kind.ChineseName();
        yield return meta.Scope == DisclosureScope.Department ? "部门" : "单位";
        if (meta.Region is not null) yield return meta.Region;
        yield return $"表格 {d.Report.Document.Tables.Length.ToString(CultureInfo.InvariantCulture)} 张";
    }

    public static string Expired(PageContext ctx) =>
        Layout.Page(ctx, "检查结果已过期", "check", new Html().El("h1", "检查结果已过期")
            .Notice("这次检查的结果已不在缓存中（服务只保留最近的检查结果）。请重新上传文件。")
            .Open("p").El("a", "返回检查页", ("href", "/check")).Close("p").ToString());
}
