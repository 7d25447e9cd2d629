using System.CommandLine;
using System.Globalization;
using Yusuan.Storage;
using Yusuan.Web;
using Yusuan.Web.Security;
using Yusuan.Web.Services;

namespace Yusuan.Cli.Commands;

/// <summary><c>yusuan serve [--port 5080] [--host 127.0.0.1] [--db FILE | --pg CONNSTR | --memory] [--corpus DIR]
/// [--allowed-hosts NAMES] [--no-accounts]</c>: the web app and REST API (src/Yusuan.Web) on the same reader, checker,
/// generator and corpus store. Accounts are on unless <c>--no-accounts</c> is given, which only works on loopback.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "端口 / port (0 = any free port)", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "监听地址 / address to listen on", DefaultValueFactory = _ => "127.0.0.1" };
        var corpus = new Option<string?>("--corpus") { Description = "启动时载入的公开文件目录 / folder of disclosures to load at start" };
        var memory = new Option<bool>("--memory") { Description = "不用数据库，语料只保存在内存中 / keep the corpus in memory only" };
        var maxUpload = new Option<int>("--max-upload-mb") { Description = "单个文件上传上限（MB）/ upload limit in MB", DefaultValueFactory = _ => 10 };
        var maxBatch = new Option<int>("--max-batch-mb") { Description = "一批文件合计上限（MB）/ batch upload limit in MB", DefaultValueFactory = _ => 512 };
        var allowedHosts = new Option<string[]>("--allowed-hosts")
        {
            Description = "允许的主机名（逗号分隔，*.example.gov.cn 表示所有子域名）/ host names the app answers to",
            AllowMultipleArgumentsPerToken = true,
        };
        var noAccounts = new Option<bool>("--no-accounts") { Description = "不启用账户（只能在本机地址上使用）/ no sign-in; loopback only" };
        var store = new StoreOptions();
        var command = new Command("serve", "启动网页和 REST 接口 / start the web app and REST API")
        {
            port, host, corpus, memory, maxUpload, maxBatch, allowedHosts, noAccounts,
        };
        store.AddTo(command);
        command.SetAction((result, cancel) =>
        {
            var db = result.GetValue(store.Db);
            var pg = result.GetValue(store.Pg);
            // Like the other corpus commands the store defaults to ./yusuan.db, but serve does not create one
            // unasked: without --db/--pg and without ./yusuan.db the corpus lives in memory.
            var useStore = !result.GetValue(memory) && (db is not null || pg is not null || File.Exists(StoreLocation.DefaultFile));
            var hosts = (result.GetValue(allowedHosts) ?? []).SelectMany(h => h.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            return Run(new Settings(result.GetValue(host)!, result.GetValue(port), result.GetValue(corpus), result.GetValue(maxUpload), result.GetValue(maxBatch),
                useStore ? store.Location(result) : null, hosts, result.GetValue(noAccounts)), cancel);
        });
        return command;
    }

    private sealed record Settings(string Host, int Port, string? Corpus, int MaxUploadMb, int MaxBatchMb, StoreLocation? Location,
        IReadOnlyList<string> AllowedHosts, bool NoAccounts);

    private static async Task<int> Run(Settings s, CancellationToken cancel)
    {
        if (s.Port is < 0 or > 65535)
        {
            Console.Error.WriteLine($"端口 {s.Port} 无效（0–65535）。/ Invalid port.");
            return 2;
        }
        if (s.MaxUploadMb is < 1 or > 1024 || s.MaxBatchMb < s.MaxUploadMb || s.MaxBatchMb > 16384)
        {
            Console.Error.WriteLine("上传上限应在 1 到 1024 MB 之间，批量上限不小于单个文件上限且不超过 16384 MB。/ Upload limits out of range.");
            return 2;
        }
        if (s.Corpus is not null && !Directory.Exists(s.Corpus))
        {
            Console.Error.WriteLine($"找不到语料目录“{s.Corpus}”。/ Corpus folder not found: '{s.Corpus}'.");
            return 2;
        }
        if (!s.NoAccounts && s.Location is null)
        {
            Console.Error.WriteLine("启用账户时需要数据库（--db 或 --pg，账户保存在其中）；只在本机使用可加 --no-accounts。/ Accounts need a store (--db/--pg), or use --no-accounts on loopback.");
            return 2;
        }
        var options = new WebOptions
        {
            Url = $"http://{(s.Host.Contains(':', StringComparison.Ordinal) ? $"[{s.Host}]" : s.Host)}:{s.Port.ToString(CultureInfo.InvariantCulture)}",
            CorpusFolder = s.Corpus,
            Store = s.Location,
            MaxUploadBytes = s.MaxUploadMb * 1024L * 1024L,
            MaxBatchBytes = s.MaxBatchMb * 1024L * 1024L,
            AllowedHosts = s.AllowedHosts,
            Access = s.NoAccounts ? AccessMode.OpenLoopback : AccessMode.Accounts,
        };
        Console.Error.WriteLine(s.Location is null ? "语料库：内存（重启后清空）" : $"语料库：{s.Location.Display}");
        if (!s.NoAccounts && s.Location is { } location && !HasAdmin(location))
        {
            Console.Error.WriteLine("还没有管理员账户：请先运行 yusuan account add 名称 --role admin（使用同一个 --db/--pg）。/ No admin account yet.");
        }
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
        catch (ArgumentException e)
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

    private static bool HasAdmin(StoreLocation location)
    {
        try
        {
            return new StoreAccounts(CorpusStore.Open(location)).List().Any(a => a.Role == Role.Admin && !a.Disabled);
        }
        catch (StoreException)
        {
            return true; // the start itself reports the store problem
        }
    }
}
