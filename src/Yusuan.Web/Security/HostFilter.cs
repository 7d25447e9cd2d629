using System.Net;
using Microsoft.AspNetCore.Http;
using Yusuan.Web.Http;

namespace Yusuan.Web.Security;

/// <summary>
/// Answers only requests whose Host header names this server. Without it a page on any site could rebind its own name to
/// the app's address (DNS rebinding) and read the corpus through the victim's browser. Names are compared without the
/// port and case-insensitively; "*.example.gov.cn" allows every subdomain.
/// </summary>
public sealed class HostFilter
{
    private readonly string[] exact;
    private readonly string[] suffixes;

    public HostFilter(IEnumerable<string> allowed)
    {
        var names = allowed.Select(Normalize).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        exact = [.. names.Where(n => !n.StartsWith("*.", StringComparison.Ordinal))];
        suffixes = [.. names.Where(n => n.StartsWith("*.", StringComparison.Ordinal)).Select(n => n[1..])];
        Names = names;
    }

    public IReadOnlyList<string> Names { get; }

    /// <summary>The hosts allowed when none are configured: loopback names when the app listens on loopback, plus the
    /// address it listens on. Null when it listens on every address (0.0.0.0, ::) — then the names must be given.</summary>
    public static IReadOnlyList<string>? Defaults(string url)
    {
        var host = new Uri(url).Host.Trim('[', ']');
        if (host is "0.0.0.0" or "::" or "*" or "+") return null;
        var names = new List<string> { "localhost", "127.0.0.1", "::1" };
        if (!names.Contains(host, StringComparer.OrdinalIgnoreCase)) names.Add(host);
        return names;
    }

    public static bool IsLoopback(string url)
    {
        var host = new Uri(url).Host.Trim('[', ']');
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }

    public bool Allows(HostString host)
    {
        if (!host.HasValue) return false;
        var name = Normalize(host.Host);
        if (exact.Contains(name, StringComparer.OrdinalIgnoreCase)) return true;
        return suffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase) && name.Length > s.Length);
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!Allows(context.Request.Host))
        {
            await Problem.WriteAsync(context, StatusCodes.Status400BadRequest,
                "不允许的主机名：本服务只接受配置的主机名访问（yusuan serve --allowed-hosts）。").ConfigureAwait(false);
            return;
        }
        await next(context).ConfigureAwait(false);
    }

    private static string Normalize(string name) => name.Trim().Trim('[', ']').TrimEnd('.').ToLowerInvariant();
}
