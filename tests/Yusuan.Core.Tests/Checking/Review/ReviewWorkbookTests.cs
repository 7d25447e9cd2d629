using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Yusuan.Core.Checking;
using Yusuan.Core.Checking.Output.Review;
using Yusuan.Core.Reading;

namespace Yusuan.Core.Tests.Checking.Review;

/// <summary>The 检查表 workbook: schema-valid, one row per finding in report order, a 汇总 row per document of a batch.</summary>
public class ReviewWorkbookTests
{
    private static (CheckReport Report, Core.Model.Disclosure Document) Checked(string seed)
    {
        var read = DisclosureReader.ReadFile(Samples.Seed(seed));
        var report = SourceEvidence.Attach(Checker.Default.Check(read.Value!, Samples.Seed(seed)), read.Source!);
        return (report, read.Value!);
    }

    private static byte[] Document(CheckReport report, Core.Model.Disclosure document)
    {
        using var ms = new MemoryStream();
        ReviewWorkbook.WriteDocument(ms, ReviewSummaryRow.TitleOf(report.Document, "seed"), ReviewRow.Of(report, document));
        return ms.ToArray();
    }

    [Fact]
    public void A_documents_checklist_is_schema_valid()
    {
        var (report, document) = Checked("004");
        using var package = SpreadsheetDocument.Open(new MemoryStream(Document(report, document)), false);
        var errors = new OpenXmlValidator().Validate(package).Take(10).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Each_finding_is_one_row_with_its_place_figures_basis_severity_and_fingerprint()
    {
        var (report, document) = Checked("004");
        var rows = ReviewSheet.Rows(Document(report, document), ReviewWorkbook.FindingsSheet);

        Assert.True(report.Findings.Length > 5);
        Assert.Equal(report.Findings.Length, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var f = report.Findings[i];
            Assert.Equal((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), rows[i]["序号"]);
            Assert.Equal(f.Fingerprint, rows[i]["指纹"]);
            Assert.Equal(f.Message, rows[i]["问题描述"]);
            Assert.StartsWith(f.Rule + " ", rows[i]["依据"]);
            Assert.StartsWith(f.Severity switch { Severity.Error => "错误", Severity.Warning => "警告", _ => "提示" }, rows[i]["严重程度"]);
            if (f.Expected is not null) Assert.Equal($"应为 {f.Expected}，实为 {f.Actual ?? "—"}", rows[i]["应为/实为"]);
            if (f.Location.Line > 0) Assert.Contains($"第 {f.Location.Line} 行", rows[i]["位置"]);
            if (f.Evidence is not null) Assert.Equal(f.Evidence, rows[i]["原文"]);
        }
    }

    [Fact]
    public void A_batch_has_a_summary_row_per_document_and_the_findings_of_all_with_their_file()
    {
        var checkedSeeds = new[] { "000", "004" }.Select(Checked).ToList();
        var summary = checkedSeeds.Select((c, i) => ReviewSummaryRow.Of(i + 1, $"{i}.txt", c.Report, c.Document))
            .Append(ReviewSummaryRow.Unreadable(3, "坏.pdf", "无法读取")).ToList();
        var rows = checkedSeeds.SelectMany((c, i) => ReviewRow.Of(c.Report, c.Document, $"{i}.txt")).ToList();
        using var ms = new MemoryStream();
        ReviewWorkbook.WriteBatch(ms, "批次", summary, rows);
        var xlsx = ms.ToArray();

        Assert.Equal(["汇总", "检查表"], ReviewSheet.SheetNames(xlsx));
        var documents = ReviewSheet.Rows(xlsx, ReviewWorkbook.SummarySheet);
        Assert.Equal(3, documents.Count);
        Assert.Equal(checkedSeeds[1].Report.Summary.Errors.ToString(System.Globalization.CultureInfo.InvariantCulture), documents[1]["错误"]);
        Assert.Equal("无法读取", documents[2]["说明"]);
        var findings = ReviewSheet.Rows(xlsx, ReviewWorkbook.FindingsSheet);
        Assert.Equal(checkedSeeds.Sum(c => c.Report.Findings.Length), findings.Count);
        Assert.Equal(checkedSeeds[0].Report.Findings.Length, findings.Count(r => r["文件"] == "0.txt"));
        using var package = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        Assert.Empty(new OpenXmlValidator().Validate(package));
    }
}
