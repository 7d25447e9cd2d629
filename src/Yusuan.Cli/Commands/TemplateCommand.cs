using System.CommandLine;
using Yusuan.Core;
using Yusuan.Core.Generation.Input;

namespace Yusuan.Cli.Commands;

/// <summary><c>yusuan template --year 2025 -o 预算公开模板.xlsx</c>: an empty, documented input workbook (or JSON with --json).</summary>
internal static class TemplateCommand
{
    public static Command Create()
    {
        var year = new Option<int>("--year") { Description = "预算年度 / budget year", DefaultValueFactory = _ => DateTime.Today.Year };
        var output = new Option<string>("--output", "-o") { Description = "输出文件（.xlsx 或 .json）/ output file", Required = true };
        var from = new Option<string?>("--from") { Description = "用已有的 JSON 数据填写模板 / fill the workbook from a JSON input" };
        var command = new Command("template", "生成空白的数据录入模板 / write an empty input template") { year, output, from };
        command.SetAction(result =>
        {
            var path = result.GetValue(output)!;
            var y = result.GetValue(year);
            if (y is < 2000 or > 2100)
            {
                Console.Error.WriteLine($"年度“{y}”不合理。/ Year out of range.");
                return 2;
            }
            BudgetInput? content = null;
            if (result.GetValue(from) is { } source)
            {
                if (!File.Exists(source))
                {
                    Console.Error.WriteLine($"找不到文件“{source}”。/ File not found.");
                    return 2;
                }
                if (InputJson.Decode(source) is not { } json)
                {
                    Console.Error.WriteLine($"“{Path.GetFileName(source)}”不是 UTF-8 编码的 JSON。/ Not UTF-8 JSON.");
                    return 2;
                }
                var read = InputJson.Read(json, Path.GetFileName(source));
                if (read.Input is null)
                {
                    foreach (var issue in read.Issues) Console.Error.WriteLine(issue);
                    return 2;
                }
                content = read.Input;
                y = content.Year;
            }
            if (Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
                AtomicFile.WriteVia(path, temp => File.WriteAllText(temp, InputJson.Write(content ?? XlsxTemplate.EmptyInput(y))));
            else
                AtomicFile.WriteVia(path, temp => XlsxTemplate.Write(temp, y, content));
            Console.Error.WriteLine($"已写入 {path}");
            return 0;
        });
        return command;
    }
}
