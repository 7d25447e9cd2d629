using System.Collections.Immutable;
using Yusuan.Core.Model;
using Yusuan.Core.Model.Schema;

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

    /// <summary>The column each known breakdown column is printed under (人员经费 under 基本支出, 事业收入 under 本年收入 小计):
    /// a column whose parent the table prints is never a part beside that parent.</summary>
    protected virtual IReadOnlyDictionary<string, string> Parents => NoParents;

    private static readonly Dictionary<string, string> NoParents = [];

    /// <summary>When true, money columns of the table that the rule does not know (a template's extra source or use,
    /// e.g. Jiangsu 表3 单位预留机动经费, 结转下年资金) are further parts of the total.</summary>
    protected virtual bool ExtraColumnsAreParts => false;

    public override IEnumerable<Finding> Check(Disclosure document, CheckOptions options)
    {
        if (document.Table(Table) is not { } table) yield break;
        var index = TableIndex.Of(table);
        var target = Target;
        var declared = Parts;
        // A table printing no such total (Shenzhen's 三公 table: each item by fund, no 合计 column) claims nothing to add up.
        var alternativeParts = AlternativeParts;
        if (!(declared.Any(index.HasColumn) || alternativeParts?.Any(index.HasColumn) == true) || !index.HasColumn(target)) yield break;
        string[] extras = ExtraColumnsAreParts ? Extras(index, declared, alternativeParts, SubColumns, target) : [];
        string[] allParts = extras.Length == 0 ? declared : [.. declared, .. extras];
        string[]? allAlternative = alternativeParts is null || extras.Length == 0 ? alternativeParts : [.. alternativeParts, .. extras];
        // The header prints the total as its group's 小计 (决算 表8: 年初结转和结余 | 本年收入 | 本年支出 小计, 基本支出,
        // 项目支出 | 年末结转和结余): its parts are the columns under it, whatever else the table prints.
        if (ExtraColumnsAreParts && GroupParts(index, target) is { Length: > 0 } under)
        {
            allParts = under;
            allAlternative = null;
        }
        foreach (var row in table.Rows)
        {
            var stated = index.Cell(row, target);
            // A total row printed without its 合计 (002 表11: the word 总计 stands in that cell) is one slip, which the table's
            // total-sum rule reports in that cell against the rows above.
            if (stated is null && SummedDown(Table) && Facts.IsTotalRow(row)) continue;
            var parts = TopLevel(index, row, allParts, target);
            var best = Evaluate(index, row, parts, stated, options);
            if (best is null) continue;
            if (allAlternative is not null && TopLevel(index, row, allAlternative, target) is var alt && !SameColumns(alt, parts) && Evaluate(index, row, alt, stated, options) is { } other && other.Agreement.Gap < best.Value.Agreement.Gap)
            {
                best = other;
            }
            var (agreement, sum, usedParts) = best.Value;
            if (!Reports(agreement, options)) continue;
            var used = usedParts.Where(index.HasColumn).ToArray();
            var statedValue = stated?.Value ?? 0m;
            var names = string.Join(" + ", used.Select(p => Facts.ColumnName(table, p)));
            var uncertain = used.Append(target).Any(c => Facts.IsUncertain(row, c) || IsUnnamed(c));
            foreach (var f in ReportGap(agreement, options,
                $"{Facts.Describe(row)}：{Facts.ColumnName(table, target)} {Money.Plain(statedValue)} ≠ {names} = {Money.Plain(sum)}",
                At.Cell(table, row, target, stated?.Span), Money.Plain(sum), Money.Plain(statedValue), uncertain))
            {
                yield return f;
            }
        }
    }

    /// <summary>The columns of <paramref name="columns"/> whose parent column has no cell in the row: a breakdown
    /// stands in for its subtotal only where the subtotal is not printed.</summary>
    private string[] TopLevel(TableIndex index, TableRow row, string[] columns, string target)
    {
        var parents = Parents;
        if (parents.Count == 0 && !index.HasPrintedParents) return columns;
        List<string>? kept = null;
        for (var i = 0; i < columns.Length; i++)
        {
            if (HasPrintedAncestor(index, row, parents, columns[i], target))
            {
                kept ??= [.. columns[..i]];
                continue;
            }
            kept?.Add(columns[i]);
        }
        return kept is null ? columns : [.. kept];
    }

    /// <summary>Whether a column the header prints this one under (its own group's 小计), or the schema knows it is
    /// printed under, has a cell in the row.</summary>
    private static bool HasPrintedAncestor(TableIndex index, TableRow row, IReadOnlyDictionary<string, string> parents, string column, string target)
    {
        // The chain is short (fund → 财政拨款 → 本年收入); the bound keeps a cyclic map from looping.
        for (var i = 0; i < 8; i++)
        {
            // Under the total itself (预算数: 合计 | 基本支出 | 项目支出) the column is a part of what the rule adds up,
            // unless the schema knows the subtotal it breaks down.
            var parent = index.ParentOf(column) is { } printed && printed != target ? printed : parents.GetValueOrDefault(column);
            if (parent is null || parent == target) return false;
            if (row.Cells.ContainsKey(parent)) return true;
            column = parent;
        }
        return false;
    }

    private static bool SameColumns(string[] a, string[] b) => a.Length == b.Length && a.All(b.Contains);

    /// <summary>The columns the header prints under <paramref name="target"/> (their parent), in table order; a 其中
    /// there lists the subtotal's own parts (广州 表5: 一般公共预算支出 小计 | 其中:基本支出 | 项目支出).</summary>
    private static string[] GroupParts(TableIndex index, string target) =>
        [.. index.PrintedUnder(target)];

    private static bool IsSubtotalWord(string column) =>
        column.EndsWith("合计", StringComparison.Ordinal) || column.EndsWith("小计", StringComparison.Ordinal) || column.EndsWith("总计", StringComparison.Ordinal);

    /// <summary>A column the reader kept under its header path, not a schema key.</summary>
    private static bool IsUnnamed(string column) => column.StartsWith("col.", StringComparison.Ordinal);

    /// <summary>Tables whose total row a <see cref="TotalSumRule"/> checks column by column.</summary>
    private static bool SummedDown(TableId table) => table is TableId.T2 or TableId.T3 or TableId.T5 or TableId.T6 or TableId.T7 or TableId.T8 or TableId.T9 or TableId.T11;

    /// <summary>The table's columns the rule does not name, in ordinal order.</summary>
    private static string[] Extras(TableIndex index, string[] declared, string[]? alternative, string[] sub, string target)
    {
        List<string>? extras = null;
        foreach (var c in index.ColumnKeys)
        {
            if (c == target || declared.Contains(c) || alternative?.Contains(c) == true || sub.Contains(c)) continue;
            // A column the reader could not name (col.<header path>) is a part unless its header says it is a breakdown
            // (其中) or a group's own subtotal (部门预算 合计); a gap it takes part in is reported as uncertain.
            // A group's subtotal that the header prints other columns under (吉林 编制预算 小计) is the group's part.
            if (IsUnnamed(c) && (c.Contains("其中", StringComparison.Ordinal) || IsSubtotalWord(c) && !index.PrintedUnder(c).Any())) continue;
            // A named column printed under 其中 (Beijing 预算03表: 其中 事业单位经营支出 | 上缴上级支出 | 对附属单位补助支出) is
            // a part of another column, not a further use.
            if (index.IsBreakdown(c)) continue;
            (extras ??= []).Add(c);
        }
        return extras is null ? [] : [.. extras];
    }

    /// <summary>The row's target against the sum of <paramref name="parts"/> (empty cells as zeros); null when no part is printed.
    /// Returns the parts as given: the ones the table has are picked out only for a message.</summary>
    private static (Agreement Agreement, decimal Sum, string[] Parts)? Evaluate(TableIndex index, TableRow row, string[] parts, Printed? stated, CheckOptions options)
    {
        // Only the total is printed: nothing to add up (the reader may not have split the columns).
        if (!AnyCell(row, parts)) return null;
        decimal value = 0, half = 0;
        foreach (var p in parts)
        {
            var cell = index.CellOrZero(row, p);
            value += cell.Value;
            half += cell.Half;
        }
        var s = stated ?? new Printed(0m, index.Half);
        return (options.Rounding.Compare(s, new Printed(value, half)), value, parts);
    }

    private static bool AnyCell(TableRow row, string[] columns)
    {
        foreach (var c in columns)
        {
            if (row.Cells.ContainsKey(c)) return true;
        }
        return false;
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
        var index = TableIndex.Of(table);
        foreach (var group in index.Units)
        {
            var rows = group.Rows;
            // One unit: the group is the whole table, and the index has its first row of each key.
            var oneUnit = index.Units.Length == 1;
            var target = oneUnit ? index.Row(Target) : First(rows, Target);
            if (target is null) continue;
            var partRows = new List<TableRow?>();
            foreach (var k in PartKeys(rows)) partRows.Add(oneUnit ? index.Row(k) : First(rows, k));
            if (partRows.All(r => r is null)) continue;
            if (RequireAllPartLines && partRows.Any(r => r is null)) continue;
            foreach (var column in Columns)
            {
                var stated = index.Cell(target, column);
                var partsColumn = PartsColumn ?? column;
                decimal value = 0, half = 0;
                var printed = false;
                foreach (var r in partRows)
                {
                    if (r is null || index.Cell(r, partsColumn) is not { } cell) continue;
                    printed = true;
                    value += cell.Value;
                    half += cell.Half;
                }
                if (!printed) continue;
                var s = stated ?? index.CellOrZero(target, column);
                var sum = new Printed(value, half);
                var agreement = options.Rounding.Compare(s, sum);
                if (!Reports(agreement, options)) continue;
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

    private static TableRow? First(ImmutableArray<TableRow> rows, string key)
    {
        foreach (var r in rows)
        {
            if (r.Key == key) return r;
        }
        return null;
    }
}

/// <summary>类 = Σ 款 and 款 = Σ 项 in every money column (function codes), 类 = Σ 款 (economic codes); in T7 a code row = Σ its projects.</summary>
public abstract class HierarchySumRule : Rule
{
    protected abstract TableId Table { get; }

    /// <summary>The descriptor every 类 = Σ款 = Σ项 rule shares but for its id, title and help text.</summary>
    protected static RuleDescriptor Describe(string id, string title, string help) =>
        new(id, title, RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic) { Help = help };

    public override IEnumerable<Finding> Check(Disclosure document, CheckOptions options)
    {
        if (document.Table(Table) is not { } table) yield break;
        var index = TableIndex.Of(table);
        foreach (var group in index.Units)
        {
            var hierarchy = group.Codes;
            foreach (var (parent, code) in hierarchy.CodeRows)
            {
                var children = hierarchy.ChildrenOf(code);
                var childKind = children.Count > 0 ? (code.Length == 3 ? "款" : "项") : "项目";
                if (children.Count == 0)
                {
                    if (hierarchy.ProjectRows.IsEmpty) continue;
                    children = [.. hierarchy.ProjectRows.Where(r => r.FunctionCode!.Value.Digits.StartsWith(code, StringComparison.Ordinal))];
                    // Projects under a deeper code row are counted through that row.
                    if (children.Count == 0) continue;
                }
                // Every column the parent or a child has a cell in, in ordinal order.
                var gaps = new List<(string Column, Agreement Agreement, Printed Stated, Printed Sum)>();
                foreach (var column in index.ColumnKeys)
                {
                    if (!parent.Cells.ContainsKey(column) && !RowLists.AnyCell(children, column)) continue;
                    var stated = index.CellOrZero(parent, column);
                    var sum = index.SumOrZero(children, column);
                    var agreement = options.Rounding.Compare(stated, sum);
                    if (Reports(agreement, options)) gaps.Add((column, agreement, stated, sum));
                }
                // One cause, one finding: the same difference in several columns of the row (a 项 row left out, a figure
                // miskeyed in 合计 and 小计 alike: 长春 表6 301, 福州 表3 20402) is one slip, reported in the row's total column.
                foreach (var same in gaps.GroupBy(g => (g.Stated.Value - g.Sum.Value, g.Agreement.Kind)))
                {
                    // The row's own total column speaks for the others where it is one of them.
                    var lead = same.FirstOrDefault(g => g.Column == "total") is { Column: not null } t ? t : same.First();
                    var (column, agreement, stated, sum) = lead;
                    var others = same.Where(g => g.Column != column).Select(g => Facts.ColumnName(table, g.Column)).ToList();
                    var also = others.Count == 0 ? string.Empty : $"，{string.Join("、", others)} 列同样不符";
                    var uncertain = same.Any(g => Facts.IsUncertain(parent, g.Column) || children.Any(c => Facts.IsUncertain(c, g.Column)));
                    foreach (var f in ReportGap(agreement, options,
                        $"{Facts.Describe(parent)} {Facts.ColumnName(table, column)} {Money.Plain(stated.Value)} ≠ 其下各{childKind}之和 {Money.Plain(sum.Value)}{also}",
                        At.Cell(table, parent, column, index.Cell(parent, column)?.Span), Money.Plain(sum.Value), Money.Plain(stated.Value), uncertain,
                        children.Select(c => c.Span.Line)))
                    {
                        yield return f;
                    }
                }
            }
        }
    }
}

internal static class RowLists
{
    /// <summary>Some row of <paramref name="rows"/> has a cell in <paramref name="column"/>.</summary>
    public static bool AnyCell(IReadOnlyList<TableRow> rows, string column)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Cells.ContainsKey(column)) return true;
        }
        return false;
    }
}

