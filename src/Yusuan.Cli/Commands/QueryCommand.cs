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
        var timeout = new Option<double>("--timeout")
        {
            Description = "查询最长运行秒数，超时即中止 / seconds the query may run before it is stopped",
            DefaultValueFactory = _ => ReadOnlyQuery.DefaultTimeout.TotalSeconds,
        };
        var store = new StoreOptions();
        var command = new Command("query", "对语料库执行只读 SQL 查询 / run a read-only SQL query on the corpus") { sql, format, timeout };
        store.AddTo(command);
        command.SetAction(result => StoreOptions.Run(() =>
        {
            var text = result.GetValue(sql)!;
            var seconds = result.GetValue(timeout);
            if (!(seconds > 0 && seconds <= 86400))
            {
                Console.Error.WriteLine("--timeout 应为 0 到 86400 之间的秒数。/ --timeout must be a number of seconds between 0 and 86400.");
                return 2;
            }
            var location = store.Location(result);
            // Refused before the store is opened: a rejected statement never reaches the database.
            if (ReadOnlyQuery.Reject(text, location.Engine) is { } reason)
            {
                Console.Error.WriteLine(reason);
                return 2;
            }
            var corpus = CorpusStore.OpenExisting(location);
            var answer = ReadOnlyQuery.Run(corpus, text, timeout: TimeSpan.FromSeconds(seconds));
            var rows = answer.Rows.Select(r => (IReadOnlyList<string>)r.Select(TextTable.Plain).ToList()).ToList();
            Console.Out.Write(result.GetValue(format) switch
            {
                "csv" => TextTable.Csv(answer.Columns, rows),
                "json" => JsonSerializer.Serialize(answer.Rows.Select(r => answer.Columns.Select((c, i) => (c, v: Json(r[i]))).ToDictionary(x => x.c, x => x.v)),
                    new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n",
                _ => TextTable.Render(answer.Columns, rows) + $"（{rows.Count} 行）\n",
            });
            return 0;
        }));
        return command;
    }

    /// <summary>A value for JSON: a double JSON cannot spell (infinity) is written as text.</summary>
    private static object? Json(object? value) => Storage.Exporting.ExportTables.Plain(value) switch
    {
        double d when !double.IsFinite(d) => Storage.Exporting.ExportTables.Text(d),
        var plain => plain,
    };
}
