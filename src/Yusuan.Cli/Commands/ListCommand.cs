using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Yusuan.Storage;
using Yusuan.Storage.Querying;

namespace Yusuan.Cli.Commands;

/// <summary><c>yusuan list [--year --unit --region --kind --status]</c>: the stored documents.</summary>
internal static class ListCommand
{
    public static Command Create()
    {
        var year = new Option<int?>("--year") { Description = "年度 / fiscal year" };
        var unit = new Option<string?>("--unit") { Description = "单位名称（包含）/ unit name contains" };
        var region = new Option<string?>("--region") { Description = "地区（包含）/ region contains" };
        var kind = new Option<string?>("--kind") { Description = "budget（预算）| final（决算）" };
        kind.AcceptOnlyFromAmong("budget", "final");
        var status = new Option<string?>("--status") { Description = "ok | failed" };
        status.AcceptOnlyFromAmong("ok", "failed");
        var format = new Option<string>("--format") { Description = "table | csv | json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var store = new StoreOptions();
        var command = new Command("list", "列出语料库中的文件 / list stored documents") { year, unit, region, kind, status, format };
        store.AddTo(command);
        command.SetAction(result => StoreOptions.Run(() =>
        {
            var corpus = CorpusStore.OpenExisting(store.Location(result));
            using var connection = corpus.OpenConnection(readOnly: true);
            var items = new CorpusQueries(connection).List(new DocumentFilter(result.GetValue(year), result.GetValue(unit), result.GetValue(region), result.GetValue(kind), result.GetValue(status)));
            Console.Out.Write(Render(items, result.GetValue(format)!));
            return 0;
        }));
        return command;
    }

    private static string Render(IReadOnlyList<DocumentListItem> items, string format)
    {
        if (format == "json")
        {
            return JsonSerializer.Serialize(items, new JsonSerializerOptions
            {
                WriteIndented = true,
                PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping
            }) + "\n";
        }
        var ci = CultureInfo.InvariantCulture;
        string[] header = ["id", "单位", "地区", "级次", "年度", "类型", "状态", "表", "错误", "警告", "来源"];
        var rows = items.Select(d => (IReadOnlyList<string>)
        [
            d.Id.ToString(ci), d.Unit ?? "?", d.Region ?? "", d.Level ?? "", d.Year?.ToString(ci) ?? "?", d.Kind == "final" ? "决算" : d.Kind == "budget" ? "预算" : "",
            d.Status == "ok" ? "正常" : "失败", d.TablesPresent.ToString(ci), d.Errors.ToString(ci), d.Warnings.ToString(ci),
            d.Status == "ok" ? Path.GetFileName(d.SourcePath) : $"{Path.GetFileName(d.SourcePath)}：{d.FailureReason}",
        ]).ToList();
        if (format == "csv") return TextTable.Csv(header, rows);
        return TextTable.Render(header, rows) + string.Create(ci, $"共 {items.Count} 个文件\n");
    }
}
