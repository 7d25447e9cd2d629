using System.Collections.Frozen;
using System.Reflection;
using Yusuan.Core.Model;

namespace Yusuan.Core.Classification;

/// <summary>One code/name pair of 政府收支分类科目 with where it was seen.</summary>
public sealed record CatalogEntry(string Code, CodeLevel Level, string Name, string? ParentCode, string Sources);

/// <summary>
/// The project's classification lists (支出功能分类 类/款/项, 部门预算支出经济分类 类/款), embedded from
/// <c>Classification/Data</c>. No complete official list is available (see Data/SOURCES.md); the lists are the
/// partial reference lists plus every code/name pair printed in the seeds and corpus, each with its provenance.
/// </summary>
public sealed class ClassificationCatalog
{
    private readonly FrozenDictionary<string, CatalogEntry> functions;
    private readonly FrozenDictionary<string, CatalogEntry> economics;

    private ClassificationCatalog(IEnumerable<CatalogEntry> functions, IEnumerable<CatalogEntry> economics)
    {
        this.functions = functions.GroupBy(e => e.Code).ToFrozenDictionary(g => g.Key, g => g.First());
        this.economics = economics.GroupBy(e => e.Code).ToFrozenDictionary(g => g.Key, g => g.First());
    }

    public static ClassificationCatalog Default { get; } = Load();

    public IReadOnlyCollection<CatalogEntry> Functions => functions.Values;

    public IReadOnlyCollection<CatalogEntry> Economics => economics.Values;

    public CatalogEntry? Function(FunctionCode code) => functions.GetValueOrDefault(code.Digits);

    public CatalogEntry? Economic(EconomicCode code) => economics.GetValueOrDefault(code.Digits);

    /// <summary>Function entries with this exact name (whitespace ignored), optionally under a parent code.</summary>
    public IEnumerable<CatalogEntry> FunctionsNamed(string name, string? parentCode = null)
    {
        var key = Squash(name);
        var named = functions.Values.Where(e => Squash(e.Name) == key && (parentCode is null || e.ParentCode == parentCode)).ToList();
        if (named.Count == 0 && parentCode is null && FormerClassNames.TryGetValue(key, out var code) && functions.TryGetValue(code, out var renamed)) named.Add(renamed);
        return named;
    }

    /// <summary>Names the classification gave a code in earlier editions, with the last year they were the name: a document of
    /// that year or before prints them rightly (a 2018 budget's 医疗卫生与计划生育支出, a 2019 budget's 行政事业单位离退休).</summary>
    private static readonly (string Code, string Name, int LastYear)[] FormerNames =
    [
        ("210", "医疗卫生与计划生育支出", 2018),
        ("215", "资源勘探信息等支出", 2018),
        ("220", "国土海洋气象等支出", 2018),
        ("20805", "行政事业单位离退休", 2019),
    ];

    /// <summary>Whether <paramref name="name"/> was the code's name in the edition of <paramref name="year"/>.</summary>
    public bool WasNameIn(string code, string name, int? year) =>
        year is { } y && FormerNames.Any(f => f.Code == code && y <= f.LastYear && Squash(name) == f.Name);

    /// <summary>类 names of earlier editions, still printed in later documents (010, a 2024 budget: 医疗卫生与计划生育支出): the
    /// class they name. Whether the name is the year's is the checker's question (C.function-name), not the reader's.</summary>
    private static readonly FrozenDictionary<string, string> FormerClassNames =
        FormerNames.Where(f => f.Code.Length == 3).ToFrozenDictionary(f => f.Name, f => f.Code, StringComparer.Ordinal);

    public IEnumerable<CatalogEntry> EconomicsNamed(string name, string? parentCode = null)
    {
        var key = Squash(name);
        return economics.Values.Where(e => Squash(e.Name) == key && (parentCode is null || e.ParentCode == parentCode));
    }

    public static string Squash(string s) => Reading.Text.Squash.Whitespace(s);

    private static ClassificationCatalog Load()
    {
        var f = new List<CatalogEntry>();
        var e = new List<CatalogEntry>();
        foreach (var name in Assembly.GetExecutingAssembly().GetManifestResourceNames().Where(n => n.EndsWith(".csv", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var isFunction = name.Contains("function-classification", StringComparison.Ordinal);
            var isEconomic = name.Contains("economic-classification-department", StringComparison.Ordinal) || name.Contains("economic-classification-government-partial", StringComparison.Ordinal);
            if (!isFunction && !isEconomic) continue;
            foreach (var entry in ReadCsv(name)) (isFunction ? f : e).Add(entry);
        }
        return new ClassificationCatalog(f, e);
    }

    private static IEnumerable<CatalogEntry> ReadCsv(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine()?.Split(',') ?? [];
        var sourceIndex = Array.IndexOf(header, "sources");
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0) continue;
            var parts = line.Split(',');
            if (parts.Length < 3) continue;
            var level = parts[1] switch { "类" => CodeLevel.Class, "款" => CodeLevel.Section, _ => CodeLevel.Item };
            var parent = parts.Length > 3 && parts[3].Length > 0 ? parts[3] : null;
            var sources = sourceIndex >= 0 && parts.Length > sourceIndex ? parts[sourceIndex] : Path.GetFileNameWithoutExtension(resource.Replace("Yusuan.Core.Classification.Data.", string.Empty, StringComparison.Ordinal));
            yield return new CatalogEntry(parts[0], level, parts[2], parent, sources);
        }
    }
}
