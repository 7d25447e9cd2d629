using System.Collections.Immutable;

namespace Yusuan.Core.Model;

/// <summary>
/// One published budget or final-accounts disclosure, read into one immutable graph.
/// Every figure keeps the <see cref="SourceSpan"/> it was read from.
/// </summary>
public sealed record Disclosure
{
    public required DisclosureMeta Meta { get; init; }

    public UnitProfile Profile { get; init; } = UnitProfile.Empty;

    /// <summary>Every table found, in document order, canonical or not.</summary>
    public ImmutableArray<DisclosureTable> Tables { get; init; } = [];

    public Narrative Narrative { get; init; } = Narrative.Empty;

    /// <summary>七、项目支出情况说明 (or the template's project section): one entry per described project.</summary>
    public ImmutableArray<ProjectDescription> Projects { get; init; } = [];

    public OtherMatters Matters { get; init; } = OtherMatters.Empty;

    /// <summary>项目支出绩效目标表 and 部门整体绩效目标表.</summary>
    public ImmutableArray<PerformanceTargetTable> Targets { get; init; } = [];

    /// <summary>名词解释.</summary>
    public ImmutableArray<GlossaryEntry> Glossary { get; init; } = [];

    /// <summary>Every paragraph of prose in document order (cover, profile, narrative, glossary), as read. Empty for a
    /// generated document, whose text is its narrative's paragraphs. Not part of the model's JSON: it is the read text again,
    /// which the read source keeps.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public ImmutableArray<ProseParagraph> Prose { get; init; } = [];

    /// <summary>What could not be read, or was read with doubt.</summary>
    public ImmutableArray<ParseDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>The table playing canonical role <paramref name="id"/>, if the document has one.</summary>
    public DisclosureTable? Table(TableId id)
    {
        // A plain loop: rules ask this many times per check, and a lambda capturing the id is an allocation each time.
        foreach (var t in Tables)
        {
            if (t.Canonical == id) return t;
        }
        return null;
    }

    /// <summary>Present (with rows), declared empty, or absent.</summary>
    public TableStatus StatusOf(TableId id) => Table(id) switch
    {
        null => TableStatus.Absent,
        { IsDeclaredEmpty: true } => TableStatus.DeclaredEmpty,
        { Rows.Length: 0 } => TableStatus.DeclaredEmpty,
        _ => TableStatus.Present,
    };
}

public enum DisclosureKind
{
    /// <summary>预算.</summary>
    Budget,

    /// <summary>决算.</summary>
    FinalAccount,
}

public enum DisclosureScope
{
    /// <summary>部门 (a department, possibly with subordinate budget units).</summary>
    Department,

    /// <summary>单位 (a single budget unit).</summary>
    Unit,
}

/// <summary>The unit money figures are printed in.</summary>
public enum MoneyUnit
{
    /// <summary>万元.</summary>
    WanYuan,

    /// <summary>元.</summary>
    Yuan,
}

public static class DisclosureKindExtensions
{
    /// <summary>预算 or 决算.</summary>
    public static string ChineseName(this DisclosureKind kind) => kind == DisclosureKind.FinalAccount ? "决算" : "预算";
}

public static class MoneyUnitExtensions
{
    /// <summary>How many 元 one printed unit stands for.</summary>
    public static decimal Factor(this MoneyUnit unit) => unit == MoneyUnit.Yuan ? 1m : 10000m;

    /// <summary>Converts a value printed in <paramref name="from"/> into 万元, exactly.</summary>
    public static decimal ToWanYuan(this MoneyUnit from, decimal value) => from == MoneyUnit.Yuan ? value / 10000m : value;

    public static string ChineseName(this MoneyUnit unit) => unit == MoneyUnit.Yuan ? "元" : "万元";
}

public sealed record DisclosureMeta
{
    /// <summary>The publishing department or unit, as printed (e.g. 新疆巴州人民政府办公室).</summary>
    public string? UnitName { get; init; }

    /// <summary>The fiscal year the disclosure is for.</summary>
    public int? Year { get; init; }

    public DisclosureKind Kind { get; init; } = DisclosureKind.Budget;

    public DisclosureScope Scope { get; init; } = DisclosureScope.Department;

    /// <summary>The unit money is stated in in the narrative.</summary>
    public MoneyUnit MoneyUnit { get; init; } = MoneyUnit.WanYuan;

    /// <summary>Template edition id, e.g. "xinjiang-2025", "xinjiang-2022", "shanghai-budget", "shanghai-final", "jiangsu-2019".</summary>
    public string? Template { get; init; }

    /// <summary>Region when it can be told from the document (e.g. 新疆, 上海, 江苏).</summary>
    public string? Region { get; init; }

    /// <summary>Date printed at the end of the document, if any.</summary>
    public DateOnly? PublishedDate { get; init; }

    /// <summary>The heading that announces the tables (第二部分 2026年度部门预算报表) when nothing follows it in the text read: a
    /// narrative published apart from its tables file (Beijing's 附件1 情况说明). Null otherwise.</summary>
    public LocatedText? TablesPart { get; init; }

    /// <summary>Budget units included in a department's consolidated budget.</summary>
    public ImmutableArray<string> SubordinateUnits { get; init; } = [];

    public SourceSpan Span { get; init; }
}

public enum TableStatus
{
    Present,
    DeclaredEmpty,
    Absent,
}
