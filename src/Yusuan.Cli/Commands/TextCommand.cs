using System.CommandLine;
using System.Globalization;
using Yusuan.Core.Reading.Formats;

namespace Yusuan.Cli.Commands;

/// <summary><c>yusuan text FILE</c>: the text the reader takes from a file (a PDF's tables as tab-separated cell rows),
/// so a user can see what was read; <c>--pages</c> puts each line's page and line number in front of it.</summary>
internal static class TextCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "公开文件 / disclosure file" };
        var pages = new Option<bool>("--pages") { Description = "每行前标出页码和行号 / prefix page and line numbers" };
        var command = new Command("text", "输出读取到的文字（PDF 的表格按单元格以制表符分隔）/ the text read from a file") { file, pages };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            if (InputFile.ReadBytes(path, out var unreadable) is not { } bytes)
            {
                Console.Error.WriteLine(unreadable);
                return Input.Unreadable;
            }
            var extracted = DocumentText.Extract(bytes, Path.GetFileName(path));
            if (!extracted.Success)
            {
                Console.Error.WriteLine(extracted.Error);
                return Input.Unreadable;
            }
            if (!result.GetValue(pages))
            {
                Console.Out.Write(extracted.Text);
                return 0;
            }
            var lines = extracted.Text!.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var page = i < extracted.Origins.Length ? extracted.Origins[i].Page.ToString(CultureInfo.InvariantCulture) : "-";
                Console.Out.WriteLine($"{page,3} {i + 1,5}  {lines[i]}");
            }
            return 0;
        });
        return command;
    }
}
