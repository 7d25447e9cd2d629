using System.Runtime.CompilerServices;
using Yusuan.Core.Model;

namespace Yusuan.Core.Checking.Rules.Projects;

/// <summary>
/// Project descriptions and target tables printed under a slightly different name than their 表7 project (003: 表7
/// 电子政务网络维护费, described as 电子政务网络监测维护费). Such a description is the project's description with a naming
/// slip, not a missing description plus an unknown project: <c>P.name-mismatch</c> reports it once, and the rules that look
/// a project up by name use the pair. A pair is made only when it is unambiguous: the printed name matches no 表7 project,
/// the 表7 project has no description (or target table) of its own, each is near the other and near nothing else.
/// Worked out once per document.
/// </summary>
internal sealed class ProjectNamePairs
{
    private static readonly ConditionalWeakTable<Disclosure, ProjectNamePairs> Cache = new();

    private ProjectNamePairs(Disclosure d)
    {
        var index = DocumentIndex.Of(d);
        var t7 = index.T7Projects.DistinctBy(p => p.Key).ToList();
        Descriptions = Pair(t7, index.Descriptions.Select(x => (x.Description.Name, x.Key)).ToList(), p => Facts.FindDescription(d, p.Name) is not null);
        Targets = Pair(t7, index.ProjectTargets.Select(x => (x.Target.ProjectName!, x.Key)).ToList(), p => Facts.FindTarget(d, p.Name) is not null);
    }

    public static ProjectNamePairs Of(Disclosure d) => Cache.GetValue(d, x => new ProjectNamePairs(x));

    /// <summary>Description name (as printed) → its 表7 project.</summary>
    public IReadOnlyDictionary<string, T7Project> Descriptions { get; }

    /// <summary>Target-table project name (as printed) → its 表7 project.</summary>
    public IReadOnlyDictionary<string, T7Project> Targets { get; }

    /// <summary>The 表7 project a description or target table named <paramref name="printed"/> belongs to, when the names differ slightly.</summary>
    public T7Project? ProjectOf(string printed) =>
        Descriptions.TryGetValue(printed, out var p) || Targets.TryGetValue(printed, out p) ? p : null;

    /// <summary>Whether a 表7 project is paired with a description under another name.</summary>
    public bool IsDescribedAs(T7Project project) => Descriptions.Values.Any(p => p.Row == project.Row);

    /// <summary>Whether a 表7 project is paired with a target table under another name.</summary>
    public bool HasTargetAs(T7Project project) => Targets.Values.Any(p => p.Row == project.Row);

    private static Dictionary<string, T7Project> Pair(List<(T7Project Project, string Key)> t7, List<(string Name, string Key)> printed, Func<T7Project, bool> covered)
    {
        var pairs = new Dictionary<string, T7Project>(StringComparer.Ordinal);
        var orphans = printed.Where(x => !t7.Any(p => Facts.SameNameKey(p.Key, x.Key))).ToList();
        if (orphans.Count == 0) return pairs;
        var open = t7.Where(p => !covered(p.Project)).ToList();
        foreach (var orphan in orphans)
        {
            var near = open.Where(p => Near(p.Key, orphan.Key)).ToList();
            if (near.Count != 1) continue;
            if (orphans.Count(o => Near(near[0].Key, o.Key)) != 1) continue;
            pairs.TryAdd(orphan.Name, near[0].Project);
        }
        return pairs;
    }

    /// <summary>Two names a few characters apart: an edit distance of at most 2, or a fifth of the shorter name, whichever is
    /// larger ("巴州人民政府办公室政务服务保障费" / "巴州政府办公室政务服务保障费" are 2 apart).</summary>
    internal static bool Near(string a, string b)
    {
        var shorter = Math.Min(a.Length, b.Length);
        if (shorter < 6) return false;
        var limit = Math.Max(2, shorter / 5);
        return Math.Abs(a.Length - b.Length) <= limit && EditDistance(a, b) <= limit;
    }

    internal static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
