using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Yusuan.Web;
using Yusuan.Web.Security;
using Yusuan.Web.Services;

// Load test of POST /api/check on 127.0.0.1: N concurrent clients, a bounded number of requests and a time cap.
// Each request sends the document with a different last line so every request is a real read + check, not a
// cache hit. Prints p50/p95/p99 latency and throughput. Starts the app in-process unless --url is given — with accounts on,
// as a bureau runs it: every request carries an API token (--no-accounts for loopback use without accounts; --token for --url).
var options = LoadOptions.Parse(args);
if (options is null) return 2;

var text = await File.ReadAllTextAsync(options.File);
if (options.ProfileRules)
{
    ProfileRules(text);
    return 0;
}
Uri target;
var token = options.Token;
IAccountStore? accounts = null;
if (options.Url is null && !options.NoAccounts)
{
    accounts = new InMemoryAccounts();
    accounts.Add("压测", Role.Reviewer, AccountRules.NewPassword());
    token = accounts.CreateToken("压测", "负载测试");
}
await using var app = options.Url is null
    ? YusuanWebApp.Build(new WebOptions { Url = "http://127.0.0.1:0", Access = options.NoAccounts ? AccessMode.OpenLoopback : AccessMode.Accounts }, accounts: accounts)
    : null;
if (app is not null)
{
    await app.StartAsync();
    target = new Uri(new Uri(app.Urls.Single()), "/api/check");
}
else
{
    target = new Uri(options.Url!, "/api/check");
}

using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients, UseProxy = false };
using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
if (token is not null) client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

// Warm-up: JIT, first read, connection set-up.
for (var i = 0; i < 20; i++) await SendAsync(-1 - i);

var latencies = new double[options.Requests];
var next = -1;
var failures = 0;
var deadline = Stopwatch.StartNew();
var workers = Enumerable.Range(0, options.Clients).Select(async client =>
{
    // Paced mode: each client sends RatePerClient requests a second (staggered start); closed loop when 0.
    var interval = options.RatePerClient > 0 ? TimeSpan.FromSeconds(1 / options.RatePerClient) : TimeSpan.Zero;
    var due = interval * ((double)client / options.Clients);
    while (deadline.Elapsed < options.Duration)
    {
        if (interval > TimeSpan.Zero)
        {
            var wait = due - deadline.Elapsed;
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
            due += interval;
        }
        var n = Interlocked.Increment(ref next);
        if (n >= options.Requests) break;
        var sw = Stopwatch.StartNew();
        var ok = await SendAsync(n);
        latencies[n] = sw.Elapsed.TotalMilliseconds;
        if (!ok) Interlocked.Increment(ref failures);
    }
}).ToList();
await Task.WhenAll(workers);
var elapsed = deadline.Elapsed;
var done = Math.Min(next, options.Requests);
var sorted = latencies.Take(done).Order().ToArray();

var ci = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(ci, $"文档：{Path.GetFileName(options.File)}（{Encoding.UTF8.GetByteCount(text) / 1024.0:0.0} KB）"));
var (readMs, checkMs) = ServiceTime(text);
Console.WriteLine(string.Create(ci, $"单个文档的 CPU 时间（进程内，无 HTTP，顺序执行）：读取 {readMs:0.00} ms + 检查 {checkMs:0.00} ms"));
Console.WriteLine(string.Create(ci, $"模式：{(options.RatePerClient > 0 ? $"每个客户端 {options.RatePerClient} 次/秒" : "闭环（收到响应立即发下一个）")}；{(token is null ? "不带令牌" : "带 API 令牌（账户已启用）")}"));
Console.WriteLine(string.Create(ci, $"并发客户端：{options.Clients}　请求：{done}　失败：{failures}　用时：{elapsed.TotalSeconds:0.00} s"));
Console.WriteLine(string.Create(ci, $"吞吐量：{done / elapsed.TotalSeconds:0.0} 次/秒"));
Console.WriteLine(string.Create(ci, $"延迟 p50 {Percentile(sorted, 50):0.0} ms　p95 {Percentile(sorted, 95):0.0} ms　p99 {Percentile(sorted, 99):0.0} ms　最大 {(sorted.Length > 0 ? sorted[^1] : 0):0.0} ms"));
Console.WriteLine(Percentile(sorted, 99) <= options.TargetP99Ms ? $"p99 达到目标（≤ {options.TargetP99Ms} ms）" : $"p99 未达到目标（≤ {options.TargetP99Ms} ms）");
if (app is not null) await app.StopAsync();
return failures == 0 ? 0 : 1;

async Task<bool> SendAsync(int n)
{
    // --same: every request sends the identical document (answered from the recent-results cache after the first).
    using var content = new StringContent(options.Same ? text : text + "\n<!-- load " + n.ToString(CultureInfo.InvariantCulture) + " -->\n", Encoding.UTF8, "text/plain");
    try
    {
        using var response = await client.PostAsync(target, content);
        _ = await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode == HttpStatusCode.OK;
    }
    catch (HttpRequestException)
    {
        return false;
    }
    catch (TaskCanceledException)
    {
        return false;
    }
}

