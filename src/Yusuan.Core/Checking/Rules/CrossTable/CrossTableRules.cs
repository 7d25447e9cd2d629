using Yusuan.Core.Model;
using Yusuan.Core.Model.Schema;

namespace Yusuan.Core.Checking.Rules.CrossTable;

/// <summary>表1 收入总计 = 表2 总计.</summary>
public sealed class T1T2Total : CrossTableRule
{
    public override RuleDescriptor Descriptor { get; } = new("X.T1-T2-total", "表1 收入总计 = 表2 总计", RuleCategory.CrossTable, Severity.Error, Basis.CrossTable)
    {
        Help = "表1 收入总计（决算为本年收入合计）应与表2 总计相同；两表打印精度相同时须分毫不差，元表与万元表换算后比较。不符多是其中一表漏了某项收入或结转。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        var t1 = d.Table(TableId.T1);
        // Budgets: 表2 includes the carry-over, so it equals 收入总计; 决算: 表2 is the year's income (本年收入合计).
        var a = IsFinalAccount(d) ? Get(t1, "income.current", "amount") ?? Get(t1, "income.total", "amount") : Get(t1, "income.total", "amount");
        if (a is not null && Get(d.Table(TableId.T2), "total", "total") is { } b)
        {
            foreach (var f in Same(o, a, b)) yield return f;
        }
    }
}

/// <summary>表1 income lines = 表2 total row by source (一般公共预算, 政府性基金, 国有资本经营, 财政专户, 单位资金, 结转).</summary>
public sealed class T1T2Sources : CrossTableRule
{
    public override RuleDescriptor Descriptor { get; } = new("X.T1-T2-sources", "表1 各项收入 = 表2 合计行对应资金来源", RuleCategory.CrossTable, Severity.Error, Basis.CrossTable)
    {
        Help = "表1 每项收入（一般公共预算、政府性基金、国有资本经营、财政专户、单位资金、财政拨款结转、非财政拨款结转结余）应等于表2 总计行对应的资金列，拨款列含上级转移支付列。不符时核对两表同一来源的数字，改正抄错的一处。",
    };

    private static readonly (string Line, string[] Columns, string[]? Alternative)[] Pairs =
    [
        ("income.gpb", ["gpb"], ["gpb", "gpb_transfer"]),
        ("income.gf", ["gf"], ["gf", "gf_transfer"]),
        ("income.sc", ["sc"], ["sc", "sc_transfer"]),
        ("income.special", ["special"], null),
        ("income.unit", ["unit"], null),
        ("carryover.fiscal", ["fiscal_carryover"], null),
        ("carryover.nonfiscal", ["nonfiscal_carryover"], null),
    ];

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        var t1 = d.Table(TableId.T1);
        var t2 = d.Table(TableId.T2);
        if (t1 is null || t2?.Row("total") is not { } total) yield break;
        foreach (var (line, columns, alt) in Pairs)
        {
            if (Get(t1, line, "amount") is not { } a) continue;
            if (!columns.Any(c => Facts.HasColumn(t2, c))) continue;
            var sum = Money.Sum(columns.Select(c => Facts.CellOrZero(t2, total, c)));
            var agreement = o.Rounding.Same(a.Value.ToWanYuan(t1.Unit), sum.ToWanYuan(t2.Unit));
            if (alt is not null && !agreement.IsConsistent)
            {
                var altSum = Money.Sum(alt.Select(c => Facts.CellOrZero(t2, total, c)));
                var second = o.Rounding.Same(a.Value.ToWanYuan(t1.Unit), altSum.ToWanYuan(t2.Unit));
                if (second.Gap < agreement.Gap) (agreement, sum) = (second, altSum);
            }
            if (!Reports(agreement, o)) continue;
            foreach (var f in ReportGap(agreement, o, $"{a.Describe()} {Money.Plain(a.Value.Value)} 与表2 合计行 {Facts.ColumnName(t2, columns[0])} {Money.Plain(sum.Value)} 不一致",
                At.Cell(t1, a.Row, "amount", a.Value.Span), Money.Plain(sum.Value), Money.Plain(a.Value.Value), related: [total.Span.Line]))
            {
                yield return f;
            }
        }
    }
}

