using System.Collections.Immutable;
using Yusuan.Core.Model;

namespace Yusuan.Core.Checking;

/// <summary>The "document" part of spec/findings.md.</summary>
public sealed record CheckedDocument(string? Unit, int? Year, DisclosureKind Kind, string? Source, string? Template);

public sealed record CheckSummary(int Errors, int Warnings, int Infos, decimal Completeness);

/// <summary>The outcome of checking one document.</summary>
public sealed record CheckReport(CheckedDocument Document, CheckSummary Summary, ImmutableArray<Finding> Findings)
{
    public bool HasErrors => Summary.Errors > 0;

    /// <summary>Findings left out because a baseline lists them as accepted (<see cref="Baselines.Baseline"/>); not counted in
    /// <see cref="Summary"/>.</summary>
    public int Suppressed { get; init; }

    /// <summary>The report with <paramref name="extra"/> findings added (e.g. year-over-year findings against a prior
    /// disclosure), the counts recomputed and the fingerprints given again (an added finding may share a key).</summary>
    public CheckReport With(IEnumerable<Finding> extra) => FindingFingerprint.Assign(Keep(Findings.AddRange(extra)));

    public CheckReport AtLeast(Severity minimum) => Keep(Findings.Where(f => f.Severity >= minimum).ToImmutableArray());

    /// <summary>The report with only <paramref name="kept"/> findings, counted again.</summary>
    public CheckReport Keep(ImmutableArray<Finding> kept) => this with
    {
        Findings = kept,
        Summary = Summary with
        {
            Errors = kept.Count(f => f.Severity == Severity.Error),
            Warnings = kept.Count(f => f.Severity == Severity.Warning),
            Infos = kept.Count(f => f.Severity == Severity.Info),
        },
    };
}
