using Yusuan.Core.Model;

namespace Yusuan.Web.Services;

/// <summary>Which stored documents a page or API call is about. Empty fields match everything.</summary>
public sealed record CorpusFilter(string? Region = null, string? Level = null, int? Year = null, string? Unit = null, string? Kind = null)
{
    public bool Matches(Disclosure d) =>
        (string.IsNullOrEmpty(Region) || string.Equals(d.Meta.Region, Region, StringComparison.Ordinal))
        && (string.IsNullOrEmpty(Level) || LevelKey(d.Meta.Scope) == Level)
        && (Year is null || d.Meta.Year == Year)
        && (string.IsNullOrEmpty(Unit) || (d.Meta.UnitName ?? string.Empty).Contains(Unit.Trim(), StringComparison.Ordinal))
        && (string.IsNullOrEmpty(Kind) || Yusuan.Core.Checking.Output.FindingsJson.Kind(d.Meta.Kind) == Kind);

    public static string LevelKey(DisclosureScope scope) => scope == DisclosureScope.Department ? "department" : "unit";

    public static string LevelName(DisclosureScope scope) => scope == DisclosureScope.Department ? "部门" : "单位";
}

/// <summary>The stored documents the Document and Corpus pages and the API read from.</summary>
public interface ICorpus
{
    /// <summary>One line for the pages: what backs this corpus (e.g. "内存语料库（samples/，16 份）").</summary>
    string Description { get; }

    IReadOnlyList<CheckedFile> List(CorpusFilter filter);

    CheckedFile? Get(string id);

    /// <summary>Stores a checked document (idempotent: the id is a content hash).</summary>
    CheckedFile Add(CheckedFile document);
}

/// <summary>Helpers over any corpus.</summary>
public static class CorpusExtensions
{
    /// <summary>The same unit's disclosure of the year before (same kind preferred), if stored.</summary>
    public static CheckedFile? Prior(this ICorpus corpus, CheckedFile document)
    {
        var meta = document.Report.Document.Meta;
        if (meta.Year is not { } year || string.IsNullOrWhiteSpace(meta.UnitName)) return null;
        var unit = UnitKey(meta.UnitName);
        return corpus.List(new CorpusFilter(Year: year - 1))
            .Where(d => UnitKey(d.Report.Document.Meta.UnitName) == unit)
            .OrderByDescending(d => d.Report.Document.Meta.Kind == meta.Kind)
            .FirstOrDefault();
    }

    public static string UnitKey(string? name) => string.Concat((name ?? string.Empty).Where(c => !char.IsWhiteSpace(c)));
}