/// <summary>表1 支出总计 = 表3 合计.</summary>
public sealed class T1T3Total : CrossTableRule
{
    public override RuleDescriptor Descriptor { get; } = new("X.T1-T3-total", "表1 支出总计 = 表3 合计", RuleCategory.CrossTable, Severity.Error, Basis.CrossTable)
    {
        Help = "表1 的本年支出（或支出总计减去同表列出的结转下年）应等于表3 支出总体情况表的合计。不符多是表1 支出总计含了结转下年，或两表之一漏了某类支出。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        var t1 = d.Table(TableId.T1);
        // 表3 prints 本年支出: 表1's 本年支出 line, or its 支出总计 less the 结转下年 it prints beside it (北京: 年终结转结余).
        var a = Get(t1, "expense.current", "amount") ?? WithoutCarryforward(t1) ?? Get(t1, "expense.total", "amount");
        if (a is not null && Get(d.Table(TableId.T3), "total", "total") is { } b)
        {
            foreach (var f in Same(o, a, b)) yield return f;
        }
    }

    private static TableFigure? WithoutCarryforward(DisclosureTable? t1)
    {
        if (Get(t1, "expense.total", "amount") is not { } total || Get(t1, "expense.carryforward", "amount") is not { } forward || forward.Value.Value == 0) return null;
        return total with { Value = new Printed(total.Value.Value - forward.Value.Value, total.Value.Half + forward.Value.Half, total.Value.Span) };
    }
}

/// <summary>Function-class amounts agree between a two-sided table's expense lines and a function table.</summary>
public abstract class ClassLinesRule : CrossTableRule
{
    protected abstract TableId Lines { get; }
    protected abstract string LinesColumn { get; }
    protected abstract TableId Functions { get; }
    protected abstract string FunctionsColumn { get; }

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        var lines = d.Table(Lines);
        var functions = d.Table(Functions);
        if (lines is null || functions is null || d.StatusOf(Functions) != TableStatus.Present) yield break;
        var codes = CodeRows(functions);
        if (codes.Count == 0 || !Facts.HasColumn(lines, LinesColumn) || !Facts.HasColumn(functions, FunctionsColumn)) yield break;
        foreach (var row in TableIndex.Of(lines).ClassLines)
        {
            var code = row.Key["expense.".Length..];
            var a = Get(lines, row, LinesColumn);
            if (a is null && !row.Cells.IsEmpty) continue;
            codes.TryGetValue(code, out var fr);
            var b = fr is null ? null : Get(functions, fr, FunctionsColumn);
            if (a is null && b is null) continue;
            if (a is null || b is null)
            {
                var present = a ?? b!;
                if (present.Value.Value == 0) continue;
                var missing = a is null ? $"表{(int)Lines}" : $"表{(int)Functions}";
                yield return Report($"{present.Describe()} 为 {Money.Plain(present.Value.Value)}，但{missing}中该类（{code}）无数", At.Cell(present.Table, present.Row, present.Column, present.Value.Span),
                    Money.Plain(present.Value.Value), "0");
                continue;
            }
            foreach (var f in Same(o, a, b)) yield return f;
        }
    }
}

/// <summary>表1 各类支出 = 表3 各类合计.</summary>
public sealed class T1T3Classes : ClassLinesRule
{
    public override RuleDescriptor Descriptor { get; } = new("X.T1-T3-classes", "表1 各类支出 = 表3 对应类合计", RuleCategory.CrossTable, Severity.Error, Basis.CrossTable)
    {
        Help = "表1 支出栏每个功能分类类级支出应等于表3 同一类的合计；一表有数而另一表没有该类也报告。不符时核对两表该类的数字，改正抄错的一处。",
    };
    protected override TableId Lines => TableId.T1;
    protected override string LinesColumn => "amount";
    protected override TableId Functions => TableId.T3;
    protected override string FunctionsColumn => "total";
}

/// <summary>表4 各类一般公共预算支出 = 表5 各类合计.</summary>
public sealed class T4T5Classes : ClassLinesRule
{
    public override RuleDescriptor Descriptor { get; } = new("X.T4-T5-classes", "表4 各类一般公共预算支出 = 表5 对应类合计", RuleCategory.CrossTable, Severity.Error, Basis.CrossTable)
    {
        Help = "表4 一般公共预算列中每个功能分类类的支出应等于表5 同一类的合计；一表有数而另一表没有该类也报告。表5 为空表时不检查。",
    };
    protected override TableId Lines => TableId.T4;
    protected override string LinesColumn => "gpb";
    protected override TableId Functions => TableId.T5;
    protected override string FunctionsColumn => "total";
}

