using System.Collections.Immutable;
using Yusuan.Core.Model;

namespace Yusuan.Web.Services;

/// <summary>The headline figures of one disclosure, in 万元 whatever unit its tables are printed in (for corpus tables and charts).</summary>
public sealed record KeyFigures
{
    public decimal? IncomeTotal { get; init; }
    public decimal? ExpenseTotal { get; init; }
    public decimal? Basic { get; init; }
    public decimal? Project { get; init; }

    /// <summary>Expenditure by 功能分类 类: code → (name, amount).</summary>
    public ImmutableArray<ClassAmount> ByClass { get; init; } = [];

    public decimal? ThreePublicTotal { get; init; }
    public decimal? Overseas { get; init; }
    public decimal? Reception { get; init; }
    public decimal? Vehicles { get; init; }

    public static KeyFigures Of(Disclosure d)
    {
        var t1 = d.Table(TableId.T1);
        var t3 = d.Table(TableId.T3) ?? d.Table(TableId.T5);
        var t10 = d.Table(TableId.T10);
        var byClass = t3 is null
            ? []
            : t3.Rows.Where(r => r.FunctionCode is { Level: CodeLevel.Class } && r.Unit is null)
                .Select(r => (Row: r, Value: Wan(t3, r.Get("total"))))
                .Where(x => x.Value is not null)
                .Select(x => new ClassAmount(x.Row.FunctionCode!.Value.Digits, string.IsNullOrWhiteSpace(x.Row.Label) ? x.Row.Key : x.Row.Label.Trim(), x.Value!.Value))
                .ToImmutableArray();
        return new KeyFigures
        {
            IncomeTotal = Wan(t1, t1?.Value("income.total", "amount")),
            ExpenseTotal = Wan(t3, t3?.Value("total", "total")) ?? Wan(t1, t1?.Value("expense.total", "amount")),
            Basic = Wan(t3, t3?.Value("total", "basic")),
            Project = Wan(t3, t3?.Value("total", "project")),
            ByClass = byClass,
            ThreePublicTotal = Wan(t10, t10?.Value("total", "total")),
            Overseas = Wan(t10, t10?.Value("overseas", "total")),
            Reception = Wan(t10, t10?.Value("reception", "total")),
            Vehicles = Wan(t10, t10?.Value("vehicles", "total")),
        };
    }

    private static decimal? Wan(DisclosureTable? table, Figure? figure) =>
        table is null || figure is null ? null : table.Unit.ToWanYuan(figure.Value.Value);
}

public sealed record ClassAmount(string Code, string Name, decimal Amount);
