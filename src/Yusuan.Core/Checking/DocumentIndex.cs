using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Yusuan.Core.Model;

namespace Yusuan.Core.Checking;

/// <summary>
/// What the rules ask of a whole document again and again, worked out once per document instance (the model is immutable):
/// its canonical tables by id, 表7's projects, the name keys of project descriptions and target tables, sections by key.
/// Each part is built when first asked for.
/// </summary>
internal sealed class DocumentIndex
{
    private static readonly ConditionalWeakTable<Disclosure, DocumentIndex> Cache = new();

    private readonly Disclosure document;
    private readonly DisclosureTable?[] tables = new DisclosureTable?[(int)TableId.T11 + 1];
    private (T7Project Project, string Key)[]? t7Projects;
    private (ProjectDescription Description, string Key)[]? descriptions;
    private (PerformanceTargetTable Target, string Key)[]? projectTargets;
    private Dictionary<string, NarrativeSection>? sections;
    private Plausibility[]? plausible;
    private int nextClaim;
    private HashSet<string?>? topics;
    private TemplateEdition? template;
    private (DisclosureTable, TableRow, FunctionCode)[]? functionCodeRows;
    private (DisclosureTable, TableRow, EconomicCode)[]? economicCodeRows;
    private CatalogEntries? functionEntries;

    private DocumentIndex(Disclosure document)
    {
        this.document = document;
        // The first table playing each role, as Disclosure.Table picks it.
        foreach (var t in document.Tables)
        {
            if (t.Canonical is { } id && (int)id < tables.Length) tables[(int)id] ??= t;
        }
    }

    public static DocumentIndex Of(Disclosure document) => Cache.GetValue(document, d => new DocumentIndex(d));

    /// <summary>As <see cref="Editions.Of(Disclosure)"/>.</summary>
    public TemplateEdition Template => template ?? LazyInitializer.EnsureInitialized(ref template, () => Editions.Infer(document));

    /// <summary>As <see cref="Disclosure.Table"/>.</summary>
    public DisclosureTable? Table(TableId id) => (int)id >= 0 && (int)id < tables.Length ? tables[(int)id] : null;

    /// <summary>As <see cref="Facts.T7Projects"/>, with the <see cref="Facts.NameKey"/> of each project's name.</summary>
    public IReadOnlyList<(T7Project Project, string Key)> T7Projects =>
        t7Projects ?? LazyInitializer.EnsureInitialized(ref t7Projects, () => [.. Facts.ComputeT7Projects(document).Select(p => (p, Facts.NameKey(p.Name)))]);

    /// <summary>Project descriptions with their <see cref="Facts.NameKey"/>, in document order.</summary>
    public IReadOnlyList<(ProjectDescription Description, string Key)> Descriptions =>
        descriptions ?? LazyInitializer.EnsureInitialized(ref descriptions, () => [.. document.Projects.Select(p => (p, Facts.NameKey(p.Name)))]);

    /// <summary>Project target tables (kind project, with a project name) with the name's <see cref="Facts.NameKey"/>, in document order.</summary>
    public IReadOnlyList<(PerformanceTargetTable Target, string Key)> ProjectTargets =>
        projectTargets ?? LazyInitializer.EnsureInitialized(ref projectTargets, () =>
            [.. document.Targets.Where(t => t.Kind == TargetTableKind.Project && t.ProjectName is not null).Select(t => (t, Facts.NameKey(t.ProjectName!)))]);

    /// <summary><see cref="Rules.Narrative.ClaimTables.Plausible"/> for a claim of the document in the document's year, worked out
    /// once per claim (several rules ask it of every claim).</summary>
    public bool IsPlausible(Claim claim)
    {
        var claims = document.Narrative.Claims;
        var i = IndexOf(claims, claim);
        if (i < 0) return Rules.Narrative.ClaimTables.Plausible(claim, document.Meta.Year);
        // Answers by position, not in a map keyed by the claim: hashing a claim by reference costs more than the answer.
        // The factory captures only this: capturing a local would allocate a closure on every call.
        var answers = plausible ?? LazyInitializer.EnsureInitialized(ref plausible, () => new Plausibility[document.Narrative.Claims.Length]);
        var answer = answers[i];
        if (answer == Plausibility.Unknown)
        {
            answer = Rules.Narrative.ClaimTables.Plausible(claim, document.Meta.Year) ? Plausibility.Yes : Plausibility.No;
            answers[i] = answer;
        }
        return answer == Plausibility.Yes;
    }

