using System.Text;
using Yusuan.Core.Generation;
using Yusuan.Core.Generation.Input;
using Yusuan.Core.Model;
using Yusuan.Core.Rendering.Docx;
using Yusuan.Core.Rendering.Html;
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
        InputReadResult read;
        try
        {
            read = Path.GetExtension(name).Equals(".json", StringComparison.OrdinalIgnoreCase)
                ? InputJson.Read(new UTF8Encoding(false, false).GetString(input), name)
                : ReadWorkbook(input, name);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException
                                       or System.Xml.XmlException or FormatException or InvalidOperationException or ArgumentException)
        {
            // A zip named .xlsx that is not a workbook, or a workbook the reader cannot open: the upload's fault.
            return (null, $"“{name}”不是可用的 XLSX 模板（无法作为 Excel 工作簿打开）：请用“下载空白模板”得到的工作簿填写后上传。");
        }
        if (read.Input is null || read.HasErrors) return (null, Describe(read.Issues, "模板中没有可用的数据。"));
        var generated = DisclosureGenerator.Generate(read.Input);
        if (generated.Disclosure is null || generated.HasErrors) return (null, Describe(generated.Issues, "无法从该模板生成公开文件。"));
        return (MarkdownRenderer.Render(generated.Disclosure), null);
    }

    public byte[] Template() =>
        TempFile.Bytes(".xlsx", path => XlsxTemplate.Write(path, DateTime.Today.Year));

    private static InputReadResult ReadWorkbook(byte[] bytes, string name)
    {
        // The XLSX reader takes a path; the upload lives in a private temp file only while it is read.
        var path = Path.Combine(Path.GetTempPath(), $"yusuan-{Guid.NewGuid():N}.xlsx");
        try
        {
            File.WriteAllBytes(path, bytes);
            var result = XlsxInputReader.Read(path);
            return result with
            {
                Issues = [.. result.Issues.Select(i => i with
                {
                    Location = i.Location.Replace(path, name, StringComparison.Ordinal),
                    Message = i.Message.Replace(path, name, StringComparison.Ordinal),
                })],
            };
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
        return Http.Redact.Paths(string.Join("；", errors) + (more > 0 ? $"（另有 {more} 处错误）" : string.Empty));
    }
}

/// <summary>Exports through the renderers of src/Yusuan.Core/Rendering: the tables as XLSX, the disclosure as DOCX or PDF,
/// the check report printed to PDF by headless Chromium.</summary>
public sealed class CoreExporter : IDocumentExporter
{
    public byte[] TablesXlsx(CheckedFile document) => TempFile.Bytes(".xlsx", path => XlsxRenderer.Write(document.Report.Document, path));

    public byte[] ReportPdf(CheckedFile document) => TempFile.Bytes(".pdf", path => PdfRenderer.Write(ReportHtml.Render(document), path));

    public byte[] DisclosureDocx(CheckedFile document) => TempFile.Bytes(".docx", path => DocxRenderer.Write(document.Report.Document, path));

    public byte[] DisclosurePdf(CheckedFile document) => TempFile.Bytes(".pdf", path => PdfRenderer.Write(HtmlRenderer.Render(document.Report.Document), path));
}

/// <summary>Renderers write to a path: a private temp file that lives only while it is written and read back.</summary>
internal static class TempFile
{
    public static byte[] Bytes(string extension, Action<string> write)
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
