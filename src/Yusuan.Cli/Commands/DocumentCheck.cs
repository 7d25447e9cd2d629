using Yusuan.Core.Checking;
using Yusuan.Core.Checking.Baselines;
using Yusuan.Core.Comparing;
using Yusuan.Core.Model;
using Yusuan.Core.Reading;

namespace Yusuan.Cli.Commands;

/// <summary>One document through the checker: rules, year-over-year claims, evidence from the read text, the baseline,
/// the minimum severity — in that order, so fingerprints and the baseline see every finding.</summary>
internal sealed record DocumentCheck(Checker Checker, Baseline Baseline, Severity Minimum)
{
    public CheckReport Check(ReadResult read, string path, IReadOnlyList<Disclosure> priors)
    {
        var document = read.GetValueOrThrow();
        var report = Checker.Check(document, path);
        if (priors.Count > 0) report = report.With(Checker.Graded(document, YearOverYearCheck.Check(document, priors)));
        if (read.Source is { } source) report = SourceEvidence.Attach(report, source);
        return Baseline.Apply(report).AtLeast(Minimum);
    }
}
