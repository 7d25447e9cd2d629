using System.CommandLine;
using Yusuan.Core.Generation.Input;

namespace Yusuan.Cli.Commands;

/// <summary><c>yusuan template --year 2025 -o 预算公开模板.xlsx</c>: an empty, documented input workbook (or JSON with --json).</summary>
internal static class TemplateCommand
{
    public static Command Create()
    {
        var year = new Option<int>("--year") { Description = "预算年度 / budget year", DefaultValueFactory = _ => DateTime.Today.Year };
        var output = new Option<string>("--output", "-o") { Description = "输出文件（.xlsx 或 .json）/ output file", Required = true };
        var command = new Command("template", "生成空白的数据录入模板 / write an empty input template") { year, output };
        command.SetAction(result =>
        {
            var path = result.GetValue(output)!;
            var y = result.GetValue(year);
            if (y is < 2000 or > 2100)
            {
                Console.Error.WriteLine($"年度“{y}”不合理。/ Year out of range.");
                return 2;
            }
            if (Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
                File.WriteAllText(path, InputJson.Write(XlsxTemplate.EmptyInput(y)));
            else
                XlsxTemplate.Write(path, y);
            Console.Error.WriteLine($"已写入 {path}");
            return 0;
        });
        return command;
    }
}
