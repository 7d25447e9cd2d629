using System.CommandLine;
using System.Text.Json;
using Yusuan.Storage;
using Yusuan.Storage.Querying;

namespace Yusuan.Cli.Commands;

/// <summary><c>yusuan query "SELECT …"</c>: read-only SQL over the corpus (tables and views in docs/storage.md).</summary>
internal static class QueryCommand
{
    public static Command Create()
    {
        var sql = new Argument<string>("SQL") { Description = "一条 SELECT 语句 / one SELECT statement" };
        var format = new Option<string>("--format") { Description = "table | csv | json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var store = new StoreOptions();
        var command = new Command("query", "对语料库执行只读 SQL 查询 / run a read-only SQL query on the corpus") { sql, format };
        store.AddTo(command);
        command.SetAction(result => StoreOptions.Run(() =>
        {
            var text = result.GetValue(sql)!;
            if (ReadOnlyQuery.Reject(text) is { } reason)
            {
                Console.Error.WriteLine(reason);
                return 2;
            }
            var corpus = CorpusStore.OpenExisting(store.Location(result));
            var answer = ReadOnlyQuery.Run(corpus, text);
            var rows = answer.Rows.Select(r => (IReadOnlyList<string>)r.Select(TextTable.Plain).ToList()).ToList();
            Console.Out.Write(result.GetValue(format) switch
            {
                "csv" => TextTable.Csv(answer.Columns, rows),
                "json" => JsonSerializer.Serialize(answer.Rows.Select(r => answer.Columns.Select((c, i) => (c, v: Storage.Exporting.ExportTables.Plain(r[i]))).ToDictionary(x => x.c, x => x.v)),
                    new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n",
                _ => TextTable.Render(answer.Columns, rows) + $"（{rows.Count} 行）\n",
            });
            return 0;
        }));
        return command;
    }
}
