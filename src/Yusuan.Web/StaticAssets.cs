using System.Collections.Frozen;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Yusuan.Web;

/// <summary>Serves wwwroot files embedded in this assembly (app.css, app.js, corpus.js, openapi.json and, after
/// `npm ci`, ECharts' echarts.min.js), so the app works from any host and working directory.</summary>
internal static class StaticAssets
{
    private static readonly FrozenDictionary<string, byte[]> Files = Load();

    public static bool Has(string name) => Files.ContainsKey(name);

    public static byte[]? Get(string name) => Files.GetValueOrDefault(name);

    public static void Map(WebApplication app)
    {
        app.MapGet("/static/{name}", (string name) =>
            Files.TryGetValue(name, out var bytes)
                ? Results.Bytes(bytes, ContentType(name))
                : Results.Text("找不到该文件。", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound));
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        _ => "application/octet-stream",
    };

    private static FrozenDictionary<string, byte[]> Load()
    {
        var assembly = typeof(StaticAssets).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("wwwroot/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var ms = new MemoryStream();
            stream.CopyTo(ms);
            files[resource["wwwroot/".Length..]] = ms.ToArray();
        }
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