/// <summary>表4 各类政府性基金支出 = 表8 各类合计.</summary>
public sealed class T4T8Classes : ClassLinesRule
{
    public override RuleDescriptor Descriptor { get; } = new("X.T4-T8-classes", "表4 各类政府性基金预算支出 = 表8 对应类合计", RuleCategory.CrossTable, Severity.Error, Basis.CrossTable)
    {
        Help = "表4 政府性基金列中每个功能分类类的支出应等于表8 同一类的合计；一表有数而另一表没有该类也报告。表8 为空表时不检查（由 X.T8-fund-income 判断）。",
    };
    protected override TableId Lines => TableId.T4;
    protected override string LinesColumn => "gf";
    protected override TableId Functions => TableId.T8;
    protected override string FunctionsColumn => "total";
}

/// <summary>表4 各类国有资本经营支出 = 表9 各类合计.</summary>
public sealed class T4T9Classes : ClassLinesRule
{
    public override RuleDescriptor Descriptor { get; } = new("X.T4-T9-classes", "表4 各类国有资本经营预算支出 = 表9 对应类合计", RuleCategory.CrossTable, Severity.Error, Basis.CrossTable)
    {
        Help = "表4 国有资本经营列中每个功能分类类的支出应等于表9 同一类的合计；一表有数而另一表没有该类也报告。表9 为空表时不检查（由 X.T9-fund-income 判断）。",
    };
    protected override TableId Lines => TableId.T4;
    protected override string LinesColumn => "sc";
    protected override TableId Functions => TableId.T9;
    protected override string FunctionsColumn => "total";
}

/// <summary>The same function code carries the same amount in two function tables (every level).</summary>
public abstract class SameCodesRule : CrossTableRule
{
    protected abstract TableId Left { get; }
    protected abstract TableId Right { get; }
    protected abstract string Column { get; }
    protected virtual string RightColumn => Column;

    /// <summary>In final accounts income and spending by code differ by the year's balances.</summary>
    protected virtual bool BudgetsOnly => false;

    /// <summary>Whether the two tables must agree in this document.</summary>
    protected virtual bool Applies(Disclosure d) => !BudgetsOnly || !IsFinalAccount(d);

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (!Applies(d)) yield break;
        var left = d.Table(Left);
        var right = d.Table(Right);
        if (left is null || right is null) yield break;
        var l = CodeRows(left);
        var r = CodeRows(right);
        if (l.Count == 0 || r.Count == 0) yield break;
        foreach (var (code, lrow) in l.Sorted)
        {
            var a = Get(left, lrow, Column);
            if (!r.TryGetValue(code, out var rrow))
            {
                if (a is { } only && only.Value.Value != 0)
                {
                    yield return Report($"{only.Describe()} 为 {Money.Plain(only.Value.Value)}，但表{(int)Right}中没有科目 {code}", At.Cell(left, lrow, Column, only.Value.Span), "0", Money.Plain(only.Value.Value));
                }
                continue;
            }
            var b = Get(right, rrow, RightColumn);
            if (a is null && b is null) continue;
            a ??= new TableFigure(left, lrow, Column, Facts.CellOrZero(left, lrow, Column));
            b ??= new TableFigure(right, rrow, RightColumn, Facts.CellOrZero(right, rrow, RightColumn));
            foreach (var f in Same(o, a, b)) yield return f;
        }
        foreach (var (code, rrow) in r.Sorted.Where(x => !l.ContainsKey(x.Key)))
        {
            if (Get(right, rrow, RightColumn) is { } only && only.Value.Value != 0)
            {
                yield return Report($"{only.Describe()} 为 {Money.Plain(only.Value.Value)}，但表{(int)Left}中没有科目 {code}", At.Cell(right, rrow, RightColumn, only.Value.Span), "0", Money.Plain(only.Value.Value));
            }
        }
    }
}

