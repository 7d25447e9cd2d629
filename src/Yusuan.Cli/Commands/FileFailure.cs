namespace Yusuan.Cli.Commands;

/// <summary>One file of a folder that Yusuan failed on: the sentence the report and the 批次汇总 show, with the details in
/// a crash log, so a batch of hundreds still reports the rest.</summary>
internal static class FileFailure
{
    public static string Describe(string name, Exception e)
    {
        var log = new StringWriter();
        CrashReport.Report(e, [name], verbose: false, log);
        return $"“{name}”未能检查：{log.ToString().Trim()}";
    }
}
