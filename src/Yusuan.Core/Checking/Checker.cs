using System.Collections.Immutable;
using Yusuan.Core.Model;

namespace Yusuan.Core.Checking;

/// <summary>Runs the rule catalog over a document: each rule, then the profile's severities, in a stable order.</summary>
public sealed class Checker(RuleCatalog catalog, CheckOptions options)
{
    // Per template edition, the rules the profile leaves on (in catalog order): the profile is asked once per edition, not
    // once per rule and document.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ImmutableArray<Rule>> active = new(StringComparer.Ordinal);

    public static Checker Default { get; } = new(RuleCatalog.Default, CheckOptions.Default);

    public CheckOptions Options => options;

    public CheckReport Check(Disclosure document, string? source = null)
    {
        var template = TemplateEdition.Of(document);
        var doubtful = DoubtfulTables(document);
        var findings = new List<Finding>();
        var produced = new List<Finding>();
        foreach (var rule in ActiveRules(template.Id))
        {
            produced.Clear();
            try
            {
                foreach (var f in rule.Check(document, options)) produced.Add(f);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or NullReferenceException or IndexOutOfRangeException or OverflowException or DivideByZeroException or KeyNotFoundException)
            {
                // A rule that trips over an unexpected document shape must not hide the other rules' findings.
                produced.Clear();
                produced.Add(new Finding { Rule = rule.Id, Severity = Severity.Info, Message = $"规则执行出错，未能完成此项检查：{e.Message}", Location = new FindingLocation() });
            }
            foreach (var f in produced)
            {
                if (options.Profile.Apply(rule.Descriptor, f.Severity, template.Id) is not { } s) continue;
                // A table the reader could not read cleanly (it said so in a diagnostic) cannot give a certain error.
                if (s == Severity.Error && (f.Location.Table is { } table && doubtful.Tables.Contains(table) || f.RelatedLines.Any(doubtful.Covers)))
                {
                    findings.Add(f with { Severity = Severity.Warning, Message = f.Message + "（该表读取存疑，降为警告）" });
                    continue;
                }
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

    /// <summary>The catalog's rules but those the profile switches off for the template edition (they do not run).</summary>
    private ImmutableArray<Rule> ActiveRules(string template) =>
        active.TryGetValue(template, out var rules) ? rules
            : active.GetOrAdd(template, t => [.. catalog.Rules.Where(r => !(options.Profile.TryGetOverride(r.Id, t, out var over) && over is null))]);

    /// <summary>Tables with a reader warning or error inside their span.</summary>
    public static Doubt DoubtfulTables(Disclosure d)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var spans = new List<SourceSpan>();
        foreach (var t in d.Tables.Where(t => t.Canonical is not null && t.Span.IsKnown))
        {
            var end = Math.Max(t.Span.EndLine, t.Span.Line);
            if (d.Diagnostics.Any(g => g.Severity >= DiagnosticSeverity.Warning && g.Span.Line >= t.Span.Line && g.Span.Line <= end))
            {
                set.Add(t.Canonical!.Value.ToString());
                spans.Add(new SourceSpan(t.Span.Line, end));
            }
        }
        return new Doubt(set, spans);
    }

    /// <summary>Tables the reader was unsure about, by id and by line range.</summary>
    public sealed record Doubt(HashSet<string> Tables, List<SourceSpan> Spans)
    {
        public bool Covers(int line) => Spans.Any(s => line >= s.Line && line <= s.EndLine);
    }
}
