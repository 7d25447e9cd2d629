using Yusuan.Core.Checking;
using Yusuan.Core.Reading;
using Yusuan.Core.Reading.Formats;

namespace Yusuan.Core.Tests.Checking.Evidence;

/// <summary>Evidence is quoted from the text the reader read — a PDF's, Word file's, workbook's or web page's text — never
/// from the file's bytes; a PDF finding also knows the page and box its line was printed at.</summary>
public sealed class EvidenceTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("yusuan-evidence-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    public static TheoryData<string> Inputs() => ["pdf", "docx", "xlsx", "html"];

    private string Input(string format)
    {
        switch (format)
        {
            case "pdf": return Directory.GetFiles(Path.Combine(Samples.Root, "samples", "corpus", "pdf"), "004_*.pdf").Single();
            case "html": return Directory.GetFiles(Path.Combine(Samples.Root, "samples", "corpus", "html"), "*.html").Order(StringComparer.Ordinal).First();
            default:
                var seed = DisclosureReader.ReadFile(Samples.Seed("000")).Value!;
                var path = Path.Combine(dir, "000." + format);
                if (format == "docx") Core.Rendering.Docx.DocxRenderer.Write(seed, path); else Core.Rendering.Xlsx.XlsxRenderer.Write(seed, path);
                return path;
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_evidence_line_is_the_extracted_text_at_the_findings_line(string format)
    {
        var path = Input(format);
        var bytes = File.ReadAllBytes(path);
        var extracted = DocumentText.Extract(bytes, Path.GetFileName(path));
        var lines = extracted.Text!.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var read = DisclosureReader.ReadBytes(bytes, Path.GetFileName(path));
        var report = SourceEvidence.Attach(Checker.Default.Check(read.Value!, path), read.Source!);

        var quoted = report.Findings.Where(f => f.Evidence is not null).ToList();
        Assert.NotEmpty(quoted);
        foreach (var f in quoted)
        {
            Assert.Equal(SourceEvidence.Quote(lines[f.Location.Line - 1]), f.Evidence);
            Assert.DoesNotContain("</", f.Evidence, StringComparison.Ordinal);
            Assert.DoesNotContain("<w:", f.Evidence, StringComparison.Ordinal);
        }
        // A finding whose line has text gets it quoted.
        Assert.All(report.Findings.Where(f => f.Location.Line > 0 && f.Location.Line <= lines.Length && lines[f.Location.Line - 1].Trim().Length > 0),
            f => Assert.NotNull(f.Evidence));
    }

    [Fact]
    public void A_pdf_findings_evidence_knows_its_page_and_box()
    {
        var path = Input("pdf");
        var bytes = File.ReadAllBytes(path);
        var extracted = DocumentText.Extract(bytes, Path.GetFileName(path));
        var read = DisclosureReader.Read(extracted, Path.GetFileName(path));
        var report = SourceEvidence.Attach(Checker.Default.Check(read.Value!, path), read.Source!);

        var quoted = report.Findings.Where(f => f.Evidence is not null).ToList();
        Assert.NotEmpty(quoted);
        foreach (var f in quoted)
        {
            var origin = extracted.Origins[f.Location.Line - 1];
            Assert.Equal(origin.Page, f.Location.Page);
            var box = Assert.NotNull(f.Location.Box);
            Assert.Equal((origin.Box.Left, origin.Box.Top, origin.Box.Right, origin.Box.Bottom), (box.Left, box.Top, box.Right, box.Bottom));
            Assert.False(box.IsEmpty);
        }
        Assert.True(quoted.Select(f => f.Location.Page).Distinct().Count() > 1, "findings on one page only");
    }

    [Fact]
    public void Plain_text_without_form_feeds_has_no_pages()
    {
        var read = DisclosureReader.ReadFile(Samples.Seed("000"));
        var report = SourceEvidence.Attach(Checker.Default.Check(read.Value!), read.Source!);
        Assert.All(report.Findings, f => Assert.Null(f.Location.Page));
        Assert.Contains(report.Findings, f => f.Evidence is not null);
    }
}
