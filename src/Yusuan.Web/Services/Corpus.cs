using Yusuan.Core.Model;

namespace Yusuan.Web.Services;

/// <summary>Which stored documents a page or API call is about. Empty fields match everything.</summary>
public sealed record CorpusFilter(string? Region = null, string? Level = null, int? Year = null, string? Unit = null, string? Kind = null)
{
    public bool Matches(CorpusEntry d) =>
        (string.IsNullOrEmpty(Region) || string.Equals(d.Region, Region, StringComparison.Ordinal))
        && (string.IsNullOrEmpty(Level) || LevelKey(d.Scope) == Level)
        && (Year is null || d.Year == Year)
        && (string.IsNullOrEmpty(Unit) || (d.Unit ?? string.Empty).Contains(Unit.Trim(), StringComparison.Ordinal))
        && (string.IsNullOrEmpty(Kind) || Yusuan.Core.Checking.Output.FindingsJson.Kind(d.Kind) == Kind);

    public static string LevelKey(DisclosureScope scope) => scope == DisclosureScope.Department ? "department" : "unit";

    public static string LevelName(DisclosureScope scope) => scope == DisclosureScope.Department ? "部门" : "单位";

    public static string KindName(DisclosureKind kind) => kind.ChineseName();
}

/// <summary>
/// The stored documents the pages and the API read from. Lists hold summaries (<see cref="CorpusEntry"/>); a whole
/// document (text, model, findings) is fetched by id when a page shows it.
/// </summary>
public interface ICorpus
{
    /// <summary>One line for the pages: what backs this corpus (e.g. "内存语料库（16 份）"). No server paths.</summary>
    string Description { get; }

    IReadOnlyList<CorpusEntry> List(CorpusFilter filter);

    CorpusEntry? Entry(string id);

    /// <summary>The whole document, read and checked (from memory or, for a store, from its kept file).</summary>
    CheckedFile? Get(string id);

    /// <summary>The file as saved or imported, read from where it is kept (the page images of a PDF are drawn from it); null
    /// when there is no such document, or its file is gone or no longer the file that was stored.</summary>
    byte[]? Original(string id);

    /// <summary>Stores a checked document; idempotent (the id is a hash of the file's bytes).</summary>
    /// <exception cref="Yusuan.Storage.StoreException">The store cannot be written; the message is one sentence.</exception>
    CorpusEntry Add(CheckedFile document, string? savedBy = null);

    /// <summary>Removes a document and everything stored about it; false when there is none.</summary>
    bool Remove(string id);
}

/// <summary>Helpers over any corpus.</summary>
public static class CorpusExtensions
{
    /// <summary>The same unit's disclosure of the year before (same kind preferred), if stored.</summary>
    public static CorpusEntry? Prior(this ICorpus corpus, CorpusEntry document)
    {
        if (document.Year is not { } year || string.IsNullOrWhiteSpace(document.Unit)) return null;
        var unit = UnitKey(document.Unit);
        return corpus.List(new CorpusFilter(Year: year - 1))
            .Where(d => UnitKey(d.Unit) == unit)
            .OrderByDescending(d => d.Kind == document.Kind)
            .ThenByDescending(d => d.Scope == document.Scope)
            .FirstOrDefault();
    }

    public static CorpusEntry? Prior(this ICorpus corpus, CheckedFile document) =>
        corpus.Prior(corpus.Entry(document.Id) ?? CorpusEntry.Of(document));

    public static string UnitKey(string? name) => string.Concat((name ?? string.Empty).Where(c => !char.IsWhiteSpace(c)));

    /// <summary>The usual order of lists: region, unit, year, name.</summary>
    public static IReadOnlyList<CorpusEntry> Ordered(IEnumerable<CorpusEntry> entries) =>
        entries.OrderBy(d => d.Region, StringComparer.Ordinal)
            .ThenBy(d => d.Unit, StringComparer.Ordinal)
            .ThenBy(d => d.Year)
            .ThenBy(d => d.Name, StringComparer.Ordinal)
            .ToList();
}
