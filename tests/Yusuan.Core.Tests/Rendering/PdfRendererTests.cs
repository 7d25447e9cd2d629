using System.Diagnostics;
using Yusuan.Core.Rendering.Html;
using Yusuan.Core.Rendering.Pdf;

namespace Yusuan.Core.Tests.Rendering;

/// <summary>Prints the example disclosure with headless Chromium once and inspects the PDF with poppler's pdfinfo/pdftotext.
/// Needs the Debian packages chromium, fonts-noto-cjk and poppler-utils; fails with that message when they are missing.</summary>
public sealed class PdfRendererTests : IClassFixture<PdfRendererTests.Printed>
{
    private readonly Printed pdf;

    public PdfRendererTests(Printed pdf) => this.pdf = pdf;

    public sealed class Printed : IDisposable
    {
        public Printed()
        {
            Assert.True(PdfRenderer.FindChromium() is not null, "需要 chromium（apt-get install chromium fonts-noto-cjk）/ chromium is required for PDF tests");
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"yusuan-test-{Guid.NewGuid():N}.pdf");
            PdfRenderer.Write(HtmlRenderer.Render(RenderedDocument.Unit), Path);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }

    [Fact]
    public void The_pdf_has_a_sensible_number_of_pages()
    {
        var info = Run("pdfinfo", pdf.Path);
        var pages = int.Parse(info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(pages, 15, 40); // cover, contents, profile, 11 tables, narrative
    }

    [Fact]
    public void The_pdf_text_holds_the_tables_and_the_narrative_in_cjk()
    {
        var text = Run("pdftotext", "-layout", pdf.Path, "-");
        Assert.Contains("单位收支总体情况表", text, StringComparison.Ordinal);
        Assert.Contains("2,627.89", text, StringComparison.Ordinal);
        Assert.Contains("主要原因是", text, StringComparison.Ordinal);
        Assert.Contains("— 5 —", text.Replace("—5—", "— 5 —", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static string Run(string tool, params string[] args)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail($"需要 {tool}（apt-get install poppler-utils）/ {tool} is required for PDF tests");
            throw;
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{tool} failed: {process.StandardError.ReadToEnd()}");
            return output;
        }
    }
}
