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
        var template = Editions.Of(document);
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
                if (s == Severity.Error && doubtful.Any && (f.Location.Table is { } table && doubtful.Tables.Contains(table) || doubtful.CoversAny(f.RelatedLines)))
                {
                    findings.Add(f with { Severity = Severity.Warning, Message = f.Message + "（该表读取存疑，降为警告）" });
                    continue;
                }
                findings.Add(s == f.Severity ? f : f with { Severity = s });
            }
        }
        var ordered = Order(ConsequentGaps.Fold(findings));
        int errors = 0, warnings = 0, infos = 0;
        foreach (var f in ordered)
        {
            switch (f.Severity)
            {
                case Severity.Error: errors++; break;
                case Severity.Warning: warnings++; break;
                case Severity.Info: infos++; break;
            }
        }
        var summary = new CheckSummary(errors, warnings, infos, Completeness.Score(document, template).Total);
        var meta = document.Meta;
        return FindingFingerprint.Assign(new CheckReport(new CheckedDocument(meta.UnitName, meta.Year, meta.Kind, source, template.Id), summary, ordered));
    }

    /// <summary>Each finding once (the first of equal ones), most severe first, then by line (unknown last), rule, row and column;
    /// findings equal in all of these keep the order the rules gave them (a stable sort, as Distinct then OrderBy…ThenBy give).</summary>
    private static ImmutableArray<Finding> Order(List<Finding> findings)
    {
        var keyed = new (Finding Finding, int Index)[findings.Count];
        for (var i = 0; i < keyed.Length; i++) keyed[i] = (findings[i], i);
        Array.Sort(keyed, static (a, b) =>
        {
            var c = CompareKeys(a.Finding, b.Finding);
            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });
        // Equal findings have equal sort keys, so after the sort they sit in one run of equal keys, in the rules' order: keeping
        // the first of each within its run is what Distinct keeps.
        var result = ImmutableArray.CreateBuilder<Finding>(keyed.Length);
        var runStart = 0;
        for (var i = 0; i < keyed.Length; i++)
        {
            var f = keyed[i].Finding;
            if (i > 0 && CompareKeys(keyed[i - 1].Finding, f) != 0) runStart = result.Count;
            var duplicate = false;
            for (var j = runStart; j < result.Count && !duplicate; j++) duplicate = result[j].Equals(f);
            if (!duplicate) result.Add(f);
        }
        return result.DrainToImmutable();
    }

    private static int CompareKeys(Finding a, Finding b)
    {
        // Severities compared as numbers: Enum.CompareTo takes an object, and would box both.
        var c = ((int)b.Severity).CompareTo((int)a.Severity);
        if (c != 0) return c;
        c = (a.Location.Line == 0 ? int.MaxValue : a.Location.Line).CompareTo(b.Location.Line == 0 ? int.MaxValue : b.Location.Line);
        if (c != 0) return c;
        c = StringComparer.Ordinal.Compare(a.Rule, b.Rule);
        if (c != 0) return c;
        c = StringComparer.Ordinal.Compare(a.Location.Row, b.Location.Row);
        return c != 0 ? c : StringComparer.Ordinal.Compare(a.Location.Column, b.Location.Column);
    }

    /// <summary>Findings made outside the catalog's own pass (the year-over-year rules, which need the prior year's document)
    /// graded by the same profile: a rule it switches off reports nothing, an override sets the severity.</summary>
    public IEnumerable<Finding> Graded(Disclosure document, IEnumerable<Finding> findings)
    {
        var template = Editions.Of(document).Id;
        foreach (var f in findings)
        {
            if (catalog.Find(f.Rule) is not { } rule) { yield return f; continue; }
            if (options.Profile.Apply(rule, f.Severity, template) is not { } s) continue;
            yield return s == f.Severity ? f : f with { Severity = s };
        }
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
        if (!HasWarning(d.Diagnostics)) return new Doubt(set, spans);
        foreach (var t in d.Tables)
        {
            if (t.Canonical is not { } id || !t.Span.IsKnown) continue;
            var end = Math.Max(t.Span.EndLine, t.Span.Line);
            if (d.Diagnostics.Any(g => g.Severity >= DiagnosticSeverity.Warning && g.Span.Line >= t.Span.Line && g.Span.Line <= end))
            {
                set.Add(TableIdText.Of(id));
                spans.Add(new SourceSpan(t.Span.Line, end));
            }
        }
        return new Doubt(set, spans);
    }

    private static bool HasWarning(ImmutableArray<ParseDiagnostic> diagnostics)
    {
        foreach (var g in diagnostics)
        {
            if (g.Severity >= DiagnosticSeverity.Warning) return true;
        }
        return false;
    }

    /// <summary>Tables the reader was unsure about, by id and by line range.</summary>
    public sealed record Doubt(HashSet<string> Tables, List<SourceSpan> Spans)
    {
        /// <summary>Some table is in doubt.</summary>
        public bool Any => Spans.Count > 0;

        public bool Covers(int line) => Spans.Any(s => line >= s.Line && line <= s.EndLine);

        public bool CoversAny(ImmutableArray<int> lines)
        {
            foreach (var line in lines)
            {
                if (Covers(line)) return true;
            }
            return false;
        }
    }
}
