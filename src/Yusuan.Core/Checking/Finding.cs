using System.Collections.Immutable;
using Yusuan.Core.Model;

namespace Yusuan.Core.Checking;

/// <summary>Severity of a finding (spec/findings.md): error | warning | info.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>Where a finding points: canonical table/row/column keys (spec/cells.md), a narrative section, and the source line.</summary>
public sealed record FindingLocation
{
    public string? Table { get; init; }
    public string? Unit { get; init; }
    public string? Row { get; init; }
    public string? Column { get; init; }

    /// <summary>Narrative part, e.g. "三.支出预算", "十二.政府采购".</summary>
    public string? Section { get; init; }

    /// <summary>1-based line in the source document where the evidence starts (0 when unknown).</summary>
    public int Line { get; init; }

    /// <summary>1-based page of the published file the evidence line was printed on (null when the format does not say).</summary>
    public int? Page { get; init; }

    /// <summary>The evidence line's box on that page, in points from the top-left corner (null when not measured).</summary>
    public PageBox? Box { get; init; }
}

/// <summary>One reported finding. Its fixed description (title, category, help) lives in the rule catalog under <see cref="Rule"/>.</summary>
public sealed record Finding
{
    /// <summary>Stable rule id, e.g. "T6.hierarchy-sum".</summary>
    public required string Rule { get; init; }

    public required Severity Severity { get; init; }

    /// <summary>Chinese message with the figures, e.g. "对个人和家庭的补助 (303) 99.08 ≠ 其下各款之和 99.09".</summary>
    public required string Message { get; init; }

    public required FindingLocation Location { get; init; }

    /// <summary>The figure (or short text) the rule expected, as a plain decimal.</summary>
    public string? Expected { get; init; }

    /// <summary>The figure (or short text) the document has.</summary>
    public string? Actual { get; init; }

    /// <summary>Other lines that are part of the evidence (e.g. the second place a figure is stated).</summary>
    public ImmutableArray<int> RelatedLines { get; init; } = [];

    /// <summary>The evidence line as the reader read it (the extracted text, not the file's bytes), trimmed; null when the
    /// finding has no line or the report was not given the read text (<see cref="Evidence"/>).</summary>
    public string? Evidence { get; init; }

    /// <summary>Stable identity of the finding across runs and edits of the file (<see cref="FindingFingerprint"/>); what a
    /// baseline lists.</summary>
    public string? Fingerprint { get; init; }
}

/// <summary>The fixed description of a rule (after Roslyn's DiagnosticDescriptor).</summary>
public sealed record RuleDescriptor(string Id, string Title, string Category, Severity DefaultSeverity, string Basis)
{
    /// <summary>Longer help text: what the rule protects against and how to fix it.</summary>
    public string? Help { get; init; }
}
