using System.Collections.Frozen;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Yusuan.Web.Http;

namespace Yusuan.Web;

/// <summary>
/// Serves wwwroot files embedded in this assembly (app.css, app.js, corpus.js, batch.js, favicon.svg, openapi.json and,
/// after `npm ci`, ECharts' echarts.min.js), so the app works from any host and working directory. Pages link them with a
/// content hash in the URL (<see cref="Url"/>), so they are cached for a year and a new build is fetched at once; text
/// files are sent Brotli- or gzip-compressed when the browser accepts it (ECharts: 1 MB → about 330 KB).
/// </summary>
internal static class StaticAssets
{
    private sealed record Asset(byte[] Raw, string ContentType, string Version, Lazy<byte[]?> Brotli, Lazy<byte[]?> Gzip);

    private static readonly FrozenDictionary<string, Asset> Files = Load();

    public static bool Has(string name) => Files.ContainsKey(name);

    public static byte[]? Get(string name) => Files.TryGetValue(name, out var a) ? a.Raw : null;

    /// <summary>The URL pages use for a file: with its content hash, so it can be cached as immutable.</summary>
    public static string Url(string name) => Files.TryGetValue(name, out var a) ? $"/static/{name}?v={a.Version}" : $"/static/{name}";

    public static void Map(WebApplication app)
    {
        app.MapGet("/static/{name}", (HttpContext context, string name) => Serve(context, name)).AllowAnonymous();
        app.MapGet("/favicon.ico", (HttpContext context) => Serve(context, "favicon.svg")).AllowAnonymous();
    }

    private static IResult Serve(HttpContext context, string name)
    {
        if (!Files.TryGetValue(name, out var asset)) return Problem.Result(StatusCodes.Status404NotFound, "找不到该文件。");
        var headers = context.Response.Headers;
        var etag = $"\"{asset.Version}\"";
        var tag = new EntityTagHeaderValue(etag);
        headers.Vary = "Accept-Encoding";
        headers.CacheControl = context.Request.Query["v"] == asset.Version ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate";
        if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && (v.Contains(etag, StringComparison.Ordinal) || v == "*")))
        {
            headers.ETag = etag;
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        var accepts = context.Request.Headers.AcceptEncoding.ToString();
        if (Accepts(accepts, "br") && asset.Brotli.Value is { } br)
        {
            headers.ContentEncoding = "br";
            return Results.Bytes(br, asset.ContentType, entityTag: tag);
        }
        if (Accepts(accepts, "gzip") && asset.Gzip.Value is { } gz)
        {
            headers.ContentEncoding = "gzip";
            return Results.Bytes(gz, asset.ContentType, entityTag: tag);
        }
        return Results.Bytes(asset.Raw, asset.ContentType, entityTag: tag);
    }

    private static bool Accepts(string header, string coding) =>
        StringWithQualityHeaderValue.TryParseList(header.Split(','), out var values)
        && values.Any(v => v.Value.Equals(coding, StringComparison.OrdinalIgnoreCase) && (v.Quality ?? 1) > 0);

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(StaticAssets).Assembly;
        var files = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("wwwroot/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var ms = new MemoryStream();
            stream.CopyTo(ms);
            var raw = ms.ToArray();
            var name = resource["wwwroot/".Length..];
            var version = Convert.ToHexStringLower(SHA256.HashData(raw))[..12];
            // Compressed on first request, not at start: ECharts takes a moment to compress.
            files[name] = new Asset(raw, ContentType(name), version,
                new Lazy<byte[]?>(() => Compress(raw, s => new BrotliStream(s, CompressionLevel.Optimal, leaveOpen: true))),
                new Lazy<byte[]?>(() => Compress(raw, s => new GZipStream(s, CompressionLevel.Optimal, leaveOpen: true))));
        }
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The compressed bytes, or null when compressing does not pay (small or already compressed files).</summary>
    private static byte[]? Compress(byte[] raw, Func<Stream, Stream> compressor)
    {
        if (raw.Length < 1024) return null;
        using var output = new MemoryStream();
        using (var z = compressor(output)) z.Write(raw);
        return output.Length < raw.Length * 0.9 ? output.ToArray() : null;
    }
}
