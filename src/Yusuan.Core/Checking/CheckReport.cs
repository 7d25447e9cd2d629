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

    /// <summary>The report with <paramref name="extra"/> findings added (e.g. year-over-year findings against a prior
    /// disclosure) and the counts recomputed.</summary>
    public CheckReport With(IEnumerable<Finding> extra)
    {
        var all = Findings.AddRange(extra);
        return this with
        {
            Findings = all,
            Summary = Summary with
            {
                Errors = all.Count(f => f.Severity == Severity.Error),
                Warnings = all.Count(f => f.Severity == Severity.Warning),
                Infos = all.Count(f => f.Severity == Severity.Info),
            },
        };
    }

    public CheckReport AtLeast(Severity minimum)
    {
        var kept = Findings.Where(f => f.Severity >= minimum).ToImmutableArray();
        return this with
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
}
