namespace Yusuan.Core.Reading.Formats;

/// <summary>The file formats a disclosure is published in. Every format is turned into text first; the text reader does the rest.</summary>
public enum SourceFormat
{
    /// <summary>UTF-8 text: plain, tab-separated, Markdown (with HTML tags), or text already extracted from a PDF.</summary>
    Text,

    /// <summary>A PDF with a text layer, extracted with poppler's <c>pdftotext -layout</c>.</summary>
    Pdf,

    /// <summary>A Word document (.docx): paragraphs as lines, tables as tab-separated rows.</summary>
    Docx,

    /// <summary>An Excel workbook (.xlsx): each sheet's rows as tab-separated lines.</summary>
    Xlsx,

    /// <summary>An HTML page: block elements as lines, tables as tab-separated rows.</summary>
    Html,
}
