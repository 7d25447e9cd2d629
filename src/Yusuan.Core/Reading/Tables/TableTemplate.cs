using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Yusuan.Core.Model;

namespace Yusuan.Core.Reading.Tables;

/// <summary>How a table's body is laid out.</summary>
public enum TableShape
{
    /// <summary>One row per classification code (类/款/项 or 类/款), a 总计/合计 row, optional project names (T7) and unit header rows.</summary>
    Coded,

    /// <summary>Two-sided income/expense table (T1, T4): each printed line holds up to three label+figures segments.</summary>
    Lines,

    /// <summary>One row per labelled item (T10 vertical, T11, lists): label then figures.</summary>
    Items,

    /// <summary>One data row under a header of items (the 2022 三公 table, Jiangsu 支出预算总表).</summary>
    Horizontal,
}

/// <summary>Which classification the row codes of a <see cref="TableShape.Coded"/> table use.</summary>
public enum CodeScheme
{
    None,
    Function,
    Economic,
}

/// <summary>Which side of a two-sided table a line belongs to.</summary>
public enum LineSide
{
    Income,
    Expense,
}

/// <summary>Matches a table title (whitespace, quotes and the year removed): all of <see cref="AllOf"/>, at least one of
/// <see cref="AnyOf"/> (when given), none of <see cref="NoneOf"/>.</summary>
public sealed record TitleRule(ImmutableArray<string> AllOf, ImmutableArray<string> AnyOf, ImmutableArray<string> NoneOf)
{
    /// <summary>Builds a rule from '|'-separated word lists.</summary>
    public static TitleRule Of(string allOf, string? anyOf = null, string? noneOf = null) =>
        new(Split(allOf), Split(anyOf), Split(noneOf));

    public bool Matches(string title) =>
        ContainsAll(title, AllOf) && (AnyOf.IsEmpty || ContainsAny(title, AnyOf)) && !ContainsAny(title, NoneOf);

