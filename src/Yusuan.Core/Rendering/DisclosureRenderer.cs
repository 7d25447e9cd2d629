using System.Text;
using Yusuan.Core.Model;
using Yusuan.Core.Rendering.Docx;
using Yusuan.Core.Rendering.Html;
using Yusuan.Core.Rendering.Markdown;
using Yusuan.Core.Rendering.Pdf;
using Yusuan.Core.Rendering.Xlsx;

namespace Yusuan.Core.Rendering;

public enum OutputFormat
{
    Markdown,
    Html,
    Xlsx,
    Docx,
    Pdf,
}

/// <summary>Renders a disclosure to a file in one of the output formats.</summary>
public static class DisclosureRenderer
{
    public static bool TryParseFormat(string? text, out OutputFormat format)
    {
        format = OutputFormat.Markdown;
        switch (text?.Trim().TrimStart('.').ToLowerInvariant())
        {
            case "md" or "markdown" or "txt": format = OutputFormat.Markdown; return true;
            case "html" or "htm": format = OutputFormat.Html; return true;
            case "xlsx": format = OutputFormat.Xlsx; return true;
            case "docx": format = OutputFormat.Docx; return true;
            case "pdf": format = OutputFormat.Pdf; return true;
            default: return false;
        }
    }

    /// <summary>Writes <paramref name="document"/> to <paramref name="path"/>. The file is written whole or not at all.</summary>
    public static void Write(Disclosure document, OutputFormat format, string path)
    {
        AtomicFile.WriteVia(path, temp =>
        {
            switch (format)
            {
                case OutputFormat.Markdown: File.WriteAllText(temp, MarkdownRenderer.Render(document), new UTF8Encoding(false)); break;
                case OutputFormat.Html: File.WriteAllText(temp, HtmlRenderer.Render(document), new UTF8Encoding(false)); break;
                case OutputFormat.Xlsx: XlsxRenderer.Write(document, temp); break;
                case OutputFormat.Docx: DocxRenderer.Write(document, temp); break;
                case OutputFormat.Pdf: PdfRenderer.Write(HtmlRenderer.Render(document), temp); break;
            }
        });
    }
}
