using System.CommandLine;
using System.Text;
using Yusuan.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(false);

var root = new RootCommand("预算 Yusuan：读取、检查、生成和比较政府部门预算/决算公开文件。/ Read, check, generate and compare Chinese budget disclosures.");
foreach (var command in CommandCatalog.All()) root.Subcommands.Add(command);

try
{
    return root.Parse(args).Invoke();
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"出错：{e.Message} / Error: {e.Message}");
    return 2;
}
