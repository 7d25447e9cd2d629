using System.Collections.Immutable;
using Yusuan.Core.Checking;
using Yusuan.Core.Comparing.Rules;
using Yusuan.Core.Model;

namespace Yusuan.Core.Comparing;

/// <summary>
/// The YOY rule family: checks a disclosure's narrative changes against the prior year ("比上年预算增加 X 万元":
/// prior = current − X) using the same unit's disclosure for the prior year. Runs whenever that disclosure is at
/// hand: <c>yusuan check</c> given a prior-year file, <c>yusuan compare</c>, and every import into the corpus store.
/// </summary>
public static class YearOverYearCheck
{
    public static ImmutableArray<IYearOverYearRule> Rules { get; } =
        [new AmountMismatchRule(), new DirectionMismatchRule(), new PercentMismatchRule()];

    /// <summary>Catalog entries of the YOY rules, for the rule catalog of <c>yusuan check</c>.</summary>
    public static ImmutableArray<RuleDescriptor> Descriptors { get; } = [.. Rules.Select(r => r.Descriptor)];

    /// <summary>Checks <paramref name="current"/> against the prior year's disclosure of the same unit.
    /// No findings when <paramref name="prior"/> is not for the year before.</summary>
    public static ImmutableArray<Finding> Check(Disclosure current, Disclosure prior) => Check(current, [prior]);

    /// <summary>Checks against whichever of <paramref name="priors"/> each claim compares with (上年预算 or 上年决算).</summary>
    public static ImmutableArray<Finding> Check(Disclosure current, IEnumerable<Disclosure> priors)
    {
        if (current.Meta.Year is not { } year) return [];
        var figures = priors.Select(YearFigures.From).OfType<YearFigures>().ToList();
        return Check(current.Narrative.Claims, current.Meta.MoneyUnit, year, current.Meta.Kind, figures);
    }

    /// <summary>The same check from stored parts: the current document's claims and the prior year's figures.</summary>
    public static ImmutableArray<Finding> Check(IEnumerable<Claim> claims, MoneyUnit claimUnit, int year, DisclosureKind kind, IReadOnlyList<YearFigures> priors)
    {
        var findings = ImmutableArray.CreateBuilder<Finding>();
        foreach (var claim in claims)
        {
            if (Case(claim, claimUnit, year, kind, priors) is not { } c) continue;
            foreach (var rule in Rules)
            {
                if (rule.Evaluate(c) is { } finding) findings.Add(finding);
            }
        }
        return findings.ToImmutable();
    }

    /// <summary>The kind of disclosure a claim compares with: "上年决算" → 决算, "上年预算" → 预算, plain "上年" → the current kind.</summary>
    public static DisclosureKind ComparedKind(Claim claim, DisclosureKind currentKind)
    {
        var with = claim.ComparedWith ?? string.Empty;
        if (with.Contains("决算", StringComparison.Ordinal)) return DisclosureKind.FinalAccount;
        if (with.Contains("预算", StringComparison.Ordinal)) return DisclosureKind.Budget;
        return currentKind;
    }

    private static YearOverYearCase? Case(Claim claim, MoneyUnit unit, int year, DisclosureKind kind, IReadOnlyList<YearFigures> priors)
    {
        if (claim.Amount is not { } amount) return null;
        if (claim.ChangeAmount is null && claim.ChangePercent is null && claim.Direction != ChangeDirection.Flat) return null;
        var wanted = ComparedKind(claim, kind);
        var prior = priors.FirstOrDefault(p => p.Year == year - 1 && p.Kind == wanted);
        if (prior?.Find(claim.Subject) is not { } figure) return null;
        decimal? signed = null;
        decimal? magnitude = null;
        if (claim.ChangeAmount is { } change)
        {
            var wan = unit.ToWanYuan(change.Value);
            switch (claim.Direction)
            {
                case ChangeDirection.Increase: signed = wan; break;
                case ChangeDirection.Decrease: signed = -wan; break;
                case ChangeDirection.Flat: signed = 0m; break;
                default: magnitude = wan; break;
            }
        }
        else if (claim.Direction == ChangeDirection.Flat)
        {
            signed = 0m;
        }
        return new YearOverYearCase
        {
            Claim = claim,
            Current = unit.ToWanYuan(amount.Value),
            StatedChange = signed,
            StatedMagnitude = magnitude,
            Prior = figure,
            PriorYear = prior,
            ClaimHalfUnit = unit.ToWanYuan(0.005m),
        };
    }
}
