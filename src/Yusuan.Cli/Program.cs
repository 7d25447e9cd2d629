using System.CommandLine;
using System.Text;
using Yusuan.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(false);

var root = new RootCommand("预算 Yusuan：读取、检查、生成和比较政府部门预算/决算公开文件。/ Read, check, generate and compare Chinese budget disclosures.");
foreach (var command in CommandCatalog.All()) root.Subcommands.Add(command);
var verbose = new Option<bool>("--verbose") { Description = "出错时打印内部错误的全部信息 / print an internal error's details", Recursive = true };
root.Options.Add(verbose);

var parsed = root.Parse(args);
var wantsDetail = args.Contains("--verbose");
if (parsed.Errors.Count > 0 && parsed.Action is not System.CommandLine.Help.HelpAction)
{
    // Bad arguments are an unusable input (exit 2), not findings (System.CommandLine's own 1).
    foreach (var e in parsed.Errors) Console.Error.WriteLine($"参数错误：{e.Message} / Bad argument.");
    Console.Error.WriteLine("用 yusuan --help 或 yusuan <命令> --help 查看用法。/ See --help.");
    return ExitCodes.Unusable;
}
try
{
    return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (IOException e) when (CrashReport.DiskFull(e))
{
    Console.Error.WriteLine("磁盘已满，命令未完成（已写出的文件保持原样）。/ The disk is full; nothing was half-written.");
    return ExitCodes.Failure;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"出错：{e.Message} / Error: {e.Message}");
    return ExitCodes.Unusable;
}
catch (Exception e)
{
    return CrashReport.Report(e, args, wantsDetail, Console.Error);
}
