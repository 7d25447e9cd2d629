using System.Diagnostics;

namespace Yusuan.Core.Rendering.Pdf;

/// <summary>A tool the renderer needs is missing or failed; the message says which and how to install it.</summary>
public sealed class RenderToolException(string message) : Exception(message);

/// <summary>Prints the HTML rendering to PDF with headless Chromium (Debian package <c>chromium</c>; CJK text needs
/// <c>fonts-noto-cjk</c>). Chromium runs with a throw-away profile and no network features.</summary>
public static class PdfRenderer
{
    public static TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(120);

    public static string? FindChromium()
    {
        var fromEnv = Environment.GetEnvironmentVariable("YUSUAN_CHROMIUM");
        if (fromEnv is { Length: > 0 } && File.Exists(fromEnv)) return fromEnv;
        string[] names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];
        var path = Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator) ?? [];
        return names.SelectMany(n => path.Select(dir => Path.Combine(dir, n))).FirstOrDefault(File.Exists);
    }

    public static void Write(string html, string pdfPath)
    {
        var chromium = FindChromium() ?? throw new RenderToolException(
            "生成 PDF 需要 Chromium，但没有找到（请安装：apt-get install chromium fonts-noto-cjk）。/ Chromium not found; install the Debian packages chromium and fonts-noto-cjk.");
        var work = Directory.CreateTempSubdirectory("yusuan-pdf-");
        try
        {
            var htmlPath = Path.Combine(work.FullName, "document.html");
            File.WriteAllText(htmlPath, html);
            var output = Path.Combine(work.FullName, "document.pdf");
            var info = new ProcessStartInfo(chromium)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", $"--user-data-dir={Path.Combine(work.FullName, "profile")}",
                         $"--print-to-pdf={output}", "--no-pdf-header-footer", new Uri(htmlPath).AbsoluteUri,
                     })
                info.ArgumentList.Add(arg);
            using var process = Process.Start(info) ?? throw new RenderToolException("无法启动 Chromium。/ Chromium could not be started.");
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new RenderToolException($"Chromium 在 {Timeout.TotalSeconds:0} 秒内没有完成 PDF 打印。/ Chromium timed out.");
            }
            if (!File.Exists(output) || new FileInfo(output).Length == 0)
            {
                var detail = stderr.Result.Split('\n').LastOrDefault(l => l.Trim().Length > 0) ?? string.Empty;
                throw new RenderToolException($"Chromium 没有生成 PDF（退出码 {process.ExitCode}）：{detail}");
            }
            File.Copy(output, pdfPath, overwrite: true);
        }
        finally
        {
            try { work.Delete(recursive: true); } catch (IOException) { /* a leftover temp folder is harmless */ }
        }
    }
}
