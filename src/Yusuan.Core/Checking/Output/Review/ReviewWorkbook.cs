using C = Yusuan.Core.Checking.Output.Review.ReviewColumns;

namespace Yusuan.Core.Checking.Output.Review;

/// <summary>
/// The reviewer's 检查表 as an XLSX workbook: for one document a sheet 检查表 with one row per finding (序号, 位置, 问题描述,
/// 应为/实为, 依据, 严重程度, 原文, and the reviewer's 处理 and 审核意见, and 指纹); for a batch a sheet 汇总 with one row per
/// document first, and the 检查表 of all documents with a 文件 column. A reviewer who marks 处理 = 接受 and hands the file
/// back as <c>--baseline</c> does not see those findings again. Written by <c>yusuan check --format xlsx</c> and by the
/// web app's 检查表 downloads.
/// </summary>
public static class ReviewWorkbook
{
    public const string FindingsSheet = "检查表";
    public const string SummarySheet = "汇总";

    private static readonly string[] DocumentHeader = [C.Seq, C.Place, C.Description, C.ExpectedActual, C.Basis, C.Severity, C.Evidence, C.Disposition, C.Remark, C.Fingerprint];
    private static readonly double[] DocumentWidths = [6, 40, 60, 26, 40, 12, 50, 10, 30, 22];

    private static readonly string[] BatchHeader = [C.Seq, C.File, C.Place, C.Description, C.ExpectedActual, C.Basis, C.Severity, C.Evidence, C.Disposition, C.Remark, C.Fingerprint];
    private static readonly double[] BatchWidths = [6, 30, 40, 60, 26, 40, 12, 50, 10, 30, 22];

    private static readonly double[] SummaryWidths = [6, 36, 30, 8, 8, 8, 8, 8, 10, 8, 10, 8, 10, 40];

    /// <summary>One document's 检查表.</summary>
    public static void WriteDocument(Stream output, string title, IReadOnlyList<ReviewRow> rows) =>
        SimpleWorkbook.Write(output, [Findings(title, rows, batch: false)]);

    /// <summary>A batch: 汇总 (one row per document) and one 检查表 of all documents' findings.</summary>
    public static void WriteBatch(Stream output, string title, IReadOnlyList<ReviewSummaryRow> documents, IReadOnlyList<ReviewRow> rows) =>
        SimpleWorkbook.Write(output, [Summary(title, documents), Findings(title + " 检查表", rows, batch: true)]);

    /// <summary>The 汇总 sheet alone (the web batch download, which gives each document its own 检查表).</summary>
    public static void WriteSummary(Stream output, string title, IReadOnlyList<ReviewSummaryRow> documents) =>
        SimpleWorkbook.Write(output, [Summary(title, documents)]);

    private static SimpleSheet Findings(string title, IReadOnlyList<ReviewRow> rows, bool batch)
    {
        var header = batch ? BatchHeader : DocumentHeader;
        var values = rows.Select((r, i) =>
        {
            object?[] common = [r.Place, r.Description, r.ExpectedActual, r.Basis, r.Severity, r.Evidence, null, null, r.Fingerprint];
            object?[] row = batch ? [i + 1, r.File, .. common] : [i + 1, .. common];
            return row;
        });
        return new SimpleSheet(FindingsSheet, title, header, batch ? BatchWidths : DocumentWidths, [.. values])
        {
            ChoiceColumn = Array.IndexOf(header, C.Disposition),
            Choices = C.Dispositions,
        };
    }

    private static SimpleSheet Summary(string title, IReadOnlyList<ReviewSummaryRow> documents) =>
        new(SummarySheet, title, C.Summary, SummaryWidths, [.. documents.Select(r => new object?[]
        {
            r.Seq,
            r.File,
            r.Unit,
            r.Year,
            r.Kind is { } k ? ReviewSummaryRow.KindName(k) : null,
            r.Scope is { } s ? ReviewSummaryRow.ScopeName(s) : null,
            r.Errors,
            r.Warnings,
            r.WithinRounding,
            r.Infos,
            r.Uncertain,
            r.Completeness is { } c ? Math.Round(c, 1) : null,
            r.Suppressed,
            r.Note,
        })]);
}