/// <summary>表2 与表3 各科目合计一致（收入按科目 = 支出按科目）.</summary>
public sealed class T2T3Codes : SameCodesRule
{
    public override RuleDescriptor Descriptor { get; } = new("X.T2-T3-codes", "表2 与表3 各功能科目合计一致", RuleCategory.CrossTable, Severity.Error, Basis.CrossTable)
    {
        Help = "预算的收入按科目与支出按科目应一一对应：表2 每个功能科目（类、款、项）的总计应等于表3 同一科目的合计，一表有该科目而另一表没有也报告。决算、或表1 显示收入与支出口径不同（使用了上年结转、留有结转下年）时不检查。",
    };
    protected override TableId Left => TableId.T2;
    protected override TableId Right => TableId.T3;
    protected override string Column => "total";
    protected override bool BudgetsOnly => true;
    protected override bool Applies(Disclosure d) => base.Applies(d) && IncomeExpenseScope.Same(d);
}

/// <summary>表5 各科目项目支出 = 表7 同科目项目支出合计.</summary>
public sealed class T5T7Codes : CrossTableRule
{
    public override RuleDescriptor Descriptor { get; } = new("X.T5-T7-codes", "表5 各科目项目支出 = 表7 同科目项目之和", RuleCategory.CrossTable, Severity.Error, Basis.CrossTable)
    {
        Help = "表5 每个项级科目的项目支出应等于表7 挂在该科目下各项目合计之和。不符多是项目挂错了科目，或表5 的项目支出未随表7 更新。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        var t5 = d.Table(TableId.T5);
        var t7 = d.Table(TableId.T7);
        if (t5 is null || t7 is null || d.StatusOf(TableId.T7) != TableStatus.Present) yield break;
        var projects = t7.Rows.Where(r => r.Project is not null && r.FunctionCode is not null).ToList();
        if (projects.Count == 0) yield break;
        var byCode = projects.ToLookup(p => p.FunctionCode!.Value.Digits, StringComparer.Ordinal);
        var i5 = TableIndex.Of(t5);
        var i7 = TableIndex.Of(t7);
        foreach (var (code, row) in i5.FunctionCodes.Sorted)
        {
            if (code.Length != 7) continue;
            var stated = i5.Cell(row, "project");
            var mine = byCode[code].ToList();
            if (stated is null && mine.Count == 0) continue;
            var sum = i7.SumOrZero(mine, "total").ToWanYuan(t7.Unit);
            var s = (stated ?? i5.CellOrZero(row, "project")).ToWanYuan(t5.Unit);
            var agreement = o.Rounding.Compare(s, sum);
            if (!Reports(agreement, o)) continue;
            foreach (var f in ReportGap(agreement, o, $"表5 {Facts.Describe(row)} 项目支出 {Money.Plain(s.Value)} ≠ 表7 该科目 {mine.Count} 个项目之和 {Money.Plain(sum.Value)}",
                At.Cell(t5, row, "project", stated?.Span), Money.Plain(sum.Value), Money.Plain(s.Value), related: mine.Select(p => p.Span.Line)))
            {
                yield return f;
            }
        }
    }
}

/// <summary>A single figure of one table equals a single figure of another.</summary>
public abstract class SameFigureRule : CrossTableRule
{
    protected abstract (TableId Table, string Row, string Column) Left { get; }
    protected abstract (TableId Table, string Row, string Column) Right { get; }

    /// <summary>Skip for final accounts (决算), where the two figures legitimately differ by the year's balances.</summary>
    protected virtual bool BudgetsOnly => false;

    /// <summary>When set, a missing/empty right-hand figure is read as zero if its table is present.</summary>
    protected virtual bool EmptyIsZero => true;

    /// <summary>Whether the two figures must agree in this document.</summary>
    protected virtual bool Applies(Disclosure d) => !BudgetsOnly || !IsFinalAccount(d);

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (!Applies(d)) yield break;
        var lt = d.Table(Left.Table);
        var rt = d.Table(Right.Table);
        if (lt is null || rt is null) yield break;
        var a = Resolve(d, lt, Left.Row, Left.Column);
        var b = Resolve(d, rt, Right.Row, Right.Column);
        if (a is null && b is null) yield break;
        if (a is null || b is null)
        {
            // A row the template does not print is not a zero; only an empty (declared-empty) table is.
            var missingTable = a is null ? lt : rt;
            if (!EmptyIsZero || !(missingTable.IsDeclaredEmpty || missingTable.Rows.IsEmpty)) yield break;
            var present = a ?? b!;
            if (present.Value.Value == 0) yield break;
            var otherName = a is null ? $"表{(int)Left.Table}" : $"表{(int)Right.Table}";
            yield return Report($"{present.Describe()} 为 {Money.Plain(present.Value.Value)}，但{otherName}为空表",
                At.Cell(present.Table, present.Row, present.Column, present.Value.Span), Money.Plain(present.Value.Value), "0");
            yield break;
        }
        foreach (var f in Same(o, a, b)) yield return f;
    }

    /// <summary>The figure at (row, column); null when the row or the cell is not printed (some templates leave a total's breakdown out).</summary>
    protected virtual TableFigure? Resolve(Disclosure d, DisclosureTable table, string row, string column) => Get(table, row, column);
}

