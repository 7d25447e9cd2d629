using System.Collections.Immutable;
using Yusuan.Core.Generation.Input;
using Yusuan.Core.Generation.Narrative;
using Yusuan.Core.Model;

namespace Yusuan.Core.Generation.Derivation;

/// <summary>Builds the eleven tables of the 2025 Xinjiang template (spec/cells.md keys) from the derived figures.
/// Nothing here is typed by the user: every subtotal and total is a sum of the ledger.</summary>
public sealed class TableBuilder(BudgetFigures figures, string scopeWord)
{
    private readonly BudgetFigures f = figures;

    public ImmutableArray<DisclosureTable> All() =>
        [T1(), T2(), T3(), T4(), T5(), T6(), T7(), T8(), T9(), T10(), T11()];

    /// <summary>The income lines of 表1, in printed order, with their labels.</summary>
    public static readonly ImmutableArray<(string Key, string Label)> T1IncomeLines =
    [
        ("income.current", "一、本年收入"), ("income.gpb", "1. 一般公共预算拨款"), ("income.gpb.general", "其中：一般财力"),
        ("income.gpb.transfer", "上级一般公共预算安排转移支付"), ("income.gf", "2. 政府性基金预算拨款"), ("income.gf.own", "其中：政府性基金收入"),
        ("income.gf.transfer", "上级政府性基金安排转移支付"), ("income.sc", "3. 国有资本经营预算拨款"), ("income.sc.own", "其中：国有资本经营收入"),
        ("income.sc.transfer", "上级国有资本经营预算安排转移支付"), ("income.special", "4. 财政专户核拨"), ("income.unit", "5. 单位资金"),
        ("income.unit.business", "其中：事业收入"), ("income.unit.upper", "上级补助收入"), ("income.unit.affiliated", "附属单位上缴收入"),
        ("income.unit.operating", "事业单位经营收入"), ("income.unit.other", "其他收入"), ("carryover", "二、上年结转结余"),
        ("carryover.fiscal", "1. 财政拨款结转"), ("carryover.fiscal.gpb", "其中：一般公共预算拨款"), ("carryover.fiscal.gf", "政府性基金预算拨款"),
        ("carryover.fiscal.sc", "国有资本经营预算拨款"), ("carryover.nonfiscal", "2. 非财政拨款结转结余"), ("carryover.nonfiscal.special", "其中：财政专户核拨"),
        ("carryover.nonfiscal.unit", "单位资金"),
    ];

    public static readonly ImmutableArray<(string Key, string Label)> T4IncomeLines =
    [
        ("income.fiscal", "一、财政拨款（补助）"), ("income.gpb", "一般公共预算"), ("income.gf", "政府性基金预算"), ("income.sc", "国有资本经营预算"),
    ];

    public DisclosureTable T1()
    {
        var unitIncome = f.Input.UnitIncome;
        var gpb = f.Current(FundSources.Gpb);
        var gf = f.Current(FundSources.Gf);
        var sc = f.Current(FundSources.Sc);
        var values = new Dictionary<string, decimal>
        {
            ["income.current"] = f.CurrentBasic() + f.CurrentProject(),
            ["income.gpb"] = gpb,
            ["income.gpb.general"] = gpb - f.Transfer(FundSources.Gpb),
            ["income.gpb.transfer"] = f.Transfer(FundSources.Gpb),
            ["income.gf"] = gf,
            ["income.gf.own"] = gf - f.Transfer(FundSources.Gf),
            ["income.gf.transfer"] = f.Transfer(FundSources.Gf),
            ["income.sc"] = sc,
            ["income.sc.own"] = sc - f.Transfer(FundSources.Sc),
            ["income.sc.transfer"] = f.Transfer(FundSources.Sc),
            ["income.special"] = f.Current(FundSources.Special),
            ["income.unit"] = f.Current(FundSources.Unit),
            ["income.unit.business"] = unitIncome?.Business ?? 0m,
            ["income.unit.upper"] = unitIncome?.Upper ?? 0m,
            ["income.unit.affiliated"] = unitIncome?.Affiliated ?? 0m,
            ["income.unit.operating"] = unitIncome?.Operating ?? 0m,
            ["income.unit.other"] = unitIncome?.Other ?? 0m,
            ["carryover"] = f.CarryFiscal() + f.CarryNonfiscal(),
            ["carryover.fiscal"] = f.CarryFiscal(),
            ["carryover.fiscal.gpb"] = Carry(FundSources.Gpb),
            ["carryover.fiscal.gf"] = Carry(FundSources.Gf),
            ["carryover.fiscal.sc"] = Carry(FundSources.Sc),
            ["carryover.nonfiscal"] = f.CarryNonfiscal(),
            ["carryover.nonfiscal.special"] = Carry(FundSources.Special),
            ["carryover.nonfiscal.unit"] = Carry(FundSources.Unit),
        };
        var rows = new List<TableRow>();
        foreach (var (key, label) in T1IncomeLines) rows.Add(Line(key, label, ("amount", values[key])));
        rows.Add(Line("income.total", "收入总计", ("amount", f.Total())));
        foreach (var (code, name) in ClassNames.XinjiangClasses) rows.Add(Line("expense." + code, $"{code} {name}", ("amount", f.Total(code))));
        rows.Add(Line("expense.total", "支出总计", ("amount", f.Total())));
        return Table(TableId.T1, $"{scopeWord}收支总体情况表", [("amount", "预算数")], rows);
    }

