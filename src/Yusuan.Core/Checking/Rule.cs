using System.Collections.Immutable;
using Yusuan.Core.Model;

namespace Yusuan.Core.Checking;

/// <summary>Rule categories (folder names under Checking/Rules) with their Chinese names.</summary>
public static class RuleCategory
{
    public const string Arithmetic = "Arithmetic";
    public const string CrossTable = "CrossTable";
    public const string Narrative = "Narrative";
    public const string Matters = "Matters";
    public const string Projects = "Projects";
    public const string Targets = "Targets";
    public const string Classification = "Classification";
    public const string Completeness = "Completeness";
    public const string Wording = "Wording";
    public const string YearOverYear = "YearOverYear";

    public static IReadOnlyList<string> All { get; } = [Arithmetic, CrossTable, Narrative, Matters, Projects, Targets, Classification, Completeness, Wording, YearOverYear];

    public static string ChineseName(string category) => category switch
    {
        Arithmetic => "表内勾稽",
        CrossTable => "表间勾稽",
        Narrative => "说明与表格",
        Matters => "其他重要事项",
        Projects => "项目支出",
        Targets => "绩效目标",
        Classification => "收支分类科目",
        Completeness => "公开完整性",
        Wording => "文字表述",
        YearOverYear => "同比",
        _ => category,
    };
}

/// <summary>Where rule descriptions cite their basis.</summary>
public static class Basis
{
    public const string Rules143 = "《地方预决算公开操作规程》(财预〔2016〕143号)";
    /// <summary>Article 12 sets the 收支平衡 principle (article 14 is about publishing budgets, not about balance).</summary>
    public const string BudgetLaw = "《中华人民共和国预算法》第十二条（收支平衡原则）";
    public const string Classification = "《政府收支分类科目》（财政部，当年版）";
    public const string PerformanceTargets = "《项目支出绩效评价管理办法》(财预〔2020〕10号)、绩效目标表模板";
    public const string Arithmetic = "表格勾稽关系：合计等于各分项之和（按打印精度允许舍入误差）";
    public const string Template = "公开模板（新疆2025年部门/单位预算公开模板及2022年版式）";
    public const string CrossTable = "表间勾稽关系：同一口径的数字在各公开表中应一致（按打印精度允许舍入误差）";
    public const string Consistency = "同一数字或名称在说明各处与表格中应一致";
    /// <summary>Figures of the text checked against each other (a stated total and its stated parts, a rate and its amounts).</summary>
    public const string TextArithmetic = "说明自身的勾稽：合计等于所列各项之和，其中数不超过总数，占比、增减幅度和增减用语与所述金额相符（按打印精度允许舍入误差）";
    public const string OperatingCost = "部门预算公开名词解释：机关运行经费指行政单位（含参照公务员法管理的事业单位）的公用经费";
    public const string Wording = "《党政机关公文格式》(GB/T 9704) 与《标点符号用法》(GB/T 15834)：公开文本应完整、准确，不得保留模板占位内容";
    public const string Years = "《地方预决算公开操作规程》：公开的是本年度预算（决算），标题、比较基数和时点应与年度一致";
}

/// <summary>
/// One check (after FluentValidation's validators): a fixed <see cref="Descriptor"/> and a pure function
/// from the whole document and the options to findings. Rules hold no mutable state.
/// </summary>
public abstract class Rule
{
    public abstract RuleDescriptor Descriptor { get; }

    public abstract IEnumerable<Finding> Check(Disclosure document, CheckOptions options);

    public string Id => Descriptor.Id;

    /// <summary>A finding of this rule at the rule's default severity unless <paramref name="severity"/> says otherwise.</summary>
    protected Finding Report(string message, FindingLocation location, string? expected = null, string? actual = null,
        Severity? severity = null, IEnumerable<int>? related = null) => new()
        {
            Rule = Descriptor.Id,
            Severity = severity ?? Descriptor.DefaultSeverity,
            Message = message,
            Location = location,
            Expected = expected,
            Actual = actual,
            RelatedLines = related is null ? [] : RelatedLines.Sorted(related, location.Line),
        };

