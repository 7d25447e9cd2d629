using System.Diagnostics;
using UglyToad.PdfPig;
using Yusuan.Core.Checking;
using Yusuan.Core.Checking.Output.Annotation;
using Yusuan.Core.Model;
using Yusuan.Core.Reading;

namespace Yusuan.Core.Tests.Checking.Annotation;

/// <summary>The annotated PDF: every page and its text as in the original, one annotation per note, each frame on its
/// finding's evidence box; a file that is not a PDF gives a sentence and no output.</summary>
public class PdfAnnotatorTests
{
    private static readonly string Input = Directory.GetFiles(Path.Combine(Samples.Root, "samples", "corpus", "pdf"), "004_*.pdf").Single();

    private static (byte[] Original, byte[] Annotated, IReadOnlyList<PdfNote> Notes, AnnotateResult Result) Annotated()
    {
        var original = File.ReadAllBytes(Input);
        var read = DisclosureReader.ReadBytes(original, Path.GetFileName(Input));
        var report = SourceEvidence.Attach(Checker.Default.Check(read.Value!, Input), read.Source!);
        var notes = PdfNote.Of(report, read.Value!).Append(new PdfNote(2, null, Severity.Error, "页上的说明", "只知道页码的问题")).ToList();
        using var output = new MemoryStream();
        var result = PdfAnnotator.Annotate(original, notes, output);
        return (original, output.ToArray(), notes, result);
    }

    [Fact]
    public void Every_page_and_its_text_stay_and_each_note_is_an_annotation_on_its_page()
    {
        var (original, annotated, notes, result) = Annotated();
        Assert.True(result.Success, result.Error);
        Assert.Equal((notes.Count - 1, 1, 0), (result.Boxed, result.Pinned, result.Skipped));

        using var before = PdfDocument.Open(original);
        using var after = PdfDocument.Open(annotated);
        Assert.Equal(before.NumberOfPages, after.NumberOfPages);
        for (var p = 1; p <= before.NumberOfPages; p++)
        {
            Assert.Equal(before.GetPage(p).Text, after.GetPage(p).Text);
            var expected = notes.Count(n => n.Page == p) + before.GetPage(p).GetAnnotations().Count();
            Assert.Equal(expected, after.GetPage(p).GetAnnotations().Count());
        }
    }

    [Fact]
    public void A_frame_surrounds_its_evidence_box_and_carries_the_note()
    {
        var (_, annotated, notes, _) = Annotated();
        using var after = PdfDocument.Open(annotated);
        var boxed = notes.Where(n => n.Box is not null).ToList();
        Assert.NotEmpty(boxed);
        foreach (var page in boxed.GroupBy(n => n.Page))
        {
            var pdfPage = after.GetPage(page.Key);
            var frames = pdfPage.GetAnnotations().Where(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Square).ToList();
            foreach (var note in page)
            {
                var box = note.Box!.Value;
                // In PDF user space: y up from the bottom of the page.
                Assert.Contains(frames, a => a.Content == note.Text
                    && a.Rectangle.Left <= box.Left && a.Rectangle.Right >= box.Right
                    && a.Rectangle.Bottom <= pdfPage.Height - box.Bottom && a.Rectangle.Top >= pdfPage.Height - box.Top
                    && a.Rectangle.Width - box.Width < 10 && a.Rectangle.Height - box.Height < 10);
            }
        }
    }

    [Fact]
    public void Qpdf_finds_no_errors_in_the_annotated_file()
    {
        var (_, annotated, _, _) = Annotated();
        var path = Path.Combine(Path.GetTempPath(), $"yusuan-annotated-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, annotated);
        try
        {
            var info = new ProcessStartInfo("qpdf") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { "--check", path }) info.ArgumentList.Add(a);
            Process? process;
            try
            {
                process = Process.Start(info);
            }
            catch (System.ComponentModel.Win32Exception)
            {
                Assert.Fail("qpdf is not installed (apt-get install qpdf); it is part of the test environment (.ci/run).");
                return;
            }
            using (process!)
            {
                var output = process!.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
                process.WaitForExit();
                Assert.True(process.ExitCode == 0, output);
                Assert.Contains("No syntax or stream encoding errors", output);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_file_that_is_not_a_pdf_gives_one_sentence_and_writes_nothing()
    {
        using var output = new MemoryStream();
        var result = PdfAnnotator.Annotate("这不是 PDF"u8.ToArray(), [new PdfNote(1, new PageBox(1, 1, 20, 20), Severity.Error, "t", "x")], output);
        Assert.False(result.Success);
        Assert.Single(result.Error!.Split('\n'));
        Assert.Equal(0, output.Length);
    }
}
