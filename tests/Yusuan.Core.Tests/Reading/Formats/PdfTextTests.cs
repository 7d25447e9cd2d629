using System.Text;
using Yusuan.Core.Model;
using Yusuan.Core.Reading;
using Yusuan.Core.Reading.Formats;
using Yusuan.Core.Rendering.Html;
using Yusuan.Core.Rendering.Pdf;

namespace Yusuan.Core.Tests.Reading.Formats;

/// <summary>
/// PDFs through poppler's pdftotext -layout (Debian poppler-utils; the printed seed needs chromium and fonts-noto-cjk too).
/// One class, so the test that hides pdftotext never runs beside one that needs it, and in a collection of its own, so it
/// never runs beside another class's PDF reading either.
/// </summary>
[Collection(ProcessEnvironment.Name)]
public sealed class PdfTextTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    public void A_seed_printed_to_pdf_reads_back_with_every_table_and_claim(string seed)
    {
        Assert.True(PdfRenderer.FindChromium() is not null, "需要 chromium（apt-get install chromium fonts-noto-cjk）/ chromium is required for PDF tests");
        var original = DisclosureReader.ReadFile(Samples.Seed(seed)).GetValueOrThrow();
        var path = Path.Combine(Path.GetTempPath(), $"yusuan-pdf-read-{Guid.NewGuid():N}.pdf");
        try
        {
            PdfRenderer.Write(HtmlRenderer.Render(original), path);
            var read = DisclosureReader.ReadFile(path);
            Assert.True(read.Success, read.Error);
            var again = read.Value!;

            // As sets: the renderer may print the tables in another order than the document (003: 表9 before 表8).
            Assert.Equal(original.Tables.Select(t => t.Canonical).Order(), again.Tables.Select(t => t.Canonical).Order());
            Assert.Equal(original.Narrative.Claims.Length, again.Narrative.Claims.Length);
            // Layout text of a printed page wraps long names over lines and moves figures a few characters off their
            // headers; the column-number line, wrapped-name joining and the hierarchy put them back. Measured 2026-12-01:
            // every cell reads back exactly (000: 278 / 278, 001: 333 / 333, 002: 225 / 225, 003: 50 / 50; before the
            // layout work 269, 269, 217 and 31). The floor leaves room for a font that shifts a figure by a column.
            var before = FormatRoundTripTests.TableCells(original);
            var after = FormatRoundTripTests.TableCells(again).ToHashSet(StringComparer.Ordinal);
            var kept = before.Count(after.Contains);
            Assert.True(kept >= before.Count * 98 / 100, $"{seed}: {kept} / {before.Count} cells read back");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_pdf_without_a_text_layer_is_refused_as_a_probable_scan()
    {
        var text = DocumentText.Extract(BlankPdf(), "扫描件.pdf");

        Assert.False(text.Success);
        Assert.Equal(SourceFormat.Pdf, text.Format);
        Assert.Contains("扫描件", text.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_pdf_gets_one_sentence()
    {
        var text = DocumentText.Extract("%PDF-1.4\n这不是一个完整的 PDF"u8.ToArray(), "坏.pdf");

        Assert.False(text.Success);
        Assert.Contains("坏.pdf", text.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_pdftotext_the_message_says_what_to_install()
    {
        var saved = (Environment.GetEnvironmentVariable("YUSUAN_PDFTOTEXT"), Environment.GetEnvironmentVariable("YUSUAN_PDF"));
        Environment.SetEnvironmentVariable("YUSUAN_PDFTOTEXT", "/nonexistent/pdftotext");
        Environment.SetEnvironmentVariable("YUSUAN_PDF", "pdftotext");
        try
        {
            var text = DocumentText.Extract(BlankPdf(), "公开.pdf");

            Assert.False(text.Success);
            Assert.Contains("poppler-utils", text.Error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("YUSUAN_PDFTOTEXT", saved.Item1);
            Environment.SetEnvironmentVariable("YUSUAN_PDF", saved.Item2);
        }
    }

    [Fact]
    public void A_pdf_is_read_in_process_without_pdftotext()
    {
        var saved = Environment.GetEnvironmentVariable("YUSUAN_PDFTOTEXT");
        Environment.SetEnvironmentVariable("YUSUAN_PDFTOTEXT", "/nonexistent/pdftotext");
        try
        {
            var text = DocumentText.Extract(File.ReadAllBytes(Path.Combine(Samples.Root, "samples", "corpus", "bulk", "B152_suz.pdf")), "B152_suz.pdf");

            Assert.True(text.Success, text.Error);
            Assert.Contains("部门：苏州市交通运输局", text.Text, StringComparison.Ordinal);
            Assert.Equal(text.Text!.Split('\n').Length - 1, text.Origins.Length);
        }
        finally
        {
            Environment.SetEnvironmentVariable("YUSUAN_PDFTOTEXT", saved);
        }
    }

    [Fact]
    public void A_pdf_read_with_its_layout_knows_each_page_s_size_in_the_frame_of_its_boxes()
    {
        // 013 b: A3 pages with /Rotate 90, read (and shown by pdftoppm) landscape; 010: A4 landscape, 16 pages.
        var rotated = DocumentText.Extract(File.ReadAllBytes(Path.Combine(Samples.Root, "samples", "corpus", "pdf", "013_js_rdcwh_2019_dept_budget.b.pdf")), "013.pdf");
        var landscape = DocumentText.Extract(File.ReadAllBytes(Path.Combine(Samples.Root, "samples", "corpus", "pdf", "010_sh_putuo_shfly_2024_unit_budget.pdf")), "010.pdf");

        Assert.Equal(16, landscape.PageSizes.Length);
        Assert.All(landscape.PageSizes, size => Assert.Equal(new PageSize(841.85, 595.25), new PageSize(Math.Round(size.Width, 2), Math.Round(size.Height, 2))));
        Assert.Equal(new PageSize(1191, 842), rotated.PageSizes[0]);
        Assert.All(rotated.Origins.Where(o => o.Box.Width > 0), o => Assert.InRange(o.Box.Right, 0, rotated.PageSizes[o.Page - 1].Width + 1));
        Assert.Contains(rotated.Origins, o => o.Box.Right > 842);
    }

    /// <summary>A valid one-page PDF with nothing on the page, written object by object with a correct cross-reference table.</summary>
    private static byte[] BlankPdf()
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            "<< /Length 0 >>\nstream\n\nendstream",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(pdf.ToString()));
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.ASCII.GetByteCount(pdf.ToString());
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) pdf.Append($"{o:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
