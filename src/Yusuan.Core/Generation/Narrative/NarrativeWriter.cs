using System.Collections.Immutable;
using Yusuan.Core.Generation.Derivation;
using Yusuan.Core.Generation.Input;
using Yusuan.Core.Model;
using static Yusuan.Core.Generation.Narrative.Phrasing;

namespace Yusuan.Core.Generation.Narrative;

/// <summary>
/// Writes 第三部分 预算情况说明 (一 … 十二) in the standard phrasing of the 2025 Xinjiang template, from the same derived
/// figures as the tables. Every sentence that states a figure is also recorded as a <see cref="Claim"/>.
/// </summary>
public sealed class NarrativeWriter
{
    private readonly BudgetFigures f;
    private readonly BudgetInput input;
    private readonly IssueBag issues;
    private readonly string u;
    private readonly int y;
    private readonly string scope;
    private readonly List<NarrativeSection> sections = [];
    private readonly List<Claim> claims = [];
    private readonly List<ListStatement> lists = [];
    private List<string> paragraphs = [];
    private string sectionKey = string.Empty;

    private readonly ImmutableArray<ProjectDescription> projects;
    private readonly OtherMatters matters;
    private readonly bool hasTargets;

    public NarrativeWriter(BudgetFigures figures, IssueBag issues, ImmutableArray<ProjectDescription> projects, OtherMatters matters, bool hasTargets)
    {
        this.projects = projects;
        this.matters = matters;
        this.hasTargets = hasTargets;
        f = figures;
        input = figures.Input;
        this.issues = issues;
        u = input.Unit;
        y = input.Year;
        scope = input.Scope == "department" ? "部门" : "单位";
    }

    public Model.Narrative Write()
    {
        Overall();
        Income();
        Expense();
        Fiscal();
        GpbAppropriation();
        GpbBasic();
        GpbProjects();
        FundSection("八", "政府性基金预算拨款", FundSources.Gf, "政府性基金预算支出情况表", input.Prior.GfFunctions, "gf");
        FundSection("九", "国有资本经营预算拨款", FundSources.Sc, "国有资本经营预算支出情况表", input.Prior.ScFunctions, "sc");
        ThreePublic();
        Carryover();
        OtherMatters();
        var written = sections.Select((s, i) => s with { Paragraphs = [.. pending[i]] });
        return new Model.Narrative { Sections = [.. written], Claims = [.. claims], Lists = [.. lists] };
    }

    // 一 ---------------------------------------------------------------------------------------------------
    private void Overall()
    {
        Section("一", $"一、关于{u}{y}年收支预算情况的总体说明", "收支总体");
        var total = f.Total();
        Say($"按照全口径预算的原则，{u}{y}年所有收入和支出均纳入{scope}预算管理。收支总预算{Money(total)}万元。",
            new ClaimSubject(ClaimKeys.Total, "收支总预算"), total);
        // The list names 表1's income lines: carry-overs appear once, as 上年结转结余 (二 details them).
        var sources = IncomeSources().Where(s => s.Amount != 0m && s.Key is not (ClaimKeys.CarryoverFiscal or ClaimKeys.CarryoverNonfiscal)).Select(s => s.Name).ToList();
        if (f.CarryFiscal() + f.CarryNonfiscal() != 0m) sources.Add("上年结转结余");
        List("income.sources", sources);
        Paragraph($"收入预算包括：{string.Join("、", sources)}。");
        var classes = f.Classes(c => f.Total(c.Digits)).Select(c => f.Names.Function(c)!).ToList();
        List("expense.classes", classes);
        Paragraph($"支出预算包括：{string.Join("、", classes)}。");
    }

