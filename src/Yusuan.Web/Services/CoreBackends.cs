using System.Text;
using Yusuan.Core.Generation;
using Yusuan.Core.Generation.Input;
using Yusuan.Core.Model;
using Yusuan.Core.Rendering.Markdown;
using Yusuan.Core.Rendering.Pdf;
using Yusuan.Core.Rendering.Xlsx;
using Yusuan.Web.Pages;

namespace Yusuan.Web.Services;

/// <summary>The generator of src/Yusuan.Core/Generation: an XLSX template or JSON input → the disclosure as Markdown text,
/// which the app then reads and checks like an upload (so the result shows what a reader of the published text gets).</summary>
public sealed class CoreGenerator : IDisclosureGenerator
{
    public (string? Text, string? Error) Generate(byte[] input, string name)
    {
        var read = Path.GetExtension(name).Equals(".json", StringComparison.OrdinalIgnoreCase)
            ? InputJson.Read(new UTF8Encoding(false, false).GetString(input), name)
            : ReadWorkbook(input, name);
        if (read.Input is null || read.HasErrors) return (null, Describe(read.Issues, "模板中没有可用的数据。"));
        var generated = DisclosureGenerator.Generate(read.Input);
        if (generated.Disclosure is null || generated.HasErrors) return (null, Describe(generated.Issues, "无法从该模板生成公开文件。"));
        return (MarkdownRenderer.Render(generated.Disclosure), null);
    }

    private static InputReadResult ReadWorkbook(byte[] bytes, string name)
    {
        // The XLSX reader takes a path; the upload lives in a private temp file only while it is read.
        var path = Path.Combine(Path.GetTempPath(), $"yusuan-{Guid.NewGuid():N}.xlsx");
        try
        {
            File.WriteAllBytes(path, bytes);
            var result = XlsxInputReader.Read(path);
            return result with { Issues = [.. result.Issues.Select(i => i with { Location = i.Location.Replace(path, name, StringComparison.Ordinal) })] };
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Describe(IReadOnlyList<InputIssue> issues, string fallback)
    {
        var errors = issues.Where(i => i.Severity == DiagnosticSeverity.Error).Take(5).Select(i => $"{i.Location}：{i.Message}").ToList();
        if (errors.Count == 0) return fallback;
        var more = issues.Count(i => i.Severity == DiagnosticSeverity.Error) - errors.Count;
        return string.Join("；", errors) + (more > 0 ? $"（另有 {more} 处错误）" : string.Empty);
    }
}

/// <summary>Exports through the renderers of src/Yusuan.Core/Rendering: the tables as XLSX, the check report printed to PDF
/// by headless Chromium.</summary>
public sealed class CoreExporter : IDocumentExporter
{
    public byte[] TablesXlsx(CheckedFile document) => ViaTempFile(".xlsx", path => XlsxRenderer.Write(document.Report.Document, path));

    public byte[] ReportPdf(CheckedFile document) => ViaTempFile(".pdf", path => PdfRenderer.Write(ReportHtml.Render(document), path));

    private static byte[] ViaTempFile(string extension, Action<string> write)
    {
        var path = Path.Combine(Path.GetTempPath(), $"yusuan-{Guid.NewGuid():N}{extension}");
        try
        {
            write(path);
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
