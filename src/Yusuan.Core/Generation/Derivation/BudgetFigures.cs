using System.Collections.Immutable;
using System.Globalization;
using Yusuan.Core.Classification;
using Yusuan.Core.Generation.Input;
using Yusuan.Core.Model;

namespace Yusuan.Core.Generation.Derivation;

/// <summary>
/// The input's figures resolved to one ledger per 功能分类 项, checked for contradictions. Every table and sentence is
/// computed from this one ledger, so the text and the tables agree by construction.
/// Ledger keys: <c>{source}.personnel|public|basic|project|transfer</c> for the current year (source = gpb, gf, sc, special,
/// unit) and <c>carry.{source}.basic|project</c> for 上年结转结余.
/// </summary>
public sealed class BudgetFigures
{
    private readonly SortedDictionary<string, Dictionary<string, decimal>> ledger = new(StringComparer.Ordinal);

    private BudgetFigures(BudgetInput input, ClassNames names)
    {
        Input = input;
        Names = names;
    }

    public BudgetInput Input { get; }

    public ClassNames Names { get; }

    /// <summary>Every 项 with any money this year (current or carried over), in code order.</summary>
    public IEnumerable<FunctionCode> Items => ledger.Keys.Select(FunctionCode.Parse);

    /// <summary>Projects with their resolved economic breakdown and total.</summary>
    public ImmutableArray<ResolvedProject> Projects { get; private set; } = [];

    /// <summary>经济分类 款 lines of 一般公共预算基本支出, in code order.</summary>
    public ImmutableArray<(EconomicCode Code, decimal Personnel, decimal Public)> Economics { get; private set; } = [];

    public decimal Get(FunctionCode item, string key) =>
        ledger.TryGetValue(item.Digits, out var row) && row.TryGetValue(key, out var v) ? v : 0m;

