using System.Collections.Immutable;

namespace Yusuan.Core.Model;

/// <summary>第一部分 概况: functions, internal departments, staff and the budget units included.</summary>
public sealed record UnitProfile
{
    public static UnitProfile Empty { get; } = new();

    /// <summary>主要职能, one entry per numbered function.</summary>
    public ImmutableArray<LocatedText> Functions { get; init; } = [];

    /// <summary>Internal departments (处室/科室/股室) as listed.</summary>
    public ImmutableArray<string> InternalDepartments { get; init; } = [];

    /// <summary>"下设 12 个处室": the count as stated.</summary>
    public Figure? InternalDepartmentCount { get; init; }

    /// <summary>Budget units in the department's consolidated budget (预算单位构成), as listed.</summary>
    public ImmutableArray<string> BudgetUnits { get; init; } = [];

    public StaffFigures? Staff { get; init; }

    /// <summary>The text under a 机构设置 / 预算单位构成 / 人员情况 heading, where its departments, units or staff are not stated
    /// in a form read into the fields above (广州 "二、部门机构设置", 福州 "二、单位预算单位构成"): the part is there.</summary>
    public ImmutableArray<LocatedText> Structure { get; init; } = [];

    /// <summary>The document says the profile is withheld (e.g. "…不宜公开").</summary>
    public bool Withheld { get; init; }

    public SourceSpan Span { get; init; }
}

/// <summary>"编制数 118，实有人数 164 人，其中：在职 91 人，减少 4 人；退休 73 人，增加 0 人；离休 0 人，增加 0 人".
/// Changes are signed (减少 → negative).</summary>
public sealed record StaffFigures
{
    public Figure? Quota { get; init; }
    public Figure? Actual { get; init; }
    public Figure? Active { get; init; }
    public Figure? ActiveChange { get; init; }
    public Figure? Retired { get; init; }
    public Figure? RetiredChange { get; init; }
    public Figure? RetiredCadre { get; init; }
    public Figure? RetiredCadreChange { get; init; }
    public SourceSpan Span { get; init; }
}

/// <summary>名词解释 entry.</summary>
public sealed record GlossaryEntry(string Term, string Definition, SourceSpan Span);
