using System.Collections.Immutable;
using Yusuan.Core.Classification;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Narrative.Layout;

namespace Yusuan.Core.Reading.Narrative.Claims;

/// <summary>
/// Resolves printed 类/款/项 names ("社会保障和就业支出（类）行政事业单位养老支出（款）…（项）") to a
/// <see cref="FunctionCode"/>, from the classification catalog and from the document's own table rows. A misprinted
/// level is kept as printed; the code is still resolved when the levels below it identify it uniquely.
/// </summary>
internal sealed class FunctionResolver
{
    private static readonly char[] NameEdges = ['“', '”', '"', '‘', '’', '：', ':', '，', ',', '、'];
    private static readonly string[] LevelMarkers = ["（类）", "（款）", "（项）", "(类)", "(款)", "(项)"];

    // Catalog names are squashed once per catalog, not once per document.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ClassificationCatalog, Dictionary<string, List<string>>> CatalogIndexes = [];

    private readonly Dictionary<string, List<string>> catalogCodes;
    private readonly Dictionary<string, List<string>> documentCodes = new(StringComparer.Ordinal);

    public FunctionResolver(ClassificationCatalog catalog, IEnumerable<DisclosureTable> tables)
    {
        catalogCodes = CatalogIndexes.GetValue(catalog, Index);
        foreach (var row in tables.SelectMany(t => t.Rows))
        {
            if (row.FunctionCode is not { } code || string.IsNullOrWhiteSpace(row.Label)) continue;
            Add(documentCodes, Markers.Squash(row.Label), code.Digits);
        }
    }

    private static Dictionary<string, List<string>> Index(ClassificationCatalog catalog)
    {
        var index = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var e in catalog.Functions) Add(index, Markers.Squash(e.Name), e.Code);
        return index;
    }

    private static void Add(Dictionary<string, List<string>> index, string name, string code)
    {
        if (!index.TryGetValue(name, out var codes)) index[name] = codes = [];
        codes.Add(code);
    }

    /// <summary>The code of a 类 name, if the name is one.</summary>
    public FunctionCode? Class(string name) => Unique(Markers.Squash(name), code => code.Length == 3);

    /// <summary>Resolves a printed path, outermost first. Null unless the deepest printed level is resolved.</summary>
    public FunctionCode? Resolve(IReadOnlyList<string> path)
    {
        if (path.Count == 0) return null;
        var names = path.Select(Markers.Squash).ToList();
        string? code = Unique(names[0], c => c.Length == 3)?.Digits;
        for (var level = 1; level < names.Count; level++)
        {
            var length = level == 1 ? 5 : 7;
            var parent = code;
            var next = parent is not null
                ? Unique(names[level], c => c.Length == length && c.StartsWith(parent, StringComparison.Ordinal))
                : Unique(names[level], c => c.Length == length);
            code = next?.Digits;
            if (code is null && level < names.Count - 1) code = null;
        }
        if (code is null) return null;
        var expected = names.Count switch { 1 => 3, 2 => 5, _ => 7 };
        return code.Length == expected && FunctionCode.TryParse(code, out var result) ? result : null;
    }

    private FunctionCode? Unique(string name, Func<string, bool> filter)
    {
        string? found = null;
        foreach (var index in (ReadOnlySpan<Dictionary<string, List<string>>>)[catalogCodes, documentCodes])
        {
            if (!index.TryGetValue(name, out var codes)) continue;
            foreach (var c in codes)
            {
                if (!filter(c) || c == found) continue;
                if (found is not null) return null;
                found = c;
            }
        }
        return found is not null && FunctionCode.TryParse(found, out var code) ? code : null;
    }

    /// <summary>Splits "A（类）B（款）C（项）" into its printed names. Jiangsu's "一般公共服务（类）支出" keeps its tail.</summary>
    public static ImmutableArray<string> SplitPath(string text)
    {
        var names = ImmutableArray.CreateBuilder<string>();
        var rest = text;
        while (true)
        {
            var (index, length) = NextMarker(rest);
            if (index < 0) break;
            var name = Clean(rest[..index]);
            rest = rest[(index + length)..];
            if (name.Length > 0) names.Add(name);
        }
        var tail = Clean(rest);
        if (names.Count > 0 && tail is "支出") names[^1] += tail;
        return names.ToImmutable();
    }

    private static (int Index, int Length) NextMarker(string s)
    {
        var best = (-1, 0);
        foreach (var m in LevelMarkers)
        {
            var i = s.IndexOf(m, StringComparison.Ordinal);
            if (i >= 0 && (best.Item1 < 0 || i < best.Item1)) best = (i, m.Length);
        }
        return best;
    }

    private static string Clean(string s) => Markers.Squash(s).Trim(NameEdges);
}
