using Yusuan.Core.Model;

namespace Yusuan.Core.Checking.Rules.Arithmetic;

/// <summary>
/// Row identity within one table: in every row, column <see cref="Target"/> = Σ <see cref="Parts"/>
/// (or Σ <see cref="AlternativeParts"/>, where a template may print either breakdown).
/// </summary>
public abstract class RowIdentityRule : Rule
{
    protected abstract TableId Table { get; }
    protected abstract string Target { get; }
    protected abstract string[] Parts { get; }
    protected virtual string[]? AlternativeParts => null;

    /// <summary>Columns that are breakdowns of a part (never added again).</summary>
    protected virtual string[] SubColumns => [];

    /// <summary>When true, money columns of the table that the rule does not know (a template's extra source or use,
    /// e.g. Jiangsu 表3 单位预留机动经费, 结转下年资金) are further parts of the total.</summary>
    protected virtual bool ExtraColumnsAreParts => false;

    public override IEnumerable<Finding> Check(Disclosure document, CheckOptions options)
    {
        if (document.Table(Table) is not { } table) yield break;
        if (!Parts.Any(p => Facts.HasColumn(table, p))) yield break;
        var known = Parts.Concat(AlternativeParts ?? []).Concat(SubColumns).Append(Target).ToHashSet();
        var extras = ExtraColumnsAreParts
            ? table.Columns.Select(c => c.Key).Concat(table.Rows.SelectMany(r => r.Cells.Keys)).Distinct().Where(c => !known.Contains(c)).Order(StringComparer.Ordinal).ToArray()
            : [];
        var parts = Parts.Concat(extras).ToArray();
        var alternative = AlternativeParts?.Concat(extras).ToArray();
        foreach (var row in table.Rows)
        {
            var stated = Facts.Cell(table, row, Target);
            var best = Evaluate(table, row, parts, stated, options);
            if (best is null) continue;
            if (alternative is { } alt && Evaluate(table, row, alt, stated, options) is { } other && other.Agreement.Gap < best.Value.Agreement.Gap)
            {
                best = other;
            }
            var (agreement, sum, used) = best.Value;
            var statedValue = stated?.Value ?? 0m;
            var names = string.Join(" + ", used.Select(p => Facts.ColumnName(table, p)));
            var uncertain = used.Append(Target).Any(c => Facts.IsUncertain(row, c));
            foreach (var f in ReportGap(agreement, options,
                $"{Facts.Describe(row)}：{Facts.ColumnName(table, Target)} {Money.Plain(statedValue)} ≠ {names} = {Money.Plain(sum)}",
                At.Cell(table, row, Target, stated?.Span), Money.Plain(sum), Money.Plain(statedValue), uncertain))
            {
                yield return f;
            }
        }
    }

    private static (Agreement Agreement, decimal Sum, string[] Parts)? Evaluate(DisclosureTable table, TableRow row, string[] parts, Printed? stated, CheckOptions options)
    {
        var present = parts.Where(p => row.Cells.ContainsKey(p)).ToList();
        if (stated is null && present.Count == 0) return null;
        if (present.Count == 0) return null; // Only the total is printed: nothing to add up (the reader may not have split the columns).
        var sum = Money.Sum(parts.Select(p => Facts.CellOrZero(table, row, p)));
        var s = stated ?? new Printed(0m, Money.HalfUnit(Money.TableScale(table)));
        return (options.Rounding.Compare(s, sum), sum.Value, parts.Where(p => Facts.HasColumn(table, p)).ToArray());
    }
}

/// <summary>Line identity in a two-sided table (T1, T4, T10): line <see cref="Target"/> = Σ lines <see cref="Parts"/> in <see cref="Column"/>.</summary>
public abstract class LineIdentityRule : Rule
{
    protected abstract TableId Table { get; }
    protected abstract string Target { get; }
    protected abstract string[] Parts { get; }
    protected virtual string[] Columns => ["amount"];

    /// <summary>The column the part lines are read from, when it differs (表4: income in "amount", expense total in "total").</summary>
    protected virtual string? PartsColumn => null;

    /// <summary>The part lines for this table's rows (a template may print a breakdown instead of its subtotal).</summary>
    protected virtual IEnumerable<string> PartKeys(IReadOnlyList<TableRow> rows) => Parts;

    /// <summary>When true, the identity is only checked if every part line is printed (for optional breakdowns).</summary>
    protected virtual bool RequireAllPartLines => false;

    public override IEnumerable<Finding> Check(Disclosure document, CheckOptions options)
    {
        if (document.Table(Table) is not { } table) yield break;
        foreach (var group in Facts.ByUnit(table))
        {
            var rows = group.ToList();
            var target = rows.FirstOrDefault(r => r.Key == Target);
            if (target is null) continue;
            var partRows = PartKeys(rows).Select(k => rows.FirstOrDefault(r => r.Key == k)).ToList();
            if (partRows.All(r => r is null)) continue;
            if (RequireAllPartLines && partRows.Any(r => r is null)) continue;
            foreach (var column in Columns)
            {
                var stated = Facts.Cell(table, target, column);
                var cells = partRows.Where(r => r is not null).Select(r => Facts.Cell(table, r!, PartsColumn ?? column)).ToList();
                if (cells.All(c => c is null)) continue;
                var s = stated ?? Facts.CellOrZero(table, target, column);
                var sum = Money.Sum(cells.Select(c => c ?? new Printed(0m, 0m)));
                var agreement = options.Rounding.Compare(s, sum);
                var names = string.Join(" + ", partRows.Where(r => r is not null).Select(r => r!.Label.Length > 0 ? r.Label : r.Key));
                var uncertain = Facts.IsUncertain(target, column) || partRows.Any(r => r is not null && Facts.IsUncertain(r, column));
                foreach (var f in ReportGap(agreement, options,
                    $"{(target.Label.Length > 0 ? target.Label : target.Key)} {Money.Plain(s.Value)} ≠ {names} = {Money.Plain(sum.Value)}",
                    At.Cell(table, target, column, stated?.Span), Money.Plain(sum.Value), Money.Plain(s.Value), uncertain,
                    partRows.Where(r => r is not null).Select(r => r!.Span.Line)))
                {
                    yield return f;
                }
            }
        }
    }
}

