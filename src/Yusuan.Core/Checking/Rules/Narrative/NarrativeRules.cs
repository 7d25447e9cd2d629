using System.Collections.Immutable;
using Yusuan.Core.Model;

namespace Yusuan.Core.Checking.Rules.Narrative;

/// <summary>Every amount the text states equals the table figure it restates (compared at the text's precision).</summary>
public sealed class AmountMatchesTable : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("N.amount-vs-table", "说明中陈述的金额与表中对应数一致", RuleCategory.Narrative, Severity.Error, Basis.Consistency)
    {
        Help = "说明中复述的金额（收支总计、基本支出、某一类支出等）应与表中对应数字相同，口径按说明所在部分确定（全部资金、财政拨款或一般公共预算）。元表与万元说明比较时，按说明的精度（通常 0.01 万元）把表中数换算、舍入后比较。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        foreach (var c in d.Narrative.Claims)
        {
            if (c.Amount is not { } amount || c.Subject.Key.StartsWith("three_public", StringComparison.Ordinal) || c.Subject.Key == ClaimKeys.OperatingCost) continue;
            if (!ClaimTables.Plausible(d, c)) continue;
            if (ClaimTables.Resolve(d, c) is not { } target) continue;
            var stated = Printed.Of(amount);
            var agreement = o.Rounding.Same(stated, target.Value);
            if (!Reports(agreement, o)) continue;
            if (ClaimTables.WiderScope(d, c) is { } wider && !Reports(o.Rounding.Same(stated, wider.Value), o)) continue;
            if (ClaimTables.StatesRowPart(d, c, o.Rounding)) continue;
            foreach (var f in ReportGap(agreement, o, $"说明称{ClaimTables.Name(c)} {Money.Plain(amount.Value)}，{target.Description} 为 {Money.Round(target.Value.Value, Math.Max(2, Money.Scale(amount.Value)))}",
                At.Claim(c), Money.Round(target.Value.Value, Math.Max(2, Money.Scale(amount.Value))), Money.Plain(amount.Value), related: [target.Row.Span.Line]))
            {
                yield return f;
            }
        }
    }
}

/// <summary>A share ("占 x%") equals amount ÷ base; the base depends on the subject (docs/checking.md).</summary>
public sealed class ShareMatchesBase : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("N.share", "占比 = 金额 ÷ 基数（收入占收入合计，支出占支出合计，类占一般公共预算合计）", RuleCategory.Narrative, Severity.Error, Basis.TextArithmetic)
    {
        Help = "说明中“占 x%”应等于该金额除以其基数：收入来源占收入合计，基本支出、项目支出占支出合计，人员经费、公用经费占基本支出，功能分类类占一般公共预算支出合计，“三公”各项占“三公”合计。按各数字的打印精度作区间判断，超出不到 0.05 个百分点为警告；不符多是基数取错，或金额改后占比未重算。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        foreach (var c in d.Narrative.Claims)
        {
            if (c.Amount is not { } amount || c.Share is not { } share || !ClaimTables.Plausible(d, c)) continue;
            if (ClaimTables.ShareBase(d, c) is not { } b || b.Value.Value == 0) continue;
            if (Ratio.Percent(Printed.Of(amount), b.Value) is not { } range) continue;
            var agreement = o.Rounding.Percent(Printed.Of(share), range.Low, range.High);
            if (agreement.Kind == AgreementKind.Exact) continue;
            // A share of the total its own paragraph states is consistent with that statement; whether the stated total
            // matches the tables is N.amount-vs-table's finding, not a second one here.
            if (ClaimTables.StatedBases(d, c).Any(s => s.Value != 0 && Ratio.Percent(Printed.Of(amount), Printed.Of(s)) is { } own
                && o.Rounding.Percent(Printed.Of(share), own.Low, own.High).Kind == AgreementKind.Exact)) continue;
            var computed = Money.Round(100m * amount.Value / b.Value.Value);
            foreach (var f in ReportGap(agreement, o, $"{ClaimTables.Name(c)} 占比 {Money.Plain(share.Value)}% ≠ {Money.Plain(amount.Value)} ÷ {b.Name} {Money.Plain(b.Value.Value)} = {computed}%",
                At.Claim(c), computed, Money.Plain(share.Value)))
            {
                yield return f;
            }
        }
    }
}