public sealed class T2T3Total : SameFigureRule
{
    public override RuleDescriptor Descriptor { get; } = new("X.T2-T3-total", "表2 总计 = 表3 合计（预算）", RuleCategory.CrossTable, Severity.Error, Basis.CrossTable)
    {
        Help = "预算中收入与支出口径相同时，表2 总计应等于表3 合计。决算、或表1 显示两者相差使用的上年结转或留存的结转下年时不检查。",
    };
    protected override bool BudgetsOnly => true;
    protected override bool Applies(Disclosure d) => base.Applies(d) && IncomeExpenseScope.Same(d);
    protected override (TableId, string, string) Left => (TableId.T2, "total", "total");
    protected override (TableId, string, string) Right => (TableId.T3, "total", "total");
}

public sealed class T5T6Basic : SameFigureRule
{
    public override RuleDescriptor Descriptor { get; } = new("X.T5-T6-basic", "表5 基本支出合计 = 表6 合计", RuleCategory.CrossTable, Severity.Error, Basis.CrossTable)
    {
        Help = "表5 合计行的基本支出应等于表6 一般公共预算基本支出的合计（分两半印的表6 取人员经费合计加公用经费合计）。不符多是两表之一漏了某个科目或经济分类款。",
    };
    protected override (TableId, string, string) Left => (TableId.T5, "total", "basic");
    protected override (TableId, string, string) Right => (TableId.T6, "total", "total");

    /// <summary>A 表6 printed in two halves states 人员经费合计 and 公用经费合计 but no 合计: their sum stands for it.</summary>
    protected override TableFigure? Resolve(Disclosure d, DisclosureTable table, string row, string column)
    {
        if (table.Canonical != TableId.T6 || table.Row("total") is not { } total || total.Cells.ContainsKey(Col.Total)
            || !total.Cells.ContainsKey(Col.Personnel) || !total.Cells.ContainsKey(Col.Public))
            return base.Resolve(d, table, row, column);
        var sum = Money.Sum([Facts.CellOrZero(table, total, Col.Personnel), Facts.CellOrZero(table, total, Col.Public)]);
        return new TableFigure(table, total, Col.Personnel, sum with { Span = total.Span });
    }
}

public sealed class T5T7Project : SameFigureRule
{
    public override RuleDescriptor Descriptor { get; } = new("X.T5-T7-project", "表5 项目支出合计 = 表7 合计", RuleCategory.CrossTable, Severity.Error, Basis.CrossTable)
    {
        Help = "表5 合计行的项目支出应等于表7 一般公共预算项目支出的合计。表7 标题未写明资金（如列出全部资金项目的专项业务经费表）且单位收入不全是一般公共预算时不检查。",
    };
    protected override (TableId, string, string) Left => (TableId.T5, "total", "project");
    protected override (TableId, string, string) Right => (TableId.T7, "total", "total");

    /// <summary>表5 is 一般公共预算; a project table whose title names no fund lists every fund's projects (西安 专项业务经费支出表:
    /// 福彩公益金 and unit money too) and equals 表5 only where the unit's money is all 一般公共预算.</summary>
    protected override bool Applies(Disclosure d)
    {
        if (d.Table(TableId.T7) is not { } t7 || t7.Title is not { } title) return true;
        if (title.Contains("一般公共预算", StringComparison.Ordinal) || title.Contains("财政拨款", StringComparison.Ordinal)) return true;
        var t1 = d.Table(TableId.T1);
        if (t1?.Row("income.total")?.Get("amount") is not { } total || t1.Row("income.gpb")?.Get("amount") is not { } gpb) return true;
        return Math.Abs(total.Value - gpb.Value) <= 0.05m;
    }
}

