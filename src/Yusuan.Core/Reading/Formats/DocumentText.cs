using System.Text;

namespace Yusuan.Core.Reading.Formats;

/// <summary>
/// Turns a published file — text, Markdown, PDF, Word, Excel or HTML — into the text the disclosure reader takes. Tables
/// come out as tab-separated rows (Word, Excel, HTML) or column-aligned text (PDF); line numbers in findings refer to this
/// text. Bad input gets one sentence, never an exception.
/// </summary>
public static class DocumentText
{
    /// <summary>The file extensions taken as disclosures when a whole folder is read (checked, imported, served).</summary>
    public static IReadOnlySet<string> FileExtensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".text", ".md", ".markdown", ".pdf", ".docx", ".xlsx", ".html", ".htm",
    };

    /// <summary>A file in a folder of disclosures: a supported extension, and not the folder's README.</summary>
    public static bool IsDisclosureFile(string path) =>
        FileExtensions.Contains(Path.GetExtension(path)) && !Path.GetFileName(path).StartsWith("README", StringComparison.OrdinalIgnoreCase);

    public static ExtractedText Extract(byte[] bytes, string? name = null)
    {
        var label = name ?? "输入";
        if (bytes.Length == 0) return ExtractedText.Fail(SourceFormat.Text, $"“{label}”是空文件。/ '{label}' is empty.");
        var format = FormatDetector.Detect(bytes, name);
        if (format is null && bytes.AsSpan().StartsWith("PK"u8) && Path.GetExtension(name ?? string.Empty).ToLowerInvariant() is ".docx" or ".xlsx")
        {
            return ExtractedText.Fail(SourceFormat.Text, $"“{label}”无法打开（Office 文件损坏或不完整）。/ '{label}' is a damaged Office file.");
        }
        if (format is null)
        {
            return ExtractedText.Fail(SourceFormat.Text,
                $"“{label}”不是支持的格式（支持文本、Markdown、PDF、Word .docx、Excel .xlsx、HTML）。/ '{label}' is not a supported format.");
        }
        try
        {
            return format switch
            {
                SourceFormat.Pdf => PdfText.Extract(bytes, label),
                SourceFormat.Docx => Packaged(SourceFormat.Docx, DocxText.Extract(new MemoryStream(bytes, writable: false)), label),
                SourceFormat.Xlsx => Packaged(SourceFormat.Xlsx, XlsxText.Extract(new MemoryStream(bytes, writable: false)), label),
                SourceFormat.Html => Decode(bytes, label) is { Success: true } html
                    ? ExtractedText.Ok(SourceFormat.Html, HtmlText.Extract(html.Text!))
                    : Decode(bytes, label),
                _ => Decode(bytes, label),
            };
        }
        catch (Exception e) when (e is InvalidDataException or IOException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException
                                       or System.Xml.XmlException or FormatException or InvalidOperationException)
        {
            return ExtractedText.Fail(format.Value,
                $"“{label}”看起来是{format.Value.ChineseName()}，但无法打开（文件损坏或不完整）。/ '{label}' looks like {format.Value} but cannot be opened.");
        }
    }

    /// <summary>A Word or Excel file that opened but holds no text at all.</summary>
    private static ExtractedText Packaged(SourceFormat format, string text, string label) =>
        string.IsNullOrWhiteSpace(text)
            ? ExtractedText.Fail(format, $"“{label}”是{format.ChineseName()}，但里面没有文字。/ '{label}' contains no text.")
            : ExtractedText.Ok(format, text);

    private static ExtractedText Decode(byte[] bytes, string label)
    {
        if (LooksBinary(bytes)) return ExtractedText.Fail(SourceFormat.Text, $"“{label}”不是文本文件（看起来是二进制内容）。/ '{label}' is not a text file.");
        try
        {
            return ExtractedText.Ok(SourceFormat.Text, new UTF8Encoding(false, true).GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            return ExtractedText.Fail(SourceFormat.Text, $"“{label}”不是 UTF-8 编码的文本。/ '{label}' is not UTF-8 text.");
        }
    }

    private static bool LooksBinary(byte[] bytes)
    {
        var n = Math.Min(bytes.Length, 8192);
        var control = 0;
        for (var i = 0; i < n; i++)
        {
            var b = bytes[i];
            if (b == 0) return true;
            if (b < 0x09 || b is > 0x0D and < 0x20 && b != 0x1B) control++;
        }
        return control > n / 20;
    }
}