/// <summary>Change percent = change ÷ prior year, prior = current − change (interval arithmetic on the printed inputs).</summary>
public sealed class ChangePercent : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("N.change-percent", "增减幅度 = 增减额 ÷ 上年数（上年数 = 本年数 − 增减额）", RuleCategory.Narrative, Severity.Error, Basis.TextArithmetic)
    {
        Help = "说明中“增长/下降 y%”应等于增减额除以上年数，上年数 = 本年数 − 增减额（本年数为句中所述金额，句中没写时取前文同一事项的金额）。按打印精度作区间判断，超出不到 0.05 个百分点为警告；不符多是用本年数作了分母，或增减额改后百分比未重算。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        foreach (var c in d.Narrative.Claims)
        {
            if (ClaimTables.CurrentAmount(d, c) is not { } amount || ClaimTables.SignedChange(c) is not { } change || c.ChangePercent is not { } pct) continue;
            if (Ratio.Growth(Printed.Of(amount), change) is not { } range) continue;
            // A change printed as "0" may be either sign: only the magnitude of the rate is bounded (004: 增加 0 万元，增长 0%).
            var (low, high) = range.Low >= 0 ? (range.Low, range.High) : range.High <= 0 ? (-range.High, -range.Low) : (0m, Math.Max(-range.Low, range.High));
            var agreement = o.Rounding.Percent(Printed.Of(pct), low, high);
            if (agreement.Kind == AgreementKind.Exact) continue;
            var prior = amount.Value - change.Value;
            var computed = Money.Round(Math.Abs(100m * change.Value / prior));
            foreach (var f in ReportGap(agreement, o, $"{ClaimTables.Name(c)} 增减幅度 {Money.Plain(pct.Value)}% ≠ {Money.Plain(Math.Abs(change.Value))} ÷ 上年 {Money.Plain(prior)} = {computed}%",
                At.Claim(c), computed, Money.Plain(pct.Value)))
            {
                yield return f;
            }
        }
    }
}

/// <summary>增加 goes with 增长, 减少 with 下降; a zero change is not an increase or decrease of a non-zero amount.</summary>
public sealed class DirectionWords : Rule
{
    private static readonly string[] Up = ["增加", "增长", "上升", "提高"];
    private static readonly string[] Down = ["减少", "下降", "降低", "下降了"];

    public override RuleDescriptor Descriptor { get; } = new("N.direction", "增减方向用语一致（增加/增长、减少/下降）", RuleCategory.Narrative, Severity.Error, Basis.TextArithmetic)
    {
        Help = "同一句中增减额与增减幅度的方向用语应一致：“增加”配“增长”，“减少”配“下降”；写“持平”时不应再有非零增减额。用语相反说明其中一处写错，按实际增减改正。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        foreach (var c in d.Narrative.Claims)
        {
            var a = Sign(c.AmountWord);
            var p = Sign(c.PercentWord);
            if (a != 0 && p != 0 && a != p)
            {
                yield return Report($"{ClaimTables.Name(c)}：增减额用“{c.AmountWord}”，增减幅度却用“{c.PercentWord}”", At.Claim(c), c.AmountWord, c.PercentWord);
            }
            // "减少6.00万元…其中：因公出国（境）费与上年预算持平": the 持平 is a sub-item's, the amount has its own word.
            else if (c.Direction == ChangeDirection.Flat && c.ChangeAmount is { Value: not 0 } ch && a == 0)
            {
                yield return Report($"{ClaimTables.Name(c)}：称“持平”却有增减额 {Money.Plain(ch.Value)}", At.Claim(c), "0", Money.Plain(ch.Value), Severity.Warning);
            }
        }
    }