public sealed class T1T11Carryover : SameFigureRule
{
    public override RuleDescriptor Descriptor { get; } = new("X.T1-T11-carryover", "表1 上年结转结余 = 表11 合计", RuleCategory.CrossTable, Severity.Error, Basis.CrossTable)
    {
        Help = "表1 的上年结转结余应等于表11 上年结转结余情况明细表的合计；表11 为空表而表1 有结转时也报告。不符多是表11 漏列了项目，或表1 的结转数未更新。",
    };
    protected override (TableId, string, string) Left => (TableId.T1, "carryover", "amount");
    protected override (TableId, string, string) Right => (TableId.T11, "total", "total");
}

public sealed class T2T11FiscalCarryover : SameFigureRule
{
    public override RuleDescriptor Descriptor { get; } = new("X.T2-T11-fiscal-carryover", "表2 财政拨款结转 = 表11 财政拨款小计", RuleCategory.CrossTable, Severity.Error, Basis.CrossTable)
    {
        Help = "表2 总计行的财政拨款结转应等于表11 合计行的财政拨款小计；表11 为空表而表2 有财政拨款结转时也报告。",
    };
    protected override (TableId, string, string) Left => (TableId.T2, "total", "fiscal_carryover");
    protected override (TableId, string, string) Right => (TableId.T11, "total", "fiscal");
}

public sealed class T2T11NonfiscalCarryover : SameFigureRule
{
    public override RuleDescriptor Descriptor { get; } = new("X.T2-T11-nonfiscal-carryover", "表2 非财政拨款结转结余 = 表11 非财政拨款小计", RuleCategory.CrossTable, Severity.Error, Basis.CrossTable)
    {
        Help = "表2 总计行的非财政拨款结转结余应等于表11 合计行的非财政拨款小计；表11 为空表而表2 有非财政拨款结转结余时也报告。",
    };
    protected override (TableId, string, string) Left => (TableId.T2, "total", "nonfiscal_carryover");
    protected override (TableId, string, string) Right => (TableId.T11, "total", "nonfiscal");
}

public sealed class T2T4Fiscal : SameFigureRule
{
    public override RuleDescriptor Descriptor { get; } = new("X.T2-T4-fiscal", "表2 财政拨款（补助）小计 = 表4 财政拨款（补助）收入", RuleCategory.CrossTable, Severity.Error, Basis.CrossTable)
    {
        Help = "表2 总计行的财政拨款（补助）小计应等于表4 的财政拨款（补助）收入；表4 没有该行时取一般公共预算、政府性基金、国有资本经营三项收入之和。",
    };
    protected override (TableId, string, string) Left => (TableId.T2, "total", "fiscal");
    protected override (TableId, string, string) Right => (TableId.T4, "income.fiscal", "amount");

    /// <summary>Templates without a 财政拨款（补助） line in 表4 print the three funds: their sum stands for it.</summary>
    protected override TableFigure? Resolve(Disclosure d, DisclosureTable table, string row, string column)
    {
        if (table.Canonical != TableId.T4 || table.Row("income.fiscal") is not null) return base.Resolve(d, table, row, column);
        var funds = new[] { "income.gpb", "income.gf", "income.sc" }.Select(k => table.Row(k)).Where(r => r is not null && r.Cells.ContainsKey("amount")).ToList();
        if (funds.Count == 0) return null;
        var sum = Money.Sum(funds.Select(r => Facts.CellOrZero(table, r!, "amount")));
        return new TableFigure(table, funds[0]!, "amount", sum with { Span = funds[0]!.Span });
    }
}

public sealed class T4T5Total : SameFigureRule
{
    public override RuleDescriptor Descriptor { get; } = new("X.T4-T5-total", "表4 一般公共预算支出总计 = 表5 合计", RuleCategory.CrossTable, Severity.Error, Basis.CrossTable)
    {
        Help = "预算中表4 支出总计的一般公共预算列应等于表5 一般公共预算支出情况表的合计。决算不检查。",
    };
    protected override (TableId, string, string) Left => (TableId.T4, "expense.total", "gpb");
    protected override (TableId, string, string) Right => (TableId.T5, "total", "total");
    protected override bool BudgetsOnly => true;

    /// <summary>决算: 本年支出合计 (before 年末结转和结余) is what 表5 adds up to.</summary>
    protected override TableFigure? Resolve(Disclosure d, DisclosureTable table, string row, string column) =>
        table.Canonical == TableId.T4 ? Get(table, "expense.current", column) ?? Get(table, row, column) : Get(table, row, column);
}

