using System.Collections.Immutable;
using System.Globalization;
using Yusuan.Core.Generation;
using Yusuan.Core.Generation.Input;
using Yusuan.Core.Model;

namespace Yusuan.Storage.Tests.Synthetic;

/// <summary>
/// A corpus made by the real generator (Core/Generation) from the sample input (samples/input/*.json): each unit
/// scales the sample's money by whole factors (so every identity of the input still holds exactly), and each year's
/// "上年" figures are the previous generated year's own, so the narrative's changes agree with the prior year in the
/// corpus, as they should in real disclosures.
/// </summary>
public sealed class GeneratedCorpus(BudgetInput sample, int seed = 2025)
{
    public static GeneratedCorpus FromSample(string path) =>
        new(InputJson.Read(File.ReadAllText(path), path).Input ?? throw new InvalidOperationException($"cannot read {path}"));

    /// <summary><paramref name="units"/> units × <paramref name="years"/> consecutive years ending 2025. Skips a year the generator refuses.</summary>
    public IEnumerable<(string Name, Disclosure Document)> Documents(int units, int years)
    {
        for (var u = 0; u < units; u++)
        {
            Disclosure? previous = null;
            for (var y = 2025 - years + 1; y <= 2025; y++)
            {
                var factor = 1 + new Random(HashCode.Combine(seed, u, y)).Next(6);
                var input = Scaled(sample, factor) with
                {
                    Unit = SyntheticCorpus.UnitName(u),
                    Year = y,
                    Region = u % 2 == 0 ? sample.Region : "上海",
                    Prior = previous is null ? Scaled(sample, factor).Prior : PriorOf(previous),
                };
                var result = DisclosureGenerator.Generate(input);
                if (result.HasErrors || result.Disclosure is null) continue;
                previous = result.Disclosure;
                yield return (string.Create(CultureInfo.InvariantCulture, $"generated/{u:D5}_{y}.txt"), result.Disclosure);
            }
        }
    }

    private static BudgetInput Scaled(BudgetInput i, int k)
    {
        decimal S(decimal v) => v * k;
        decimal? N(decimal? v) => v * k;
        ImmutableDictionary<string, decimal> D(ImmutableDictionary<string, decimal> d) => d.ToImmutableDictionary(p => p.Key, p => p.Value * k);
        ThreePublicInput T(ThreePublicInput t) => t with { Overseas = S(t.Overseas), Reception = S(t.Reception), VehiclePurchase = S(t.VehiclePurchase), VehicleOperation = S(t.VehicleOperation) };
        return i with
        {
            Functions = [.. i.Functions.Select(f => f with { Transfer = S(f.Transfer), Basic = N(f.Basic), Personnel = N(f.Personnel), Public = N(f.Public), Project = N(f.Project) })],
            Economics = [.. i.Economics.Select(e => e with { Personnel = S(e.Personnel), Public = S(e.Public) })],
            Projects = [.. i.Projects.Select(p => p with { Amount = N(p.Amount), Economic = D(p.Economic), Allocations = [.. p.Allocations.Select(a => a with { Amount = S(a.Amount) })] })],
            ThreePublic = T(i.ThreePublic),
            Carryovers = [.. i.Carryovers.Select(c => c with { Personnel = S(c.Personnel), Public = S(c.Public), Project = S(c.Project) })],
            UnitIncome = i.UnitIncome is { } u ? u with { Business = S(u.Business), Upper = S(u.Upper), Affiliated = S(u.Affiliated), Operating = S(u.Operating), Other = S(u.Other) } : null,
            Prior = i.Prior with
            {
                Income = D(i.Prior.Income),
                Basic = N(i.Prior.Basic),
                Project = N(i.Prior.Project),
                GpbBasic = N(i.Prior.GpbBasic),
                GpbProject = N(i.Prior.GpbProject),
                GpbFunctions = D(i.Prior.GpbFunctions),
                GfFunctions = D(i.Prior.GfFunctions),
                ScFunctions = D(i.Prior.ScFunctions),
                ThreePublic = i.Prior.ThreePublic is { } t ? T(t) : null,
                OperatingCost = N(i.Prior.OperatingCost),
            },
            Matters = i.Matters with
            {
                OperatingCost = N(i.Matters.OperatingCost),
                Procurement = i.Matters.Procurement is { } p ? p with { Goods = S(p.Goods), Works = S(p.Works), Services = S(p.Services), Total = N(p.Total), Sme = S(p.Sme), SmallMicro = S(p.SmallMicro) } : null,
            },
            Targets = [.. i.Targets.Select(t => t with { FundsTotal = N(t.FundsTotal), FundsFiscal = N(t.FundsFiscal), FundsOther = N(t.FundsOther) })],
        };
    }

    /// <summary>Last year's figures, read off last year's generated disclosure.</summary>
    private static PriorYearInput PriorOf(Disclosure d)
    {
        decimal? V(TableId id, string row, string column) => d.Table(id)?.Value(row, column)?.Value;
        var t10 = d.Table(TableId.T10);
        return new PriorYearInput
        {
            Income = new Dictionary<string, decimal?> { ["gpb"] = V(TableId.T1, "income.gpb", "amount"), ["unit"] = V(TableId.T1, "income.unit", "amount") }
                .Where(p => p.Value is not null).ToImmutableDictionary(p => p.Key, p => p.Value!.Value),
            Basic = V(TableId.T3, "total", "basic") ?? 0m,
            Project = V(TableId.T3, "total", "project") ?? 0m,
            GpbBasic = V(TableId.T5, "total", "basic") ?? 0m,
            GpbProject = V(TableId.T5, "total", "project") ?? 0m,
            GpbFunctions = (d.Table(TableId.T5)?.Rows ?? []).Where(r => r.FunctionCode is { Level: CodeLevel.Item } && r.Get("total") is not null)
                .ToImmutableDictionary(r => r.Key, r => r.Get("total")!.Value.Value),
            ThreePublic = t10 is null ? null : new ThreePublicInput
            {
                Overseas = V(TableId.T10, "overseas", "total") ?? 0m,
                Reception = V(TableId.T10, "reception", "total") ?? 0m,
                VehiclePurchase = V(TableId.T10, "vehicle_purchase", "total") ?? 0m,
                VehicleOperation = V(TableId.T10, "vehicle_operation", "total") ?? 0m,
            },
            OperatingCost = d.Matters.OperatingCost?.Amount?.Value,
        };
    }
}