    private static int Sign(string? word) =>
        word is null ? 0 : ContainsAny(word, Up) ? 1 : ContainsAny(word, Down) ? -1 : 0;

    private static bool ContainsAny(string word, string[] any)
    {
        foreach (var w in any)
        {
            if (word.Contains(w, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}

/// <summary>With a zero prior year a growth rate is undefined; printing one (other than for a nil-to-nil line) misleads.</summary>
public sealed class GrowthFromZero : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("N.growth-undefined", "上年数为零时不应给出增长百分比", RuleCategory.Narrative, Severity.Warning, Basis.TextArithmetic)
    {
        Help = "上年数（本年数 − 增减额）为 0 时增长百分比无从计算，不应写“增长 100%”之类；应只写增加额，并说明上年没有这项收支。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        foreach (var c in d.Narrative.Claims)
        {
            if (ClaimTables.CurrentAmount(d, c) is not { } amount || ClaimTables.SignedChange(c) is not { } change || c.ChangePercent is not { } pct) continue;
            var prior = amount.Value - change.Value;
            if (prior != 0 || amount.Value == 0) continue;
            yield return Report($"{ClaimTables.Name(c)}：上年数为 0（本年 {Money.Plain(amount.Value)}，增加 {Money.Plain(change.Value)}），增长幅度无意义，却写作 {Money.Plain(pct.Value)}%",
                At.Claim(c), "（无）", Money.Plain(pct.Value));
        }
    }
}

/// <summary>基本支出 = 人员经费 + 公用经费 as the text of 六 states them. With 表6 the table rules and N.amount-vs-table judge the
/// figures; without it (003 prints no 表6, 004 no tables) this is the only check of the split.</summary>
public sealed class BasicSplitAddsUp : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("N.basic-parts", "说明中基本支出 = 人员经费 + 公用经费", RuleCategory.Narrative, Severity.Error, Basis.TextArithmetic)
    {
        Help = "同一部分说明中的一般公共预算基本支出应等于所述人员经费与公用经费之和。人员经费或公用经费印得比基本支出粗（如 291.3）且差额在其舍入以内时不报告；不符时对照表6 合计改正说明。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        foreach (var section in d.Narrative.Claims.Where(c => c.Subject.Key == ClaimKeys.GpbPersonnel && c.Amount is not null).Select(c => c.Section).Distinct())
        {
            var claims = d.Narrative.Claims.Where(c => c.Section == section && c.Amount is not null && ClaimTables.Plausible(d, c)).ToList();
            var basic = claims.FirstOrDefault(c => c.Subject.Key == ClaimKeys.GpbBasic);
            var personnel = claims.FirstOrDefault(c => c.Subject.Key == ClaimKeys.GpbPersonnel);
            var pub = claims.FirstOrDefault(c => c.Subject.Key == ClaimKeys.GpbPublic);
            if (basic is null || personnel is null || pub is null) continue;
            var sum = Money.Sum([Printed.Of(personnel.Amount!.Value), Printed.Of(pub.Amount!.Value)]);
            var stated = Printed.Of(basic.Amount!.Value);
            var agreement = o.Rounding.Compare(stated, sum);
            // A part printed coarser than the whole (004: 公用经费 "291.3" beside 2267.23) may have been rounded to that
            // precision: a gap within its rounding says nothing.
            var coarser = Money.Scale(personnel.Amount.Value.Value) < Money.Scale(basic.Amount.Value.Value) || Money.Scale(pub.Amount.Value.Value) < Money.Scale(basic.Amount.Value.Value);
            if (coarser && agreement.Kind == AgreementKind.WithinRounding) continue;
            foreach (var f in ReportGap(agreement, o, $"说明中基本支出 {Money.Plain(stated.Value)} ≠ 人员经费 {Money.Plain(personnel.Amount.Value.Value)} + 公用经费 {Money.Plain(pub.Amount.Value.Value)} = {Money.Plain(sum.Value)}",
                At.Claim(basic), Money.Plain(sum.Value), Money.Plain(stated.Value), related: [personnel.Span.Line, pub.Span.Line]))
            {
                yield return f;
            }
        }
    }
}

/// <summary>Shares listed in one section for parts of one whole add up to 100 (within the rounding of each share).</summary>
public sealed class SharesAddUp : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("N.shares-sum", "同一段落中各组成部分的占比之和为 100%", RuleCategory.Narrative, Severity.Error, Basis.TextArithmetic)
    {
        Help = "同一段落列出一组组成部分（各收入来源、基本支出与项目支出、各功能分类类）的占比，且这些金额合起来正是基数时，占比之和应为 100%（允许各占比的舍入误差）。不足或超出多是某一项占比算错。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        var groups = d.Narrative.Claims.Where(c => c.Share is not null && c.Amount is not null)
            .GroupBy(c => (c.Section, Family(c)));
        foreach (var g in groups)
        {
            // A group of one claim has fewer than two subjects.
            if (g.Key.Item2 is null || g.Count() < 2) continue;
            var claims = g.GroupBy(c => (c.Subject.Key, c.Subject.Code)).Select(x => x.First()).ToList();
            if (claims.Count < 2) continue;
            if (ClaimTables.ShareBase(d, claims[0]) is not { } b) continue;
            var amounts = Money.Sum(claims.Select(c => Printed.Of(c.Amount!.Value)));
            // Only a complete breakdown must add to 100%: the parts must add up to the base.
            if (o.Rounding.Compare(b.Value, amounts).Kind is not (AgreementKind.Exact or AgreementKind.WithinRounding)) continue;
            // Shares of a wider total the paragraph states (西南大学: "支出预算490,808.40万元（本年支出预算415,808.40万元），其中：
            // 教育支出…占总支出的81.21%…"): the parts listed need not exhaust it.
            if (SharesOfStatedBase(d, claims, b.Value.Value)) continue;
            var shares = Money.Sum(claims.Select(c => Printed.Of(c.Share!.Value)));
            var agreement = o.Rounding.Percent(new Printed(shares.Value, 0m), 100m - shares.Half, 100m + shares.Half);
            if (!Reports(agreement, o)) continue;
            foreach (var f in ReportGap(agreement, o, $"{string.Join("、", claims.Select(ClaimTables.Name))} 的占比之和为 {Money.Plain(shares.Value)}%，应为 100%",
                At.Claim(claims[0]), "100", Money.Plain(shares.Value), related: claims.Skip(1).Select(c => c.Span.Line)))
            {
                yield return f;
            }
        }
    }

    private static bool SharesOfStatedBase(Disclosure d, List<Claim> claims, decimal tableBase) =>
        ClaimTables.StatedBases(d, claims[0]).Any(stated => Math.Abs(stated.Value - tableBase) > 0.05m && stated.Value > 0
            && claims.All(c => Math.Abs(c.Amount!.Value.Value / stated.Value * 100m - c.Share!.Value.Value) <= 0.01m + HalfUnit(c.Share!.Value)));

    /// <summary>Half the last printed digit of a share ("3.2" → 0.05).</summary>
    private static decimal HalfUnit(Figure share) => Printed.Of(share).Half;

    private static string? Family(Claim c) => c.Subject.Key switch
    {
        ClaimKeys.Function when c.Subject.Code is { Level: CodeLevel.Class } => "class",
        ClaimKeys.ExpenseBasic or ClaimKeys.ExpenseProject => "expense",
        ClaimKeys.GpbBasic or ClaimKeys.GpbProject => "gpb",
        ClaimKeys.FiscalBasic or ClaimKeys.FiscalProject => "fiscal",
        ClaimKeys.IncomeGpb or ClaimKeys.IncomeGf or ClaimKeys.IncomeSc or ClaimKeys.IncomeSpecial or ClaimKeys.IncomeUnit or ClaimKeys.Carryover => "income",
        _ => null,
    };
}

/// <summary>One subject stated twice with different amounts (e.g. 004: 社会保障和就业支出 347.09 in one section, 347.08 in the next).
/// Claims count as the same subject when key, code, basis and printed name agree, so that a sentence attached to the wrong
/// subject by the reader does not produce a false error.</summary>
public sealed class SameSubjectTwice : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("N.same-subject-twice", "同一事项在说明中两次陈述的金额不同", RuleCategory.Narrative, Severity.Error, Basis.Consistency)
    {
        Help = "同一事项（同一科目、同一口径、同一名称）在说明中两处给出的金额应相同，例如 004 社会保障和就业支出一处写 347.09、一处写 347.08。不同时以公开表为准改正其中一处。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        var candidates = new List<Claim>(d.Narrative.Claims.Length);
        foreach (var c in d.Narrative.Claims)
        {
            if (c.Amount is null || c.Subject.Key == ClaimKeys.CarryoverItem || !ClaimTables.Plausible(d, c)) continue;
            // A figure whose words name no item ("合计" of two projects, "较上年的" 会议费 and 培训费) is no subject to repeat.
            if (c.Subject.Key == ClaimKeys.Other && NamesNoItem(c.Subject.Label)) continue;
            // An item's 基本支出 or 项目支出 part stated under that heading is another subject than the item's total.
            if (ClaimTables.StatesRowPart(d, c, o.Rounding)) continue;
            candidates.Add(c);
        }
        // Claims are grouped by key, code, basis and printed name; a claim alone with its key and code is alone in its group
        // too, so basis and name (which cost a lookup and a string) are worked out only for the others. Groups keep the
        // order of their first claims, and each reports the first claim that differs from its first.
        bool? gpbIsAll = null;
        var groups = new Dictionary<(string Key, string? Code, string Basis, string Name), int>();
        var firsts = new List<Claim>();
        var reported = new List<Finding?>();
        var done = new List<bool>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (!SubjectRepeated(candidates, i)) continue;
            gpbIsAll ??= FundsAreAllGpb(d);
            var key = (c.Subject.Key, c.Subject.Code?.Digits, BasisOf(d, c, gpbIsAll.Value), SubjectName(c));
            if (!groups.TryGetValue(key, out var g))
            {
                groups.Add(key, firsts.Count);
                firsts.Add(c);
                reported.Add(null);
                done.Add(false);
                continue;
            }
            if (done[g]) continue;
            var first = firsts[g];
            var agreement = o.Rounding.Same(Printed.Of(first.Amount!.Value), Printed.Of(c.Amount!.Value));
            if (agreement.Kind == AgreementKind.Exact) continue;
            done[g] = true;
            reported[g] = ReportGap(agreement, o, $"{ClaimTables.Name(c)} 在第 {first.Span.Line} 行为 {Money.Plain(first.Amount.Value.Value)}，在第 {c.Span.Line} 行为 {Money.Plain(c.Amount.Value.Value)}",
                At.Claim(c), Money.Plain(first.Amount.Value.Value), Money.Plain(c.Amount.Value.Value), related: [first.Span.Line]).FirstOrDefault();
        }
        foreach (var f in reported)
        {
            if (f is not null) yield return f;
        }
    }

    private static bool NamesNoItem(string label)
    {
        var words = Facts.NameKey(label);
        return words.Length == 0 || words is "合计" or "小计" or "总计" or "共计" or "其中" or "金额" or "资金" or "预算" or "预算数"
            || words.StartsWith('较') || words.StartsWith('比') || words.StartsWith("与上年", StringComparison.Ordinal) || words.StartsWith("同比", StringComparison.Ordinal);
    }

    /// <summary>Another candidate has the key and code of candidate <paramref name="i"/> (a handful of claims: a scan beats a map).</summary>
    private static bool SubjectRepeated(List<Claim> candidates, int i)
    {
        var s = candidates[i].Subject;
        var code = s.Code?.Digits;
        for (var j = 0; j < candidates.Count; j++)
        {
            if (j != i && candidates[j].Subject.Key == s.Key && candidates[j].Subject.Code?.Digits == code) return true;
        }
        return false;
    }

    /// <summary>The subject's printed name: for 类/款/项 the printed path without the （类）/（款）/（项） marks
    /// ("社会保障和就业支出（类）" and "社会保障和就业支出" are one subject; 档案事务/行政运行 and 党委办公厅…/行政运行 are two), else the label.</summary>
    private static string SubjectName(Claim c) =>
        Facts.NameKey(c.Subject.Key == ClaimKeys.Function && !c.Subject.PrintedPath.IsDefaultOrEmpty ? string.Join("/", c.Subject.PrintedPath) : c.Subject.Label);

    /// <summary>Claims about a 类/款/项 restate different tables by section (all funds, 财政拨款, 一般公共预算); when the unit's money is
    /// all 一般公共预算 those bases coincide.</summary>
    private static string BasisOf(Disclosure d, Claim c, bool gpbIsAll)
    {
        if (c.Subject.Key != ClaimKeys.Function) return string.Empty;
        var t = ClaimTables.FunctionTable(d, c);
        return gpbIsAll ? "all" : TableIdText.Of(t);
    }

    private static bool FundsAreAllGpb(Disclosure d)
    {
        var t1 = d.Table(TableId.T1);
        if (t1 is not null && Facts.WanYuan(t1, "income.total", "amount") is { } total && Facts.WanYuan(t1, "income.gpb", "amount") is { } gpb) return total.Value == gpb.Value;
        var claims = d.Narrative.Claims;
        var income = claims.FirstOrDefault(c => c.Subject.Key is ClaimKeys.IncomeTotal or ClaimKeys.Total && c.Amount is not null)?.Amount;
        var g = claims.FirstOrDefault(c => c.Subject.Key == ClaimKeys.IncomeGpb && c.Amount is not null)?.Amount;
        return income is not null && g is not null && income.Value.Value == g.Value.Value;
    }
}