    /// <summary>Sum of a ledger key over every 项 within <paramref name="prefix"/> (a 类, 款 or 项 code; empty for all).</summary>
    public decimal Sum(string prefix, string key) =>
        ledger.Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal)).Sum(kv => kv.Value.GetValueOrDefault(key));

    public decimal Sum(string prefix, params string[] keys) => keys.Sum(k => Sum(prefix, k));

    // Convenience totals (万元, whole budget) -------------------------------------------------------------

    public decimal Current(string source, string prefix = "") => Sum(prefix, source + ".basic", source + ".project");

    public decimal CurrentBasic(string prefix = "") => FundSources.All.Sum(s => Sum(prefix, s + ".basic"));

    public decimal CurrentProject(string prefix = "") => FundSources.All.Sum(s => Sum(prefix, s + ".project"));

    public decimal CarryFiscal(string prefix = "") => new[] { FundSources.Gpb, FundSources.Gf, FundSources.Sc }.Sum(s => Sum(prefix, $"carry.{s}.basic", $"carry.{s}.project"));

    public decimal CarryNonfiscal(string prefix = "") => new[] { FundSources.Special, FundSources.Unit }.Sum(s => Sum(prefix, $"carry.{s}.basic", $"carry.{s}.project"));

    public decimal CarryBasic(string prefix = "") => FundSources.All.Sum(s => Sum(prefix, $"carry.{s}.basic"));

    public decimal CarryProject(string prefix = "") => FundSources.All.Sum(s => Sum(prefix, $"carry.{s}.project"));

    /// <summary>支出预算 (= 收入预算): current year plus carried over.</summary>
    public decimal Total(string prefix = "") => Basic(prefix) + Project(prefix);

    public decimal Basic(string prefix = "") => CurrentBasic(prefix) + CarryBasic(prefix);

    public decimal Project(string prefix = "") => CurrentProject(prefix) + CarryProject(prefix);

    public decimal Fiscal(string prefix = "") => Current(FundSources.Gpb, prefix) + Current(FundSources.Gf, prefix) + Current(FundSources.Sc, prefix);

    public decimal Transfer(string source) => Sum(string.Empty, source + ".transfer");

    public decimal EconomicPersonnel => Economics.Sum(e => e.Personnel);

    public decimal EconomicPublic => Economics.Sum(e => e.Public);

    /// <summary>机关运行经费: as typed, else the 公用经费 of 一般公共预算基本支出.</summary>
    public decimal OperatingCost => Input.Matters.OperatingCost ?? EconomicPublic;

    /// <summary>The 类 codes with any money this year, in order.</summary>
    public IEnumerable<FunctionCode> Classes(Func<FunctionCode, decimal> amount) =>
        Items.Select(i => i.Class).Distinct().Where(c => amount(c) != 0m);

    public static string Money(decimal value) => value.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>Resolves and checks the input. Contradictions and unusable values are added to <paramref name="issues"/>.</summary>
    public static BudgetFigures Derive(BudgetInput input, IssueBag issues, ClassificationCatalog? catalog = null)
    {
        var figures = new BudgetFigures(input, new ClassNames(input.Names, catalog ?? ClassificationCatalog.Default));
        figures.CheckHeader(issues);
        figures.AddFunctionLines(issues);
        figures.ResolveProjects(issues);
        figures.AddCarryovers(issues);
        figures.ResolveEconomics(issues);
        figures.CheckOther(issues);
        return figures;
    }

    private void CheckHeader(IssueBag issues)
    {
        if (string.IsNullOrWhiteSpace(Input.Unit)) issues.Error("input.unit", "unit", "缺少单位名称。/ The unit name is missing.");
        if (Input.Year is < 2000 or > 2100) issues.Error("input.year", "year", $"预算年度“{Input.Year}”不合理。/ The budget year is missing or out of range.");
        if (Input.Scope is not ("unit" or "department")) issues.Error("input.scope", "scope", $"scope 应为 unit 或 department，而不是“{Input.Scope}”。");
        if (Input.Functions.IsDefaultOrEmpty) issues.Error("input.functions.empty", "functions", "没有任何功能分类支出（functions 为空）。/ No expenditure lines.");
    }

    private void AddFunctionLines(IssueBag issues)
    {
        var seen = new HashSet<(string, string, string?)>();
        for (var i = 0; i < Input.Functions.Length; i++)
        {
            var line = Input.Functions[i];
            var at = $"functions[{i}]";
            if (!TryItem(line.Code, at + ".code", line.Name, issues, out var code)) continue;
            if (!FundSources.All.Contains(line.Source))
            {
                issues.Error("input.source", at + ".source", $"资金来源“{line.Source}”无效，应为 gpb、gf、sc、special 或 unit。");
                continue;
            }
            if (!seen.Add((code.Digits, line.Source, line.BudgetUnit)))
            {
                issues.Error("input.function.duplicate", at, $"功能分类 {code} 的“{FundSources.ChineseName(line.Source)}”重复填写。/ Duplicate line.");
                continue;
            }
            var personnel = Checked(line.Personnel, at + ".personnel", issues);
            var pub = Checked(line.Public, at + ".public", issues);
            var basic = Checked(line.Basic, at + ".basic", issues);
            if (line.Personnel is not null || line.Public is not null)
            {
                var split = (personnel ?? 0m) + (pub ?? 0m);
                if (basic is { } typed && typed != split)
                {
                    issues.Error("input.function.basic-split", at + ".basic",
                        $"{code} 基本支出 {Money(typed)} 不等于人员经费 + 公用经费 {Money(split)}。/ Basic expenditure disagrees with its split.");
                }
                basic = split;
            }
            else if (basic is > 0m && line.Source is FundSources.Gf or FundSources.Sc)
            {
                issues.Error("input.function.split-missing", at + ".basic",
                    $"{code} 的{FundSources.ChineseName(line.Source)}基本支出需分别填写人员经费（personnel）和公用经费（public）。");
            }
            var row = Row(code);
            Add(row, line.Source + ".basic", basic ?? 0m);
            Add(row, line.Source + ".personnel", personnel ?? 0m);
            Add(row, line.Source + ".public", pub ?? 0m);
            if (Checked(line.Project, at + ".project", issues) is { } project) Add(row, line.Source + ".project.typed", project);
            if (Checked(line.Transfer, at + ".transfer", issues) is { } transfer and > 0m)
            {
                if (line.Source is not (FundSources.Gpb or FundSources.Gf or FundSources.Sc))
                    issues.Error("input.function.transfer", at + ".transfer", "只有一般公共预算、政府性基金预算、国有资本经营预算有上级转移支付。");
                Add(row, line.Source + ".transfer", transfer);
            }
        }
    }

    private void ResolveProjects(IssueBag issues)
    {
        var resolved = new List<ResolvedProject>();
        for (var i = 0; i < Input.Projects.Length; i++)
        {
            var p = Input.Projects[i];
            var at = $"projects[{i}]";
            if (string.IsNullOrWhiteSpace(p.Name)) issues.Error("input.project.name", at + ".name", "项目缺少名称。");
            if (!TryItem(p.Function, at + ".function", null, issues, out var code)) continue;
            if (!FundSources.All.Contains(p.Source))
            {
                issues.Error("input.source", at + ".source", $"资金来源“{p.Source}”无效。");
                continue;
            }
            var economic = ImmutableDictionary.CreateBuilder<string, decimal>();
            foreach (var (key, value) in p.Economic)
            {
                if (!ProjectColumns.Keys.Contains(key))
                {
                    issues.Error("input.project.economic", $"{at}.economic.{key}", $"“{key}”不是表7的经济分类列（应为 {string.Join("、", ProjectColumns.Keys)}）。");
                    continue;
                }
                if (Checked(value, $"{at}.economic.{key}", issues) is { } v && v != 0m) economic[key] = v;
            }
            var sum = economic.Values.Sum();
            var amount = sum;
            if (Checked(p.Amount, at + ".amount", issues) is { } typed)
            {
                if (economic.Count == 0)
                {
                    amount = typed;
                    if (p.Source == FundSources.Gpb)
                        issues.Warning("input.project.economic-missing", at + ".economic", $"项目“{p.Name}”没有按经济分类填写，表7只能列出合计。");
                }
                else if (typed != sum)
                {
                    issues.Error("input.project.amount", at + ".amount", $"项目“{p.Name}”合计 {Money(typed)} 不等于各经济分类之和 {Money(sum)}。/ The typed total disagrees with its breakdown.");
                }
            }
            if (amount == 0m) issues.Warning("input.project.zero", at, $"项目“{p.Name}”金额为 0。");
            resolved.Add(new ResolvedProject(p, code, amount, economic.ToImmutable()));
        }
        Projects = [.. resolved];

        // 项目支出 of each 项 and source is the sum of its projects; a typed figure must agree.
        foreach (var group in resolved.GroupBy(r => (r.Code.Digits, r.Input.Source)))
        {
            var row = Row(group.First().Code);
            var sum = group.Sum(r => r.Amount);
            var key = group.Key.Source + ".project.typed";
            if (row.TryGetValue(key, out var typed))
            {
                if (typed != sum)
                {
                    var at = LineLocation(group.Key.Digits, group.Key.Source);
                    issues.Error("input.function.project-sum", at + ".project",
                        $"{group.Key.Digits} {FundSources.ChineseName(group.Key.Source)}项目支出 {Money(typed)} 不等于其下项目之和 {Money(sum)}。/ Project expenditure disagrees with the projects listed.");
                }
                row.Remove(key);
            }
            Add(row, group.Key.Source + ".project", sum);
        }
        foreach (var (digits, row) in ledger)
        {
            foreach (var key in row.Keys.Where(k => k.EndsWith(".project.typed", StringComparison.Ordinal)).ToList())
            {
                var source = key[..key.IndexOf('.', StringComparison.Ordinal)];
                if (row[key] != 0m && source == FundSources.Gpb)
                    issues.Warning("input.function.project-unlisted", LineLocation(digits, source) + ".project",
                        $"{digits} 一般公共预算项目支出 {Money(row[key])} 没有列出具体项目（projects），表7和项目说明将缺少这部分。");
                Add(row, source + ".project", row[key]);
                row.Remove(key);
            }
        }
    }

    private void AddCarryovers(IssueBag issues)
    {
        for (var i = 0; i < Input.Carryovers.Length; i++)
        {
            var c = Input.Carryovers[i];
            var at = $"carryovers[{i}]";
            if (string.IsNullOrWhiteSpace(c.Name)) issues.Error("input.carryover.name", at + ".name", "结转结余项目缺少名称。");
            if (!FundSources.All.Contains(c.Source))
            {
                issues.Error("input.source", at + ".source", $"资金来源“{c.Source}”无效。");
                continue;
            }
            _ = Checked(c.Personnel, at + ".personnel", issues);
            _ = Checked(c.Public, at + ".public", issues);
            _ = Checked(c.Project, at + ".project", issues);
            if (!TryItem(c.Function, at + ".function", null, issues, out var code)) continue;
            var row = Row(code);
            Add(row, $"carry.{c.Source}.basic", c.Personnel + c.Public);
            Add(row, $"carry.{c.Source}.project", c.Project);
        }
    }

    private void ResolveEconomics(IssueBag issues)
    {
        var lines = new SortedDictionary<string, (EconomicCode Code, decimal Personnel, decimal Public)>(StringComparer.Ordinal);
        for (var i = 0; i < Input.Economics.Length; i++)
        {
            var e = Input.Economics[i];
            var at = $"economics[{i}]";
            if (!EconomicCode.TryParse(e.Code, out var code) || code.Level != CodeLevel.Section)
            {
                issues.Error("input.economic.code", at + ".code", $"“{e.Code}”不是经济分类款级科目编码（5 位，如 30101）。");
                continue;
            }
            if (Names.Economic(code) is null && string.IsNullOrWhiteSpace(e.Name))
                issues.Error("input.economic.name", at + ".name", $"经济分类 {code} 不在科目表中，请填写名称（name）。");
            if (lines.ContainsKey(code.Digits))
            {
                issues.Error("input.economic.duplicate", at, $"经济分类 {code} 重复填写。");
                continue;
            }
            if (code.Class.Digits is not ("301" or "302" or "303" or "399" or "310"))
                issues.Warning("input.economic.class", at + ".code", $"{code} 通常不属于基本支出。");
            lines[code.Digits] = (code, Checked(e.Personnel, at + ".personnel", issues) ?? 0m, Checked(e.Public, at + ".public", issues) ?? 0m);
        }
        Economics = [.. lines.Values];
        var gpbBasic = Sum(string.Empty, "gpb.basic");
        var economic = EconomicPersonnel + EconomicPublic;
        if (Economics.Length == 0 && gpbBasic != 0m)
        {
            issues.Error("input.economic.missing", "economics", "一般公共预算有基本支出，但没有填写经济分类明细（economics），无法生成表6。");
        }
        else if (economic != gpbBasic)
        {
            // Each typed figure stands for ±0.005; within that the difference is rounding, not a contradiction.
            var tolerance = (Economics.Length + Input.Functions.Length) * 0.005m;
            var report = Math.Abs(economic - gpbBasic) <= tolerance ? (Action<string, string, string>)issues.Warning : issues.Error;
            report("input.economic.total", "economics",
                $"经济分类合计 {Money(economic)} 不等于功能分类一般公共预算基本支出 {Money(gpbBasic)}。/ Economic lines disagree with basic expenditure.");
        }
    }

    private void CheckOther(IssueBag issues)
    {
        if (Input.UnitIncome is { } u && u.Total != Current(FundSources.Unit))
        {
            issues.Error("input.unit-income.total", "unitIncome",
                $"单位资金分项之和 {Money(u.Total)} 不等于功能分类中的单位资金 {Money(Current(FundSources.Unit))}。");
        }
        if (Input.Matters.Procurement is { Total: { } total } p && total != p.Goods + p.Works + p.Services)
        {
            issues.Error("input.procurement.total", "matters.procurement.total",
                $"政府采购预算 {Money(total)} 不等于货物、工程、服务之和 {Money(p.Goods + p.Works + p.Services)}。");
        }
        if (Input.Matters.Procurement is { } q && (q.Sme > (q.Total ?? q.Goods + q.Works + q.Services) || q.SmallMicro > q.Sme))
        {
            issues.Error("input.procurement.reserve", "matters.procurement",
                "面向中小企业预留金额不能超过政府采购预算，小微企业预留金额不能超过中小企业预留金额。");
        }
        if (Input.Matters.Assets is { } a && a.Equipment100 > a.Equipment50)
        {
            issues.Error("input.assets.equipment", "matters.assets.equipment100", "100 万元以上设备台数不能多于 50 万元以上设备台数。");
        }
        if (Input.ThreePublic.Source is not (FundSources.Gpb or FundSources.Gf or FundSources.Sc))
            issues.Error("input.source", "threePublic.source", "“三公”经费的资金来源应为 gpb、gf 或 sc。");
        foreach (var (value, key) in new[] { (Input.ThreePublic.Overseas, "overseas"), (Input.ThreePublic.Reception, "reception"), (Input.ThreePublic.VehiclePurchase, "vehiclePurchase"), (Input.ThreePublic.VehicleOperation, "vehicleOperation") })
            _ = Checked(value, "threePublic." + key, issues);
        var units = Input.Profile.BudgetUnits;
        if (!units.IsDefaultOrEmpty)
        {
            for (var i = 0; i < Input.Projects.Length; i++)
            {
                if (Input.Projects[i].BudgetUnit is { } bu && !units.Contains(bu))
                    issues.Error("input.project.unit", $"projects[{i}].budgetUnit", $"预算单位“{bu}”不在 profile.budgetUnits 中。");
                if (Input.Projects[i].BudgetUnit is null)
                    issues.Error("input.project.unit", $"projects[{i}].budgetUnit", $"部门有多个预算单位，项目“{Input.Projects[i].Name}”需注明所属预算单位（budgetUnit）。");
            }
        }
        var projectNames = Input.Projects.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < Input.Targets.Length; i++)
        {
            var t = Input.Targets[i];
            if (t.Kind == "project" && (t.Project is null || !projectNames.Contains(t.Project)))
                issues.Warning("input.target.project", $"targets[{i}].project", $"绩效目标表的项目“{t.Project}”不在项目清单中。");
            var weights = t.Indicators.Where(x => x.Weight is not null).Sum(x => x.Weight!.Value);
            if (t.Indicators.Any(x => x.Weight is not null) && weights is not (90m or 100m))
                issues.Error("input.target.weight-sum", $"targets[{i}].indicators", $"绩效目标表“{t.Project ?? t.BudgetUnit}”各指标分值权重之和为 {weights.ToString(CultureInfo.InvariantCulture)}，应为 90 或 100。");
            var project = Projects.FirstOrDefault(p => p.Input.Name == t.Project);
            if (t.Kind == "project" && project is not null && t.FundsTotal is { } funds && funds != project.Amount)
                issues.Error("input.target.funds", $"targets[{i}].fundsTotal", $"绩效目标表“{t.Project}”年度预算总额 {Money(funds)} 不等于项目金额 {Money(project.Amount)}。");
        }
    }

    private bool TryItem(string text, string at, string? name, IssueBag issues, out FunctionCode code)
    {
        if (!FunctionCode.TryParse(text, out code) || code.Level != CodeLevel.Item)
        {
            issues.Error("input.function.code", at, $"“{text}”不是功能分类项级科目编码（7 位，如 2010301）。/ Not a 7-digit function item code.");
            return false;
        }
        var item = code;
        var missing = new[] { code.Class, code.Parent!.Value, code }.Where(c => Names.Function(c) is null && !(c == item && !string.IsNullOrWhiteSpace(name))).ToList();
        if (missing.Count > 0)
        {
            issues.Error("input.function.name", at, $"科目 {string.Join("、", missing)} 不在功能分类科目表中，请在 names 中给出名称。/ Unknown classification code; give its name.");
        }
        return true;
    }

    private Dictionary<string, decimal> Row(FunctionCode code)
    {
        if (!ledger.TryGetValue(code.Digits, out var row)) ledger[code.Digits] = row = new Dictionary<string, decimal>(StringComparer.Ordinal);
        return row;
    }

    private static void Add(Dictionary<string, decimal> row, string key, decimal value) => row[key] = row.GetValueOrDefault(key) + value;

    /// <summary>Published figures are in 0.01 万元: more decimals or negative amounts are reported (and rounded).</summary>
    private static decimal? Checked(decimal? value, string at, IssueBag issues)
    {
        if (value is not { } v) return null;
        if (v < 0m) issues.Error("input.negative", at, $"金额 {v.ToString(CultureInfo.InvariantCulture)} 为负数。/ Negative amount.");
        var rounded = Math.Round(v, 2, MidpointRounding.AwayFromZero);
        if (rounded != v) issues.Warning("input.precision", at, $"金额 {v.ToString(CultureInfo.InvariantCulture)} 超过两位小数，已四舍五入为 {Money(rounded)}（万元）。");
        return rounded;
    }

    private string LineLocation(string digits, string source)
    {
        var index = Input.Functions.IndexOf(Input.Functions.FirstOrDefault(f => f.Source == source && CodeDigits(f.Code) == digits)!);
        return index >= 0 ? $"functions[{index}]" : $"functions({digits})";
    }

    private static string CodeDigits(string code) => string.Concat(code.Where(char.IsAsciiDigit));

    /// <summary>表7 economic columns in order, with their headers.</summary>
    public static readonly ImmutableArray<(string Key, string Header)> ProjectColumnList =
    [
        ("wages", "工资福利支出"), ("goods", "商品和服务支出"), ("individuals", "对个人和家庭的补助"), ("debt", "债务利息及费用支出"),
        ("capital_construction", "资本性支出（基本建设）"), ("capital", "资本性支出"), ("enterprise_construction", "对企业补助（基本建设）"),
        ("enterprise", "对企业补助"), ("social_security_fund", "对社会保障基金补助"), ("other", "其他支出"),
    ];

    public static readonly ImmutableDictionary<string, string> ProjectColumns = ProjectColumnList.ToImmutableDictionary(c => c.Key, c => c.Header);
}

/// <summary>A project with its 项 code, total and economic breakdown resolved.</summary>
public sealed record ResolvedProject(ProjectInput Input, FunctionCode Code, decimal Amount, ImmutableDictionary<string, decimal> Economic);