/// <summary>表4 财政拨款收入 by fund = 表1 同项收入.</summary>
public sealed class T4T1Funds : CrossTableRule
{
    public override RuleDescriptor Descriptor { get; } = new("X.T4-T1-funds", "表4 财政拨款各项收入 = 表1 对应收入", RuleCategory.CrossTable, Severity.Error, Basis.CrossTable)
    {
        Help = "表4 的财政拨款（补助）及一般公共预算、政府性基金、国有资本经营各项收入应与表1 同名收入行相同。不符时核对两表，改正抄错的一处。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        var t1 = d.Table(TableId.T1);
        var t4 = d.Table(TableId.T4);
        if (t1 is null || t4 is null) yield break;
        foreach (var key in new[] { "income.fiscal", "income.gpb", "income.gf", "income.sc" })
        {
            var a = Get(t4, key, "amount");
            var b = Get(t1, key, "amount");
            if (a is null || b is null) continue;
            foreach (var f in Same(o, a, b)) yield return f;
        }
    }
}

/// <summary>表3 (all funds) contains 表5 (一般公共预算 only): no code may carry more in 表5 than in 表3.</summary>
public sealed class T5WithinT3 : CrossTableRule
{
    public override RuleDescriptor Descriptor { get; } = new("X.T5-within-T3", "表5 各科目各列不大于表3 同科目（一般公共预算是全部资金的一部分）", RuleCategory.CrossTable, Severity.Error, Basis.CrossTable)
    {
        Help = "一般公共预算支出是全部支出的一部分：表5 每个科目的每一列都不应大于表3 同一科目同一列，表5 有数而表3 没有的科目也报告。大于时多是两表之一抄错或科目挂错。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        var t3 = d.Table(TableId.T3);
        var t5 = d.Table(TableId.T5);
        if (t3 is null || t5 is null || t3.Rows.IsEmpty) yield break;
        var r3 = CodeRows(t3);
        if (r3.Count == 0) yield break; // 表3 printed without its 科目 rows (e.g. Jiangsu 支出预算总表): nothing to compare per code.
        var columns = Facts.FunctionTableColumns.Where(c => Facts.HasColumn(t3, c)).ToArray();
        foreach (var (code, row) in CodeRows(t5).Sorted)
        {
            foreach (var column in columns)
            {
                if (Facts.Cell(t5, row, column) is not { } partValue) continue;
                // Most codes are within 表3: no figures are made for them.
                if (r3.TryGetValue(code, out var w) && !Above(partValue, t5.Unit, Facts.CellOrZero(t3, w, column), t3.Unit)) continue;
                var part = new TableFigure(t5, row, column, partValue);
                var whole = w is not null ? Get(t3, w, column) ?? new TableFigure(t3, w, column, Facts.CellOrZero(t3, w, column)) : null;
                if (whole is null)
                {
                    if (part.Value.Value != 0) yield return Report($"{part.Describe()} 为 {Money.Plain(part.Value.Value)}，但表3 中没有科目 {code}", At.Cell(t5, row, column, part.Value.Span), "0", Money.Plain(part.Value.Value));
                    continue;
                }
                foreach (var f in NotAbove(o, part, whole, "一般公共预算支出是全部支出的一部分")) yield return f;
            }
        }
    }
}

/// <summary>表10 counts all 财政拨款 三公 spending (basic and project); 表6's economic 款 is the 一般公共预算 basic part of it, so it may not exceed it.</summary>
public abstract class T10T6Rule : CrossTableRule
{
    protected abstract string Economic { get; }
    protected abstract string T10Row { get; }

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        var t6 = d.Table(TableId.T6);
        var t10 = d.Table(TableId.T10);
        if (t6?.Row(Economic) is not { } row || Facts.Cell(t6, row, "total") is not { } basic || t10 is null || t10.Rows.IsEmpty) return [];
        var t10r = t10.Row(T10Row);
        if (t10r is null) return [];
        // A 决算 表10 printing 预算数 and 决算数 (no single column) is compared on its 决算数, as 表6 is.
        var column = t10r.Cells.ContainsKey("gpb") ? "gpb" : !t10r.Cells.ContainsKey("total") && t10r.Cells.ContainsKey("final") ? "final" : "total";
        var whole = new TableFigure(t10, t10r, column, Facts.CellOrZero(t10, t10r, column));
        return NotAbove(o, new TableFigure(t6, row, "total", basic), whole, "表10 含基本支出与项目支出");
    }
}