/// <summary>Lists in the text ("支出预算包括：…", 人员经费/公用经费 items) name what the tables have.</summary>
public abstract class ListMatchesTableRule : Rule
{
    protected abstract string ListKey { get; }

    /// <summary>The names the table has for this list (non-zero rows), or null when the table is not there.</summary>
    protected abstract IReadOnlyList<string>? Expected(Disclosure d);

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        var expected = Expected(d);
        if (expected is null) yield break;
        foreach (var list in d.Narrative.Lists.Where(l => l.Key == ListKey))
        {
            var stated = list.Items.Select(Facts.NameKey).ToHashSet();
            var want = expected.Select(Facts.NameKey).ToHashSet();
            var missing = expected.Where(e => !stated.Contains(Facts.NameKey(e))).ToList();
            var extra = list.Items.Where(i => !want.Contains(Facts.NameKey(i))).ToList();
            if (missing.Count == 0 && extra.Count == 0) continue;
            var parts = new List<string>();
            if (missing.Count > 0) parts.Add($"表中有而说明未列：{string.Join("、", missing)}");
            if (extra.Count > 0) parts.Add($"说明列出而表中无数：{string.Join("、", extra)}");
            yield return Report($"{Title}与表不符（{string.Join("；", parts)}）", At.Text(list.Section, list.Span), string.Join("、", expected), string.Join("、", list.Items));
        }
    }

    protected virtual string Title => "列举";

    protected static IReadOnlyList<string>? EconomicNames(Disclosure d, string column, CheckOptions? o = null)
    {
        var t6 = d.Table(TableId.T6);
        if (t6 is null || d.StatusOf(TableId.T6) != TableStatus.Present) return null;
        return t6.Rows.Where(r => r.EconomicCode is { Level: CodeLevel.Section } && r.Cells.TryGetValue(column, out var c) && c.Value != 0).Select(r => r.Label).ToList();
    }
}

