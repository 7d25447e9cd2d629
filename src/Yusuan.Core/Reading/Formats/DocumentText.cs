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

    public static ExtractedText Extract(byte[] bytes, string? name = null) => Extract(bytes, name, InputBounds.Default);

    public static ExtractedText Extract(byte[] bytes, string? name, InputBounds bounds)
    {
        var extracted = ExtractWithin(bytes, name, bounds);
        var label = name ?? "输入";
        if (extracted.Text is { } text && text.Length > bounds.MaxTextChars)
        {
            return ExtractedText.Fail(extracted.Format,
                $"“{label}”的文字超过 {bounds.MaxTextChars / 1024 / 1024} M 字符，不像一份公开文件，已拒绝。/ '{label}' holds more text than any disclosure.");
        }
        return extracted;
    }

    private static ExtractedText ExtractWithin(byte[] bytes, string? name, InputBounds bounds)
    {
        var label = name ?? "输入";
        if (bytes.Length == 0) return ExtractedText.Fail(SourceFormat.Text, $"“{label}”是空文件。/ '{label}' is empty.");
        if (bytes.Length > bounds.MaxFileBytes) return TooLarge(label, bounds);
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
        if (format is SourceFormat.Docx or SourceFormat.Xlsx && (PackageBounds.Inspect(bytes, bounds) ?? Untyped(bytes)) is { } refusal)
        {
            return ExtractedText.Fail(format.Value, refusal switch
            {
                PackageRefusal.TooDeep => $"“{label}”中的 XML 嵌套超过 {bounds.MaxXmlDepth} 层，不像正常的{format.Value.ChineseName()}，已拒绝。/ '{label}' nests its XML too deep.",
                PackageRefusal.Damaged => $"“{label}”看起来是{format.Value.ChineseName()}，但无法打开（文件损坏或不完整）。/ '{label}' looks like {format.Value} but cannot be opened.",
                _ => $"“{label}”解压后超过 {bounds.MaxExpandedBytes / 1024 / 1024} MB（或部件过多），不像正常的公开文件，已拒绝。/ '{label}' expands past {bounds.MaxExpandedBytes / 1024 / 1024} MB.",
            });
        }
        try
        {
            return format switch
            {
                SourceFormat.Pdf => PdfText.Extract(bytes, label),
                SourceFormat.Docx => Packaged(SourceFormat.Docx, DocxText.Extract(new MemoryStream(bytes, writable: false)), label),
                SourceFormat.Xlsx => Packaged(SourceFormat.Xlsx, XlsxText.Extract(new MemoryStream(bytes, writable: false)), label),
                SourceFormat.Html => Decode(bytes, label) is { Success: true } html
                    ? HtmlText.Extract(html.Text!, label, bounds)
                    : Decode(bytes, label),
                _ => Decode(bytes, label),
            };
        }
        catch (InputRefusedException e)
        {
            return ExtractedText.Fail(format.Value, $"“{label}”：{e.Message}");
        }
        catch (Exception e) when (e is InvalidDataException or IOException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException
                                       or System.Xml.XmlException or FormatException or InvalidOperationException)
        {
            return ExtractedText.Fail(format.Value,
                $"“{label}”看起来是{format.Value.ChineseName()}，但无法打开（文件损坏或不完整）。/ '{label}' looks like {format.Value} but cannot be opened.");
        }
    }

    /// <summary>Every Office package names its parts' types in [Content_Types].xml; without it the package is damaged
    /// (Word refuses it too), not a document without text.</summary>
    private static PackageRefusal? Untyped(byte[] bytes)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes, writable: false), System.IO.Compression.ZipArchiveMode.Read);
        return zip.GetEntry("[Content_Types].xml") is null ? PackageRefusal.Damaged : null;
    }

    private static ExtractedText TooLarge(string label, InputBounds bounds) =>
        ExtractedText.Fail(SourceFormat.Text,
            $"“{label}”超过 {bounds.MaxFileBytes / 1024 / 1024} MB，不像一份公开文件，已拒绝。/ '{label}' is larger than {bounds.MaxFileBytes / 1024 / 1024} MB.");

    /// <summary>A Word or Excel file that opened but holds no text at all.</summary>
    private static ExtractedText Packaged(SourceFormat format, string text, string label) =>
        string.IsNullOrWhiteSpace(text)
            ? ExtractedText.Fail(format, $"“{label}”是{format.ChineseName()}，但里面没有文字。/ '{label}' contains no text.")
            : ExtractedText.Ok(format, text);

    private static ExtractedText Decode(byte[] bytes, string label)
    {
        // Text saved as UTF-16 or UTF-32 (Windows Notepad's "Unicode") says so with its byte-order mark.
        if (UnicodeWithMark(bytes) is { } unicode)
        {
            try
            {
                return ExtractedText.Ok(SourceFormat.Text, unicode.GetString(bytes, unicode.Preamble.Length, bytes.Length - unicode.Preamble.Length));
            }
            catch (DecoderFallbackException)
            {
                return ExtractedText.Fail(SourceFormat.Text, $"“{label}”标明是 {unicode.WebName} 编码，但内容不是。/ '{label}' is not valid {unicode.WebName}.");
            }
        }
        if (bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble)) bytes = bytes[3..];
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

    /// <summary>UTF-32 is tried before UTF-16: FF FE 00 00 starts both.</summary>
    private static Encoding? UnicodeWithMark(byte[] bytes)
    {
        Encoding[] marked =
        [
            new UTF32Encoding(bigEndian: false, byteOrderMark: true, throwOnInvalidCharacters: true),
            new UTF32Encoding(bigEndian: true, byteOrderMark: true, throwOnInvalidCharacters: true),
            new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true),
            new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true),
        ];
        return marked.FirstOrDefault(e => bytes.AsSpan().StartsWith(e.Preamble));
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
