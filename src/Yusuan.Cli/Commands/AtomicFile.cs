namespace Yusuan.Cli.Commands;

/// <summary>Writes a file whole or not at all: into a temporary file beside it, then moved over the target. On any error
/// the temporary file is removed and the target is left as it was.</summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>One sentence for a file that could not be written (Chinese, then English).</summary>
    public static string Failure(string path, Exception e) => $"无法写入“{path}”：{e.Message} / Cannot write '{path}'.";
}