public sealed class ExpenseClassesList : ListMatchesTableRule
{
    public override RuleDescriptor Descriptor { get; } = new("N.expense-classes-list", "“支出预算包括”所列类与表中有数的类一致", RuleCategory.Narrative, Severity.Warning, Basis.Consistency)
    {
        Help = "“支出预算包括……”列出的功能分类类应正好是表3（无表3 时表5）中合计不为零的类：表中有数而未列、列出而表中无数都报告。多是沿用上年说明未更新。",
    };
    protected override string ListKey => "expense.classes";
    protected override string Title => "支出预算所列功能类";

    protected override IReadOnlyList<string>? Expected(Disclosure d)
    {
        var t = d.Table(TableId.T3) ?? d.Table(TableId.T5);
        if (t is null || t.Rows.IsEmpty) return null;
        return t.Rows.Where(r => r.Project is null && r.FunctionCode is { Level: CodeLevel.Class } && r.Cells.TryGetValue("total", out var c) && c.Value != 0).Select(r => r.Label).ToList();
    }
}

public sealed class IncomeSourcesList : ListMatchesTableRule
{
    public override RuleDescriptor Descriptor { get; } = new("N.income-sources-list", "“收入预算包括”所列来源与表1 有数的收入一致", RuleCategory.Narrative, Severity.Warning, Basis.Consistency)
    {
        Help = "“收入预算包括……”列出的资金来源应与表1 中有数的收入一致：表1 有某项收入而未列出，或列出的来源在表1 为零，都报告。多是沿用上年说明未更新。",
    };
    protected override string ListKey => "income.sources";
    protected override string Title => "收入预算所列来源";

