using System.Collections.Immutable;

namespace Yusuan.Core.Comparing;

/// <summary>One line of a side-by-side comparison: a figure in A and in B (万元, or percent for shares) and B's change.</summary>
public sealed record ComparedFigure(string Label, string Key, decimal? A, decimal? B, bool IsShare = false)
{
    public decimal? Change => A is { } a && B is { } b ? b - a : null;

    /// <summary>Change in percent of A (null when A is zero or missing, and for shares, whose change is already in points).</summary>
    public decimal? ChangePercent => !IsShare && A is { } a && a != 0 && Change is { } c ? Math.Round(c / a * 100m, 2) : null;
}

/// <summary>
/// Two disclosures side by side (typically one unit in two years, or two units in one year): the headline figures,
/// the basic/project split, 三公 and 机关运行经费, and spending by 功能分类 类 with each 类's share of the total.
/// </summary>
public static class SideBySide
{
    private static readonly (string Label, string Key, CellKey[] Cells)[] Headline =
    [
        ("收入总计", "income.total", [new("T1", "income.total", "amount")]),
        ("支出合计", "expense.total", [new("T3", "total", "total"), new("T1", "expense.total", "amount")]),
        ("基本支出", "expense.basic", [new("T3", "total", "basic")]),
        ("项目支出", "expense.project", [new("T3", "total", "project")]),
        ("财政拨款支出", "fiscal.total", [new("T4", "expense.total", "total")]),
        ("一般公共预算支出", "gpb.total", [new("T5", "total", "total"), new("T4", "expense.total", "gpb")]),
        ("人员经费", "gpb.basic.personnel", [new("T6", "total", "personnel")]),
        ("公用经费", "gpb.basic.public", [new("T6", "total", "public")]),
        ("政府性基金预算支出", "gf.total", [new("T8", "total", "total")]),
        ("“三公”经费合计", "three_public.total", [new("T10", "total", "total"), new("M", "three_public", "total")]),
        ("因公出国（境）费", "three_public.overseas", [new("T10", "overseas", "total"), new("M", "three_public", "overseas")]),
        ("公务接待费", "three_public.reception", [new("T10", "reception", "total"), new("M", "three_public", "reception")]),
        ("公务用车购置及运行费", "three_public.vehicles", [new("T10", "vehicles", "total")]),
        ("机关运行经费", "operating_cost", [new("M", "operating_cost", "amount")]),
        ("政府采购预算", "procurement.total", [new("M", "procurement", "total")]),
    ];

    public static ImmutableArray<ComparedFigure> Compare(YearFigures a, YearFigures b, Func<string, string?>? functionName = null)
    {
        var rows = ImmutableArray.CreateBuilder<ComparedFigure>();
        foreach (var (label, key, cells) in Headline)
        {
            var va = First(a, cells);
            var vb = First(b, cells);
            if (va is null && vb is null) continue;
            rows.Add(new ComparedFigure(label, key, va, vb));
        }
        var totalA = First(a, Headline[1].Cells);
        var totalB = First(b, Headline[1].Cells);
        rows.Add(new ComparedFigure("基本支出占比（%）", "share.basic", Share(First(a, Headline[2].Cells), totalA), Share(First(b, Headline[2].Cells), totalB), IsShare: true));
        rows.Add(new ComparedFigure("项目支出占比（%）", "share.project", Share(First(a, Headline[3].Cells), totalA), Share(First(b, Headline[3].Cells), totalB), IsShare: true));

        // Spending by 类 (T3 3-digit rows), with each 类's share of total spending.
        var classes = a.Codes("T3").Concat(b.Codes("T3")).Where(c => c.Length == 3).Distinct().Order(StringComparer.Ordinal);
        foreach (var code in classes)
        {
            var name = functionName?.Invoke(code) ?? code;
            var va = a.Get("T3", code, "total");
            var vb = b.Get("T3", code, "total");
            rows.Add(new ComparedFigure($"{code} {name}", "function." + code, va, vb));
            rows.Add(new ComparedFigure($"　占支出合计（%）", "share.function." + code, Share(va, totalA), Share(vb, totalB), IsShare: true));
        }
        return rows.ToImmutable();
    }

    private static decimal? First(YearFigures figures, CellKey[] cells)
    {
        foreach (var c in cells)
        {
            if (figures.Get(c.Table, c.Row, c.Column) is { } v) return v;
        }
        return null;
    }

    private static decimal? Share(decimal? part, decimal? total) => part is { } p && total is { } t && t != 0 ? Math.Round(p / t * 100m, 2) : null;
}
