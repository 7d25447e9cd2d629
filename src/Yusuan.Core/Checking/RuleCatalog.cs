using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Reflection;

namespace Yusuan.Core.Checking;

/// <summary>
/// The rule catalog: every rule with its fixed description (after Roslyn's DiagnosticDescriptor). Ids are stable: users
/// filter on them and tests assert them. docs/rules.md is generated from this catalog.
/// </summary>
public sealed class RuleCatalog
{
    private readonly FrozenDictionary<string, Rule> byId;
    private readonly FrozenDictionary<string, RuleDescriptor> descriptorsById;

    /// <param name="rules">The rules the checker runs on one document.</param>
    /// <param name="others">Rules that run elsewhere but are catalogued alike (the year-over-year rules, run when the
    /// prior year's document is at hand): listed, documented, in SARIF and in severity profiles.</param>
    public RuleCatalog(IEnumerable<Rule> rules, IEnumerable<RuleDescriptor>? others = null)
    {
        Rules = [.. rules];
        var order = RuleCategory.All.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        Descriptors = [.. Rules.Select(r => r.Descriptor).Concat(others ?? [])
            .OrderBy(d => order.GetValueOrDefault(d.Category, 99)).ThenBy(d => d.Id, StringComparer.Ordinal)];
        var duplicates = Descriptors.GroupBy(r => r.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0) throw new InvalidOperationException($"规则编号重复：{string.Join(", ", duplicates)}");
        byId = Rules.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
        descriptorsById = Descriptors.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);
    }

    /// <summary>Every rule class of this assembly, ordered by category then id, and the year-over-year rules.</summary>
    public static RuleCatalog Default { get; } = new(Discover(), Comparing.YearOverYearCheck.Descriptors);

    public ImmutableArray<Rule> Rules { get; }

    /// <summary>Every catalogued rule's description, ordered by category then id.</summary>
    public ImmutableArray<RuleDescriptor> Descriptors { get; }

    public RuleDescriptor? Find(string id) => descriptorsById.GetValueOrDefault(id);

    public Rule? Rule(string id) => byId.GetValueOrDefault(id);

    private static IEnumerable<Rule> Discover()
    {
        var order = RuleCategory.All.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        return typeof(Rule).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(Rule).IsAssignableFrom(t))
            .Select(t => (Rule)Activator.CreateInstance(t)!)
            .OrderBy(r => order.GetValueOrDefault(r.Descriptor.Category, 99))
            .ThenBy(r => r.Id, StringComparer.Ordinal);
    }
}
