using System.CommandLine;
using Yusuan.Core.Generation;
using Yusuan.Core.Model;
using Yusuan.Core.Rendering;
using Yusuan.Core.Rendering.Pdf;

namespace Yusuan.Cli.Commands;

/// <summary><c>yusuan render INPUT --to md|html|xlsx|docx|pdf -o FILE [--force]</c>: writes a disclosure generated from JSON/XLSX
/// input, or re-renders an existing disclosure. Input errors stop generation (exit 1) unless <c>--force</c>;
/// input that cannot be read at all (not JSON, not a disclosure) exits 2, a missing tool 3.</summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("INPUT") { Description = "输入：JSON/XLSX 数据，或已有的公开文件 / JSON or XLSX input, or an existing disclosure" };
        var to = new Option<string?>("--to") { Description = "md | html | xlsx | docx | pdf（默认按输出文件扩展名）" };
        var output = new Option<string?>("--output", "-o") { Description = "输出文件；md 可省略（输出到标准输出）/ output file" };
        var force = new Option<bool>("--force") { Description = "输入有错误时仍然生成 / generate despite input errors" };
        var command = new Command("render", "由数据生成公开文件，或转换已有公开文件的格式 / generate or re-render a disclosure") { input, to, output, force };
        command.SetAction(r => Run(r.GetValue(input)!, r.GetValue(to), r.GetValue(output), r.GetValue(force), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Generates or re-renders <paramref name="path"/>; <paramref name="outPath"/> null writes Markdown or HTML to
    /// <paramref name="output"/>.</summary>
    public static int Run(string path, string? to, string? outPath, bool force, TextWriter output, TextWriter error)
    {
        var formatText = to ?? (outPath is null ? "md" : Path.GetExtension(outPath));
        if (!DisclosureRenderer.TryParseFormat(formatText, out var format))
        {
            error.WriteLine($"不支持的输出格式“{formatText}”，请用 --to md|html|xlsx|docx|pdf。/ Unknown output format.");
            return 2;
        }
        if (outPath is null && format != OutputFormat.Markdown && format != OutputFormat.Html)
        {
            error.WriteLine("输出 xlsx/docx/pdf 需要用 -o 指定输出文件。/ -o FILE is required for binary formats.");
            return 2;
        }
        var source = DisclosureSource.Load(path);
        if (source.Error is { } unreadable)
        {
            error.WriteLine(unreadable);
            return Input.Unreadable;
        }
        foreach (var issue in source.Issues.Where(i => i.Severity != DiagnosticSeverity.Info)) error.WriteLine(issue);
        if (source.Disclosure is not { } document)
        {
            if (source.Unreadable || !source.HasErrors)
            {
                error.WriteLine("输入无法使用，未生成文件。/ The input cannot be used; nothing written.");
                return ExitCodes.Unusable;
            }
            error.WriteLine($"输入有 {source.Issues.Count(i => i.Severity == DiagnosticSeverity.Error)} 处错误，其中有超出范围的数值，未生成文件（--force 也不能生成）。/ Input figures out of range; nothing written.");
            return ExitCodes.Findings;
        }
        if (source.HasErrors && !force)
        {
            error.WriteLine($"输入有 {source.Issues.Count(i => i.Severity == DiagnosticSeverity.Error)} 处错误，未生成文件（改正后重试，或用 --force 强制生成）。/ Input has errors; nothing written.");
            return 1;
        }
        try
        {
            if (outPath is null)
            {
                output.Write(format == OutputFormat.Html ? Core.Rendering.Html.HtmlRenderer.Render(document) : Core.Rendering.Markdown.MarkdownRenderer.Render(document));
                return 0;
            }
            DisclosureRenderer.Write(document, format, outPath);
        }
        catch (RenderToolException e)
        {
            error.WriteLine(e.Message);
            return ExitCodes.Failure;
        }
        error.WriteLine($"已写入 {outPath}");
        return 0;
    }
}