/// <summary>The total row = Σ 类 rows (or, where a table has no 类 rows, Σ its detail rows) in every column.</summary>
public abstract class TotalSumRule : Rule
{
    protected abstract TableId Table { get; }

    public override IEnumerable<Finding> Check(Disclosure document, CheckOptions options)
    {
        if (document.Table(Table) is not { } table) yield break;
        var index = TableIndex.Of(table);
        foreach (var group in index.Units)
        {
            var rows = group.Rows;
            var total = Facts.TotalRow(rows);
            if (total is null) continue;
            List<TableRow> top = [.. group.Codes.CodeRows.Where(x => x.Code.Length == 3).Select(x => x.Row)];
            var what = "各类";
            if (top.Count == 0)
            {
                top = [.. rows.Where(r => r != total && r.Kind != RowKind.UnitHeader && (r.Project is not null || Facts.Code(r) is null && r.Kind is RowKind.Detail or RowKind.Line))];
                what = "各明细行";
            }
            if (top.Count == 0) continue;
            var halves = Table == TableId.T6 && IsPrintedInHalves(total, top);
            // Every column the total or a top row has a cell in, in ordinal order.
            foreach (var column in index.ColumnKeys)
            {
                if (!total.Cells.ContainsKey(column) && !RowLists.AnyCell(top, column)) continue;
                if (halves && column == Col.Total) continue;
                var stated = index.CellOrZero(total, column);
                var sum = halves ? index.SumOrZero([.. top.Where(r => IsPersonnelClass(r) == (column == Col.Personnel))], Col.Total) : index.SumOrZero(top, column);
                var agreement = options.Rounding.Compare(stated, sum);
                if (!Reports(agreement, options)) continue;
                // A 类 printed off its own 款 while the total agrees with those 款 (000: 303 printed 99.08, its 款 and the
                // 总计 say 99.09): one slip, which the hierarchy rule reports in the 类 row.
                if (what == "各类" && options.Rounding.Compare(stated, SumWithClassesFromTheirParts(index, group, top, column)).Kind == AgreementKind.Exact) continue;
                var uncertain = Facts.IsUncertain(total, column) || top.Any(c => Facts.IsUncertain(c, column));
                foreach (var f in ReportGap(agreement, options,
                    $"{Facts.TableName(Table)}合计行 {Facts.ColumnName(table, column)} {Money.Plain(stated.Value)} ≠ {what}之和 {Money.Plain(sum.Value)}",
                    At.Cell(table, total, column, index.Cell(total, column)?.Span), Money.Plain(sum.Value), Money.Plain(stated.Value), uncertain))
                {
                    yield return f;
                }
            }
        }
    }

