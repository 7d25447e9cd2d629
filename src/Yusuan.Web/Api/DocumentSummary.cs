using Yusuan.Core.Checking.Output;
using Yusuan.Web.Batches;
using Yusuan.Web.Services;

namespace Yusuan.Web.Api;

/// <summary>One stored document in API lists. <c>warnings</c> is the checker's count; <c>withinRounding</c> of the
/// findings are differences within rounding tolerance (<c>realWarnings</c>: the warnings without them), <c>uncertain</c> is 读取存疑 (readings the reader doubts).</summary>
public sealed record DocumentSummary(
    string Id, string Name, string? Unit, int? Year, string Kind, string Level, string? Region,
    int Errors, int Warnings, int Infos, int WithinRounding, int RealWarnings, int Uncertain, decimal? Completeness, decimal? ExpenseTotal, int Tables)
{
    public static DocumentSummary Of(CorpusEntry d) =>
        new(d.Id, d.Name, d.Unit, d.Year, FindingsJson.Kind(d.Kind), CorpusFilter.LevelKey(d.Scope), d.Region,
            d.Errors, d.Warnings, d.Infos, d.WithinRounding, d.RealWarnings, d.Uncertain, d.Completeness, d.Figures.ExpenseTotal, d.Tables);
}

/// <summary>A cell in a corpus-wide cell search: which document, and the cells.md keys and value.</summary>
public sealed record CellHit(string Document, string? Unit, int? Year, string Table, string? CellUnit, string Row, string Column, decimal Value);

/// <summary>A finding in a corpus-wide finding search.</summary>
public sealed record FindingHit(string Document, string? Unit, int? Year, string Rule, string Severity, string Message,
    string? Table, string? Row, string? Column, int? Line, string? Expected, string? Actual);

/// <summary>A batch review job: progress and one line per file.</summary>
public sealed record BatchSummary(string Id, string Name, string? CreatedBy, DateTimeOffset CreatedAt, int Total, int Done, int Failed, int Queued,
    bool Finished, IReadOnlyList<BatchFileSummary>? Files)
{
    public static BatchSummary Of(Batch b, ICorpus corpus, bool withFiles) =>
        new(b.Id, b.Name, b.CreatedBy, b.CreatedAt, b.Total, b.Done, b.Failed, b.Queued, b.Finished,
            withFiles ? [.. b.Items.Select(i => BatchFileSummary.Of(i, i.DocumentId is { } id ? corpus.Entry(id) : null))] : null);
}

public sealed record BatchFileSummary(int Seq, string Name, string Status, string? Error, DocumentSummary? Document)
{
    public static BatchFileSummary Of(BatchItem i, CorpusEntry? entry) =>
        new(i.Seq, i.Name, BatchService.Key(i.Status), i.Error, entry is null ? null : DocumentSummary.Of(entry));
}
