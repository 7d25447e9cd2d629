using System.Collections.Immutable;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Yusuan.Core.Generation.Input;

/// <summary>
/// The XLSX input workbook for people who work in Excel. Each sheet holds what is typed for one table or part (the
/// finest-level figures; totals are derived, so the official layouts' subtotal rows have no place here): row 1 says what to
/// fill in, row 2 holds the column headers, data starts on row 3. Key/value sheets (基本信息, 上年数, 其他事项) have the
/// item in column A and its value in column B. <see cref="XlsxInputReader"/> reads it back.
/// </summary>
public static class XlsxTemplate
{
    public const string Profile = "基本信息";
    public const string Functions = "表3支出";
    public const string Economics = "表6基本支出";
    public const string Projects = "表7项目";
    public const string ThreePublic = "表10三公";
    public const string Carryovers = "表11结转结余";
    public const string PriorTotals = "上年数";
    public const string PriorItems = "上年分项";
    public const string Reasons = "变动原因";
    public const string Purposes = "类用途";
    public const string Names = "科目名称";
    public const string Matters = "其他事项";
    public const string Vehicles = "车辆";
    public const string Targets = "绩效目标";

    public static readonly ImmutableArray<string> FunctionColumns = ["功能分类科目编码", "科目名称", "资金来源", "基本支出", "人员经费", "公用经费", "项目支出", "其中：上级转移支付", "预算单位"];
    public static readonly ImmutableArray<string> EconomicColumns = ["经济分类科目编码", "科目名称", "人员经费", "公用经费"];
    public static readonly ImmutableArray<string> ProjectColumns =
    [
        "项目名称", "功能分类科目编码", "资金来源", "预算单位", .. Derivation.BudgetFigures.ProjectColumnList.Select(c => c.Header), "项目支出合计",
        "设立的政策依据", "项目承担单位", "资金分配情况", "资金执行时间",
    ];
    public static readonly ImmutableArray<string> ThreePublicColumns = ["项目", "本年预算", "上年预算"];
    public static readonly ImmutableArray<string> CarryoverColumns = ["项目名称", "功能分类科目编码", "资金来源", "人员经费", "公用经费", "项目支出", "主要用途", "预算单位"];
    public static readonly ImmutableArray<string> PriorItemColumns = ["功能分类科目编码", "资金来源", "上年预算数"];
    public static readonly ImmutableArray<string> ReasonColumns = ["事项", "说明", "原因"];
    public static readonly ImmutableArray<string> PurposeColumns = ["类编码", "主要用于"];
    public static readonly ImmutableArray<string> NameColumns = ["科目编码", "科目名称"];
    public static readonly ImmutableArray<string> VehicleColumns = ["车辆类别", "数量（辆）", "价值（万元）"];
    public static readonly ImmutableArray<string> TargetColumns = ["项目名称", "项目负责人", "项目总体目标", "一级指标", "二级指标", "三级指标", "指标值", "指标值设置依据", "上年完成值", "指标分值权重", "指标赋分规则", "佐证资料"];

    /// <summary>Items of the key/value sheets, in order.</summary>
    public static readonly ImmutableArray<string> ProfileKeys =
    [
        "年度", "单位名称", "范围（单位/部门）", "地区", "编制数", "实有人数", "在职人数", "在职人数增减", "退休人数", "退休人数增减", "离休人数", "离休人数增减",
        "内设机构（用、分隔）", "预算单位（部门填写，用、分隔）", "主要职能",
    ];

    public static readonly ImmutableArray<string> PriorKeys =
    [
        "一般公共预算收入", "政府性基金预算收入", "国有资本经营预算收入", "财政专户管理资金收入", "单位资金收入", "财政拨款结转", "非财政拨款结转结余",
        "基本支出", "项目支出", "一般公共预算基本支出", "一般公共预算项目支出", "机关运行经费",
    ];

    public static readonly ImmutableArray<string> MatterKeys =
    [
        "机关运行经费（不填则取公用经费）", "政府采购货物", "政府采购工程", "政府采购服务", "面向中小企业预留", "其中：小微企业预留",
        "资产截至年度", "房屋面积（平方米）", "房屋价值", "办公家具价值", "其他资产价值", "单位价值50万元以上设备（台）", "单位价值100万元以上设备（台）",
        "拟购置车辆（辆）", "拟购置50万元以上设备（台）", "拟购置100万元以上设备（台）", "整体绩效目标（个）", "整体绩效目标涉及金额（不填则取收支总预算）",
        "事业收入", "上级补助收入", "附属单位上缴收入", "事业单位经营收入", "其他收入", "其他需说明的事项",
    ];