    /// <summary>A 基本支出 table printed in two halves (人员经费 | 公用经费, TableBuilder.SideTotals) states only 人员经费合计
    /// and 公用经费合计, and its 类 rows only their 决算数: each side total is the sum of its half's classes.</summary>
    private static bool IsPrintedInHalves(TableRow total, List<TableRow> classes) =>
        !total.Cells.ContainsKey(Col.Total) && total.Cells.ContainsKey(Col.Personnel) && total.Cells.ContainsKey(Col.Public)
        && !RowLists.AnyCell(classes, Col.Personnel) && !RowLists.AnyCell(classes, Col.Public);

    /// <summary>人员经费 are 301 工资福利支出 and 303 对个人和家庭的补助; every other class is 公用经费.</summary>
    private static bool IsPersonnelClass(TableRow row) => Facts.Code(row) is "301" or "303";

    /// <summary>Σ 类 with each 类 that has 款 rows taken as the sum of its 款.</summary>
    private static Printed SumWithClassesFromTheirParts(TableIndex index, UnitRows group, List<TableRow> classes, string column)
    {
        var parts = new List<Printed>(classes.Count);
        foreach (var row in classes)
        {
            var children = Facts.Code(row) is { } code ? group.Codes.ChildrenOf(code) : [];
            parts.Add(children.Count > 0 ? index.SumOrZero(children, column) : index.CellOrZero(row, column));
        }
        return Money.Sum(parts);
    }
}