/// <summary>类 = Σ 款 and 款 = Σ 项 in every money column (function codes), 类 = Σ 款 (economic codes); in T7 a code row = Σ its projects.</summary>
public abstract class HierarchySumRule : Rule
{
    protected abstract TableId Table { get; }

    /// <summary>The descriptor every 类 = Σ款 = Σ项 rule shares but for its id and title.</summary>
    protected static RuleDescriptor Describe(string id, string title) =>
        new(id, title, RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
        {
            Help = "上级科目行应等于其下级科目行之和；相差在舍入误差以内或略超（≤0.05）时为警告（舍入差错），更大时为错误。",
        };

    public override IEnumerable<Finding> Check(Disclosure document, CheckOptions options)
    {
        if (document.Table(Table) is not { } table) yield break;
        foreach (var group in Facts.ByUnit(table))
        {
            var rows = group.ToList();
            var codeRows = rows.Where(r => Facts.Code(r) is not null).GroupBy(r => Facts.Code(r)!).Select(g => g.First()).ToList();
            foreach (var parent in codeRows)
            {
                var code = Facts.Code(parent)!;
                var children = codeRows.Where(r => Facts.ParentCode(Facts.Code(r)!) == code).ToList();
                var childKind = children.Count > 0 ? (code.Length == 3 ? "款" : "项") : "项目";
                if (children.Count == 0)
                {
                    children = rows.Where(r => r.Project is not null && r.FunctionCode is { } fc && fc.Digits.StartsWith(code, StringComparison.Ordinal)).ToList();
                    // Projects under a deeper code row are counted through that row.
                    if (children.Count == 0) continue;
                }
                var columns = parent.Cells.Keys.Union(children.SelectMany(c => c.Cells.Keys)).Order(StringComparer.Ordinal).ToList();
                foreach (var column in columns)
                {
                    var stated = Facts.CellOrZero(table, parent, column);
                    var sum = Money.Sum(children.Select(c => Facts.CellOrZero(table, c, column)));
                    var agreement = options.Rounding.Compare(stated, sum);
                    var uncertain = Facts.IsUncertain(parent, column) || children.Any(c => Facts.IsUncertain(c, column));
                    foreach (var f in ReportGap(agreement, options,
                        $"{Facts.Describe(parent)} {Facts.ColumnName(table, column)} {Money.Plain(stated.Value)} ≠ 其下各{childKind}之和 {Money.Plain(sum.Value)}",
                        At.Cell(table, parent, column, Facts.Cell(table, parent, column)?.Span), Money.Plain(sum.Value), Money.Plain(stated.Value), uncertain,
                        children.Select(c => c.Span.Line)))
                    {
                        yield return f;
                    }
                }
            }
        }
    }
}

/// <summary>The total row = Σ 类 rows (or, where a table has no 类 rows, Σ its detail rows) in every column.</summary>
public abstract class TotalSumRule : Rule
{
    protected abstract TableId Table { get; }

    public override IEnumerable<Finding> Check(Disclosure document, CheckOptions options)
    {
        if (document.Table(Table) is not { } table) yield break;
        foreach (var group in Facts.ByUnit(table))
        {
            var rows = group.ToList();
            var total = Facts.TotalRow(rows);
            if (total is null) continue;
            var top = rows.Where(r => Facts.Code(r) is { Length: 3 }).GroupBy(Facts.Code).Select(g => g.First()).ToList();
            var what = "各类";
            if (top.Count == 0)
            {
                top = rows.Where(r => r != total && r.Kind != RowKind.UnitHeader && (r.Project is not null || Facts.Code(r) is null && r.Kind is RowKind.Detail or RowKind.Line)).ToList();
                what = "各明细行";
            }
            if (top.Count == 0) continue;
            var columns = total.Cells.Keys.Union(top.SelectMany(c => c.Cells.Keys)).Order(StringComparer.Ordinal).ToList();
            foreach (var column in columns)
            {
                var stated = Facts.CellOrZero(table, total, column);
                var sum = Money.Sum(top.Select(c => Facts.CellOrZero(table, c, column)));
                var agreement = options.Rounding.Compare(stated, sum);
                var uncertain = Facts.IsUncertain(total, column) || top.Any(c => Facts.IsUncertain(c, column));
                foreach (var f in ReportGap(agreement, options,
                    $"{Facts.TableName(Table)}合计行 {Facts.ColumnName(table, column)} {Money.Plain(stated.Value)} ≠ {what}之和 {Money.Plain(sum.Value)}",
                    At.Cell(table, total, column, Facts.Cell(table, total, column)?.Span), Money.Plain(sum.Value), Money.Plain(stated.Value), uncertain))
                {
                    yield return f;
                }
            }
        }
    }
}