    private IEnumerable<(string Key, string Name, string LongName, decimal Amount, decimal? Prior)> IncomeSources()
    {
        var prior = input.Prior.Income;
        decimal? P(string key) => prior.TryGetValue(key, out var v) ? v : null;
        yield return (ClaimKeys.IncomeGpb, "一般公共预算", "一般公共预算", f.Current(FundSources.Gpb), P("gpb"));
        yield return (ClaimKeys.IncomeGf, "政府性基金预算", "政府性基金预算", f.Current(FundSources.Gf), P("gf"));
        yield return (ClaimKeys.IncomeSc, "国有资本经营预算", "国有资本经营预算", f.Current(FundSources.Sc), P("sc"));
        yield return (ClaimKeys.IncomeSpecial, "财政专户管理资金", "财政专户管理资金", f.Current(FundSources.Special), P("special"));
        yield return (ClaimKeys.IncomeUnit, "单位资金", "单位资金", f.Current(FundSources.Unit), P("unit"));
        yield return (ClaimKeys.CarryoverFiscal, "财政拨款结转", "财政拨款结转", f.CarryFiscal(), P("fiscal_carryover"));
        yield return (ClaimKeys.CarryoverNonfiscal, "非财政拨款结转结余", "非财政拨款结转结余", f.CarryNonfiscal(), P("nonfiscal_carryover"));
    }

    // 二 ---------------------------------------------------------------------------------------------------
    private void Income()
    {
        Section("二", $"二、关于{u}{y}年收入预算情况说明", "收入预算");
        var total = f.Total();
        Say($"{u}{scope}收入预算{Money(total)}万元，其中：", new ClaimSubject(ClaimKeys.IncomeTotal, "收入预算"), total);
        var all = IncomeSources().ToDictionary(s => s.Key);
        void Source(string key, bool always)
        {
            var s = all[key];
            if (s.Amount == 0m && s.Prior is null or 0m)
            {
                if (always) Paragraph($"{s.Name}未安排。");
                return;
            }
            Statement(new ClaimSubject(key, s.Name), s.Name, s.Amount, total, "收入预算", s.Prior, key);
        }
        void Transfer(string key, string name, string source)
        {
            var amount = f.Transfer(source);
            if (amount == 0m) Paragraph($"{name}未安排。");
            else Statement(new ClaimSubject(key, name), name, amount, total, "收入预算", null, key);
        }
        Source(ClaimKeys.IncomeGpb, true);
        Transfer(ClaimKeys.IncomeGpbTransfer, "上级一般公共预算安排的转移支付资金", FundSources.Gpb);
        Source(ClaimKeys.IncomeGf, true);
        Transfer(ClaimKeys.IncomeGfTransfer, "上级政府性基金安排的转移支付资金", FundSources.Gf);
        Source(ClaimKeys.IncomeSc, true);
        Transfer(ClaimKeys.IncomeScTransfer, "上级国有资本经营预算安排的转移支付资金", FundSources.Sc);
        Source(ClaimKeys.IncomeSpecial, false);
        Source(ClaimKeys.IncomeUnit, false);
        Source(ClaimKeys.CarryoverFiscal, false);
        Source(ClaimKeys.CarryoverNonfiscal, false);
    }

    // 三 ---------------------------------------------------------------------------------------------------
    private void Expense()
    {
        Section("三", $"三、关于{u}{y}年支出预算情况说明", "支出预算");
        var total = f.Total();
        Say($"{u}{y}年支出预算{Money(total)}万元，其中：", new ClaimSubject(ClaimKeys.ExpenseTotal, "支出预算"), total);
        Statement(new ClaimSubject(ClaimKeys.ExpenseBasic, "基本支出"), "基本支出", f.Basic(), total, "支出预算", input.Prior.Basic, ClaimKeys.ExpenseBasic);
        Statement(new ClaimSubject(ClaimKeys.ExpenseProject, "项目支出"), "项目支出", f.Project(), total, "支出预算", input.Prior.Project, ClaimKeys.ExpenseProject);
    }

