using System.Collections.Immutable;
using Yusuan.Core.Model;

namespace Yusuan.Core.Checking;

/// <summary>Runs the rule catalog over a document: each rule, then the profile's severities, in a stable order.</summary>
public sealed class Checker(RuleCatalog catalog, CheckOptions options)
{
    public static Checker Default { get; } = new(RuleCatalog.Default, CheckOptions.Default);

    public CheckOptions Options => options;

    public CheckReport Check(Disclosure document, string? source = null)
    {
        var template = TemplateEdition.Of(document.Meta);
        var findings = new List<Finding>();
        foreach (var rule in catalog.Rules)
        {
            // A profile may switch a rule off entirely; then it does not run.
            if (options.Profile.TryGetOverride(rule.Id, template.Id, out var over) && over is null) continue;
            IEnumerable<Finding> produced;
            try
            {
                produced = rule.Check(document, options).ToList();
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or NullReferenceException or IndexOutOfRangeException or OverflowException or DivideByZeroException or KeyNotFoundException)
            {
                // A rule that trips over an unexpected document shape must not hide the other rules' findings.
                produced = [new Finding { Rule = rule.Id, Severity = Severity.Info, Message = $"规则执行出错，未能完成此项检查：{e.Message}", Location = new FindingLocation() }];
            }
            foreach (var f in produced)
            {
                if (options.Profile.Apply(rule.Descriptor, f.Severity, template.Id) is not { } s) continue;
                findings.Add(f with { Severity = s });
            }
        }
        var ordered = findings
            .Distinct()
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Location.Line == 0 ? int.MaxValue : f.Location.Line)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ThenBy(f => f.Location.Row, StringComparer.Ordinal)
            .ThenBy(f => f.Location.Column, StringComparer.Ordinal)
            .ToImmutableArray();
        var summary = new CheckSummary(
            ordered.Count(f => f.Severity == Severity.Error),
            ordered.Count(f => f.Severity == Severity.Warning),
            ordered.Count(f => f.Severity == Severity.Info),
            Completeness.Score(document, template).Total);
        var meta = document.Meta;
        return new CheckReport(new CheckedDocument(meta.UnitName, meta.Year, meta.Kind, source, template.Id), summary, ordered);
    }
}
