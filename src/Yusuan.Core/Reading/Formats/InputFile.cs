namespace Yusuan.Core.Reading.Formats;

/// <summary>
/// Reads a file a user named, within <see cref="InputBounds.MaxFileBytes"/>: never more than the bound plus one byte,
/// whatever the file claims (<c>/dev/zero</c> claims nothing), and never waiting forever (a named pipe with no writer
/// blocks its reader: after <see cref="Patience"/> the file is refused, the blocked read left behind).
/// </summary>
public static class InputFile
{
    /// <summary>How long a file that is not a regular file (a pipe, a device) may take to give its bytes.</summary>
    public static TimeSpan Patience { get; set; } = TimeSpan.FromSeconds(10);

    public static byte[]? ReadBytes(string path, out string? error) => ReadBytes(path, InputBounds.Default, out error);

    public static byte[]? ReadBytes(string path, InputBounds bounds, out string? error)
    {
        error = null;
        if (Directory.Exists(path))
        {
            error = $"“{path}”是目录，不是文件。/ '{path}' is a directory, not a file.";
            return null;
        }
        if (!File.Exists(path))
        {
            error = $"找不到文件“{path}”。/ File not found: '{path}'.";
            return null;
        }
        try
        {
            var length = new FileInfo(path).Length;
            if (length > bounds.MaxFileBytes)
            {
                error = TooLarge(path, bounds);
                return null;
            }
            // A regular file says its length; a pipe or a device says 0, and is read on a task that may be left blocked.
            if (length > 0) return Bounded(path, bounds, out error);
            var read = Task.Run(() => (Bytes: Bounded(path, bounds, out var e), Error: e));
            if (!read.Wait(Patience))
            {
                error = $"“{path}”不是普通文件，{Patience.TotalSeconds:0} 秒内没有读到内容（如没有写入方的命名管道）。/ '{path}' gave no data: not a regular file.";
                return null;
            }
            error = read.Result.Error;
            return read.Result.Bytes;
        }
        catch (AggregateException e) when (e.InnerException is IOException or UnauthorizedAccessException)
        {
            error = $"无法读取文件“{path}”：{e.InnerException.Message} / Cannot read '{path}'.";
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"无法读取文件“{path}”：{e.Message} / Cannot read '{path}'.";
            return null;
        }
    }

    private static byte[]? Bounded(string path, InputBounds bounds, out string? error)
    {
        error = null;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > bounds.MaxFileBytes)
            {
                error = TooLarge(path, bounds);
                return null;
            }
        }
        return buffer.ToArray();
    }

    private static string TooLarge(string path, InputBounds bounds) =>
        $"“{path}”超过 {bounds.MaxFileBytes / 1024 / 1024} MB，不像一份公开文件，已拒绝。/ '{path}' is larger than {bounds.MaxFileBytes / 1024 / 1024} MB.";
}
