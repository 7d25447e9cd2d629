using System.Collections.Immutable;
using System.Globalization;
using Yusuan.Core.Model;

namespace Yusuan.Core.Checking.Output.Review;

/// <summary>One finding as a row of the 检查表: what a reviewer reads (place, description, figures, basis, severity, the
/// quoted line) and the fingerprint a baseline gives back.</summary>
public sealed record ReviewRow(string Place, string Description, string? ExpectedActual, string Basis, string Severity)
{
    /// <summary>The document the finding is in (the batch sheet's 文件 column); null on a one-document sheet.</summary>
    public string? File { get; init; }

    public string? Evidence { get; init; }

    public string? Fingerprint { get; init; }

    /// <summary>The rows of one checked document, in report order (most severe first, then by line).</summary>
    public static ImmutableArray<ReviewRow> Of(CheckReport report, Disclosure document, string? file = null) =>
        [.. report.Findings.Select(f => Of(f, document) with { File = file })];

    public static ReviewRow Of(Finding f, Disclosure document) =>
        new(Places.Describe(document, f.Location), f.Message, ExpectedActualOf(f), BasisOf(f.Rule), SeverityOf(f))
        {
            Evidence = f.Evidence,
            Fingerprint = f.Fingerprint,
        };

    /// <summary>"应为 99.09，实为 99.08"; null when the rule states no figures.</summary>
    public static string? ExpectedActualOf(Finding f) =>
        f.Expected is null && f.Actual is null ? null : $"应为 {f.Expected ?? "—"}，实为 {f.Actual ?? "—"}";

    /// <summary>The rule id and title, and on a second line the regulation or convention it rests on.</summary>
    public static string BasisOf(string rule) =>
        RuleCatalog.Default.Find(rule) is { } d
            ? string.IsNullOrWhiteSpace(d.Basis) ? $"{d.Id} {d.Title}" : $"{d.Id} {d.Title}\n{d.Basis}"
            : rule;

    /// <summary>错误 / 警告 / 提示, and a difference the rounding of the printed figures explains said as such.</summary>
    public static string SeverityOf(Finding f) =>
        FindingKinds.IsWithinRounding(f) ? $"{Places.SeverityName(f.Severity)}（舍入差异）" : Places.SeverityName(f.Severity);
}

/// <summary>One document of a batch as the 汇总 sheet lists it; counts are null for a document not (yet) checked.</summary>
public sealed record ReviewSummaryRow(int Seq, string File)
{
    public string? Unit { get; init; }
    public int? Year { get; init; }
    public DisclosureKind? Kind { get; init; }
    public DisclosureScope? Scope { get; init; }
    public int? Errors { get; init; }
    public int? Warnings { get; init; }
    public int? WithinRounding { get; init; }
    public int? Infos { get; init; }
    public int? Uncertain { get; init; }
    public decimal? Completeness { get; init; }

    /// <summary>Findings a baseline accepted (left out of the counts).</summary>
    public int? Suppressed { get; init; }

    /// <summary>已检查, 尚未检查, or why the file could not be read.</summary>
    public required string Note { get; init; }

    public static ReviewSummaryRow Of(int seq, string file, CheckReport report, Disclosure document) => new(seq, file)
    {
        Unit = report.Document.Unit,
        Year = report.Document.Year,
        Kind = report.Document.Kind,
        Scope = document.Meta.Scope,
        Errors = report.Summary.Errors,
        Warnings = report.Findings.Count(f => f.Severity == Severity.Warning && !FindingKinds.IsWithinRounding(f)),
        WithinRounding = report.Findings.Count(f => f.Severity == Severity.Warning && FindingKinds.IsWithinRounding(f)),
        Infos = report.Summary.Infos,
        Uncertain = ReadingDoubts.Count(document),
        Completeness = report.Summary.Completeness,
        Suppressed = report.Suppressed,
        Note = "已检查",
    };

    public static ReviewSummaryRow Unreadable(int seq, string file, string why) => new(seq, file) { Note = why };

    public static string KindName(DisclosureKind kind) => kind.ChineseName();

    public static string ScopeName(DisclosureScope scope) => scope == DisclosureScope.Department ? "部门" : "单位";

    /// <summary>"巴州人民政府办公室 2025 年预算公开 检查表".</summary>
    public static string TitleOf(CheckedDocument d, string fallbackName) =>
        $"{d.Unit ?? fallbackName} {(d.Year is { } y ? y.ToString(CultureInfo.InvariantCulture) + " 年" : string.Empty)}{KindName(d.Kind)}公开 检查表";
}
