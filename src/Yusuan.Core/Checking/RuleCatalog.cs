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

    public RuleCatalog(IEnumerable<Rule> rules)
    {
        Rules = [.. rules];
        var duplicates = Rules.GroupBy(r => r.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0) throw new InvalidOperationException($"规则编号重复：{string.Join(", ", duplicates)}");
        byId = Rules.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
    }

    /// <summary>Every rule class of this assembly, ordered by category then id.</summary>
    public static RuleCatalog Default { get; } = new(Discover());

    public ImmutableArray<Rule> Rules { get; }

    public IEnumerable<RuleDescriptor> Descriptors => Rules.Select(r => r.Descriptor);

    public RuleDescriptor? Find(string id) => byId.TryGetValue(id, out var r) ? r.Descriptor : null;

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
