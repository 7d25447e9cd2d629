using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Yusuan.Storage;

namespace Yusuan.Cli.Commands;

/// <summary>The <c>--db FILE | --pg CONNSTR</c> pair shared by the corpus commands, and their error handling.</summary>
internal sealed class StoreOptions
{
    public Option<string?> Db { get; } = new("--db") { Description = "SQLite 语料库文件（默认 ./yusuan.db）/ SQLite corpus file (default ./yusuan.db)" };

    public Option<string?> Pg { get; } = new("--pg") { Description = "PostgreSQL 连接串 / PostgreSQL connection string" };

    public void AddTo(Command command)
    {
        command.Options.Add(Db);
        command.Options.Add(Pg);
    }

    public StoreLocation Location(ParseResult result) => StoreLocation.FromOptions(result.GetValue(Db), result.GetValue(Pg));

    /// <summary>Runs a corpus command: store problems become one sentence and exit code 2, never a stack trace.</summary>
    public static int Run(Func<int> action) => Run(action, Console.Error);

    public static int Run(Func<int> action, TextWriter error)
    {
        try
        {
            return action();
        }
        catch (StoreException e)
        {
            error.WriteLine(e.Message);
            return ExitCodes.Unusable;
        }
        catch (DbException e) when (DiskFull(e))
        {
            error.WriteLine("磁盘已满，已停止：已提交的文件都已保存，腾出空间后再次运行同一命令即可完成其余部分。/ The disk is full; committed documents are kept, run the command again once there is space.");
            return ExitCodes.Failure;
        }
        catch (DbException e)
        {
            error.WriteLine($"数据库出错：{e.Message} / Database error.");
            return ExitCodes.Unusable;
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"参数有误：{e.Message} / Invalid argument.");
            return ExitCodes.Unusable;
        }
    }

    /// <summary>SQLite's SQLITE_FULL (13), PostgreSQL's disk_full (53100), or an I/O error underneath saying ENOSPC.</summary>
    public static bool DiskFull(DbException e) =>
        e is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 13 }
        || e.SqlState == "53100"
        || e.InnerException is IOException io && CrashReport.DiskFull(io);
}

/// <summary>Plain-text tables aligned for Chinese text (a CJK character takes two columns), and CSV/JSON forms.</summary>
internal static class TextTable
{
    public static string Render(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = new List<IReadOnlyList<string>> { header };
        all.AddRange(rows);
        var widths = new int[header.Count];
        foreach (var row in all)
        {
            for (var i = 0; i < header.Count && i < row.Count; i++) widths[i] = Math.Max(widths[i], Width(row[i]));
        }
        var sb = new StringBuilder();
        for (var r = 0; r < all.Count; r++)
        {
            var row = all[r];
            for (var i = 0; i < header.Count; i++)
            {
                var text = i < row.Count ? row[i] : string.Empty;
                sb.Append(text);
                if (i < header.Count - 1) sb.Append(' ', widths[i] - Width(text) + 2);
            }
            sb.Append('\n');
            if (r == 0) sb.Append(new string('-', widths.Sum() + 2 * (widths.Length - 1))).Append('\n');
        }
        return sb.ToString();
    }

    public static int Width(string s)
    {
        var w = 0;
        foreach (var c in s) w += c >= 0x1100 && (c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6) ? 2 : 1;
        return w;
    }

    public static string Csv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', header.Select(Core.Export.CellsCsv.Escape)).Append('\n');
        foreach (var row in rows) sb.AppendJoin(',', row.Select(Core.Export.CellsCsv.Escape)).Append('\n');
        return sb.ToString();
    }

    public static string Money(decimal? value) => value is { } v ? v.ToString("#,0.00####", CultureInfo.InvariantCulture) : "-";

    public static string Plain(object? value) => Storage.Exporting.ExportTables.Text(Storage.Exporting.ExportTables.Plain(value));
}