    /// <summary>The reason keys offered in the 变动原因 sheet, with what they explain.</summary>
    public static readonly ImmutableArray<(string Key, string Note)> ReasonKeys =
    [
        ("income.gpb", "二、一般公共预算收入的增减"), ("income.gf", "二、政府性基金预算收入的增减"), ("income.sc", "二、国有资本经营预算收入的增减"),
        ("income.special", "二、财政专户管理资金的增减"), ("income.unit", "二、单位资金的增减"), ("carryover.fiscal", "二、财政拨款结转的增减"),
        ("carryover.nonfiscal", "二、非财政拨款结转结余的增减"), ("expense.basic", "三、基本支出的增减"), ("expense.project", "三、项目支出的增减"),
        ("gpb.basic", "五（一）一般公共预算基本支出的增减"), ("gpb.project", "五（一）一般公共预算项目支出的增减"),
        ("function.项编码", "五（三）各项（如 function.2010301）的增减"), ("gf.total", "八、政府性基金预算支出的增减"), ("sc.total", "九、国有资本经营预算支出的增减"),
        ("three_public.total", "十、“三公”经费合计的增减"), ("three_public.overseas", "十、因公出国（境）费"), ("three_public.reception", "十、公务接待费"),
        ("three_public.vehicle_purchase", "十、公务用车购置费"), ("three_public.vehicle_operation", "十、公务用车运行费"), ("operating_cost", "十二（一）机关运行经费的增减"),
    ];

    public static BudgetInput EmptyInput(int year) => new() { Year = year };

