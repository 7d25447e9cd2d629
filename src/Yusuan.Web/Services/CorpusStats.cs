using System.Collections.Immutable;
using System.Globalization;
using Yusuan.Core.Checking;
using Yusuan.Core.Checking.Output;
using Yusuan.Core.Classification;
using Yusuan.Core.Model;

namespace Yusuan.Web.Services;

/// <summary>
/// What the corpus charts draw, computed from the filtered documents' summaries (amounts in 万元). Money is only added up
/// like with like: one kind (预算 or 决算) and one level (部门 or 单位, since a department's figures include its units'),
/// the composition for one year, and the 三公 trend over the same units in every year it shows.
/// </summary>
public sealed record CorpusStats
{
    public int Documents { get; init; }

    /// <summary>Which documents the money charts add up, in words ("2025 年 · 预算 · 部门 · 12 份").</summary>
    public string Basis { get; init; } = string.Empty;

    /// <summary>Expenditure by 功能分类 类, summed over the basis documents of one year.</summary>
    public ImmutableArray<ClassAmount> Composition { get; init; } = [];

    public int? CompositionYear { get; init; }

    public int CompositionDocuments { get; init; }

    public decimal Basic { get; init; }
    public decimal Project { get; init; }

    /// <summary>三公经费 per year, summed over <see cref="ThreePublicUnits"/> units that have a figure in every one of these years.</summary>
    public ImmutableArray<ThreePublicYear> ThreePublic { get; init; } = [];

    public int ThreePublicUnits { get; init; }

    /// <summary>Completeness scores in ten bands (0–10 … 90–100); empty when no score is known.</summary>
    public ImmutableArray<int> CompletenessBands { get; init; } = [];

    /// <summary>The unit drawn year by year: the filter's unit, or the unit with most years.</summary>
    public string? SeriesUnit { get; init; }

    public ImmutableArray<UnitYear> UnitSeries { get; init; } = [];

    /// <summary>How often each rule fired (differences within rounding not counted), most frequent first.</summary>
    public ImmutableArray<RuleStat> Rules { get; init; } = [];

