using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Yusuan.Core.Reading.Formats.Pdf;

namespace Yusuan.Core.Reading.Formats;

/// <summary>
/// A PDF's text layer. By default it is read in-process with PdfPig (<see cref="PdfLayoutReader"/>): letters with their
/// positions, ruled tables written as tab-separated cell rows (<see cref="PdfTextComposer"/>), every line knowing its
/// page and box. <c>YUSUAN_PDF=pdftotext</c> (or a PDF PdfPig cannot parse) uses poppler's <c>pdftotext -layout</c>
/// instead (Debian package poppler-utils), the form the corpus texts were made in. A scanned PDF has no text layer and
/// is refused with a sentence saying so; this reader does no OCR.
/// </summary>
internal static class PdfText
{
    public static TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>pdftotext from <c>YUSUAN_PDFTOTEXT</c>, else from the PATH.</summary>
    public static string Tool => Environment.GetEnvironmentVariable("YUSUAN_PDFTOTEXT") is { Length: > 0 } path ? path : "pdftotext";

    private static bool PreferPdfToText => string.Equals(Environment.GetEnvironmentVariable("YUSUAN_PDF"), "pdftotext", StringComparison.OrdinalIgnoreCase);

    public static ExtractedText Extract(byte[] bytes, string label)
    {
        if (PreferPdfToText) return ExtractWithPdfToText(bytes, label);
        ComposedText composed;
        try
        {
            composed = PdfTextComposer.Compose(PdfLayoutReader.Read(bytes));
        }
        catch (Exception e) when (e is not OutOfMemoryException and not StackOverflowException)
        {
            // PdfPig refuses some damaged or unusual files that poppler still reads.
            return ExtractWithPdfToText(bytes, label);
        }
        if (ScanRefusal(composed.Text, composed.Pages, label) is { } refused) return refused;
        return ExtractedText.Ok(SourceFormat.Pdf, composed.Text) with { Origins = composed.Origins, PageSizes = composed.PageSizes, PageNotes = composed.Notes };
    }

    private static ExtractedText? ScanRefusal(string text, int pages, string label)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c)) letters++;
        }
        return letters < 20 * Math.Max(1, pages)
            ? ExtractedText.Fail(SourceFormat.Pdf, $"PDF“{label}”没有可提取的文字（可能是扫描件），请先做文字识别（OCR）。/ '{label}' has no text layer (a scan?); run OCR first.")
            : null;
    }

    private static ExtractedText ExtractWithPdfToText(byte[] bytes, string label)
    {
        var work = Directory.CreateTempSubdirectory("yusuan-pdf-");
        try
        {
            var input = Path.Combine(work.FullName, "document.pdf");
            File.WriteAllBytes(input, bytes);
            var info = new ProcessStartInfo(Tool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
            };
            foreach (var arg in new[] { "-layout", "-enc", "UTF-8", input, "-" }) info.ArgumentList.Add(arg);
            Process process;
            try
            {
                process = Process.Start(info) ?? throw new Win32Exception();
            }
            catch (Win32Exception)
            {
                return ExtractedText.Fail(SourceFormat.Pdf,
                    $"PDF“{label}”无法读取，改用 pdftotext 也没有找到（请安装：apt-get install poppler-utils）。/ '{label}' could not be read, and pdftotext (poppler-utils) is not installed.");
            }
            using (process)
            {
                var output = process.StandardOutput.ReadToEndAsync();
                var error = process.StandardError.ReadToEndAsync();
                if (!process.WaitForExit(Timeout))
                {
                    process.Kill(entireProcessTree: true);
                    return ExtractedText.Fail(SourceFormat.Pdf, $"PDF“{label}”在 {Timeout.TotalSeconds:0} 秒内没有读完。/ pdftotext timed out on '{label}'.");
                }
                if (process.ExitCode != 0)
                {
                    var detail = error.Result.Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? string.Empty;
                    return ExtractedText.Fail(SourceFormat.Pdf, $"PDF“{label}”无法读取（文件损坏或加密）：{detail} / '{label}' could not be read as a PDF.");
                }
                var text = output.Result;
                var pages = text.Count(c => c == '\f') + 1;
                if (ScanRefusal(text, pages, label) is { } refused) return refused;
                return ExtractedText.Ok(SourceFormat.Pdf, text.Replace("\f", "\n\n", StringComparison.Ordinal));
            }
        }
        finally
        {
            try { work.Delete(recursive: true); } catch (IOException) { /* a leftover temp folder is harmless */ }
        }
    }
}
