using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using Yusuan.Cli.Commands;
using Yusuan.Core;

namespace Yusuan.Cli.Tests;

/// <summary>
/// A full disk (#16): one sentence saying so, exit code 3, and nothing a user had replaced or half-written. Devices are
/// written into, never replaced (moving a temporary file over <c>/dev/full</c> used to turn it into a plain file).
/// </summary>
public sealed class DiskFullTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("yusuan-full-");

    public void Dispose() => dir.Delete(recursive: true);

    private static string Sample => Directory.GetFiles(Path.Combine(Root(), "samples", "seeds"), "000_*.txt").Single();

    [Fact]
    public void A_report_written_to_a_full_device_says_the_disk_is_full_and_leaves_the_device_a_device()
    {
        if (!OperatingSystem.IsLinux()) return;
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CheckCommand.Run(Sample, "json", null, "info", output, error, files: new CheckFiles(Output: "/dev/full"));
        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("磁盘已满", error.ToString());
        Assert.Equal("character special file", FileType("/dev/full"));
    }

    [Fact]
    public void A_report_written_to_a_device_goes_into_it()
    {
        if (!OperatingSystem.IsLinux()) return;
        var error = new StringWriter();
        var code = CheckCommand.Run(Sample, "json", null, "info", new StringWriter(), error, files: new CheckFiles(Output: "/dev/null"));
        Assert.True(code is ExitCodes.Ok or ExitCodes.Findings, error.ToString());
        Assert.Contains("已写入 /dev/null", error.ToString());
        Assert.Equal("character special file", FileType("/dev/null"));
    }

    [Fact]
    public void A_failed_write_leaves_the_earlier_file_whole()
    {
        var target = Path.Combine(dir.FullName, "检查结果.json");
        File.WriteAllText(target, "earlier");
        Assert.Throws<IOException>(() => AtomicFile.Write(target, s =>
        {
            s.Write("partial"u8);
            throw new IOException("No space left on device", 28);
        }));
        Assert.Equal("earlier", File.ReadAllText(target));
        Assert.Single(dir.GetFiles());
    }

    [Fact]
    public void A_full_sqlite_store_stops_the_command_with_one_sentence_and_exit_3()
    {
        var error = new StringWriter();
        var code = StoreOptions.Run(() => throw new SqliteException("database or disk is full", 13), error);
        Assert.Equal(ExitCodes.Failure, code);
        Assert.StartsWith("磁盘已满", error.ToString());
        Assert.Single(error.ToString().Trim().Split('\n'));
    }

    [Fact]
    public void A_full_postgres_store_stops_the_command_with_one_sentence_and_exit_3()
    {
        var error = new StringWriter();
        var code = StoreOptions.Run(() => throw new PostgresException("could not extend file", "ERROR", "ERROR", "53100"), error);
        Assert.Equal(ExitCodes.Failure, code);
        Assert.StartsWith("磁盘已满", error.ToString());
    }

    [Fact]
    public void Another_database_error_is_not_called_a_full_disk()
    {
        var error = new StringWriter();
        var code = StoreOptions.Run(() => throw new SqliteException("database is locked", 5), error);
        Assert.Equal(ExitCodes.Unusable, code);
        Assert.DoesNotContain("磁盘已满", error.ToString());
    }

    private static string FileType(string path)
    {
        using var stat = Process.Start(new ProcessStartInfo("stat", ["-c", "%F", path]) { RedirectStandardOutput = true })!;
        var type = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return type;
    }

    private static string Root()
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d is not null && !File.Exists(Path.Combine(d.FullName, "Yusuan.slnx"))) d = d.Parent;
        return d?.FullName ?? throw new InvalidOperationException("找不到仓库根目录。");
    }
}