    public DisclosureTable T2()
    {
        (string Key, Func<string, decimal> Value)[] columns =
        [
            ("total", p => f.Total(p)),
            ("fiscal", p => f.Fiscal(p)),
            ("gpb", p => f.Current(FundSources.Gpb, p)),
            ("gpb_transfer", p => f.Sum(p, "gpb.transfer")),
            ("gf", p => f.Current(FundSources.Gf, p)),
            ("gf_transfer", p => f.Sum(p, "gf.transfer")),
            ("sc", p => f.Current(FundSources.Sc, p)),
            ("sc_transfer", p => f.Sum(p, "sc.transfer")),
            ("special", p => f.Current(FundSources.Special, p)),
            ("unit", p => f.Current(FundSources.Unit, p)),
            ("fiscal_carryover", p => f.CarryFiscal(p)),
            ("nonfiscal_carryover", p => f.CarryNonfiscal(p)),
        ];
        var rows = FunctionRows(p => f.Total(p) != 0m, columns);
        return Table(TableId.T2, $"{scopeWord}收入总体情况表", ColumnsOf(TableLayoutHeaders.T2), rows);
    }

    public DisclosureTable T3()
    {
        var rows = FunctionRows(p => f.Total(p) != 0m, [("total", p => f.Total(p)), ("basic", p => f.Basic(p)), ("project", p => f.Project(p))]);
        return Table(TableId.T3, $"{scopeWord}支出总体情况表", [("total", "合计"), ("basic", "基本支出"), ("project", "项目支出")], rows);
    }

    public DisclosureTable T4()
    {
        var rows = new List<TableRow>();
        var values = new Dictionary<string, decimal>
        {
            ["income.fiscal"] = f.Fiscal(),
            ["income.gpb"] = f.Current(FundSources.Gpb),
            ["income.gf"] = f.Current(FundSources.Gf),
            ["income.sc"] = f.Current(FundSources.Sc),
        };
        foreach (var (key, label) in T4IncomeLines) rows.Add(Line(key, label, ("amount", values[key])));
        rows.Add(Line("income.total", "收入总计", ("amount", f.Fiscal())));
        foreach (var (code, name) in ClassNames.XinjiangClasses)
        {
            rows.Add(Line("expense." + code, $"{code} {name}", ("total", f.Fiscal(code)), ("gpb", f.Current(FundSources.Gpb, code)),
                ("gf", f.Current(FundSources.Gf, code)), ("sc", f.Current(FundSources.Sc, code))));
        }
        rows.Add(Line("expense.total", "支出总计", ("total", f.Fiscal()), ("gpb", f.Current(FundSources.Gpb)), ("gf", f.Current(FundSources.Gf)), ("sc", f.Current(FundSources.Sc))));
        return Table(TableId.T4, "财政拨款收支预算总体情况表", [("amount", "合计"), ("total", "合计"), ("gpb", "一般公共预算"), ("gf", "政府性基金预算"), ("sc", "国有资本经营预算")], rows);
    }

    public DisclosureTable T5()
    {
        var rows = FunctionRows(p => f.Current(FundSources.Gpb, p) != 0m,
            [("total", p => f.Current(FundSources.Gpb, p)), ("basic", p => f.Sum(p, "gpb.basic")), ("project", p => f.Sum(p, "gpb.project"))]);
        return Table(TableId.T5, "一般公共预算支出情况表", [("total", "合计"), ("basic", "基本支出"), ("project", "项目支出")], rows);
    }

