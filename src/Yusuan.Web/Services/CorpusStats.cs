using System.Collections.Immutable;
using Yusuan.Core.Checking;
using Yusuan.Core.Classification;
using Yusuan.Core.Model;

namespace Yusuan.Web.Services;

/// <summary>What the corpus charts draw, computed from the filtered documents (amounts in 万元).</summary>
public sealed record CorpusStats
{
    public int Documents { get; init; }

    /// <summary>Expenditure by 功能分类 类, summed over the documents.</summary>
    public ImmutableArray<ClassAmount> Composition { get; init; } = [];

    public decimal Basic { get; init; }
    public decimal Project { get; init; }

    /// <summary>三公经费 per year, summed over the documents of that year.</summary>
    public ImmutableArray<ThreePublicYear> ThreePublic { get; init; } = [];

    /// <summary>Completeness scores in ten bands (0–10 … 90–100); empty when no score is known.</summary>
    public ImmutableArray<int> CompletenessBands { get; init; } = [];

    /// <summary>The unit drawn year by year: the filter's unit, or the unit with most years.</summary>
    public string? SeriesUnit { get; init; }

    public ImmutableArray<UnitYear> UnitSeries { get; init; } = [];

    /// <summary>How often each rule fired, most frequent first.</summary>
    public ImmutableArray<RuleCount> Rules { get; init; } = [];

    public static CorpusStats Of(IReadOnlyList<CheckedFile> docs, string? unit)
    {
        var figures = docs.Select(d => (Doc: d, Key: KeyFigures.Of(d.Report.Document))).ToList();
        var composition = figures.SelectMany(f => f.Key.ByClass)
            .GroupBy(c => c.Code, StringComparer.Ordinal)
            .Select(g => new ClassAmount(g.Key, ClassName(g.Key, g.Select(c => c.Name)), g.Sum(c => c.Amount)))
            .OrderByDescending(c => c.Amount)
            .ToImmutableArray();
        var threePublic = figures.Where(f => f.Doc.Report.Document.Meta.Year is not null && f.Key.ThreePublicTotal is not null)
            .GroupBy(f => f.Doc.Report.Document.Meta.Year!.Value)
            .OrderBy(g => g.Key)
            .Select(g => new ThreePublicYear(g.Key, g.Sum(f => f.Key.ThreePublicTotal ?? 0), g.Sum(f => f.Key.Overseas ?? 0),
                g.Sum(f => f.Key.Reception ?? 0), g.Sum(f => f.Key.Vehicles ?? 0), g.Count()))
            .ToImmutableArray();
        var scores = docs.Select(d => d.Report.Completeness).ToList();
        var bands = scores.Count == 0 ? [] : Enumerable.Range(0, 10)
            .Select(b => scores.Count(s => Math.Min(9, (int)Math.Floor(s / 10m)) == b)).ToImmutableArray();

        var seriesUnit = !string.IsNullOrWhiteSpace(unit)
            ? figures.Select(f => f.Doc.Report.Document.Meta.UnitName).FirstOrDefault(n => n is not null && n.Contains(unit.Trim(), StringComparison.Ordinal))
            : figures.Where(f => f.Doc.Report.Document.Meta.UnitName is not null)
                .GroupBy(f => CorpusExtensions.UnitKey(f.Doc.Report.Document.Meta.UnitName))
                .OrderByDescending(g => g.Select(f => f.Doc.Report.Document.Meta.Year).Distinct().Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.First().Doc.Report.Document.Meta.UnitName)
                .FirstOrDefault();
        var series = seriesUnit is null ? [] : figures
            .Where(f => CorpusExtensions.UnitKey(f.Doc.Report.Document.Meta.UnitName) == CorpusExtensions.UnitKey(seriesUnit) && f.Doc.Report.Document.Meta.Year is not null)
            .GroupBy(f => f.Doc.Report.Document.Meta.Year!.Value)
            .OrderBy(g => g.Key)
            .Select(g => g.OrderBy(f => f.Doc.Report.Document.Meta.Kind).First())
            .Select(f => new UnitYear(f.Doc.Report.Document.Meta.Year!.Value, FindingsKind(f.Doc), f.Key.IncomeTotal, f.Key.ExpenseTotal, f.Key.Basic, f.Key.Project, f.Key.ThreePublicTotal))
            .ToImmutableArray();
        var rules = docs.SelectMany(d => d.Report.Findings)
            .GroupBy(f => f.Rule, StringComparer.Ordinal)
            .Select(g => new RuleCount(g.Key, g.Max(f => f.Severity), g.Count()))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Rule, StringComparer.Ordinal)
            .ToImmutableArray();
        return new CorpusStats
        {
            Documents = docs.Count,
            Composition = composition,
            Basic = figures.Sum(f => f.Key.Basic ?? 0),
            Project = figures.Sum(f => f.Key.Project ?? 0),
            ThreePublic = threePublic,
            CompletenessBands = bands,
            SeriesUnit = seriesUnit,
            UnitSeries = series,
            Rules = rules,
        };
    }

    /// <summary>The 类 name from the classification catalog; failing that, the name most documents print.</summary>
    private static string ClassName(string code, IEnumerable<string> printed) =>
        FunctionCode.TryParse(code, out var fc) && ClassificationCatalog.Default.Function(fc) is { } entry
            ? entry.Name
            : printed.GroupBy(n => n, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key;

    private static string FindingsKind(CheckedFile d) => Yusuan.Core.Checking.Output.FindingsJson.Kind(d.Report.Document.Meta.Kind);
}

public sealed record ThreePublicYear(int Year, decimal Total, decimal Overseas, decimal Reception, decimal Vehicles, int Documents);

public sealed record UnitYear(int Year, string Kind, decimal? Income, decimal? Expense, decimal? Basic, decimal? Project, decimal? ThreePublic);

public sealed record RuleCount(string Rule, Severity Severity, int Count);