    public static CorpusStats Of(IReadOnlyList<CorpusEntry> docs, CorpusFilter filter)
    {
        var kind = filter.Kind is { } k ? (k == "final" ? DisclosureKind.FinalAccount : DisclosureKind.Budget)
            : docs.Count(d => d.Kind == DisclosureKind.FinalAccount) > docs.Count(d => d.Kind == DisclosureKind.Budget) ? DisclosureKind.FinalAccount : DisclosureKind.Budget;
        var scope = filter.Level is { } l ? (l == "unit" ? DisclosureScope.Unit : DisclosureScope.Department)
            : docs.Any(d => d.Scope == DisclosureScope.Department && d.Kind == kind) ? DisclosureScope.Department : DisclosureScope.Unit;
        var basis = docs.Where(d => d.Kind == kind && d.Scope == scope).ToList();

        var year = filter.Year ?? basis.Where(d => d.Figures.ByClass.Length > 0 || d.Figures.Basic is not null).Select(d => d.Year).Max();
        var ofYear = basis.Where(d => d.Year == year).ToList();
        var composition = ofYear.SelectMany(d => d.Figures.ByClass)
            .GroupBy(c => c.Code, StringComparer.Ordinal)
            .Select(g => new ClassAmount(g.Key, ClassName(g.Key, g.Select(c => c.Name)), g.Sum(c => c.Amount)))
            .OrderByDescending(c => c.Amount)
            .ToImmutableArray();

        var (threePublic, units) = ThreePublicTrend(basis);
        var bands = docs.Count == 0 ? [] : Enumerable.Range(0, 10)
            .Select(b => docs.Count(d => Math.Min(9, (int)Math.Floor(d.Completeness / 10m)) == b)).ToImmutableArray();

        var seriesUnit = !string.IsNullOrWhiteSpace(filter.Unit)
            ? docs.Select(d => d.Unit).FirstOrDefault(n => n is not null && n.Contains(filter.Unit.Trim(), StringComparison.Ordinal))
            : docs.Where(d => d.Unit is not null)
                .GroupBy(d => CorpusExtensions.UnitKey(d.Unit))
                .OrderByDescending(g => g.Select(d => d.Year).Distinct().Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.First().Unit)
                .FirstOrDefault();
        var unitDocs = seriesUnit is null ? [] : docs.Where(d => CorpusExtensions.UnitKey(d.Unit) == CorpusExtensions.UnitKey(seriesUnit) && d.Year is not null).ToList();
        // One kind for the whole line: budget and final figures of a year are different things.
        var seriesKind = unitDocs.GroupBy(d => d.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstOrDefault();
        var series = unitDocs.Where(d => d.Kind == seriesKind)
            .GroupBy(d => d.Year!.Value)
            .OrderBy(g => g.Key)
            .Select(g => g.OrderBy(d => d.Scope).First())
            .Select(d => new UnitYear(d.Year!.Value, Yusuan.Core.Checking.Output.FindingsJson.Kind(d.Kind), d.Figures.IncomeTotal, d.Figures.ExpenseTotal,
                d.Figures.Basic, d.Figures.Project, d.Figures.ThreePublicTotal))
            .ToImmutableArray();

        var rules = docs.SelectMany(d => d.Rules)
            .GroupBy(r => r.Rule, StringComparer.Ordinal)
            .Select(g => new RuleStat(g.Key, Places.RuleTitle(g.Key), g.Max(r => r.Severity), g.Sum(r => r.Count - r.WithinRounding)))
            .Where(r => r.Count > 0)
            .OrderByDescending(r => r.Count).ThenBy(r => r.Rule, StringComparer.Ordinal)
            .ToImmutableArray();

        var ci = CultureInfo.InvariantCulture;
        return new CorpusStats
        {
            Documents = docs.Count,
            Basis = $"{CorpusFilter.KindName(kind)} · {(scope == DisclosureScope.Department ? "部门" : "单位")}（{basis.Count.ToString(ci)} 份）",
            Composition = composition,
            CompositionYear = year,
            CompositionDocuments = ofYear.Count,
            Basic = ofYear.Sum(d => d.Figures.Basic ?? 0),
            Project = ofYear.Sum(d => d.Figures.Project ?? 0),
            ThreePublic = threePublic,
            ThreePublicUnits = units,
            CompletenessBands = bands,
            SeriesUnit = seriesUnit,
            UnitSeries = series,
            Rules = rules,
        };
    }

    /// <summary>The 三公 totals of the units present in every year shown. Years few units share are dropped (the weakest
    /// first, the earliest of equals) and of the candidate ranges the one covering most unit-years is drawn, so a year never
    /// looks larger only for having more units.</summary>
    private static (ImmutableArray<ThreePublicYear> Years, int Units) ThreePublicTrend(List<CorpusEntry> basis)
    {
        var byUnit = basis.Where(d => d.Year is not null && d.Figures.ThreePublicTotal is not null && d.Unit is not null)
            .GroupBy(d => CorpusExtensions.UnitKey(d.Unit))
            .ToDictionary(g => g.Key, g => g.GroupBy(d => d.Year!.Value).ToDictionary(y => y.Key, y => y.First()));
        var years = byUnit.Values.SelectMany(y => y.Keys).Distinct().Order().ToList();
        (List<int> Years, List<Dictionary<int, CorpusEntry>> Units)? best = null;
        while (years.Count > 0)
        {
            var common = byUnit.Values.Where(u => years.All(u.ContainsKey)).ToList();
            if (common.Count > 0 && (best is null || common.Count * years.Count > best.Value.Units.Count * best.Value.Years.Count))
            {
                best = ([.. years], common);
            }
            if (years.Count == 1) break;
            var weakest = years.OrderBy(y => byUnit.Values.Count(u => u.ContainsKey(y))).ThenBy(y => y).First();
            years.Remove(weakest);
        }
        if (best is not { } chosen) return ([], 0);
        var rows = chosen.Years.Select(y =>
        {
            var of = chosen.Units.Select(u => u[y]).ToList();
            return new ThreePublicYear(y, of.Sum(d => d.Figures.ThreePublicTotal ?? 0), of.Sum(d => d.Figures.Overseas ?? 0),
                of.Sum(d => d.Figures.Reception ?? 0), of.Sum(d => d.Figures.Vehicles ?? 0), of.Count);
        }).ToImmutableArray();
        return (rows, chosen.Units.Count);
    }

    /// <summary>The 类 name from the classification catalog; failing that, the name most documents print.</summary>
    private static string ClassName(string code, IEnumerable<string> printed) =>
        FunctionCode.TryParse(code, out var fc) && ClassificationCatalog.Default.Function(fc) is { } entry
            ? entry.Name
            : printed.GroupBy(n => n, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key;
}

public sealed record ThreePublicYear(int Year, decimal Total, decimal Overseas, decimal Reception, decimal Vehicles, int Documents);

public sealed record UnitYear(int Year, string Kind, decimal? Income, decimal? Expense, decimal? Basic, decimal? Project, decimal? ThreePublic);

/// <summary>How often a rule fired at one severity; <paramref name="WithinRounding"/> of them were differences within rounding.</summary>
public sealed record RuleCount(string Rule, Severity Severity, int Count, int WithinRounding = 0);

/// <summary>A rule across the corpus, with its Chinese title (what charts and lists show).</summary>
public sealed record RuleStat(string Rule, string Title, Severity Severity, int Count);
