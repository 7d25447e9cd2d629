using System.CommandLine;
using Yusuan.Core.Generation;
using Yusuan.Core.Model;
using Yusuan.Core.Rendering;
using Yusuan.Core.Rendering.Pdf;

namespace Yusuan.Cli.Commands;

/// <summary><c>yusuan render INPUT --to md|html|xlsx|docx|pdf -o FILE [--force]</c>: writes a disclosure generated from JSON/XLSX
/// input, or re-renders an existing disclosure. Input errors stop generation (exit 1) unless <c>--force</c>.</summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("INPUT") { Description = "输入：JSON/XLSX 数据，或已有的公开文件 / JSON or XLSX input, or an existing disclosure" };
        var to = new Option<string?>("--to") { Description = "md | html | xlsx | docx | pdf（默认按输出文件扩展名）" };
        var output = new Option<string?>("--output", "-o") { Description = "输出文件；md 可省略（输出到标准输出）/ output file" };
        var force = new Option<bool>("--force") { Description = "输入有错误时仍然生成 / generate despite input errors" };
        var command = new Command("render", "由数据生成公开文件，或转换已有公开文件的格式 / generate or re-render a disclosure") { input, to, output, force };
        command.SetAction(result =>
        {
            var path = result.GetValue(input)!;
            var outPath = result.GetValue(output);
            var formatText = result.GetValue(to) ?? (outPath is null ? "md" : Path.GetExtension(outPath));
            if (!DisclosureRenderer.TryParseFormat(formatText, out var format))
            {
                Console.Error.WriteLine($"不支持的输出格式“{formatText}”，请用 --to md|html|xlsx|docx|pdf。/ Unknown output format.");
                return 2;
            }
            if (outPath is null && format != OutputFormat.Markdown && format != OutputFormat.Html)
            {
                Console.Error.WriteLine("输出 xlsx/docx/pdf 需要用 -o 指定输出文件。/ -o FILE is required for binary formats.");
                return 2;
            }
            var source = DisclosureSource.Load(path);
            if (source.Error is { } error)
            {
                Console.Error.WriteLine(error);
                return Input.Unreadable;
            }
            foreach (var issue in source.Issues.Where(i => i.Severity != DiagnosticSeverity.Info)) Console.Error.WriteLine(issue);
            if (source.Disclosure is not { } document)
            {
                Console.Error.WriteLine("输入无法使用，未生成文件。/ The input cannot be used; nothing written.");
                return 1;
            }
            if (source.HasErrors && !result.GetValue(force))
            {
                Console.Error.WriteLine($"输入有 {source.Issues.Count(i => i.Severity == DiagnosticSeverity.Error)} 处错误，未生成文件（改正后重试，或用 --force 强制生成）。/ Input has errors; nothing written.");
                return 1;
            }
            try
            {
                if (outPath is null)
                {
                    Console.Out.Write(format == OutputFormat.Html ? Core.Rendering.Html.HtmlRenderer.Render(document) : Core.Rendering.Markdown.MarkdownRenderer.Render(document));
                    return 0;
                }
                DisclosureRenderer.Write(document, format, outPath);
            }
            catch (RenderToolException e)
            {
                Console.Error.WriteLine(e.Message);
                return 3;
            }
            Console.Error.WriteLine($"已写入 {outPath}");
            return 0;
        });
        return command;
    }
}
