using System.Globalization;
using System.Text.Json;
using Yusuan.Core.Export;
using Yusuan.Core.Model;

namespace Yusuan.Core.Tests.Reading.Narrative;

/// <summary>
/// The prose parts of the five seeds against golden files under tests/golden/, whose figures were read from the
/// documents by hand: the M rows of the cells CSV, the claims of 二/三/五.(二)/五.(三), the projects and the
/// performance-target tables (header, indicator count, weight sum).
/// </summary>
public sealed class SeedGoldenTests
{
    [Theory]
    [MemberData(nameof(SeedDocuments.All), MemberType = typeof(SeedDocuments))]
    public void Other_matters_cells_match_the_document(string seed)
    {
        var document = SeedDocuments.Read(seed);
        var actual = CellsCsv.Write(CellsProjection.Cells(document).Where(c => c.Table == "M"));
        var relative = $"cells/{seed}.matters.csv";
        Golden.WriteActualIfAsked(relative, actual);
        Assert.Equal(Golden.Read(relative), actual);
    }

    private sealed record ClaimRow(string Section, string Key, string? Path, decimal? Amount, decimal? Share, decimal? Change, string? AmountWord, decimal? Percent, string? PercentWord);

    [Theory]
    [MemberData(nameof(SeedDocuments.All), MemberType = typeof(SeedDocuments))]
    public void Claims_of_the_income_expense_and_appropriation_sections_match_the_document(string seed)
    {
        using var golden = JsonDocument.Parse(Golden.Read($"model/{seed}.claims.json"));
        var expected = golden.RootElement.EnumerateArray().Select(e => new ClaimRow(
            e.GetProperty("section").GetString()!,
            e.GetProperty("key").GetString()!,
            Str(e, "path"),
            Dec(e, "amount"),
            Dec(e, "share"),
            Dec(e, "changeAmount"),
            Str(e, "amountWord"),
            Dec(e, "changePercent"),
            Str(e, "percentWord"))).ToList();
        var sections = expected.Select(r => r.Section).ToHashSet(StringComparer.Ordinal);
        var actual = SeedDocuments.Read(seed).Narrative.Claims
            .Where(c => c.Section is not null && sections.Contains(c.Section))
            .Select(c => new ClaimRow(
                c.Section!,
                c.Subject.Key,
                c.Subject.PrintedPath.IsDefaultOrEmpty ? null : string.Join("/", c.Subject.PrintedPath),
                c.Amount?.Value,
                c.Share?.Value,
                c.ChangeAmount?.Value,
                c.AmountWord,
                c.ChangePercent?.Value,
                c.PercentWord))
            .ToList();
        Assert.Equal(expected, actual);
    }

    private sealed record ProjectRow(string Name, decimal? Amount, string? Unit, string? Allocations);

    [Theory]
    [MemberData(nameof(SeedDocuments.All), MemberType = typeof(SeedDocuments))]
    public void Projects_match_the_document(string seed)
    {
        using var golden = JsonDocument.Parse(Golden.Read($"model/{seed}.projects.json"));
        var expected = golden.RootElement.EnumerateArray().Select(e => new ProjectRow(
            e.GetProperty("name").GetString()!,
            Dec(e, "amount"),
            Str(e, "implementingUnit"),
            e.GetProperty("allocations").ValueKind == JsonValueKind.Null ? null : string.Join(";", e.GetProperty("allocations").EnumerateArray().Select(a => Normal(a.GetString()!))))).ToList();
        var projects = SeedDocuments.Read(seed).Projects;
        Assert.Equal(expected.Count, projects.Length);
        var actual = projects.Select((p, i) => new ProjectRow(
            p.Name,
            p.Amount?.Value,
            p.ImplementingUnit,
            expected[i].Allocations is null ? null : string.Join(";", p.Allocations.Select(a => Normal($"{a.Name}={a.Amount.Value.ToString(CultureInfo.InvariantCulture)}"))))).ToList();
        Assert.Equal(expected, actual);
    }

    private sealed record TargetRow(string Kind, string? Project, string? Manager, decimal? Total, decimal? Fiscal, decimal? Other, int Indicators, decimal? WeightSum);

    [Theory]
    [MemberData(nameof(SeedDocuments.All), MemberType = typeof(SeedDocuments))]
    public void Performance_target_tables_match_the_document(string seed)
    {
        using var golden = JsonDocument.Parse(Golden.Read($"model/{seed}.targets.json"));
        var expected = golden.RootElement.EnumerateArray().Select(e => new TargetRow(
            e.GetProperty("kind").GetString()!,
            Str(e, "project"),
            Str(e, "manager"),
            Dec(e, "fundsTotal"),
            Dec(e, "fundsFiscal"),
            Dec(e, "fundsOther"),
            e.GetProperty("indicators").GetInt32(),
            Dec(e, "weightSum"))).ToList();
        var actual = SeedDocuments.Read(seed).Targets.Select(t => new TargetRow(
            t.Kind == TargetTableKind.Project ? "project" : "department",
            t.ProjectName,
            t.Manager,
            t.FundsTotal?.Value,
            t.FundsFiscal?.Value,
            t.FundsOther?.Value,
            t.Indicators.Length,
            t.Indicators.Any(i => i.Weight is not null) ? t.Indicators.Sum(i => i.Weight?.Value ?? 0m) : null)).ToList();
        Assert.Equal(expected, actual);
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static decimal? Dec(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? decimal.Parse(p.GetString()!, CultureInfo.InvariantCulture) : null;

    /// <summary>"运转经费=183.00" and "运转经费=183" are the same item.</summary>
    private static string Normal(string item)
    {
        var eq = item.LastIndexOf('=');
        var value = decimal.Parse(item[(eq + 1)..], CultureInfo.InvariantCulture);
        return item[..eq] + "=" + (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
    }
}