public sealed class T10T6Reception : T10T6Rule
{
    public override RuleDescriptor Descriptor { get; } = new("X.T10-T6-reception", "表6 公务接待费（30217）不大于表10 公务接待费", RuleCategory.CrossTable, Severity.Error, Basis.CrossTable)
    {
        Help = "表10 为财政拨款“三公”经费（基本支出和项目支出），表6 30217 仅为一般公共预算基本支出部分，故应 ≤ 表10；两者通常相等。",
    };

    protected override string Economic => "30217";
    protected override string T10Row => "reception";
}

public sealed class T10T6VehicleOperation : T10T6Rule
{
    public override RuleDescriptor Descriptor { get; } = new("X.T10-T6-vehicle-operation", "表6 公务用车运行维护费（30231）不大于表10 公务用车运行费", RuleCategory.CrossTable, Severity.Error, Basis.CrossTable)
    {
        Help = "表10 公务用车运行费含项目支出中的用车运行费（如 000：表10 83.00 ≥ 表6 73.00），故只要求表6 ≤ 表10。",
    };

    protected override string Economic => "30231";
    protected override string T10Row => "vehicle_operation";
}

/// <summary>An empty fund table (表8/表9) if and only if the document has no income from that fund.</summary>
public abstract class FundTableRule : CrossTableRule
{
    protected abstract TableId FundTable { get; }
    protected abstract string Fund { get; }
    protected abstract string FundName { get; }

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (d.Table(FundTable) is not { } table) yield break;
        var income = new[]
        {
            Get(d.Table(TableId.T1), $"income.{Fund}", "amount"),
            Get(d.Table(TableId.T4), $"income.{Fund}", "amount"),
            Get(d.Table(TableId.T4), "expense.total", Fund),
            Get(d.Table(TableId.T2), "total", Fund),
        }.FirstOrDefault(f => f is not null);
        var hasIncome = income is { } i && i.Value.Value != 0;
        var empty = d.StatusOf(FundTable) != TableStatus.Present || table.Row("total") is { } t && Facts.Cell(table, t, "total") is { Value: 0 };
        if (empty && hasIncome)
        {
            yield return Report($"表{(int)FundTable}（{Facts.TableName(FundTable)}）为空，但{income!.Describe()} 为 {Money.Plain(income.Value.Value)}",
                At.Table(table), Money.Plain(income.Value.Value), "空表");
        }
        else if (!empty && income is not null && !hasIncome && table.Row("total") is { } total && Facts.Cell(table, total, "total") is { } amount && amount.Value != 0)
        {
            yield return Report($"表{(int)FundTable} 有{FundName}支出 {Money.Plain(amount.Value)}，但{income.Describe()} 为 0",
                At.Cell(table, total, "total", amount.Span), "0", Money.Plain(amount.Value));
        }
    }
}

public sealed class T8FundIncome : FundTableRule
{
    public override RuleDescriptor Descriptor { get; } = new("X.T8-fund-income", "表8 为空当且仅当无政府性基金预算收入", RuleCategory.CrossTable, Severity.Error, Basis.CrossTable)
    {
        Help = "表8 为空应当且仅当没有政府性基金预算收入：表1、表4 或表2 有政府性基金收入而表8 为空，或表8 有支出而政府性基金收入为 0，都报告。",
    };
    protected override TableId FundTable => TableId.T8;
    protected override string Fund => "gf";
    protected override string FundName => "政府性基金预算";
}

public sealed class T9FundIncome : FundTableRule
{
    public override RuleDescriptor Descriptor { get; } = new("X.T9-fund-income", "表9 为空当且仅当无国有资本经营预算收入", RuleCategory.CrossTable, Severity.Error, Basis.CrossTable)
    {
        Help = "表9 为空应当且仅当没有国有资本经营预算收入：表1、表4 或表2 有国有资本经营收入而表9 为空，或表9 有支出而国有资本经营收入为 0，都报告。",
    };
    protected override TableId FundTable => TableId.T9;
    protected override string Fund => "sc";
    protected override string FundName => "国有资本经营预算";
}
