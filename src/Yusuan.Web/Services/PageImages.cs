using System.ComponentModel;
using System.Diagnostics;
using Yusuan.Core.Model;

namespace Yusuan.Web.Services;

/// <summary>What became of a request for a page image.</summary>
public enum PageImageStatus
{
    Ok,

    /// <summary>The queue of renders is full; try again shortly.</summary>
    Busy,

    /// <summary>pdftoppm is not installed (or not where <see cref="WebOptions.PdfToPpm"/> says).</summary>
    ToolMissing,

    /// <summary>The document's file is no longer where it was kept.</summary>
    NoFile,

    /// <summary>pdftoppm failed or took too long (logged; the client gets one sentence).</summary>
    Failed,
}

/// <summary>A page as a PNG, or why there is none.</summary>
public sealed record PageImage(PageImageStatus Status, byte[]? Png = null);

/// <summary>
/// The pages of a PDF as PNG images, drawn by poppler's <c>pdftoppm</c> (Debian package poppler-utils) one page at a time.
/// Each render is a process: they run in a bounded queue (as PDF exports do), with a timeout, at a resolution capped so a
/// huge page cannot make a huge image, and the last images are kept in memory up to a byte bound, so scrolling back
/// through a document starts no process. Nothing is written to disk: the PDF goes to pdftoppm's standard input and the
/// image comes back on its standard output.
/// </summary>
public sealed class PageImages
{
    /// <summary>Longest side of a page image, in pixels.</summary>
    public const int MaxPixels = 2400;

    /// <summary>Largest image accepted from pdftoppm (a page at <see cref="MaxPixels"/> is far smaller).</summary>
    private const int MaxPngBytes = 32 * 1024 * 1024;

    private readonly WebOptions options;
    private readonly Action<string>? log;
    private readonly RenderQueue queue;
    private readonly ImageCache cache;

    public PageImages(WebOptions options, Action<string>? log = null)
    {
        this.options = options;
        this.log = log;
        queue = new RenderQueue(options.MaxConcurrentPageImages, options.MaxWaitingPageImages, log);
        cache = new ImageCache(options.PageImageCacheBytes);
    }

