using Yusuan.Core.Model;

namespace Yusuan.Core.Checking.Rules.Arithmetic;

/// <summary>Expense side of a two-sided table: 支出总计 = Σ expense.&lt;类&gt; lines, in every column.</summary>
public abstract class ExpenseLinesSumRule : Rule
{
    protected abstract TableId Table { get; }

    public override IEnumerable<Finding> Check(Disclosure document, CheckOptions options)
    {
        if (document.Table(Table) is not { } table) yield break;
        // 决算 tables close with 本年支出合计 before 结余分配 and 年末结转和结余: the classes add up to that line.
        var index = TableIndex.Of(table);
        var total = index.Row("expense.current") ?? index.Row("expense.total");
        var lines = index.ClassLines;
        if (total is null || lines.Length == 0) yield break;
        foreach (var column in total.Cells.Keys)
        {
            var stated = index.CellOrZero(total, column);
            var sum = index.SumOrZero(lines, column);
            var agreement = options.Rounding.Compare(stated, sum);
            if (!Reports(agreement, options)) continue;
            foreach (var f in ReportGap(agreement, options,
                $"{Facts.TableName(Table)}支出总计 {Facts.ColumnName(table, column)} {Money.Plain(stated.Value)} ≠ 各类支出之和 {Money.Plain(sum.Value)}",
                At.Cell(table, total, column, stated.Span), Money.Plain(sum.Value), Money.Plain(stated.Value)))
            {
                yield return f;
            }
        }
    }
}

/// <summary>表1：支出总计 = Σ 各类支出.</summary>
public sealed class T1ExpenseSum : ExpenseLinesSumRule
{
    public override RuleDescriptor Descriptor { get; } = new("T1.expense-sum", "表1：支出总计 = Σ 各功能分类类级支出", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "支出总计（印有“本年支出合计”行时为该行）应等于表1 各功能分类类级支出行之和。不符多是漏列了某一类支出，或某类金额与表3 不一致；逐类对照表3 查找。",
    };

    protected override TableId Table => TableId.T1;
}

/// <summary>表4：支出总计 = Σ 各类支出（合计、一般公共预算、政府性基金、国有资本经营各列）.</summary>
public sealed class T4ExpenseSum : ExpenseLinesSumRule
{
    public override RuleDescriptor Descriptor { get; } = new("T4.expense-sum", "表4：支出总计 = Σ 各功能分类类级支出（各列）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "表4 支出总计（决算表为本年支出合计）在合计、一般公共预算、政府性基金、国有资本经营各列都应等于各类支出行之和。不符多是漏列某一类，或某类在一列中填错。",
    };

    protected override TableId Table => TableId.T4;
}

/// <summary>表4 expense lines: 合计 = 一般公共预算 + 政府性基金 + 国有资本经营.</summary>
public sealed class T4RowTotal : RowIdentityRule
{
    public override RuleDescriptor Descriptor { get; } = new("T4.row-total", "表4：各类支出合计 = 一般公共预算 + 政府性基金 + 国有资本经营", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "表4 每一类支出行的合计列应等于一般公共预算、政府性基金、国有资本经营三列之和。不符多是某一资金列漏填或合计未更新。",
    };

    protected override TableId Table => TableId.T4;

    protected override string Target => "total";

    protected override string[] Parts => ["gpb", "gf", "sc"];
}

/// <summary>Budget tables print amounts to be spent; a negative figure is a typing or reading error (决算 tables excepted).</summary>
public sealed class NegativeFigure : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("Table.negative-figure", "预算表中不应出现负数", RuleCategory.Arithmetic, Severity.Warning, Basis.Template)
    {
        Help = "预算数均为非负数；负数通常是录入或排版错误（决算表不检查）。",
    };

    public override IEnumerable<Finding> Check(Disclosure document, CheckOptions options)
    {
        if (document.Meta.Kind != DisclosureKind.Budget) yield break;
        foreach (var table in document.Tables.Where(t => t.Canonical is not null))
        {
            foreach (var row in table.Rows)
            {
                // Cells come in ordinal column order.
                foreach (var (column, cell) in row.Cells)
                {
                    if (cell.Value >= 0) continue;
                    yield return Report($"{Facts.Describe(row)} {Facts.ColumnName(table, column)} 为负数 {Money.Plain(cell.Value)}",
                        At.Cell(table, row, column, cell.Span), "≥ 0", Money.Plain(cell.Value));
                }
            }
        }
    }
}