    public DisclosureTable T6()
    {
        var rows = new List<TableRow>();
        if (f.Economics.Length > 0)
        {
            rows.Add(Row("total", "总计", RowKind.Total, null, null, Cells(("total", f.EconomicPersonnel + f.EconomicPublic), ("personnel", f.EconomicPersonnel), ("public", f.EconomicPublic))));
            foreach (var cls in f.Economics.GroupBy(e => e.Code.Class.Digits))
            {
                var code = EconomicCode.Parse(cls.Key);
                var personnel = cls.Sum(e => e.Personnel);
                var pub = cls.Sum(e => e.Public);
                rows.Add(Row(cls.Key, f.Names.Economic(code) ?? cls.Key, RowKind.Subtotal, null, code, Cells(("total", personnel + pub), ("personnel", personnel), ("public", pub))));
                foreach (var e in cls)
                {
                    var name = f.Input.Economics.FirstOrDefault(x => x.Code == e.Code.Digits)?.Name ?? f.Names.Economic(e.Code) ?? e.Code.Digits;
                    rows.Add(Row(e.Code.Digits, name, RowKind.Detail, null, e.Code, Cells(("total", e.Personnel + e.Public), ("personnel", e.Personnel), ("public", e.Public))));
                }
            }
        }
        return Table(TableId.T6, "一般公共预算基本支出情况表", [("total", "合计"), ("personnel", "人员经费"), ("public", "公用经费")], rows);
    }

    public DisclosureTable T7()
    {
        var projects = f.Projects.Where(p => p.Input.Source == FundSources.Gpb).ToList();
        var columns = new List<(string, string)> { ("total", "项目支出合计") };
        columns.AddRange(BudgetFigures.ProjectColumnList);
        var rows = new List<TableRow>();
        if (projects.Count > 0)
        {
            rows.Add(Row("total", "总计", RowKind.Total, null, null, Cells(ProjectCells(projects))));
            var multi = !f.Input.Profile.BudgetUnits.IsDefaultOrEmpty;
            foreach (var unitGroup in projects.GroupBy(p => multi ? p.Input.BudgetUnit : null).OrderBy(g => UnitOrder(g.Key)))
            {
                var unit = unitGroup.Key is null ? null : Key(unitGroup.Key);
                if (unit is not null) rows.Add(Row("total", unitGroup.Key!, RowKind.UnitHeader, null, null, Cells(ProjectCells(unitGroup))) with { Unit = unit });
                var list = unitGroup.ToList();
                foreach (var prefix in list.SelectMany(p => new[] { p.Code.Class.Digits, p.Code.Parent!.Value.Digits }).Distinct().Order(StringComparer.Ordinal))
                {
                    var code = FunctionCode.Parse(prefix);
                    var under = list.Where(p => p.Code.IsWithin(code)).ToList();
                    rows.Add(Row(prefix, f.Names.Function(code) ?? prefix, RowKind.Subtotal, code, null, Cells(ProjectCells(under))) with { Unit = unit });
                    if (code.Level == CodeLevel.Section)
                    {
                        foreach (var p in under.OrderBy(p => p.Code.Digits, StringComparer.Ordinal))
                        {
                            var cells = Cells(ProjectCells([p]));
                            rows.Add(Row($"{p.Code.Digits}|{Key(p.Input.Name)}", ItemName(p.Code), RowKind.Detail, p.Code, null, cells) with { Project = p.Input.Name, Unit = unit });
                        }
                    }
                }
            }
        }
        return Table(TableId.T7, "一般公共预算项目支出情况表", columns, rows);
    }

    public DisclosureTable T8() => FundTable(TableId.T8, FundSources.Gf, "政府性基金预算支出情况表", "政府性基金预算拨款");

    public DisclosureTable T9() => FundTable(TableId.T9, FundSources.Sc, "国有资本经营预算支出情况表", "国有资本经营预算拨款");