    /// <summary>Whether pdftoppm can be started: the configured path exists, or the name is found on the PATH.</summary>
    public bool Available
    {
        get
        {
            var tool = options.PdfToPpm;
            if (Path.IsPathRooted(tool) || tool.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal)) return File.Exists(tool);
            return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Any(folder => File.Exists(Path.Combine(folder, tool)));
        }
    }

    /// <summary>The resolution a page is drawn at: <see cref="WebOptions.PageImageDpi"/>, less for a page whose longer side
    /// would exceed <see cref="MaxPixels"/>.</summary>
    public int Dpi(PageSize size)
    {
        var longest = Math.Max(1, Math.Max(size.Width, size.Height));
        return Math.Clamp((int)Math.Floor(Math.Min(options.PageImageDpi, MaxPixels * 72 / longest)), 1, options.PageImageDpi);
    }

    /// <summary>Page <paramref name="page"/> (1-based, already checked against the page count) of document
    /// <paramref name="id"/>; the PDF's bytes are only fetched when the image is not cached, once a render slot is free.</summary>
    public async Task<PageImage> RenderAsync(string id, Func<byte[]?> pdf, int page, PageSize size, CancellationToken cancel = default)
    {
        var dpi = Dpi(size);
        var key = $"{id}/{page}/{dpi}";
        if (cache.Get(key) is { } hit) return new PageImage(PageImageStatus.Ok, hit);
        if (!Available) return new PageImage(PageImageStatus.ToolMissing);
        try
        {
            // The file is fetched in the queue, so requests waiting for a slot hold no PDF in memory.
            var png = await queue.RunAsync(() => Run(pdf() ?? throw new FileGoneException(), page, dpi), cancel).ConfigureAwait(false);
            if (png is null) return new PageImage(PageImageStatus.Busy);
            cache.Put(key, png);
            return new PageImage(PageImageStatus.Ok, png);
        }
        catch (FileGoneException)
        {
            return new PageImage(PageImageStatus.NoFile);
        }
        catch (Win32Exception)
        {
            return new PageImage(PageImageStatus.ToolMissing);
        }
        catch (Exception e) when (e is PageRenderException or IOException or InvalidOperationException)
        {
            log?.Invoke($"第 {page} 页图像生成失败（文档 {id}）：{e.Message}");
            return new PageImage(PageImageStatus.Failed);
        }
    }

    /// <summary>Runs <c>pdftoppm -f N -l N -r DPI -png -singlefile -</c>: the PDF on standard input, the PNG on standard output.</summary>
    private byte[] Run(byte[] pdf, int page, int dpi)
    {
        var info = new ProcessStartInfo(options.PdfToPpm)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var a in new[] { "-f", Invariant(page), "-l", Invariant(page), "-r", Invariant(dpi), "-png", "-singlefile", "-" }) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new PageRenderException("pdftoppm 未能启动");
        using var output = new MemoryStream();
        var reading = Task.Run(() => CopyBounded(process.StandardOutput.BaseStream, output));
        var errors = process.StandardError.ReadToEndAsync();
        var writing = Task.Run(() =>
        {
            try
            {
                process.StandardInput.BaseStream.Write(pdf);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // pdftoppm stopped reading (it failed, or was killed); its exit code says why.
            }
        });
        if (!process.WaitForExit(options.PageImageTimeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new PageRenderException($"pdftoppm 超过 {options.PageImageTimeout.TotalSeconds:0} 秒未完成，已终止");
        }
        Task.WaitAll(reading, writing);
        if (!reading.Result)
        {
            throw new PageRenderException("pdftoppm 输出的图像过大");
        }
        if (process.ExitCode != 0 || output.Length == 0)
        {
            throw new PageRenderException($"pdftoppm 退出码 {process.ExitCode}：{errors.Result.Trim()}");
        }
        return output.ToArray();
    }

    /// <summary>Copies at most <see cref="MaxPngBytes"/>; false when the stream had more (the rest is drained).</summary>
    private static bool CopyBounded(Stream from, MemoryStream to)
    {
        var buffer = new byte[81920];
        int n;
        while ((n = from.Read(buffer)) > 0)
        {
            if (to.Length + n > MaxPngBytes)
            {
                while (from.Read(buffer) > 0)
                {
                }
                return false;
            }
            to.Write(buffer, 0, n);
        }
        return true;
    }

    private static string Invariant(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The last images drawn, least recently used first out, bounded by the bytes they hold.</summary>
    private sealed class ImageCache(long capacity)
    {
        private readonly LinkedList<(string Key, byte[] Png)> order = new();
        private readonly Dictionary<string, LinkedListNode<(string Key, byte[] Png)>> byKey = new(StringComparer.Ordinal);
        private readonly Lock gate = new();
        private long bytes;

        public byte[]? Get(string key)
        {
            lock (gate)
            {
                if (!byKey.TryGetValue(key, out var node)) return null;
                order.Remove(node);
                order.AddFirst(node);
                return node.Value.Png;
            }
        }

        public void Put(string key, byte[] png)
        {
            if (png.LongLength > capacity) return;
            lock (gate)
            {
                if (byKey.Remove(key, out var old))
                {
                    order.Remove(old);
                    bytes -= old.Value.Png.LongLength;
                }
                byKey[key] = order.AddFirst((key, png));
                bytes += png.LongLength;
                while (bytes > capacity && order.Last is { } last)
                {
                    byKey.Remove(last.Value.Key);
                    bytes -= last.Value.Png.LongLength;
                    order.RemoveLast();
                }
            }
        }
    }
}

/// <summary>The document's file is no longer where it was kept.</summary>
internal sealed class FileGoneException() : Exception("原文件已不在服务器上");

/// <summary>pdftoppm failed; the message is for the server log only.</summary>
internal sealed class PageRenderException(string message) : Exception(message);
