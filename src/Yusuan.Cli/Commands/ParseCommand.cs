using System.CommandLine;
using System.Globalization;
using System.Text;
using Yusuan.Core.Json;
using Yusuan.Core.Model;

namespace Yusuan.Cli.Commands;

/// <summary><c>yusuan parse FILE… [--format json|summary]</c>: the whole model as JSON, or a short Chinese summary.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var file = Input.Files("公开文件（文本、Markdown、PDF、DOCX、XLSX、HTML）");
        var format = new Option<string>("--format") { Description = "json | summary", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "summary");
        var command = new Command("parse", "读取公开文件，输出模型 JSON 或摘要 / read a disclosure into the model") { file, format };
        command.SetAction(result =>
        {
            if (!Input.TryRead(result.GetValue(file)!, out var document)) return Input.Unreadable;
            Console.Out.Write(result.GetValue(format) == "summary" ? Summary(document) : ModelJson.Serialize(document) + "\n");
            return 0;
        });
        return command;
    }

    public static string Summary(Disclosure d)
    {
        var sb = new StringBuilder();
        var ci = CultureInfo.InvariantCulture;
        sb.Append(ci, $"单位：{d.Meta.UnitName ?? "（未识别）"}\n");
        sb.Append(ci, $"年度：{(d.Meta.Year?.ToString(ci) ?? "（未识别）")}　类型：{d.Meta.Kind.ChineseName()}　范围：{(d.Meta.Scope == DisclosureScope.Department ? "部门" : "单位")}　模板：{d.Meta.Template ?? "（未识别）"}\n");
        sb.Append("表格：\n");
        foreach (var id in Enum.GetValues<TableId>())
        {
            var status = d.StatusOf(id) switch { TableStatus.Present => "有数据", TableStatus.DeclaredEmpty => "空表", _ => "缺" };
            var table = d.Table(id);
            sb.Append(ci, $"  {id,-4}{status,-4}{(table is null ? string.Empty : $"{table.Title}（{table.Rows.Length} 行，单位：{table.Unit.ChineseName()}）")}\n");
        }
        var others = d.Tables.Where(t => t.Canonical is null).ToList();
        foreach (var t in others) sb.Append(ci, $"  其他 {t.Title}（{t.Rows.Length} 行）\n");
        var t1 = d.Table(TableId.T1);
        if (t1?.Value("income.total", "amount") is { } income) sb.Append(ci, $"收入总计：{income.Value.ToString(ci)} {t1.Unit.ChineseName()}\n");
        var t3 = d.Table(TableId.T3);
        if (t3?.Row("total") is { } total)
        {
            sb.Append(ci, $"支出合计：{total.Get("total")?.Value.ToString(ci) ?? "-"}，基本支出 {total.Get("basic")?.Value.ToString(ci) ?? "-"}，项目支出 {total.Get("project")?.Value.ToString(ci) ?? "-"}（{t3.Unit.ChineseName()}）\n");
        }
        sb.Append(ci, $"说明中的数字陈述：{d.Narrative.Claims.Length} 条；项目说明 {d.Projects.Length} 个；绩效目标表 {d.Targets.Length} 张；名词解释 {d.Glossary.Length} 条\n");
        sb.Append(ci, $"读取诊断：{d.Diagnostics.Length} 条\n");
        foreach (var diag in d.Diagnostics.Take(20))
        {
            sb.Append(ci, $"  第 {diag.Span.Line} 行 [{diag.Code}] {diag.Message}\n");
        }
        if (d.Diagnostics.Length > 20) sb.Append(ci, $"  ……另有 {d.Diagnostics.Length - 20} 条\n");
        return sb.ToString();
    }
}