    // 四 ---------------------------------------------------------------------------------------------------
    private void Fiscal()
    {
        Section("四", $"四、关于{u}{y}年财政拨款收支预算情况的总体说明", "财政拨款收支");
        var fiscal = f.Fiscal();
        Say($"{y}年财政拨款收支总预算{Money(fiscal)}万元。", new ClaimSubject(ClaimKeys.FiscalTotal, "财政拨款收支总预算"), fiscal);
        var gpb = f.Current(FundSources.Gpb);
        var gf = f.Current(FundSources.Gf);
        var sc = f.Current(FundSources.Sc);
        if (fiscal == 0m)
        {
            Paragraph($"{u}{y}年没有财政拨款收支预算。");
            return;
        }
        var kinds = new[] { ("一般公共预算拨款", gpb), ("政府性基金预算拨款", gf), ("国有资本经营预算拨款", sc) };
        var used = kinds.Where(k => k.Item2 != 0m).Select(k => k.Item1).ToList();
        var unused = kinds.Where(k => k.Item2 == 0m).Select(k => k.Item1).ToList();
        Paragraph(used.Count == 1
            ? $"收入全部为{used[0]}{(unused.Count > 0 ? "，无" + string.Join("和", unused) : string.Empty)}。"
            : $"收入包括{string.Join("、", used)}{(unused.Count > 0 ? "，无" + string.Join("和", unused) : string.Empty)}。");
        var parts = kinds.Where(k => k.Item2 != 0m).Select(k => $"{k.Item1}{Money(k.Item2)}万元");
        Paragraph($"收入预算包括：{string.Join("，", parts)}。");
        foreach (var (source, name) in new[] { (FundSources.Gpb, "一般公共预算"), (FundSources.Gf, "政府性基金预算"), (FundSources.Sc, "国有资本经营预算") })
        {
            var classes = f.Classes(c => f.Current(source, c.Digits)).ToList();
            if (classes.Count == 0) continue;
            var items = new List<string>();
            foreach (var cls in classes)
            {
                var amount = f.Current(source, cls.Digits);
                var purpose = input.ClassPurposes.GetValueOrDefault(cls.Digits);
                if (purpose is null && source == FundSources.Gpb)
                    issues.Info("narrative.purpose-missing", $"classPurposes.{cls.Digits}", $"没有说明{f.Names.Function(cls)}主要用于什么（classPurposes），四、财政拨款收支说明中将只列金额。");
                items.Add($"{f.Names.Function(cls)}{Money(amount)}万元{(purpose is null ? string.Empty : "，主要用于" + Clause(purpose))}");
                if (source == FundSources.Gpb)
                    claims.Add(new Claim { Subject = new ClaimSubject(ClaimKeys.Function, f.Names.Function(cls)!) { Code = cls, PrintedPath = [f.Names.Function(cls)!] }, Amount = Fig(amount), Section = sectionKey, Text = items[^1] });
            }
            Paragraph($"{name}支出包括：{string.Join("；", items)}。");
        }
    }