    private static readonly (string Key, string[] Names)[] Sources =
    [
        ("income.gpb", ["一般公共预算", "一般公共预算拨款"]),
        ("income.gf", ["政府性基金预算", "政府性基金预算拨款"]),
        ("income.sc", ["国有资本经营预算", "国有资本经营预算拨款"]),
        ("income.special", ["财政专户管理资金", "财政专户核拨", "财政专户"]),
        ("income.unit", ["单位资金"]),
        ("carryover", ["上年结转结余", "上年结转", "财政拨款结转结余", "财政拨款结转", "结转结余"]),
    ];

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        var t1 = d.Table(TableId.T1);
        if (t1 is null || t1.Rows.IsEmpty) yield break;
        foreach (var list in d.Narrative.Lists.Where(l => l.Key == ListKey))
        {
            var stated = list.Items.Select(Facts.NameKey).ToList();
            foreach (var (key, names) in Sources)
            {
                var amount = Facts.WanYuan(t1, key, "amount")?.Value ?? 0m;
                var listed = stated.Any(s => names.Any(n => s.StartsWith(Facts.NameKey(n), StringComparison.Ordinal)));
                if (amount != 0 && !listed) yield return Report($"表1 有{names[0]}收入 {Money.Plain(amount)}，但“收入预算包括”未列出", At.Text(list.Section, list.Span), names[0], string.Join("、", list.Items));
                else if (amount == 0 && listed) yield return Report($"“收入预算包括”列出{names[0]}，但表1 该项无数", At.Text(list.Section, list.Span), "（不列）", names[0]);
            }
        }
    }

    protected override IReadOnlyList<string>? Expected(Disclosure d) => null;
}