    // Every template is tried on every table title: plain loops, no closure per call.
    private static bool ContainsAll(string title, ImmutableArray<string> words)
    {
        foreach (var w in words)
        {
            if (!title.Contains(w, StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private static bool ContainsAny(string title, ImmutableArray<string> words)
    {
        foreach (var w in words)
        {
            if (title.Contains(w, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static ImmutableArray<string> Split(string? list) =>
        string.IsNullOrEmpty(list) ? [] : [.. list.Split('|', StringSplitOptions.RemoveEmptyEntries)];
}

/// <summary>A column: its canonical key and the header words that name it (compared with whitespace, quotes removed and
/// full-width brackets folded; the longest matching pattern wins, so 上级一般公共预算安排的转移支付 beats 一般公共预算).</summary>
/// <param name="EmptyUnless">A line key of T1/T4 (e.g. <c>income.gf</c>): when the document prints that line with no amount,
/// this column cannot hold a figure in any row (money not received cannot be spent).</param>
public sealed record ColumnSpec(string Key, ImmutableArray<string> Patterns, string? EmptyUnless = null)
{
    /// <summary>The header path as the document prints it, where it says more than the pattern that named the column
    /// (其中 事业单位经营支出 for <c>operating</c>).</summary>
    public string? Printed { get; init; }

    /// <summary>The key of the subtotal column this column is printed under (基本支出 under 当年预算 小计), where the
    /// header shows one.</summary>
    public string? Parent { get; init; }

    public static ColumnSpec Of(string key, string patterns, string? emptyUnless = null) =>
        new(key, [.. patterns.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(HeaderText.Fold)], emptyUnless);

    /// <summary>Length of the longest pattern contained in <paramref name="folded"/>, 0 when none.</summary>
    public int MatchLength(string folded)
    {
        var best = 0;
        foreach (var p in Patterns)
        {
            if (p.Length > best && folded.Contains(p, StringComparison.Ordinal)) best = p.Length;
        }
        return best;
    }
}

/// <summary>A sum a row must satisfy: <see cref="Total"/> = Σ <see cref="Parts"/> (empty cells count as 0; only the
/// columns the table actually has take part).</summary>
public sealed record Identity(string Total, ImmutableArray<string> Parts)
{
    public static Identity Of(string total, string parts) => new(total, [.. parts.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]);
}

/// <summary>A labelled line of a two-sided or item table: the key and the label variants that print it
/// (compared after removing enumerators such as 一、 1. 其中：, whitespace and quotes).</summary>
public sealed record LineRule(string Key, LineSide Side, ImmutableArray<string> Names)
{
    public static LineRule Of(string key, LineSide side, string names) =>
        new(key, side, [.. names.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(HeaderText.FoldLabel)]);
}

/// <summary>Domain knowledge that decides between equally valid column assignments: rows whose code starts with
/// <see cref="CodePrefix"/> (or whose label contains <see cref="LabelContains"/>) put their figure in <see cref="Column"/>.</summary>
public sealed record ColumnHint(string Column, string? CodePrefix = null, string? LabelContains = null);

/// <summary>
/// The declarative description of one table of one template edition: how to recognise it (title, header words), how its
/// body is laid out, its columns, the sums its rows satisfy, and the labelled lines it may print. A new template is a new
/// set of these records (see Templates/), not new parsing code.
/// </summary>
public sealed record TableTemplate
{
    /// <summary>Edition id, e.g. xinjiang-2025, shanghai-budget, jiangsu-2019, or "generic".</summary>
    public required string Edition { get; init; }

    public TableId? Canonical { get; init; }

    public required TitleRule Title { get; init; }

    public required TableShape Shape { get; init; }

    public CodeScheme Codes { get; init; } = CodeScheme.None;

    /// <summary>Value columns in printed order.</summary>
    public ImmutableArray<ColumnSpec> Columns { get; init; } = [];

    /// <summary>For <see cref="TableShape.Lines"/>: the columns of expense lines (income lines use <see cref="Columns"/>).</summary>
    public ImmutableArray<ColumnSpec> ExpenseColumns { get; init; } = [];

    public ImmutableArray<Identity> Identities { get; init; } = [];

    public ImmutableArray<LineRule> Lines { get; init; } = [];

    public ImmutableArray<ColumnHint> Hints { get; init; } = [];

    /// <summary>Words of which at least one must appear in the table's header for this description to apply.</summary>
    public ImmutableArray<string> HeaderAnyOf { get; init; } = [];

    /// <summary>Coded table whose detail rows name a project (T7).</summary>
    public bool HasProjects { get; init; }

    /// <summary>For <see cref="TableShape.Horizontal"/>: each column becomes a row with its figure in this column
    /// (e.g. the 三公 items become rows with a <c>total</c>); null keeps one row <c>total</c> with the columns as printed.</summary>
    public string? TransposeInto { get; init; }

    /// <summary>Whether an unknown item label is kept as its own row key (T11 items) rather than reported.</summary>
    public bool ItemsKeyedByLabel { get; init; }

    /// <summary>Columns in order of how often they hold a figure (a prior used only when nothing else decides; e.g. T7
    /// project money is mostly 商品和服务支出). Columns not listed come after, in printed order.</summary>
    public ImmutableArray<string> LikelyColumns { get; init; } = [];

    /// <summary>Other tables whose figures this table's rows repeat column for column (T5 repeats T3 for 一般公共预算).</summary>
    public ImmutableArray<TableId> Mirrors { get; init; } = [];

    /// <summary>The line rules that print <paramref name="foldedLabel"/> (folded with <see cref="HeaderText.FoldLabel"/>),
    /// in declaration order.</summary>
    public IReadOnlyList<LineRule> LinesNamed(string foldedLabel) =>
        LineIndex.For(Lines).TryGetValue(foldedLabel, out var rules) ? rules : [];

    public override string ToString() => $"{Edition}/{Canonical?.ToString() ?? "other"}";

    /// <summary>Line rules by name, built once per rule list: labels of every table are looked up in them. Keyed by the
    /// rule array itself, not kept in a field, so record equality and copies made with <c>with</c> are unaffected.</summary>
    private static class LineIndex
    {
        private static readonly ConditionalWeakTable<LineRule[], Dictionary<string, List<LineRule>>> Built = [];

        public static Dictionary<string, List<LineRule>> For(ImmutableArray<LineRule> lines) =>
            Built.GetValue(ImmutableCollectionsMarshal.AsArray(lines) ?? [], Build);

        private static Dictionary<string, List<LineRule>> Build(LineRule[] lines)
        {
            var byName = new Dictionary<string, List<LineRule>>(StringComparer.Ordinal);
            foreach (var rule in lines)
            {
                foreach (var name in rule.Names.Distinct())
                {
                    if (!byName.TryGetValue(name, out var rules)) byName[name] = rules = [];
                    rules.Add(rule);
                }
            }
            return byName;
        }
    }
}