    // 五 ---------------------------------------------------------------------------------------------------
    private void GpbAppropriation()
    {
        Section("五", $"五、关于{u}{y}年一般公共预算当年拨款情况说明", "一般公共预算当年拨款");
        var gpb = f.Current(FundSources.Gpb);
        Section("五.(一)", "（一）一般公共预算当年拨款规模变化情况", "一般公共预算当年拨款规模");
        Say($"{u}{y}年一般公共预算拨款合计{Money(gpb)}万元，其中：", new ClaimSubject(ClaimKeys.GpbTotal, "一般公共预算拨款合计"), gpb);
        Statement(new ClaimSubject(ClaimKeys.GpbBasic, "基本支出"), "基本支出", f.Sum(string.Empty, "gpb.basic"), null, null, input.Prior.GpbBasic, ClaimKeys.GpbBasic);
        Statement(new ClaimSubject(ClaimKeys.GpbProject, "项目支出"), "项目支出", f.Sum(string.Empty, "gpb.project"), null, null, input.Prior.GpbProject, ClaimKeys.GpbProject);

        Section("五.(二)", "（二）一般公共预算当年拨款结构情况", "一般公共预算当年拨款结构");
        var n = 0;
        foreach (var cls in f.Classes(c => f.Current(FundSources.Gpb, c.Digits)))
        {
            var amount = f.Current(FundSources.Gpb, cls.Digits);
            var name = f.Names.Function(cls)!;
            var share = Percent(amount, gpb);
            Say($"{++n}、{name}（类）{Money(amount)}万元，占一般公共预算当年拨款的{PercentText(share)}%。",
                new ClaimSubject(ClaimKeys.Function, name) { Code = cls, PrintedPath = [name] }, amount, share);
        }
        if (n == 0) Paragraph($"{u}{y}年没有一般公共预算当年拨款。");

        Section("五.(三)", "（三）一般公共预算当年拨款具体使用情况", "一般公共预算当年拨款具体使用");
        ItemLines(FundSources.Gpb, input.Prior.GpbFunctions, "function");
        if (paragraphs.Count == 0) Paragraph($"{u}{y}年没有一般公共预算当年拨款。");
    }

    /// <summary>One line per 项 funded this year or last year: "1、一般公共服务支出（类）…（款）…（项）：2025年预算数为…".</summary>
    private void ItemLines(string source, ImmutableDictionary<string, decimal> prior, string reasonPrefix)
    {
        var codes = f.Items.Where(i => f.Current(source, i.Digits) != 0m).Select(i => i.Digits)
            .Union(prior.Keys.Where(k => FunctionCode.TryParse(k, out var c) && c.Level == CodeLevel.Item))
            .Order(StringComparer.Ordinal).ToList();
        var n = 0;
        foreach (var digits in codes)
        {
            var code = FunctionCode.Parse(digits);
            var amount = f.Current(source, digits);
            decimal? before = prior.Count == 0 ? null : prior.GetValueOrDefault(digits);
            var path = new[] { code.Class, code.Parent!.Value, code }.Select(c => f.Names.Function(c) ?? ItemName(c)).ToList();
            var change = Compare(amount, before);
            var key = $"{reasonPrefix}.{digits}";
            var text = $"{++n}、{path[0]}（类）{path[1]}（款）{path[2]}（项）：{y}年预算数为{Money(amount)}万元{ChangeText(change, key, $"{path[2]}（{digits}）")}。";
            paragraphs.Add(text);
            claims.Add(ClaimOf(new ClaimSubject(ClaimKeys.Function, path[2]) { Code = code, PrintedPath = [.. path] }, amount, null, change, key, text));
        }
    }

    private string ItemName(FunctionCode code) =>
        input.Functions.FirstOrDefault(l => l.Name is not null && string.Concat(l.Code.Where(char.IsAsciiDigit)) == code.Digits)?.Name ?? code.Digits;

    // 六 ---------------------------------------------------------------------------------------------------
    private void GpbBasic()
    {
        Section("六", $"六、关于{u}{y}年一般公共预算基本支出情况说明", "基本支出");
        var basic = f.EconomicPersonnel + f.EconomicPublic;
        Say($"{u}{y}年一般公共预算基本支出{Money(basic)}万元，其中：", new ClaimSubject(ClaimKeys.GpbBasic, "一般公共预算基本支出"), basic);
        foreach (var (key, name, amount, pick) in new[]
                 {
                     (ClaimKeys.GpbPersonnel, "人员经费", f.EconomicPersonnel, (Func<(EconomicCode Code, decimal Personnel, decimal Public), decimal>)(e => e.Personnel)),
                     (ClaimKeys.GpbPublic, "公用经费", f.EconomicPublic, e => e.Public),
                 })
        {
            var items = f.Economics.Where(e => pick(e) != 0m).Select(e => input.Economics.FirstOrDefault(x => x.Code == e.Code.Digits)?.Name ?? f.Names.Economic(e.Code) ?? e.Code.Digits).ToList();
            lists.Add(new ListStatement(key + ".items", [.. items], SourceSpan.None) { Section = sectionKey });
            if (amount == 0m) Paragraph($"{name}未安排。");
            else Say($"{name}{Money(amount)}万元，主要包括：{string.Join("、", items)}。", new ClaimSubject(key, name), amount);
        }
    }