// Which rules cost the most: each rule timed on its own over repeated runs (wall time, sequential).
static void ProfileRules(string text)
{
    var document = Yusuan.Core.Reading.DisclosureReader.Read(text, "bench.txt").Value!;
    var options = Yusuan.Core.Checking.CheckOptions.Default;
    var totals = new Dictionary<string, double>(StringComparer.Ordinal);
    for (var run = 0; run < 20; run++)
    {
        foreach (var rule in Yusuan.Core.Checking.RuleCatalog.Default.Rules)
        {
            var sw = Stopwatch.StartNew();
            _ = rule.Check(document, options).ToList();
            if (run >= 5) totals[rule.Id] = totals.GetValueOrDefault(rule.Id) + sw.Elapsed.TotalMilliseconds / 15;
        }
    }
    var read = Stopwatch.StartNew();
    for (var i = 0; i < 10; i++) _ = Yusuan.Core.Reading.DisclosureReader.Read(text + i.ToString(CultureInfo.InvariantCulture), "bench.txt");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"读取：{read.Elapsed.TotalMilliseconds / 10:0.00} ms；检查合计：{totals.Values.Sum():0.00} ms；最慢的规则："));
    foreach (var (id, ms) in totals.OrderByDescending(kv => kv.Value).Take(10)) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {id,-36} {ms:0.00} ms"));
}

// CPU time of this process, not wall time: on a shared, busy machine wall time measures the neighbours.
static double CpuMs() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;

static (double Read, double Check) ServiceTime(string text)
{
    var checker = Backends.Default().Checker;
    const int runs = 30, warmUp = 15;
    double read = 0, check = 0;
    for (var i = 0; i < runs + warmUp; i++)
    {
        var start = CpuMs();
        var result = Yusuan.Core.Reading.DisclosureReader.Read(text + "\n<!-- " + i.ToString(CultureInfo.InvariantCulture) + " -->", "bench.txt");
        var r = CpuMs() - start;
        start = CpuMs();
        if (result.Value is { } d) _ = checker.Check(d, "bench.txt");
        var c = CpuMs() - start;
        if (i < warmUp) continue; // JIT and tiering
        read += r;
        check += c;
    }
    return (read / runs, check / runs);
}

static double Percentile(double[] sorted, double p)
{
    if (sorted.Length == 0) return 0;
    var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1;
    return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
}

/// <summary>Command-line options of the load test. Only loopback targets are accepted.</summary>
internal sealed record LoadOptions(string File, int Clients, int Requests, TimeSpan Duration, Uri? Url, double TargetP99Ms, double RatePerClient)
{
    public bool ProfileRules { get; init; }

    /// <summary>Send the identical document every time (the recent-results cache path) instead of a unique one.</summary>
    public bool Same { get; init; }

    /// <summary>In-process app without accounts (loopback use); by default accounts are on and requests carry a token.</summary>
    public bool NoAccounts { get; init; }

    /// <summary>The API token for a server given with --url.</summary>
    public string? Token { get; init; }

    public static LoadOptions? Parse(string[] args)
    {
        var profile = args.Contains("--profile-rules");
        var same = args.Contains("--same");
        var noAccounts = args.Contains("--no-accounts");
        args = [.. args.Where(a => a is not "--profile-rules" and not "--same" and not "--no-accounts")];
        string? token = null;
        var file = Path.Combine(FindRoot(), "samples", "seeds", "000_bfbcec2c393d6588.txt");
        int clients = 50, requests = 5000;
        double seconds = 60, target = 50, rate = 0;
        Uri? url = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var v = args[i + 1];
            switch (args[i])
            {
                case "--file": file = v; break;
                case "--clients": clients = int.Parse(v, CultureInfo.InvariantCulture); break;
                case "--requests": requests = int.Parse(v, CultureInfo.InvariantCulture); break;
                case "--seconds": seconds = double.Parse(v, CultureInfo.InvariantCulture); break;
                case "--target-p99-ms": target = double.Parse(v, CultureInfo.InvariantCulture); break;
                case "--url": url = new Uri(v); break;
                case "--rate": rate = double.Parse(v, CultureInfo.InvariantCulture); break;
                case "--token": token = v; break;
                default:
                    Console.Error.WriteLine($"未知选项 {args[i]}。用法：--file F --clients 50 --requests 5000 --seconds 60 [--rate 每客户端每秒请求数] [--url http://127.0.0.1:5080 --token ysk_…] [--no-accounts] [--same]");
                    return null;
            }
        }
        if (url is not null && !(IPAddress.TryParse(url.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)))
        {
            Console.Error.WriteLine("负载测试只允许 127.0.0.1 / ::1。/ Load tests run on loopback only.");
            return null;
        }
        if (!System.IO.File.Exists(file))
        {
            Console.Error.WriteLine($"找不到文件“{file}”。");
            return null;
        }
        if (clients is < 1 or > 500 || requests is < 1 or > 200_000 || seconds is <= 0 or > 600)
        {
            Console.Error.WriteLine("参数超出范围：clients 1–500，requests 1–200000，seconds ≤ 600。");
            return null;
        }
        if (rate is < 0 or > 1000)
        {
            Console.Error.WriteLine("rate 应在 0–1000 次/秒之间（0 为闭环）。");
            return null;
        }
        return new LoadOptions(file, clients, requests, TimeSpan.FromSeconds(seconds), url, target, rate) { ProfileRules = profile, Same = same, NoAccounts = noAccounts, Token = token };
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "Yusuan.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
