using Yusuan.Core.Model;

namespace Yusuan.Core.Checking.Rules.CrossTable;

/// <summary>
/// Whether 表2's income and 表3's spending cover the same money, so that they must agree in total and code by code. 表3
/// prints 本年支出; 表2 prints 本年收入 — or, in some templates, 收入总计 with the 上年结转 and 结余 columns (北京, 西南大学
/// 2023). 表1 says how far apart the two scopes are: 本年收入 and 本年支出 differ by the carry-over used and the 结转下年
/// kept (西南大学 2021: 390,140.45 + 18,953.78 + 81,714.17 − 75,000.00 = 415,808.40); 收入总计 and 本年支出 by the
/// 结转下年. Where the scopes differ the two tables are not comparable row by row, and a difference is no slip.
/// </summary>
internal static class IncomeExpenseScope
{
    private static readonly string[] CarryoverColumns = ["carryover", "fiscal_carryover", "nonfiscal_carryover"];

    /// <summary>True when the scopes are the same, or 表1 does not say.</summary>
    public static bool Same(Disclosure d)
    {
        var t2 = d.Table(TableId.T2);
        var withCarryover = t2?.Row("total") is { } total
            && total.Cells.Keys.Any(k => (CarryoverColumns.Contains(k) || k.StartsWith("carryover_", StringComparison.Ordinal)) && total.Cells[k].Value != 0);
        var t1 = d.Table(TableId.T1);
        decimal? Line(string key) => t1?.Row(key)?.Get("amount")?.Value;
        var incomeTotal = Line("income.total");
        var expenseTotal = Line("expense.total");
        var brought = (Line("carryover") ?? 0m) + (Line("income.nonfiscal_balance_used") ?? 0m);
        var incomeCurrent = Line("income.current") ?? incomeTotal - brought;
        var expenseCurrent = Line("expense.current") ?? expenseTotal - (Line("expense.carryforward") ?? 0m);
        var t2Scope = withCarryover ? incomeTotal : incomeCurrent;
        if (t2Scope is null || expenseCurrent is null) return true;
        return Math.Abs(t2Scope.Value - expenseCurrent.Value) <= 0.1m;
    }
}