    public DisclosureTable T10()
    {
        var t = f.Input.ThreePublic;
        var source = t.Source;
        TableRow Item(string key, string label, decimal value) =>
            Line(key, label, ("total", value), (source, value));
        var rows = new List<TableRow>
        {
            Item("total", "合计", t.Total) with { Kind = RowKind.Total },
            Item("overseas", "因公出国（境）费", t.Overseas),
            Item("reception", "公务接待费", t.Reception),
            Item("vehicles", "公务用车购置及运行费（小计）", t.VehiclePurchase + t.VehicleOperation) with { Kind = RowKind.Subtotal },
            Item("vehicle_purchase", "其中：公务用车购置费", t.VehiclePurchase),
            Item("vehicle_operation", "公务用车运行费", t.VehicleOperation),
        };
        return Table(TableId.T10, "财政拨款“三公”经费支出情况表", [("total", "合计"), ("gpb", "一般公共预算"), ("gf", "政府性基金"), ("sc", "国有资本经营预算")], rows);
    }

    public DisclosureTable T11()
    {
        var items = f.Input.Carryovers;
        var rows = new List<TableRow>();
        if (!items.IsDefaultOrEmpty)
        {
            static (string, decimal)[] CellsOf(IEnumerable<CarryoverInput> list)
            {
                var l = list.ToList();
                var fiscal = l.Where(c => c.IsFiscal).ToList();
                var non = l.Where(c => !c.IsFiscal).ToList();
                return
                [
                    ("total", l.Sum(c => c.Total)), ("fiscal", fiscal.Sum(c => c.Total)), ("fiscal_personnel", fiscal.Sum(c => c.Personnel)),
                    ("fiscal_public", fiscal.Sum(c => c.Public)), ("fiscal_project", fiscal.Sum(c => c.Project)), ("nonfiscal", non.Sum(c => c.Total)),
                    ("nonfiscal_personnel", non.Sum(c => c.Personnel)), ("nonfiscal_public", non.Sum(c => c.Public)), ("nonfiscal_project", non.Sum(c => c.Project)),
                ];
            }
            rows.Add(Row("total", "总计", RowKind.Total, null, null, Cells(CellsOf(items))));
            var multi = !f.Input.Profile.BudgetUnits.IsDefaultOrEmpty;
            foreach (var group in items.GroupBy(c => multi ? c.BudgetUnit : null).OrderBy(g => UnitOrder(g.Key)))
            {
                var unit = group.Key is null ? null : Key(group.Key);
                if (unit is not null) rows.Add(Row("total", group.Key!, RowKind.UnitHeader, null, null, Cells(CellsOf(group))) with { Unit = unit });
                foreach (var c in group) rows.Add(Row(Key(c.Name), c.Name, RowKind.Detail, null, null, Cells(CellsOf([c]))) with { Project = c.Name, Unit = unit });
            }
        }
        (string, string)[] columns =
        [
            ("total", "合计"), ("fiscal", "财政拨款小计"), ("fiscal_personnel", "人员经费"), ("fiscal_public", "公用经费"), ("fiscal_project", "项目支出"),
            ("nonfiscal", "非财政拨款小计"), ("nonfiscal_personnel", "人员经费"), ("nonfiscal_public", "公用经费"), ("nonfiscal_project", "项目支出"),
        ];
        return Table(TableId.T11, "上年结转结余情况明细表", columns, rows, items.IsDefaultOrEmpty ? "没有上年结转结余预算安排的支出，上年结转结余情况明细表为空表" : null);
    }

    // ---------------------------------------------------------------------------------------------------

    private DisclosureTable FundTable(TableId id, string source, string title, string what)
    {
        var rows = FunctionRows(p => f.Current(source, p) != 0m,
            [("total", p => f.Current(source, p)), ("personnel", p => f.Sum(p, source + ".personnel")), ("public", p => f.Sum(p, source + ".public")), ("project", p => f.Sum(p, source + ".project"))]);
        var empty = rows.Count == 0 ? $"没有使用{what}安排的支出，{title}为空表" : null;
        return Table(id, title, [("total", "合计"), ("personnel", "人员经费"), ("public", "公用经费"), ("project", "项目支出")], rows, empty);
    }

