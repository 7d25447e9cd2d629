using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Yusuan.Core.Model;

/// <summary>
/// One template edition as one concept: how a document of it is recognised (<see cref="Signature"/>) and what it
/// requires (tables, narrative topics, parts). Each edition is declared in its province's file under
/// Reading/Tables/Templates/ beside its table descriptions; <c>TemplateCatalog.Editions</c> lists them. A table an
/// edition does not have is never "missing". An unknown edition is <c>generic</c>: the tables of 《地方预决算公开操作规程》.
/// </summary>
public sealed record TemplateEdition(string Id, string Name)
{
    /// <summary>How the reader recognises the edition; <see cref="EditionSignature.None"/> for the generic edition.</summary>
    public EditionSignature Signature { get; init; } = EditionSignature.None;

    public ImmutableArray<TableId> RequiredTables { get; init; } = [];

    /// <summary>Narrative section topics (<see cref="NarrativeSection.Topic"/>) the template requires.</summary>
    public ImmutableArray<string> RequiredTopics { get; init; } = [];

    /// <summary>项目支出情况说明 with one entry per T7 project.</summary>
    public bool ProjectDescriptions { get; init; }

    /// <summary>项目支出绩效目标表 for every T7 project.</summary>
    public bool ProjectTargets { get; init; }

    /// <summary>成本指标 required in project targets (Xinjiang templates from 2023).</summary>
    public bool CostIndicators { get; init; }

    /// <summary>第一部分 概况 (functions, staff).</summary>
    public bool Profile { get; init; } = true;

    public bool Glossary { get; init; } = true;

    /// <summary>其他重要事项: 机关运行经费, 政府采购, 国有资产, 预算绩效.</summary>
    public bool OtherMatters { get; init; } = true;

    /// <summary>Whether a document of this edition is final accounts (决算) by construction.</summary>
    public bool IsFinalAccount => Signature.Kind == DisclosureKind.FinalAccount;

    public bool Requires(TableId id) => RequiredTables.Contains(id);
}

/// <summary>What a document of an edition shows: its region (the strong sign), or — when the region cannot be told — a
/// table title or numbering only that edition prints. Year and kind narrow it (Xinjiang 2022 vs 2025, Shanghai budget vs
/// 决算). A document matching no signature is of the generic edition: never another province's.</summary>
public sealed record EditionSignature
{
    public static EditionSignature None { get; } = new();

    /// <summary>Regions (<see cref="DisclosureMeta.Region"/>) whose documents use the edition.</summary>
    public ImmutableArray<string> Regions { get; init; } = [];

    /// <summary>Words in a unit's name or on its cover, besides a region's own name, that tell one of <see cref="Regions"/>
    /// (新疆: 巴州, 喀什, 乌鲁木齐 …): the reader's region detection takes them from here, so a province needs no code of
    /// its own outside its template file.</summary>
    public ImmutableArray<string> RegionWords { get; init; } = [];

    /// <summary>Patterns for a short squashed line (a table title or its numbering) that no other edition prints.</summary>
    public ImmutableArray<string> Markers { get; init; } = [];

    public DisclosureKind? Kind { get; init; }

    public int? FromYear { get; init; }

    public int? ToYear { get; init; }

    /// <summary>2 when the region matches, 1 when a marker does (and the region is unknown), 0 otherwise; year and kind must fit.</summary>
    public int Score(EditionEvidence evidence)
    {
        if (Regions.IsEmpty && Markers.IsEmpty) return 0;
        if (Kind is { } k && evidence.Kind != k) return 0;
        if (evidence.Year is { } y && (y < FromYear || y > ToYear)) return 0;
        if (evidence.Region is { } r) return Regions.Contains(r) ? 2 : 0;
        return Markers.Any(m => evidence.Lines.Any(l => l.Length < 60 && Regex.IsMatch(l, m))) ? 1 : 0;
    }
}

/// <summary>What edition detection looks at: region, year, kind and the document's short lines without whitespace.</summary>
public sealed record EditionEvidence(string? Region, int? Year, DisclosureKind Kind, ImmutableArray<string> Lines);