    // 七 ---------------------------------------------------------------------------------------------------
    private void GpbProjects()
    {
        Section("七", $"七、关于{u}{y}年一般公共预算项目支出情况说明", "项目支出");
        if (projects.IsDefaultOrEmpty)
        {
            Paragraph($"{u}{y}年没有安排一般公共预算项目支出。");
            return;
        }
        var n = 0;
        foreach (var p in projects)
        {
            var ordinal = Ordinal(++n);
            Section($"七.({ordinal})", $"（{ordinal}）项目名称：{p.Name}", "项目");
            foreach (var line in ProjectText.Lines(p, u)) Paragraph(line);
        }
    }

    // 八 九 -------------------------------------------------------------------------------------------------
    private void FundSection(string key, string what, string source, string table, ImmutableDictionary<string, decimal> prior, string reasonPrefix)
    {
        Section(key, $"{key}、关于{u}{y}年{what}情况说明", source == FundSources.Gf ? "政府性基金" : "国有资本经营");
        var amount = f.Current(source);
        decimal? before = prior.Count == 0 ? null : prior.Values.Sum();
        if (amount == 0m && before is null or 0m)
        {
            Paragraph($"{u}{y}年没有使用{what}安排的支出，{table}为空表。");
            return;
        }
        var change = Compare(amount, before);
        var text = $"{u}{y}年{what}支出{Money(amount)}万元{ChangeText(change, reasonPrefix + ".total", what)}。";
        paragraphs.Add(text);
        claims.Add(ClaimOf(new ClaimSubject(reasonPrefix + ".total", what + "支出"), amount, null, change, reasonPrefix + ".total", text));
        ItemLines(source, prior, reasonPrefix + ".function");
    }

    // 十 ---------------------------------------------------------------------------------------------------
    private void ThreePublic()
    {
        Section("十", $"十、关于{u}{y}年财政拨款“三公”经费预算情况说明", "三公经费");
        var t = input.ThreePublic;
        var p = input.Prior.ThreePublic;
        var parts = new (string Key, string Name, decimal Amount, decimal? Prior)[]
        {
            (ClaimKeys.ThreePublicOverseas, "因公出国（境）费", t.Overseas, p?.Overseas),
            (ClaimKeys.ThreePublicVehiclePurchase, "公务用车购置费", t.VehiclePurchase, p?.VehiclePurchase),
            (ClaimKeys.ThreePublicVehicleOperation, "公务用车运行费", t.VehicleOperation, p?.VehicleOperation),
            (ClaimKeys.ThreePublicReception, "公务接待费", t.Reception, p?.Reception),
        };
        var text = t.Total == 0m
            ? $"{u}{y}年未安排财政拨款“三公”经费预算。"
            : $"{u}{y}年财政拨款“三公”经费数为{Money(t.Total)}万元，其中：{string.Join("，", parts.Select(x => $"{x.Name}{Money(x.Amount)}万元"))}。";
        paragraphs.Add(text);
        claims.Add(new Claim { Subject = new ClaimSubject(ClaimKeys.ThreePublicTotal, "财政拨款“三公”经费"), Amount = Fig(t.Total), Section = sectionKey, Text = text });
        foreach (var x in parts) claims.Add(new Claim { Subject = new ClaimSubject(x.Key, x.Name), Amount = Fig(x.Amount), Section = sectionKey, Text = text });
        if (p is null)
        {
            issues.Warning("narrative.prior-missing", "prior.threePublic", "没有上年“三公”经费预算数（prior.threePublic），十、“三公”经费说明中不写增减变化。");
            return;
        }
        var totalChange = Compare(t.Total, p.Total)!;
        var pieces = new List<string>();
        foreach (var x in parts)
        {
            var change = Compare(x.Amount, x.Prior)!;
            pieces.Add($"{x.Name}{(change.Direction == ChangeDirection.Flat ? "与上年预算持平" : change.Text.Replace("比上年预算", string.Empty, StringComparison.Ordinal))}{Reason(change, x.Key, x.Name)}");
            claims.Add(ClaimOf(new ClaimSubject(x.Key, x.Name), null, null, change, x.Key, pieces[^1]));
        }
        var sentence = $"{y}年财政拨款“三公”经费预算{totalChange.Text}{Reason(totalChange, ClaimKeys.ThreePublicTotal, "“三公”经费合计", quiet: true)}，其中：{string.Join("；", pieces)}。";
        paragraphs.Add(sentence);
        claims.Add(ClaimOf(new ClaimSubject(ClaimKeys.ThreePublicTotal, "财政拨款“三公”经费"), null, null, totalChange, ClaimKeys.ThreePublicTotal, sentence));
    }