    /// <summary>总计 row, then for each 类 with money: the 类, each 款 and each 项 (hierarchy in code order).</summary>
    private List<TableRow> FunctionRows(Func<string, bool> used, (string Key, Func<string, decimal> Value)[] columns)
    {
        var rows = new List<TableRow>();
        var items = f.Items.Where(i => used(i.Digits)).ToList();
        if (items.Count == 0) return rows;
        rows.Add(Row("total", "总计", RowKind.Total, null, null, Cells(columns.Select(c => (c.Key, c.Value(string.Empty))).ToArray())));
        var codes = items.SelectMany(i => new[] { i.Class, i.Parent!.Value, i }).Distinct().Order();
        foreach (var code in codes)
        {
            var kind = code.Level == CodeLevel.Item ? RowKind.Detail : RowKind.Subtotal;
            rows.Add(Row(code.Digits, code.Level == CodeLevel.Item ? ItemName(code) : f.Names.Function(code) ?? code.Digits, kind, code, null,
                Cells(columns.Select(c => (c.Key, c.Value(code.Digits))).ToArray())));
        }
        return rows;
    }

    private string ItemName(FunctionCode code) =>
        f.Input.Functions.FirstOrDefault(l => l.Name is not null && string.Concat(l.Code.Where(char.IsAsciiDigit)) == code.Digits)?.Name
        ?? f.Names.Function(code) ?? code.Digits;

    private decimal Carry(string source) => f.Sum(string.Empty, $"carry.{source}.basic", $"carry.{source}.project");

    private int UnitOrder(string? unit) => unit is null ? -1 : f.Input.Profile.BudgetUnits.IndexOf(unit);

    private static (string, decimal)[] ProjectCells(IEnumerable<ResolvedProject> projects)
    {
        var list = projects.ToList();
        var cells = new List<(string, decimal)> { ("total", list.Sum(p => p.Amount)) };
        foreach (var (key, _) in BudgetFigures.ProjectColumnList) cells.Add((key, list.Sum(p => p.Economic.GetValueOrDefault(key))));
        return [.. cells];
    }

    private static ImmutableArray<(string, string)> ColumnsOf(ImmutableArray<(string Key, string Header)> headers) => headers;

    private DisclosureTable Table(TableId id, string title, IEnumerable<(string Key, string Header)> columns, IEnumerable<TableRow> rows, string? emptyNote = null)
    {
        var list = rows.ToImmutableArray();
        var empty = emptyNote is not null && list.IsEmpty;
        return new DisclosureTable
        {
            Title = title,
            Canonical = id,
            Number = (int)id,
            Unit = MoneyUnit.WanYuan,
            PreparedBy = f.Input.Unit,
            Columns = [.. columns.Select(c => new TableColumn(c.Key, c.Header))],
            Rows = list,
            IsDeclaredEmpty = empty,
            EmptyNote = empty ? new LocatedText($"{f.Input.Unit}{f.Input.Year}年{emptyNote}。", SourceSpan.None) : null,
        };
    }

    private static TableRow Line(string key, string label, params (string Column, decimal Value)[] cells) =>
        Row(key, label, RowKind.Line, null, null, Cells(cells)) with { Kind = key.EndsWith("total", StringComparison.Ordinal) ? RowKind.Total : RowKind.Line };

    private static TableRow Row(string key, string label, RowKind kind, FunctionCode? function, EconomicCode? economic, CellMap cells) =>
        new() { Key = key, Label = label, Kind = kind, FunctionCode = function, EconomicCode = economic, Cells = cells };

    /// <summary>Zero cells are printed empty, as the template does (spec/cells.md: empty cells are omitted).</summary>
    private static CellMap Cells(params (string Column, decimal Value)[] values) =>
        values.Where(v => v.Value != 0m).ToCellMap(v => v.Column, v => new Cell(Phrasing.Cents(v.Value), SourceSpan.None));

    /// <summary>Names inside row keys and unit names have all whitespace removed (spec/cells.md).</summary>
    private static string Key(string s) => Export.CellsProjection.Key(s);
}

/// <summary>Column keys and headers of 表2 in printed order.</summary>
public static class TableLayoutHeaders
{
    public static readonly ImmutableArray<(string Key, string Header)> T2 =
    [
        ("total", "总计"), ("fiscal", "财政拨款（补助）小计"), ("gpb", "一般公共预算"), ("gpb_transfer", "上级一般公共预算安排的转移支付"),
        ("gf", "政府性基金预算"), ("gf_transfer", "上级政府性基金安排的转移支付"), ("sc", "国有资本经营预算"), ("sc_transfer", "上级国有资本经营预算安排的转移支付"),
        ("special", "财政专户（教育收费）"), ("unit", "单位资金"), ("fiscal_carryover", "财政拨款结转"), ("nonfiscal_carryover", "非财政拨款结转结余"),
    ];
}