public sealed class PersonnelItemsList : ListMatchesTableRule
{
    public override RuleDescriptor Descriptor { get; } = new("N.personnel-items", "人员经费“主要包括”所列项目与表6 人员经费有数的款一致", RuleCategory.Narrative, Severity.Warning, Basis.Consistency)
    {
        Help = "人员经费“主要包括”所列项目应正好是表6 人员经费列中有数的经济分类款（如基本工资、津贴补贴、退休费）。多列或漏列多是套用模板或上年文字，按表6 改正。",
    };
    protected override string ListKey => "gpb.basic.personnel.items";
    protected override string Title => "人员经费所列项目";
    protected override IReadOnlyList<string>? Expected(Disclosure d) => EconomicNames(d, "personnel");
}

public sealed class PublicItemsList : ListMatchesTableRule
{
    public override RuleDescriptor Descriptor { get; } = new("N.public-items", "公用经费“主要包括”所列项目与表6 公用经费有数的款一致", RuleCategory.Narrative, Severity.Warning, Basis.Consistency)
    {
        Help = "公用经费“主要包括”所列项目应正好是表6 公用经费列中有数的经济分类款（如办公费、差旅费、公务用车运行维护费）。多列或漏列多是套用模板或上年文字，按表6 改正。",
    };
    protected override string ListKey => "gpb.basic.public.items";
    protected override string Title => "公用经费所列项目";
    protected override IReadOnlyList<string>? Expected(Disclosure d) => EconomicNames(d, "public");
}