    /// <summary>Whether <see cref="ReportGap"/> reports this agreement at all: hot rules ask first and build their message only then.</summary>
    protected bool Reports(Agreement agreement, CheckOptions options) =>
        options.Rounding.SeverityFor(agreement, Descriptor.DefaultSeverity) is not null;

    /// <summary>A finding for a rounding-aware comparison: nothing when consistent, the policy's severity for a slip,
    /// the rule's default severity for a mismatch. Worked out at once (not an iterator: most comparisons report nothing, and
    /// an iterator would be an allocation for each).</summary>
    protected IEnumerable<Finding> ReportGap(Agreement agreement, CheckOptions options, string message, FindingLocation location,
        string expected, string actual, bool uncertain = false, IEnumerable<int>? related = null)
    {
        var severity = options.Rounding.SeverityFor(agreement, Descriptor.DefaultSeverity);
        if (severity is null) return [];
        var s = severity.Value;
        if (uncertain && s == Severity.Error) s = Severity.Warning;
        var suffix = agreement.Kind switch
        {
            AgreementKind.WithinRounding => $"（相差 {Money.Short(agreement.Gap)}，在舍入误差 {Money.Short(agreement.Tolerance)} 以内的舍入差异）",
            AgreementKind.Slip => $"（舍入差错：相差 {Money.Short(agreement.Gap)}，超出舍入误差 {Money.Short(agreement.Tolerance)}）",
            _ => $"（相差 {Money.Short(agreement.Gap)}）",
        };
        if (uncertain) suffix += "（该数字的列归属不确定）";
        return [Report(message + suffix, location, expected, actual, s, related)];
    }
}

/// <summary>Shorthand for building locations.</summary>
public static class At
{
    public static FindingLocation Cell(DisclosureTable table, TableRow row, string? column, SourceSpan? span = null) => new()
    {
        Table = table.Canonical is { } id ? TableIdText.Of(id) : table.Title,
        Unit = row.Unit,
        Row = row.Key,
        Column = column,
        Line = (span is { IsKnown: true } s ? s : row.Span).Line is var l && l > 0 ? l : table.Span.Line,
    };

    public static FindingLocation Table(DisclosureTable table) => new()
    {
        Table = table.Canonical is { } id ? TableIdText.Of(id) : table.Title,
        Line = table.Span.Line,
    };

    public static FindingLocation TableId(TableId id, int line = 0) => new() { Table = TableIdText.Of(id), Line = line };

    public static FindingLocation Text(string? section, SourceSpan span) => new() { Section = section, Line = span.Line };

    public static FindingLocation Claim(Claim claim) => new() { Section = claim.Section, Line = claim.Span.Line };

    public static FindingLocation Matter(string row, string column, SourceSpan span, string? section = null) => new()
    {
        Table = "M",
        Row = row,
        Column = column,
        Section = section,
        Line = span.Line,
    };

    public static FindingLocation Document(Disclosure d) => new() { Line = d.Meta.Span.Line };
}

/// <summary><see cref="TableId"/>'s names ("T6") without <see cref="Enum.ToString()"/>, which findings would otherwise call for every location.</summary>
internal static class TableIdText
{
    private static readonly string[] Names = [.. Enumerable.Range(0, (int)TableId.T11 + 1).Select(i => ((TableId)i).ToString())];

    public static string Of(TableId id) => (uint)id < (uint)Names.Length ? Names[(int)id] : id.ToString();
}

internal static class RelatedLines
{
    public static IEnumerable<int> Of(params SourceSpan?[] spans) => spans.Where(s => s is { IsKnown: true }).Select(s => s!.Value.Line);

    public static ImmutableArray<int> None => [];

    /// <summary>The known lines of <paramref name="lines"/> other than <paramref name="except"/>, ascending, each once.</summary>
    public static ImmutableArray<int> Sorted(IEnumerable<int> lines, int except)
    {
        var list = new List<int>();
        foreach (var l in lines)
        {
            if (l > 0 && l != except) list.Add(l);
        }
        if (list.Count == 0) return [];
        list.Sort();
        var unique = 1;
        for (var i = 1; i < list.Count; i++)
        {
            if (list[i] != list[unique - 1]) list[unique++] = list[i];
        }
        return [.. System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list)[..unique]];
    }
}
