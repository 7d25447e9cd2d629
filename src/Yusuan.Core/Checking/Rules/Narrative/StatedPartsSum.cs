using Yusuan.Core.Model;

namespace Yusuan.Core.Checking.Rules.Narrative;

/// <summary>
/// A total the text states equals the parts it lists beside it: 收入 = Σ 各项收入, 财政拨款 = 一般公共预算 + 政府性基金 + 国有资本经营,
/// 支出 = 基本支出 + 项目支出, 基本支出 = 人员经费 + 公用经费,
/// a 类 = Σ its 项 in 五.(三). It protects documents that publish no table (004: 基本支出 2267.23 against 人员经费 1975.94 +
/// 公用经费 291.3; 卫生健康支出 151.70 against its 项 adding to 151.69), where the text is the only evidence. Where the
/// table the figures restate is published, the table's own sums and N.amount-vs-table already judge them, so the rule is
/// silent there rather than report one slip twice.
/// </summary>
public sealed class StatedPartsSum : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("N.parts-sum", "说明中的合计 = 其所列各组成部分之和（无对应公开表时）", RuleCategory.Narrative, Severity.Error, Basis.TextArithmetic)
    {
        Help = "收入合计 = 各项收入之和，财政拨款收支总预算 = 各项财政拨款收入之和，支出 = 基本支出 + 项目支出，基本支出 = 人员经费 + 公用经费，功能分类类 = 其下各项之和。只在说明所对应的表未公开（或为空）时检查，否则由表内勾稽和“说明与表格一致”检查。",
    };

    /// <summary>A stated total, its parts stated in the same section, the table that would carry them, and whether every part
    /// must be stated (基本/项目, 人员/公用) or only some (income sources: "政府性基金预算未安排" is often left out).</summary>
    private static readonly (string Total, string[] Parts, TableId Table, string Name, bool AllParts)[] Pairs =
    [
        (ClaimKeys.IncomeTotal, [ClaimKeys.IncomeGpb, ClaimKeys.IncomeGf, ClaimKeys.IncomeSc, ClaimKeys.IncomeSpecial, ClaimKeys.IncomeUnit, ClaimKeys.Carryover], TableId.T1, "各项收入", false),
        (ClaimKeys.IncomeTotal, [ClaimKeys.IncomeGpb, ClaimKeys.IncomeGf, ClaimKeys.IncomeSc, ClaimKeys.IncomeSpecial, ClaimKeys.IncomeUnit, ClaimKeys.CarryoverFiscal, ClaimKeys.CarryoverNonfiscal], TableId.T1, "各项收入", false),
        (ClaimKeys.FiscalTotal, [ClaimKeys.IncomeGpb, ClaimKeys.IncomeGf, ClaimKeys.IncomeSc], TableId.T4, "各项财政拨款收入", false),
        (ClaimKeys.ExpenseTotal, [ClaimKeys.ExpenseBasic, ClaimKeys.ExpenseProject], TableId.T3, "基本支出与项目支出", true),
        (ClaimKeys.GpbTotal, [ClaimKeys.GpbBasic, ClaimKeys.GpbProject], TableId.T5, "基本支出与项目支出", true),
        (ClaimKeys.FiscalTotal, [ClaimKeys.FiscalBasic, ClaimKeys.FiscalProject], TableId.T4, "基本支出与项目支出", true),
        (ClaimKeys.GpbBasic, [ClaimKeys.GpbPersonnel, ClaimKeys.GpbPublic], TableId.T6, "人员经费与公用经费", true),
    ];

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        var claims = d.Narrative.Claims.Where(c => c.Amount is not null && ClaimTables.Plausible(d, c)).ToList();
        if (claims.Count == 0) return [];
        return PairSums(d, o, claims).Concat(ClassSums(d, o, claims));
    }

    private IEnumerable<Finding> PairSums(Disclosure d, CheckOptions o, List<Claim> claims)
    {
        foreach (var (totalKey, partKeys, table, name, allParts) in Pairs)
        {
            if (d.StatusOf(table) == TableStatus.Present) continue;
            foreach (var total in claims.Where(c => c.Subject.Key == totalKey))
            {
                var parts = partKeys.Select(k => claims.FirstOrDefault(c => c.Section == total.Section && c.Subject.Key == k)).ToList();
                var stated = parts.Where(p => p is not null).Select(p => p!).ToList();
                if (stated.Count == 0 || (allParts && stated.Count < parts.Count)) continue;
                // 上年结转结余 is stated either as one figure or as 财政拨款/非财政拨款: judge the income with the reading the text uses.
                if (totalKey == ClaimKeys.IncomeTotal && partKeys.Contains(ClaimKeys.CarryoverFiscal) != SplitsCarryover(claims, total.Section)) continue;
                foreach (var f in Compare(o, total, stated, name)) yield return f;
            }
        }
    }

    private static bool SplitsCarryover(List<Claim> claims, string? section) =>
        !claims.Any(c => c.Section == section && c.Subject.Key == ClaimKeys.Carryover)
        && claims.Any(c => c.Section == section && c.Subject.Key is ClaimKeys.CarryoverFiscal or ClaimKeys.CarryoverNonfiscal);

    /// <summary>类 = Σ 项, for the 类 and 项 that restate one function table. Only a complete breakdown is judged: the 项 of all
    /// 类 together must add up to the stated total of that table (a text that describes only its main 项 is not wrong).</summary>
    private IEnumerable<Finding> ClassSums(Disclosure d, CheckOptions o, List<Claim> claims)
    {
        var functions = claims.Where(c => c.Subject.Key == ClaimKeys.Function && !c.Subject.PrintedPath.IsDefaultOrEmpty)
            .GroupBy(c => ClaimTables.FunctionTable(d, c));
        foreach (var g in functions)
        {
            if (d.StatusOf(g.Key) == TableStatus.Present) continue;
            var items = g.Where(IsItem).ToList();
            var classes = g.Where(c => c.Subject.PrintedPath.Length == 1 && c.Subject.Code is null or { Level: CodeLevel.Class }).ToList();
            if (items.Count == 0 || classes.Count == 0) continue;
            if (!Complete(o, claims, g.Key, items)) continue;
            foreach (var cls in classes.GroupBy(ClassName).Select(x => x.First()))
            {
                var mine = items.Where(i => BelongsTo(i, cls)).ToList();
                if (mine.Count == 0) continue;
                foreach (var f in Compare(o, cls, mine, "其下各项")) yield return f;
            }
        }
    }

    private static bool IsItem(Claim c) => c.Subject.PrintedPath.Length == 3 || c.Subject.Code is { Level: CodeLevel.Item };

    private static string ClassName(Claim c) => Facts.NameKey(c.Subject.PrintedPath[0]);

    /// <summary>By code when both are resolved, else by the printed 类 name (004 prints 档案事务 items without a known code).</summary>
    private static bool BelongsTo(Claim item, Claim cls) =>
        item.Subject.Code is { } ic && cls.Subject.Code is { } cc ? ic.Class.Digits == cc.Digits : ClassName(item) == ClassName(cls);

    private static bool Complete(CheckOptions o, List<Claim> claims, TableId table, List<Claim> items)
    {
        var totalKey = table switch
        {
            TableId.T3 => ClaimKeys.ExpenseTotal,
            TableId.T4 => ClaimKeys.FiscalTotal,
            TableId.T5 => ClaimKeys.GpbTotal,
            _ => null,
        };
        if (claims.FirstOrDefault(c => c.Subject.Key == totalKey)?.Amount is not { } total) return false;
        var sum = Money.Sum(items.Select(i => Printed.Of(i.Amount!.Value)));
        return o.Rounding.Compare(Printed.Of(total), sum).Kind != AgreementKind.Mismatch;
    }

    private IEnumerable<Finding> Compare(CheckOptions o, Claim total, IReadOnlyList<Claim> parts, string name)
    {
        var sum = Money.Sum(parts.Select(p => Printed.Of(p.Amount!.Value)));
        var agreement = o.Rounding.Compare(Printed.Of(total.Amount!.Value), sum);
        if (!Reports(agreement, o)) return [];
        return ReportGap(agreement, o, $"说明称{ClaimTables.Name(total)} {Money.Plain(total.Amount.Value.Value)}，{name}之和为 {Money.Plain(sum.Value)}",
            At.Claim(total), Money.Plain(sum.Value), Money.Plain(total.Amount.Value.Value), related: parts.Select(p => p.Span.Line));
    }
}