    // 十一 -------------------------------------------------------------------------------------------------
    private void Carryover()
    {
        Section("十一", $"十一、关于{u}{y}年上年结转结余预算情况说明", "上年结转结余");
        var items = input.Carryovers;
        if (items.IsDefaultOrEmpty)
        {
            Paragraph($"{u}{y}年没有上年结转结余预算安排的支出，上年结转结余情况明细表为空表。");
            return;
        }
        var total = items.Sum(c => c.Total);
        var fiscal = items.Where(c => c.IsFiscal).Sum(c => c.Total);
        Say($"{u}{y}年上年结转结余{Money(total)}万元，包括：财政拨款{Money(fiscal)}万元，非财政拨款{Money(total - fiscal)}万元，其中：",
            new ClaimSubject(ClaimKeys.Carryover, "上年结转结余"), total);
        var n = 0;
        foreach (var c in items)
        {
            var purpose = c.Purpose is { Length: > 0 } s ? $"，主要用于{Clause(s)}" : string.Empty;
            Say($"{++n}. {c.Name}{Money(c.Total)}万元{purpose}。", new ClaimSubject(ClaimKeys.CarryoverItem, c.Name), c.Total);
        }
    }

    // 十二 -------------------------------------------------------------------------------------------------
    private void OtherMatters()
    {
        Section("十二", "十二、其他重要事项的情况说明", "其他重要事项");
        Section("十二.(一)", "（一）单位运行经费情况", "机关运行经费");
        var cost = f.OperatingCost;
        var change = Compare(cost, input.Prior.OperatingCost);
        var text = $"{u}{y}年的机关运行经费财政拨款预算{Money(cost)}万元{ChangeText(change, ClaimKeys.OperatingCost, "机关运行经费")}。";
        paragraphs.Add(text);
        claims.Add(ClaimOf(new ClaimSubject(ClaimKeys.OperatingCost, "机关运行经费"), cost, null, change, ClaimKeys.OperatingCost, text));

        Section("十二.(二)", "（二）政府采购情况", "政府采购");
        foreach (var line in MattersText.Procurement(matters.Procurement, u, y)) Paragraph(line);

        Section("十二.(三)", "（三）国有资产占用使用情况", "国有资产");
        foreach (var line in MattersText.Assets(matters.Assets, u, y, scope)) Paragraph(line);

        Section("十二.(四)", "（四）预算绩效情况", "预算绩效");
        foreach (var line in MattersText.Performance(matters.Performance, y, scope, hasTargets)) Paragraph(line);

        Section("十二.(五)", "（五）其他需说明的事项", "其他需说明的事项");
        Paragraph(input.Matters.Other is { Length: > 0 } other ? other.Trim() : $"本{scope}无其他需说明事项。");
    }

