using System.IO.Compression;
using System.Text;

namespace Yusuan.Core.Reading.Formats;

/// <summary>Tells a file's format from its first bytes (and, for zip packages, their parts); the extension only breaks ties
/// between text and HTML, since published files are often misnamed.</summary>
public static class FormatDetector
{
    /// <summary>The format, or null for binary content that is none of the supported formats.</summary>
    public static SourceFormat? Detect(ReadOnlySpan<byte> bytes, string? name = null)
    {
        if (bytes.StartsWith("%PDF"u8)) return SourceFormat.Pdf;
        if (bytes.StartsWith("PK\u0003\u0004"u8)) return ZipKind(bytes.ToArray());
        var ext = Path.GetExtension(name ?? string.Empty).ToLowerInvariant();
        if (ext is ".html" or ".htm" or ".xhtml" || LooksLikeHtml(bytes)) return SourceFormat.Html;
        return SourceFormat.Text;
    }

    /// <summary>Chinese name of a format, for messages.</summary>
    public static string ChineseName(this SourceFormat format) => format switch
    {
        SourceFormat.Pdf => "PDF",
        SourceFormat.Docx => "Word 文档",
        SourceFormat.Xlsx => "Excel 工作簿",
        SourceFormat.Html => "网页",
        _ => "文本",
    };

    private static SourceFormat? ZipKind(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("word/document.xml") is not null) return SourceFormat.Docx;
            if (zip.GetEntry("xl/workbook.xml") is not null) return SourceFormat.Xlsx;
        }
        catch (InvalidDataException)
        {
            // A damaged or non-zip file that merely starts like one: not a supported format.
        }
        return null;
    }

    /// <summary>A whole HTML page (<c>&lt;!DOCTYPE html&gt;</c> or <c>&lt;html</c> first). Markdown with a few HTML tags (seed 003) stays text.</summary>
    private static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        var head = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 512)]).TrimStart();
        return head.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<?xml", StringComparison.Ordinal) && head.Contains("<html", StringComparison.OrdinalIgnoreCase));
    }
}
