using Yusuan.Core.Checking.Output.Review;
using Yusuan.Web.Services;

namespace Yusuan.Web.Batches;

/// <summary>One document of a batch as its summary sheet lists it.</summary>
public sealed record BatchSummaryRow(int Seq, string File, CorpusEntry? Entry, string? Error);

/// <summary>
/// The reviewer's 检查表: for one document, one row per finding (序号, 位置, 问题描述, 应为/实为, 依据, 严重程度); for a batch, a
/// summary with one row per document. The batch download writes one workbook per document and one summary.
/// </summary>
public interface IReviewWorkbook
{
    byte[] Document(CheckedFile document);

    byte[] Summary(string title, IReadOnlyList<BatchSummaryRow> rows);
}

/// <summary>The checker's 检查表 (src/Yusuan.Core/Checking/Output/Review, the workbook <c>yusuan check --format xlsx</c>
/// writes), so a 检查表 downloaded here can be given back to <c>yusuan check --baseline</c>.</summary>
public sealed class CheckerReviewWorkbook : IReviewWorkbook
{
    public byte[] Document(CheckedFile document)
    {
        var report = document.Report;
        using var ms = new MemoryStream();
        // Places and descriptions as the pages say them (no key the reader left in a header or a rule put in a message);
        // fingerprints are the finding's own, so the workbook still works as a baseline.
        var rows = ReviewRow.Of(report.Check, Pages.Readable.Document(report.Document)).Select(r => r with { Description = Pages.Readable.Message(r.Description) });
        ReviewWorkbook.WriteDocument(ms, ReviewSummaryRow.TitleOf(report.Check.Document, document.Name), [.. rows]);
        return ms.ToArray();
    }

    public byte[] Summary(string title, IReadOnlyList<BatchSummaryRow> rows)
    {
        using var ms = new MemoryStream();
        ReviewWorkbook.WriteSummary(ms, title, [.. rows.Select(Row)]);
        return ms.ToArray();
    }

    private static ReviewSummaryRow Row(BatchSummaryRow r) => r.Entry is not { } e
        ? ReviewSummaryRow.Unreadable(r.Seq, r.File, r.Error ?? "尚未检查")
        : new ReviewSummaryRow(r.Seq, r.File)
        {
            Unit = e.Unit,
            Year = e.Year,
            Kind = e.Kind,
            Scope = e.Scope,
            Errors = e.Errors,
            Warnings = e.RealWarnings,
            WithinRounding = e.WithinRounding,
            Infos = e.Infos,
            Uncertain = e.Uncertain,
            Completeness = e.Completeness,
            Note = r.Error ?? "已检查",
        };
}