/// <summary>A change stated without its reason ("主要原因是…") leaves the reader guessing; the templates ask for one.</summary>
public sealed class ChangeReason : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("N.change-reason", "有增减变化的金额应说明原因", RuleCategory.Narrative, Severity.Info, Basis.Rules143)
    {
        Help = "说明中有非零增减额的金额应写明“主要原因是……”，否则读者无从判断增减是否合理。补写原因即可；“三公”经费的原因由 K.three-public-reason 检查。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        foreach (var c in d.Narrative.Claims)
        {
            // 三公 reasons are judged by K.three-public-reason.
            if (c.Subject.Key.StartsWith("three_public", StringComparison.Ordinal)) continue;
            if (c.ChangeAmount is not { Value: not 0 } ch || !string.IsNullOrWhiteSpace(c.Reason)) continue;
            yield return Report($"{ClaimTables.Name(c)} 比上年{c.AmountWord ?? "变化"} {Money.Plain(ch.Value)}，未说明原因", At.Claim(c), "主要原因是…", "（无）");
        }
    }
}

/// <summary>Function names printed in the text ("社会保障和就业支出（类）…（款）…（项）") are the catalog's names for the code.</summary>
public sealed class ClaimFunctionNames : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("N.function-names", "说明中的类/款/项名称与科目代码的规范名称一致", RuleCategory.Narrative, Severity.Warning, Basis.Classification)
    {
        Help = "说明中写出的类、款、项名称应是该科目代码在《政府收支分类科目》中的规范名称（如 2101101 行政单位医疗）。名称写错、用了旧版名称或与代码对不上时报告，按科目表改正。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        foreach (var c in d.Narrative.Claims)
        {
            if (c.Subject.Key != ClaimKeys.Function || c.Subject.Code is not { } code || c.Subject.PrintedPath.IsDefaultOrEmpty) continue;
            // 类, then 款 and 项 as deep as the code goes, each made only when the printed path reaches it.
            var depth = code.Level switch { CodeLevel.Class => 1, CodeLevel.Section => 2, _ => 3 };
            for (var i = 0; i < Math.Min(depth, c.Subject.PrintedPath.Length); i++)
            {
                var level = i switch { 0 => code.Class, 1 => FunctionCode.Parse(code.Digits[..5]), _ => code };
                var entry = o.Classification.Function(level);
                var printed = c.Subject.PrintedPath[i];
                if (entry is null || Facts.NameKey(entry.Name) == Facts.NameKey(printed)) continue;
                yield return Report($"说明中“{printed}”不是科目 {level.Digits} 的名称（应为“{entry.Name}”）", At.Claim(c), entry.Name, printed);
            }
        }
    }
}

internal static class NarrativeExtensions
{
    public static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> a) => a.IsDefault ? [] : a;
}