    /// <summary>Writes the workbook: empty (a template) or filled with <paramref name="content"/>.</summary>
    public static void Write(string path, int year, BudgetInput? content = null)
    {
        var input = content ?? EmptyInput(year);
        using var package = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = package.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Rendering.Xlsx.XlsxStylesAccess.Create();
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        var writer = new SheetWriter(workbook, sheets);

        writer.Sheet("填写说明", "预算公开数据录入模板（" + year.ToString(CultureInfo.InvariantCulture) + "年）", ["说明"],
        [
            .. new[]
            {
                "金额单位：万元，保留两位小数。只填写最明细的数字（功能分类“项”、经济分类“款”、项目、“三公”分项），合计、小计、占比和表1~表11均由程序计算，不要填写。",
                "资金来源填写：一般公共预算、政府性基金预算、国有资本经营预算、财政专户、单位资金（不填视为一般公共预算）。同一科目有多个资金来源时分行填写。",
                "“表3支出”：每个功能分类项级科目（7位编码）一行；基本支出可只填合计，政府性基金和国有资本经营预算须分人员经费、公用经费。项目支出可不填，由“表7项目”汇总。",
                "“表6基本支出”：一般公共预算基本支出按经济分类款级科目（5位编码）分人员经费、公用经费填写，合计须等于“表3支出”中一般公共预算基本支出。",
                "“表7项目”：每个项目一行，按经济分类填写金额；“项目支出合计”可不填，填写时须等于各经济分类之和。",
                "“上年数”“上年分项”填写上年预算数，用于说明中的增减比较；“变动原因”按事项键填写增减原因（主要原因是……）。",
                "生成：yusuan render 本文件.xlsx --to pdf -o 预算公开.pdf 。有错误时程序会指出工作表和单元格（如 表3支出!D12）。",
            }.Select(t => (IReadOnlyList<object?>)[t]),
        ]);

        var p = input.Profile;
        var s = p.Staff;
        writer.KeyValues(Profile, "单位基本信息",
        [
            ("年度", input.Year), ("单位名称", input.Unit), ("范围（单位/部门）", input.Scope == "department" ? "部门" : "单位"), ("地区", input.Region),
            ("编制数", s?.Quota), ("实有人数", s?.Actual), ("在职人数", s?.Active), ("在职人数增减", s?.ActiveChange), ("退休人数", s?.Retired),
            ("退休人数增减", s?.RetiredChange), ("离休人数", s?.RetiredCadre), ("离休人数增减", s?.RetiredCadreChange),
            ("内设机构（用、分隔）", p.InternalDepartments.IsDefaultOrEmpty ? null : string.Join("、", p.InternalDepartments)),
            ("预算单位（部门填写，用、分隔）", p.BudgetUnits.IsDefaultOrEmpty ? null : string.Join("、", p.BudgetUnits)),
            .. (p.Functions.IsDefaultOrEmpty ? [("主要职能", (object?)null)] : p.Functions.Select(f => ("主要职能", (object?)f))),
        ]);

        writer.Sheet(Functions, "支出（功能分类项级科目 × 资金来源）", FunctionColumns,
            input.Functions.Select(f => (IReadOnlyList<object?>)[f.Code, f.Name, Source(f.Source), f.Basic, f.Personnel, f.Public, f.Project, f.Transfer == 0m ? null : f.Transfer, f.BudgetUnit]));
        writer.Sheet(Economics, "一般公共预算基本支出（经济分类款级科目）", EconomicColumns,
            input.Economics.Select(e => (IReadOnlyList<object?>)[e.Code, e.Name, Zero(e.Personnel), Zero(e.Public)]));
        writer.Sheet(Projects, "项目支出（每个项目一行，按经济分类）", ProjectColumns,
            input.Projects.Select(x => (IReadOnlyList<object?>)
            [
                x.Name, x.Function, Source(x.Source), x.BudgetUnit, .. Derivation.BudgetFigures.ProjectColumnList.Select(c => (object?)(x.Economic.TryGetValue(c.Key, out var v) ? v : null)),
                x.Amount, x.PolicyBasis, x.ImplementingUnit, x.Allocations.IsDefaultOrEmpty ? x.AllocationText : string.Join("、", x.Allocations.Select(a => $"{a.Name}{a.Amount.ToString("0.00", CultureInfo.InvariantCulture)}万元")),
                x.ExecutionPeriod,
            ]));
        var t = input.ThreePublic;
        var pt = input.Prior.ThreePublic;
        writer.Sheet(ThreePublic, "财政拨款“三公”经费（资金来源在最后一行）", ThreePublicColumns,
        [
            ["因公出国（境）费", t.Overseas, pt?.Overseas], ["公务接待费", t.Reception, pt?.Reception], ["公务用车购置费", t.VehiclePurchase, pt?.VehiclePurchase],
            ["公务用车运行费", t.VehicleOperation, pt?.VehicleOperation], ["资金来源", Source(t.Source), null],
        ]);
        writer.Sheet(Carryovers, "上年结转结余（每个项目一行）", CarryoverColumns,
            input.Carryovers.Select(c => (IReadOnlyList<object?>)[c.Name, c.Function, Source(c.Source), Zero(c.Personnel), Zero(c.Public), Zero(c.Project), c.Purpose, c.BudgetUnit]));

        var prior = input.Prior;
        decimal? I(string key) => prior.Income.TryGetValue(key, out var v) ? v : null;
        writer.KeyValues(PriorTotals, "上年预算数（用于增减比较；不填则说明中不写增减）",
        [
            ("一般公共预算收入", I("gpb")), ("政府性基金预算收入", I("gf")), ("国有资本经营预算收入", I("sc")), ("财政专户管理资金收入", I("special")),
            ("单位资金收入", I("unit")), ("财政拨款结转", I("fiscal_carryover")), ("非财政拨款结转结余", I("nonfiscal_carryover")), ("基本支出", prior.Basic),
            ("项目支出", prior.Project), ("一般公共预算基本支出", prior.GpbBasic), ("一般公共预算项目支出", prior.GpbProject), ("机关运行经费", prior.OperatingCost),
        ]);
        writer.Sheet(PriorItems, "上年预算数（功能分类项级科目；含本年不再安排的科目）", PriorItemColumns,
        [
            .. prior.GpbFunctions.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => (IReadOnlyList<object?>)[k.Key, "一般公共预算", k.Value]),
            .. prior.GfFunctions.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => (IReadOnlyList<object?>)[k.Key, "政府性基金预算", k.Value]),
            .. prior.ScFunctions.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => (IReadOnlyList<object?>)[k.Key, "国有资本经营预算", k.Value]),
        ]);
        var reasonRows = ReasonKeys.Where(k => !input.Reasons.ContainsKey(k.Key)).Select(k => (IReadOnlyList<object?>)[k.Key, k.Note, null])
            .Concat(input.Reasons.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => (IReadOnlyList<object?>)[k.Key, ReasonKeys.FirstOrDefault(r => r.Key == k.Key).Note, k.Value]));
        writer.Sheet(Reasons, "增减变动原因（“主要原因是……”后面的文字）", ReasonColumns, reasonRows);
        writer.Sheet(Purposes, "各类支出主要用于（四、财政拨款收支说明）", PurposeColumns,
            input.ClassPurposes.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => (IReadOnlyList<object?>)[k.Key, k.Value]));
        writer.Sheet(Names, "科目表中没有的科目名称（按编码）", NameColumns,
            input.Names.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => (IReadOnlyList<object?>)[k.Key, k.Value]));

        var m = input.Matters;
        var a = m.Assets;
        var u = input.UnitIncome;
        writer.KeyValues(Matters, "其他重要事项",
        [
            ("机关运行经费（不填则取公用经费）", m.OperatingCost), ("政府采购货物", m.Procurement?.Goods), ("政府采购工程", m.Procurement?.Works),
            ("政府采购服务", m.Procurement?.Services), ("面向中小企业预留", m.Procurement?.Sme), ("其中：小微企业预留", m.Procurement?.SmallMicro),
            ("资产截至年度", a?.AsOfYear), ("房屋面积（平方米）", a?.BuildingArea), ("房屋价值", a?.BuildingValue), ("办公家具价值", a?.FurnitureValue),
            ("其他资产价值", a?.OtherValue), ("单位价值50万元以上设备（台）", a?.Equipment50), ("单位价值100万元以上设备（台）", a?.Equipment100),
            ("拟购置车辆（辆）", a?.PlannedVehicles), ("拟购置50万元以上设备（台）", a?.PlannedEquipment50), ("拟购置100万元以上设备（台）", a?.PlannedEquipment100),
            ("整体绩效目标（个）", m.Performance?.OverallTargetCount), ("整体绩效目标涉及金额（不填则取收支总预算）", m.Performance?.OverallAmount),
            ("事业收入", u?.Business), ("上级补助收入", u?.Upper), ("附属单位上缴收入", u?.Affiliated), ("事业单位经营收入", u?.Operating), ("其他收入", u?.Other),
            ("其他需说明的事项", m.Other),
        ]);
        writer.Sheet(Vehicles, "车辆（截至上年底）", VehicleColumns,
            (a?.Vehicles ?? []).Select(v => (IReadOnlyList<object?>)[v.Name, v.Count, v.Value]));
        writer.Sheet(Targets, "项目支出绩效目标（每个指标一行；项目负责人、总体目标写在该项目第一行）", TargetColumns,
            input.Targets.SelectMany(target => target.Indicators.Select((i, k) => (IReadOnlyList<object?>)
            [
                target.Project, k == 0 ? target.Manager : null, k == 0 ? target.Goal : null, i.Level1, i.Level2, i.Level3, i.Value, i.Basis, i.PriorValue, i.Weight, i.ScoringRule, i.Evidence,
            ])));
        workbook.Workbook.Save();
    }

    public static string Source(string source) => source switch
    {
        FundSources.Gf => "政府性基金预算",
        FundSources.Sc => "国有资本经营预算",
        FundSources.Special => "财政专户",
        FundSources.Unit => "单位资金",
        _ => "一般公共预算",
    };

    private static object? Zero(decimal value) => value == 0m ? null : value;

    /// <summary>Writes sheets: title row, header row, then data rows; strings inline, numbers as numbers.</summary>
    private sealed class SheetWriter(WorkbookPart workbook, Sheets sheets)
    {
        private uint id = 1;

        public void KeyValues(string name, string title, IEnumerable<(string Key, object? Value)> rows) =>
            Sheet(name, title, ["项目", "内容"], rows.Select(r => (IReadOnlyList<object?>)[r.Key, r.Value]));

        public void Sheet(string name, string title, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(new Row(Text(0, 1, title, 4)) { RowIndex = 1, Height = 22, CustomHeight = true });
            data.Append(new Row(headers.Select((h, c) => Text(c, 2, h, 1))) { RowIndex = 2 });
            uint r = 3;
            foreach (var row in rows)
            {
                var cells = new Row { RowIndex = r };
                for (var c = 0; c < row.Count; c++)
                {
                    switch (row[c])
                    {
                        case null: break;
                        case string sv when sv.Length > 0: cells.Append(Text(c, r, sv, 2)); break;
                        case decimal d: cells.Append(Number(c, r, d)); break;
                        case int i: cells.Append(Number(c, r, i)); break;
                    }
                }
                data.Append(cells);
                r++;
            }
            var columns = new Columns(headers.Select((h, c) => new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = Math.Max(12, Math.Min(60, h.Length * 2.2 + 4)), CustomWidth = true }));
            var worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane { VerticalSplit = 2, TopLeftCell = "A3", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
                columns, data);
            if (headers.Count > 1) worksheet.Append(new MergeCells(new MergeCell { Reference = $"A1:{Rendering.Xlsx.XlsxStylesAccess.Ref(headers.Count - 1, 1)}" }) { Count = 1 });
            part.Worksheet = worksheet;
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
        }

        private static Cell Text(int column, uint row, string text, uint style) =>
            new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { CellReference = Rendering.Xlsx.XlsxStylesAccess.Ref(column, row), DataType = CellValues.InlineString, StyleIndex = style };

        private static Cell Number(int column, uint row, decimal value) =>
            new(new CellValue(value.ToString(CultureInfo.InvariantCulture))) { CellReference = Rendering.Xlsx.XlsxStylesAccess.Ref(column, row), DataType = CellValues.Number, StyleIndex = 3 };
    }
}
