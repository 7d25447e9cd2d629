using System.CommandLine;
using System.Globalization;
using Yusuan.Storage;
using Yusuan.Web;
using Yusuan.Web.Services;

namespace Yusuan.Cli.Commands;

/// <summary><c>yusuan serve [--port 5080] [--host 127.0.0.1] [--db FILE | --pg CONNSTR | --memory] [--corpus DIR]</c>:
/// the web app and REST API (src/Yusuan.Web) on the same reader, checker, generator and corpus store.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "端口 / port (0 = any free port)", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "监听地址 / address to listen on", DefaultValueFactory = _ => "127.0.0.1" };
        var corpus = new Option<string?>("--corpus") { Description = "启动时载入的公开文件目录 / folder of disclosures to load at start" };
        var memory = new Option<bool>("--memory") { Description = "不用数据库，语料只保存在内存中 / keep the corpus in memory only" };
        var maxUpload = new Option<int>("--max-upload-mb") { Description = "上传上限（MB）/ upload limit in MB", DefaultValueFactory = _ => 10 };
        var store = new StoreOptions();
        var command = new Command("serve", "启动网页和 REST 接口 / start the web app and REST API") { port, host, corpus, memory, maxUpload };
        store.AddTo(command);
        command.SetAction((result, cancel) =>
        {
            var db = result.GetValue(store.Db);
            var pg = result.GetValue(store.Pg);
            // Like the other corpus commands the store defaults to ./yusuan.db, but serve does not create one
            // unasked: without --db/--pg and without ./yusuan.db the corpus lives in memory.
            var useStore = !result.GetValue(memory) && (db is not null || pg is not null || File.Exists(StoreLocation.DefaultFile));
            return Run(result.GetValue(host)!, result.GetValue(port), result.GetValue(corpus), result.GetValue(maxUpload),
                useStore ? store.Location(result) : null, cancel);
        });
        return command;
    }

    private static async Task<int> Run(string host, int port, string? corpus, int maxUploadMb, StoreLocation? location, CancellationToken cancel)
    {
        if (port is < 0 or > 65535)
        {
            Console.Error.WriteLine($"端口 {port} 无效（0–65535）。/ Invalid port.");
            return 2;
        }
        if (maxUploadMb is < 1 or > 1024)
        {
            Console.Error.WriteLine("上传上限应在 1 到 1024 MB 之间。/ Upload limit must be 1–1024 MB.");
            return 2;
        }
        if (corpus is not null && !Directory.Exists(corpus))
        {
            Console.Error.WriteLine($"找不到语料目录“{corpus}”。/ Corpus folder not found: '{corpus}'.");
            return 2;
        }
        var options = new WebOptions
        {
            Url = $"http://{(host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host)}:{port.ToString(CultureInfo.InvariantCulture)}",
            CorpusFolder = corpus,
            Store = location,
            MaxUploadBytes = maxUploadMb * 1024L * 1024L,
        };
        Console.Error.WriteLine(location is null ? "语料库：内存（重启后清空）" : $"语料库：{location.Display}");
        try
        {
            await YusuanWebApp.RunAsync(options, Backends.Default(), Console.Error.WriteLine, cancel).ConfigureAwait(false);
            return 0;
        }
        catch (StoreException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        catch (IOException e)
        {
            // Kestrel reports an address in use as an IOException.
            Console.Error.WriteLine($"无法在 {options.Url} 上启动：{e.Message} / Cannot listen on {options.Url}.");
            return 2;
        }
    }
}
