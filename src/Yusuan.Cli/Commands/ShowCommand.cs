using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Yusuan.Storage;
using Yusuan.Storage.Querying;

namespace Yusuan.Cli.Commands;

/// <summary><c>yusuan show ID</c>: one stored document: what it is, its key figures, tables, and findings.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<long>("ID") { Description = "文件编号（见 yusuan list）/ document id (see yusuan list)" };
        var format = new Option<string>("--format") { Description = "text | json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var store = new StoreOptions();
        var command = new Command("show", "显示语料库中的一个文件 / show one stored document") { id, format };
        store.AddTo(command);
        command.SetAction(result => StoreOptions.Run(() =>
        {
            var corpus = CorpusStore.OpenExisting(store.Location(result));
            using var connection = corpus.OpenConnection(readOnly: true);
            var queries = new CorpusQueries(connection);
            var documentId = result.GetValue(id);
            if (queries.Document(documentId) is not { } document)
            {
                Console.Error.WriteLine($"语料库中没有编号为 {documentId} 的文件。/ No document with id {documentId}.");
                return 2;
            }
            var summary = queries.Summary(documentId);
            var findings = queries.Findings(documentId);
            if (result.GetValue(format) == "json")
            {
                var json = new { document, summary, tables = queries.TableCounts(documentId).ToDictionary(t => t.Table, t => t.Cells), findings };
                Console.Out.WriteLine(JsonSerializer.Serialize(json, new JsonSerializerOptions
                {
                    WriteIndented = true,
                    PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
                    Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                    IncludeFields = true
                }));
                return 0;
            }
            Console.Out.Write(Text(queries, document, summary, findings));
            return 0;
        }));
        return command;
    }

    private static string Text(CorpusQueries queries, DocumentListItem d, UnitYearSummary? s, IReadOnlyList<StoredFinding> findings)
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        var kind = d.Kind == "final" ? "决算" : "预算";
        sb.Append(ci, $"文件 #{d.Id}：{d.Unit ?? "（未识别单位）"} {d.Year?.ToString(ci) ?? "?"} 年{kind}\n");
        sb.Append(ci, $"来源：{d.SourcePath}\n内容哈希：{d.ContentHash}\n导入时间：{d.ImportedAt}\n");
        sb.Append(ci, $"地区：{d.Region ?? "-"}　级次：{d.Level ?? "-"}　模板：{d.Template ?? "-"}　说明金额单位：{d.MoneyUnit ?? "-"}\n");
        if (d.Status != "ok")
        {
            sb.Append(ci, $"状态：失败——{d.FailureReason}\n");
            return sb.ToString();
        }
        sb.Append(ci, $"读取诊断：{d.DiagnosticsCount} 条\n");
        if (s is not null)
        {
            sb.Append("主要数字（万元）：\n");
            sb.Append(ci, $"  收入总计 {TextTable.Money(s.IncomeTotal)}　支出合计 {TextTable.Money(s.ExpenseTotal)}\n");
            sb.Append(ci, $"  基本支出 {TextTable.Money(s.ExpenseBasic)}（{TextTable.Money(s.BasicShare)}%）　项目支出 {TextTable.Money(s.ExpenseProject)}（{TextTable.Money(s.ProjectShare)}%）\n");
            sb.Append(ci, $"  “三公”经费 {TextTable.Money(s.ThreePublic)}　机关运行经费 {TextTable.Money(s.OperatingCost)}\n");
            sb.Append(ci, $"  完整性 {(s.Completeness is { } c ? c.ToString("0.#", ci) : "-")}　表格 {s.TablesPresent}/11\n");
        }
        var tables = queries.TableCounts(d.Id);
        sb.Append("表格（单元格数）：").AppendJoin("　", tables.Select(t => $"{t.Table} {t.Cells.ToString(ci)}")).Append('\n');
        sb.Append(ci, $"说明中的数字陈述 {queries.Count("claims", d.Id)} 条；项目说明 {queries.Count("projects", d.Id)} 个；绩效目标表 {queries.Count("targets", d.Id)} 张\n");
        sb.Append(ci, $"检查发现：错误 {d.Errors}，警告 {d.Warnings}，提示 {d.Infos}\n");
        foreach (var f in findings) sb.Append(ci, $"  {Severity(f.Severity)} [{f.Rule}] 第 {f.Line} 行：{f.Message}\n");
        return sb.ToString();
    }

    public static string Severity(string severity) => severity switch { "error" => "错误", "warning" => "警告", _ => "提示" };
}
