using System.Globalization;
using System.Reflection;
using Yusuan.Core;

namespace Yusuan.Cli.Commands;

/// <summary>
/// An exception no command expected: one sentence on stderr, the details in a log file (or on stderr with
/// <c>--verbose</c>), exit code 3. The file a user gave is never touched on this path: outputs are written atomically,
/// so a failure leaves no half-written file.
/// </summary>
internal static class CrashReport
{
    /// <summary>Where crash logs go: <c>YUSUAN_LOG_DIR</c>, or <c>yusuan</c> in the temporary folder.</summary>
    public static string Folder => Environment.GetEnvironmentVariable("YUSUAN_LOG_DIR") is { Length: > 0 } dir
        ? dir
        : Path.Combine(Path.GetTempPath(), "yusuan");

    public static int Report(Exception exception, IReadOnlyList<string> args, bool verbose, TextWriter error)
    {
        var what = Describe(exception);
        if (verbose)
        {
            error.WriteLine($"内部错误：{what}。/ Internal error.");
            error.WriteLine(exception.ToString());
            return ExitCodes.Failure;
        }
        var log = TryWriteLog(exception, args);
        error.WriteLine(log is null
            ? $"内部错误：{what}，命令未完成（加 --verbose 可看到详细信息）。/ Internal error; run with --verbose for details."
            : $"内部错误：{what}，命令未完成；详细信息已写入 {log}，报告问题时请附上。/ Internal error; details in {log}.");
        return ExitCodes.Failure;
    }

    /// <summary>The kind of failure in words a user can pass on, without the exception's own text (which may quote input).</summary>
    private static string Describe(Exception e) => e switch
    {
        OutOfMemoryException or InsufficientExecutionStackException => "内存或栈空间不足",
        IOException io when DiskFull(io) => "磁盘已满",
        _ => $"Yusuan 自身的错误（{e.GetType().Name}）",
    };

    public static bool DiskFull(IOException e) => AtomicFile.DiskFull(e);

    private static string? TryWriteLog(Exception exception, IReadOnlyList<string> args)
    {
        try
        {
            Directory.CreateDirectory(Folder);
            var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
            var path = Path.Combine(Folder, $"crash-{stamp}-{Environment.ProcessId}.log");
            var version = Assembly.GetExecutingAssembly().GetName().Version?.ToString() ?? "?";
            File.WriteAllText(path, $"yusuan {version}\nargs: {string.Join(' ', args)}\ntime: {DateTime.UtcNow:O}\n\n{exception}\n");
            return path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