    /// <summary>The position of <paramref name="claim"/> (this very instance) among the document's claims, or -1. Rules ask about
    /// the claims in document order, so the position after the last one found is tried first.</summary>
    private int IndexOf(System.Collections.Immutable.ImmutableArray<Claim> claims, Claim claim)
    {
        var next = nextClaim;
        if ((uint)next < (uint)claims.Length && ReferenceEquals(claims[next], claim))
        {
            nextClaim = next + 1;
            return next;
        }
        for (var i = 0; i < claims.Length; i++)
        {
            if (!ReferenceEquals(claims[i], claim)) continue;
            nextClaim = i + 1;
            return i;
        }
        return -1;
    }

    private enum Plausibility : byte
    {
        Unknown,
        Yes,
        No,
    }

    /// <summary>Function-code rows of the canonical tables (<see cref="Rules.Classification.CodeRows.Functions"/>).</summary>
    public IReadOnlyList<(DisclosureTable Table, TableRow Row, FunctionCode Code)> FunctionCodeRows =>
        functionCodeRows ?? LazyInitializer.EnsureInitialized(ref functionCodeRows, () => [.. Rules.Classification.CodeRows.FindFunctions(document)]);

    /// <summary>The catalog entry of each of <see cref="FunctionCodeRows"/>' codes, kept for the last catalog asked about.</summary>
    public IReadOnlyList<Classification.CatalogEntry?> FunctionEntries(Classification.ClassificationCatalog catalog)
    {
        // One object, so that a reader on another thread sees a catalog with its own entries.
        if (functionEntries is { } known && ReferenceEquals(known.Catalog, catalog)) return known.Entries;
        var rows = FunctionCodeRows;
        var entries = new Classification.CatalogEntry?[rows.Count];
        for (var i = 0; i < entries.Length; i++) entries[i] = catalog.Function(rows[i].Code);
        functionEntries = new CatalogEntries(catalog, entries);
        return entries;
    }

    private sealed record CatalogEntries(Classification.ClassificationCatalog Catalog, Classification.CatalogEntry?[] Entries);

    /// <summary>Economic-code rows of the canonical tables (<see cref="Rules.Classification.CodeRows.Economics"/>).</summary>
    public IReadOnlyList<(DisclosureTable Table, TableRow Row, EconomicCode Code)> EconomicCodeRows =>
        economicCodeRows ?? LazyInitializer.EnsureInitialized(ref economicCodeRows, () => [.. Rules.Classification.CodeRows.FindEconomics(document)]);

    /// <summary>The topics of the narrative's sections.</summary>
    /// <summary>A 决算's "年初预算为A万元，支出决算为B万元…" statements (the W.final-* rules).</summary>
    internal ImmutableArray<Rules.Wording.FinalStatement> FinalStatements =>
        finalStatements.IsDefault ? finalStatements = Rules.Wording.FinalStatement.Find(document) : finalStatements;

    private ImmutableArray<Rules.Wording.FinalStatement> finalStatements;

    public IReadOnlySet<string?> Topics => topics ?? LazyInitializer.EnsureInitialized(ref topics, () => document.Narrative.Sections.Select(s => s.Topic).ToHashSet());

    /// <summary>The first narrative section with this key.</summary>
    public NarrativeSection? Section(ReadOnlySpan<char> key) =>
        Sections.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var section) ? section : null;

    private Dictionary<string, NarrativeSection> Sections => sections ?? LazyInitializer.EnsureInitialized(ref sections, () =>
    {
        var byKey = new Dictionary<string, NarrativeSection>(StringComparer.Ordinal);
        foreach (var s in document.Narrative.Sections) byKey.TryAdd(s.Key, s);
        return byKey;
    });
}
