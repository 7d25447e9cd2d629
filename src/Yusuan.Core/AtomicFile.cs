namespace Yusuan.Core;

/// <summary>Writes a file whole or not at all: into a temporary file beside it, then moved over the target. On any error
/// the temporary file is removed and the target is left as it was. A device or stream (<c>/dev/stdout</c>,
/// <c>/dev/full</c>) is written in place: moving a file over it would replace the device.</summary>
public static class AtomicFile
{
    public static void Write(string path, Action<Stream> write) => WriteVia(path, temp =>
    {
        using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write);
        write(stream);
        stream.Flush(flushToDisk: true);
    });

    /// <summary>As <see cref="Write(string, Action{Stream})"/> for a writer that takes a path (a Word or Excel package,
    /// Chromium's PDF): <paramref name="writeTo"/> writes the temporary path it is given.</summary>
    public static void WriteVia(string path, Action<string> writeTo)
    {
        var full = Path.GetFullPath(path);
        if (IsDevice(full))
        {
            var staged = Path.Combine(Path.GetTempPath(), $"yusuan-{Guid.NewGuid():N}{Path.GetExtension(full)}");
            try
            {
                writeTo(staged);
                using var source = File.OpenRead(staged);
                using var device = new FileStream(full, FileMode.Open, FileAccess.Write);
                source.CopyTo(device);
                device.Flush();
            }
            finally
            {
                if (File.Exists(staged)) File.Delete(staged);
            }
            return;
        }
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            writeTo(temp);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>A path into the device or process tree, or a link into it (<c>/dev/stdout</c> → <c>/proc/self/fd/1</c>).</summary>
    private static bool IsDevice(string full)
    {
        static bool Special(string p) => p.StartsWith("/dev/", StringComparison.Ordinal) || p.StartsWith("/proc/", StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows() && Special(full)) return true;
        var link = File.Exists(full) ? new FileInfo(full).LinkTarget : null;
        return link is not null && !OperatingSystem.IsWindows() && Special(Path.GetFullPath(link, Path.GetDirectoryName(full)!));
    }

    /// <summary>One sentence for a file that could not be written (Chinese, then English).</summary>
    public static string Failure(string path, Exception e) => e is IOException io && DiskFull(io)
        ? $"无法写入“{path}”：磁盘已满，原有文件保持原样。/ Cannot write '{path}': the disk is full."
        : $"无法写入“{path}”：{e.Message} / Cannot write '{path}'.";

    /// <summary>ENOSPC on Unix (28), ERROR_DISK_FULL / ERROR_HANDLE_DISK_FULL on Windows.</summary>
    public static bool DiskFull(IOException e) => (e.HResult & 0xFFFF) is 28 or 39 or 112;
}