    // Sentence helpers ---------------------------------------------------------------------------------------

    /// <summary>"基本支出2,212.74万元，占支出预算的84.20%，比上年预算减少55.82万元，下降2.46%，主要原因是…。"</summary>
    private void Statement(ClaimSubject subject, string name, decimal amount, decimal? whole, string? wholeName, decimal? prior, string reasonKey)
    {
        if (amount == 0m && prior is null or 0m)
        {
            // Nothing this year and nothing last year: the template's "未安排" line, not "0.00万元，占0.00%".
            var none = $"{name}未安排。";
            paragraphs.Add(none);
            claims.Add(ClaimOf(subject, 0m, null, null, reasonKey, none));
            return;
        }
        decimal? share = whole is { } w && w != 0m ? Percent(amount, w) : null;
        var change = Compare(amount, prior);
        if (prior is null)
            issues.Info("narrative.prior-missing", $"prior({reasonKey})", $"没有“{name}”的上年预算数，说明中不写增减变化。");
        var shareText = share is { } s ? $"，占{wholeName}的{PercentText(s)}%" : string.Empty;
        var text = $"{name}{Money(amount)}万元{shareText}{ChangeText(change, reasonKey, name)}。";
        paragraphs.Add(text);
        claims.Add(ClaimOf(subject, amount, share, change, reasonKey, text));
    }

    private string ChangeText(Change? change, string reasonKey, string what) =>
        change is null ? string.Empty : "，" + change.Text + Reason(change, reasonKey, what);

    private string Reason(Change change, string key, string what, bool quiet = false)
    {
        if (input.Reasons.TryGetValue(key, out var reason) && reason.Trim().Length > 0) return $"，主要原因是{Clause(reason)}";
        if (change.Direction != ChangeDirection.Flat && !quiet)
            issues.Warning("narrative.reason-missing", $"reasons.{key}", $"“{what}”比上年有增减，但没有说明原因（reasons.{key}）。");
        return string.Empty;
    }

    private Claim ClaimOf(ClaimSubject subject, decimal? amount, decimal? share, Change? change, string reasonKey, string text) => new()
    {
        Subject = subject,
        Amount = amount is { } a ? Fig(a) : null,
        Share = share is { } s ? Fig(s) : null,
        ChangeAmount = change is null ? null : Fig(change.Amount),
        Direction = change?.Direction,
        AmountWord = change?.AmountWord,
        ChangePercent = change?.Percent is { } p ? Fig(p) : null,
        PercentWord = change?.PercentWord,
        ComparedWith = change is null ? null : "上年预算",
        Reason = change is not null && input.Reasons.TryGetValue(reasonKey, out var r) ? Clause(r) : null,
        Section = sectionKey,
        Text = text,
    };

    private void Say(string text, ClaimSubject subject, decimal amount, decimal? share = null)
    {
        paragraphs.Add(text);
        claims.Add(new Claim { Subject = subject, Amount = Fig(amount), Share = share is { } s ? Fig(s) : null, Section = sectionKey, Text = text });
    }

    private void Paragraph(string text) => paragraphs.Add(text);

    private void List(string key, List<string> items) => lists.Add(new ListStatement(key, [.. items], SourceSpan.None) { Section = sectionKey });

    private void Section(string key, string title, string topic)
    {
        paragraphs = [];
        sectionKey = key;
        sections.Add(new NarrativeSection(key, title, SourceSpan.None) { Topic = topic });
        pending.Add(paragraphs);
    }

    /// <summary>Paragraphs of each section, by section index (attached when the narrative is complete).</summary>
    private readonly List<List<string>> pending = [];

    private static Figure Fig(decimal value) => new(Cents(value), SourceSpan.None);
}
