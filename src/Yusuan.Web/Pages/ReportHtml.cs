using System.Globalization;
using Yusuan.Core.Checking;
using Yusuan.Core.Checking.Output;
using Yusuan.Core.Model;
using Yusuan.Web.Services;

namespace Yusuan.Web.Pages;

/// <summary>The check report as one self-contained, print-friendly HTML page (printed to PDF for the report download).</summary>
internal static class ReportHtml
{
    private const string Style = """
        body { font-family: "Noto Sans CJK SC", "Noto Sans SC", sans-serif; font-size: 11pt; color: #222; margin: 0; }
        h1 { font-size: 18pt; margin: 0 0 4pt; } h2 { font-size: 13pt; margin: 14pt 0 6pt; }
        .meta { color: #555; } .counts span { margin-right: 14pt; }
        table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
        th, td { border: 1px solid #bbb; padding: 3pt 5pt; vertical-align: top; }
        th { background: #eee; } td.num { text-align: right; white-space: nowrap; }
        tr.error td:first-child { color: #c62828; font-weight: bold; } tr.warning td:first-child { color: #b26a00; }
        code { font-size: 8.5pt; word-break: break-all; }
        table.findings { table-layout: fixed; } table.findings td { word-break: break-word; }
        table.findings td:first-child, table.findings th { white-space: nowrap; }
        @page { size: A4; margin: 14mm; }
        """;

    public static string Render(CheckedFile d)
    {
        var report = d.Report;
        var meta = report.Document.Meta;
        var h = new Html();
        h.Raw("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">").El("title", $"检查报告：{meta.UnitName ?? d.Name}")
         .Raw("<style>").Raw(Style).Raw("</style></head><body>");
        h.El("h1", $"预算公开检查报告：{meta.UnitName ?? "（未识别单位）"}");
        h.El("p", string.Join("　", CheckPage.Facts(d)), ("class", "meta"));
        h.Open("p", ("class", "counts"))
         .El("span", $"错误 {report.Count(Severity.Error).ToString(CultureInfo.InvariantCulture)}")
         .El("span", $"警告 {report.Count(Severity.Warning).ToString(CultureInfo.InvariantCulture)}")
         .El("span", $"提示 {report.Count(Severity.Info).ToString(CultureInfo.InvariantCulture)}")
         .El("span", $"完整性 {report.Completeness.ToString("0.#", CultureInfo.InvariantCulture)} 分")
         .Close("p");

        var k = KeyFigures.Of(report.Document);
        h.El("h2", "主要数字（万元）");
        h.Raw("<table><tr><th>收入总计</th><th>支出合计</th><th>基本支出</th><th>项目支出</th><th>“三公”经费</th></tr><tr>");
        foreach (var v in new[] { k.IncomeTotal, k.ExpenseTotal, k.Basic, k.Project, k.ThreePublicTotal }) h.El("td", Html.Number(v), ("class", "num"));
        h.Raw("</tr></table>");

        h.El("h2", "表格");
        h.Raw("<table><tr><th>表</th><th>状态</th><th>文件中的标题</th><th>行数</th></tr>");
        foreach (var id in Enum.GetValues<TableId>())
        {
            var t = report.Document.Table(id);
            var status = report.Document.StatusOf(id) switch { TableStatus.Present => "有数据", TableStatus.DeclaredEmpty => "空表", _ => "缺" };
            h.Open("tr").El("td", Places.TableName(id)).El("td", status).El("td", t?.Title).El("td", t?.Rows.Length.ToString(CultureInfo.InvariantCulture), ("class", "num")).Close("tr");
        }
        h.Raw("</table>");

        h.El("h2", "检查发现");
        if (report.Findings.IsEmpty)
        {
            h.El("p", "没有发现问题。");
        }
        else
        {
            h.Raw("<table class=\"findings\"><colgroup><col style=\"width:7%\"><col style=\"width:17%\"><col style=\"width:17%\"><col style=\"width:39%\"><col style=\"width:10%\"><col style=\"width:10%\"></colgroup>")
             .Raw("<tr><th>级别</th><th>问题</th><th>位置</th><th>说明</th><th>应为</th><th>实为</th></tr>");
            var readable = Readable.Document(report.Document);
            foreach (var f in report.Findings)
            {
                var where = Places.Describe(readable, f.Location);
                h.Open("tr", ("class", Yusuan.Core.Checking.Output.FindingsJson.Level(f.Severity)))
                 .El("td", FindingKinds.IsWithinRounding(f) ? "舍入差异" : Places.SeverityName(f.Severity)).El("td", Places.RuleTitle(f.Rule))
                 .El("td", where).El("td", Readable.Message(f.Message))
                 .El("td", f.Expected, ("class", "num")).El("td", f.Actual, ("class", "num")).Close("tr");
            }
            h.Raw("</table>");
        }
        h.Raw("</body></html>");
        return h.ToString();
    }
}
