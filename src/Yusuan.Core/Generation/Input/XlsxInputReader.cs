using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DiagnosticSeverity = Yusuan.Core.Model.DiagnosticSeverity;
using static Yusuan.Core.Generation.Input.XlsxTemplate;

namespace Yusuan.Core.Generation.Input;

/// <summary>Reads the workbook written by <see cref="XlsxTemplate"/>. A cell that cannot be read is reported with its sheet
/// and address (表3支出!D12); missing sheets are simply empty.</summary>
public static partial class XlsxInputReader
{
    public static InputReadResult Read(string path)
    {
        SpreadsheetDocument document;
        var name = Path.GetFileName(path);
        if (Reading.Formats.InputFile.ReadBytes(path, out var unreadable) is not { } bytes)
        {
            return new InputReadResult(null, [new InputIssue(DiagnosticSeverity.Error, "input.xlsx", name, unreadable!)]);
        }
        // The same bounds as every file Yusuan reads: a workbook that inflates to gigabytes is refused before it is opened.
        if (Reading.Formats.PackageBounds.Inspect(bytes, Reading.Formats.InputBounds.Default) is { } refusal)
        {
            return new InputReadResult(null, [new InputIssue(DiagnosticSeverity.Error, "input.xlsx", name, refusal == Reading.Formats.PackageRefusal.Damaged
                ? "XLSX 工作簿已损坏或不完整。/ The XLSX workbook is damaged."
                : "XLSX 工作簿解压后过大或 XML 嵌套过深，不像数据录入模板。/ The XLSX workbook expands past the bounds.")]);
        }
        try
        {
            document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or FileFormatException)
        {
            return new InputReadResult(null, [new InputIssue(DiagnosticSeverity.Error, "input.xlsx", Path.GetFileName(path), $"不是可读取的 XLSX 工作簿：{e.Message} / Not a readable XLSX workbook.")]);
        }
        using (document)
        {
            var book = new Book(document);
            var issues = new List<InputIssue>();
            var input = new Reader(book, issues).Input();
            return new InputReadResult(input, issues);
        }
    }

    /// <summary>A sheet's cells by address, as text or number.</summary>
    private sealed class Book
    {
        private readonly Dictionary<string, Dictionary<(int Row, int Column), string>> sheets = new(StringComparer.Ordinal);

        public Book(SpreadsheetDocument document)
        {
            var workbook = document.WorkbookPart!;
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Id?.Value is not { } id || sheet.Name?.Value is not { } sheetName || !workbook.TryGetPartById(id, out var found) || found is not WorksheetPart part) continue;
                var cells = new Dictionary<(int, int), string>();
                foreach (var cell in part.Worksheet.Descendants<Cell>())
                {
                    if (cell.CellReference?.Value is not { } reference) continue;
                    var text = cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, out var index) && index < shared.Count ? shared[index]
                        : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText
                        : cell.CellValue?.Text;
                    if (string.IsNullOrWhiteSpace(text)) continue;
                    if (Address(reference) is { } address) cells[address] = text.Trim();
                }
                sheets[sheetName] = cells;
            }
        }

        public bool Has(string sheet) => sheets.ContainsKey(sheet);

        public string? Get(string sheet, int row, int column) => sheets.TryGetValue(sheet, out var cells) && cells.TryGetValue((row, column), out var v) ? v : null;

        public int LastRow(string sheet) => sheets.TryGetValue(sheet, out var cells) && cells.Count > 0 ? cells.Keys.Max(k => k.Row) : 0;

        /// <summary>"C12" → (12, 2); null for a reference past Excel's grid (XFD1048576) or not a reference at all.</summary>
        private static (int, int)? Address(string reference)
        {
            var column = 0;
            var i = 0;
            for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
            {
                column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
                if (column > 16_384) return null;
            }
            return column > 0 && int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row is > 0 and <= 1_048_576
                ? (row, column - 1)
                : null;
        }
    }

    /// <summary>One data row of a list sheet: values by header.</summary>
    private sealed class Line(Reader reader, string sheet, int row, IReadOnlyList<string> headers)
    {
        public int Row => row;

        public string? Text(string header) => reader.Book.Get(sheet, row, Index(header));

        public decimal? Number(string header) => reader.Number(sheet, row, Index(header));

        public int? Integer(string header) => reader.Integer(sheet, row, Index(header));

        public string Where(string header) => $"{sheet}!{Rendering.Xlsx.XlsxStylesAccess.Ref(Index(header), (uint)row)}";

        private int Index(string header)
        {
            var i = reader.HeaderIndex(sheet, header);
            return i >= 0 ? i : headers.ToList().IndexOf(header);
        }
    }

    private sealed class Reader(Book book, List<InputIssue> issues)
    {
        public Book Book => book;

        public BudgetInput Input()
        {
            var profile = KeyValues(Profile);
            string? P(string key) => profile.TryGetValue(key, out var v) ? v.Text : null;
            var year = profile.TryGetValue("年度", out var y) ? Integer(Profile, y.Row, 1) ?? 0 : 0;
            var scope = P("范围（单位/部门）") is { } sc && sc.Contains('部', StringComparison.Ordinal) ? "department" : "unit";
            int? PI(string key) => profile.TryGetValue(key, out var v) ? Integer(Profile, v.Row, 1) : null;
            var functions = AllValues(Profile, "主要职能");
            var staffKeys = new[] { "编制数", "实有人数", "在职人数", "退休人数", "离休人数" };
            var input = new BudgetInput
            {
                Year = year,
                Unit = P("单位名称") ?? string.Empty,
                Scope = scope,
                Region = P("地区"),
                Profile = new ProfileInput
                {
                    Functions = [.. functions],
                    InternalDepartments = Split(P("内设机构（用、分隔）")),
                    BudgetUnits = Split(P("预算单位（部门填写，用、分隔）")),
                    Staff = staffKeys.Any(k => P(k) is not null)
                        ? new StaffInput
                        {
                            Quota = PI("编制数"),
                            Actual = PI("实有人数"),
                            Active = PI("在职人数"),
                            ActiveChange = PI("在职人数增减"),
                            Retired = PI("退休人数"),
                            RetiredChange = PI("退休人数增减"),
                            RetiredCadre = PI("离休人数"),
                            RetiredCadreChange = PI("离休人数增减"),
                        }
                        : null,
                },
                Functions = [.. Lines(Functions, FunctionColumns).Select(l => new FunctionLine
                {
                    Code = l.Text("功能分类科目编码") ?? string.Empty, Name = l.Text("科目名称"), Source = SourceOf(l, "资金来源"),
                    Basic = l.Number("基本支出"), Personnel = l.Number("人员经费"), Public = l.Number("公用经费"), Project = l.Number("项目支出"),
                    Transfer = l.Number("其中：上级转移支付") ?? 0m, BudgetUnit = l.Text("预算单位"),
                })],
                Economics = [.. Lines(Economics, EconomicColumns).Select(l => new EconomicLine
                {
                    Code = l.Text("经济分类科目编码") ?? string.Empty, Name = l.Text("科目名称"), Personnel = l.Number("人员经费") ?? 0m, Public = l.Number("公用经费") ?? 0m,
                })],
                Projects = [.. Lines(Projects, ProjectColumns).Select(l => new ProjectInput
                {
                    Name = l.Text("项目名称") ?? string.Empty, Function = l.Text("功能分类科目编码") ?? string.Empty, Source = SourceOf(l, "资金来源"), BudgetUnit = l.Text("预算单位"),
                    Economic = Derivation.BudgetFigures.ProjectColumnList.Select(c => (c.Key, Value: l.Number(c.Header))).Where(x => x.Value is not null).ToImmutableDictionary(x => x.Key, x => x.Value!.Value),
                    Amount = l.Number("项目支出合计"), PolicyBasis = l.Text("设立的政策依据"), ImplementingUnit = l.Text("项目承担单位"),
                    Allocations = Allocations(l.Text("资金分配情况"), out var rest), AllocationText = rest, ExecutionPeriod = l.Text("资金执行时间"),
                })],
                Carryovers = [.. Lines(Carryovers, CarryoverColumns).Select(l => new CarryoverInput
                {
                    Name = l.Text("项目名称") ?? string.Empty, Function = l.Text("功能分类科目编码") ?? string.Empty, Source = SourceOf(l, "资金来源"),
                    Personnel = l.Number("人员经费") ?? 0m, Public = l.Number("公用经费") ?? 0m, Project = l.Number("项目支出") ?? 0m, Purpose = l.Text("主要用途"), BudgetUnit = l.Text("预算单位"),
                })],
            };
            input = input with { ThreePublic = ThreePublicOf(out var priorThreePublic) };
            input = input with { Prior = PriorOf(priorThreePublic) };
            input = input with
            {
                Reasons = Lines(Reasons, ReasonColumns).Where(l => l.Text("原因") is not null && l.Text("事项") is not null).ToImmutableDictionary(l => l.Text("事项")!, l => l.Text("原因")!),
                ClassPurposes = Lines(Purposes, PurposeColumns).Where(l => l.Text("类编码") is not null && l.Text("主要用于") is not null).ToImmutableDictionary(l => l.Text("类编码")!, l => l.Text("主要用于")!),
                Names = Lines(Names, NameColumns).Where(l => l.Text("科目编码") is not null && l.Text("科目名称") is not null).ToImmutableDictionary(l => l.Text("科目编码")!, l => l.Text("科目名称")!),
            };
            return MattersOf(input);
        }

        private ThreePublicInput ThreePublicOf(out ThreePublicInput? prior)
        {
            var rows = Lines(ThreePublic, ThreePublicColumns).ToDictionary(l => l.Text("项目") ?? string.Empty, StringComparer.Ordinal);
            decimal Now(string k) => rows.TryGetValue(k, out var l) ? l.Number("本年预算") ?? 0m : 0m;
            decimal? Before(string k) => rows.TryGetValue(k, out var l) ? l.Number("上年预算") : null;
            string[] items = ["因公出国（境）费", "公务接待费", "公务用车购置费", "公务用车运行费"];
            prior = items.Any(k => Before(k) is not null)
                ? new ThreePublicInput { Overseas = Before(items[0]) ?? 0m, Reception = Before(items[1]) ?? 0m, VehiclePurchase = Before(items[2]) ?? 0m, VehicleOperation = Before(items[3]) ?? 0m }
                : null;
            var source = rows.TryGetValue("资金来源", out var s) ? SourceText(s.Text("本年预算"), s.Where("本年预算")) : FundSources.Gpb;
            return new ThreePublicInput { Overseas = Now(items[0]), Reception = Now(items[1]), VehiclePurchase = Now(items[2]), VehicleOperation = Now(items[3]), Source = source };
        }

        private PriorYearInput PriorOf(ThreePublicInput? threePublic)
        {
            var totals = KeyValues(PriorTotals);
            decimal? T(string key) => totals.TryGetValue(key, out var v) ? Number(PriorTotals, v.Row, 1) : null;
            var income = ImmutableDictionary.CreateBuilder<string, decimal>();
            foreach (var (label, key) in new[] { ("一般公共预算收入", "gpb"), ("政府性基金预算收入", "gf"), ("国有资本经营预算收入", "sc"), ("财政专户管理资金收入", "special"), ("单位资金收入", "unit"), ("财政拨款结转", "fiscal_carryover"), ("非财政拨款结转结余", "nonfiscal_carryover") })
            {
                if (T(label) is { } v) income[key] = v;
            }
            var items = Lines(PriorItems, PriorItemColumns).Select(l => (Code: l.Text("功能分类科目编码"), Source: SourceOf(l, "资金来源"), Amount: l.Number("上年预算数"))).Where(x => x.Code is not null && x.Amount is not null).ToList();
            ImmutableDictionary<string, decimal> Of(string source) => items.Where(x => x.Source == source).ToImmutableDictionary(x => x.Code!, x => x.Amount!.Value);
            return new PriorYearInput
            {
                Income = income.ToImmutable(),
                Basic = T("基本支出"),
                Project = T("项目支出"),
                GpbBasic = T("一般公共预算基本支出"),
                GpbProject = T("一般公共预算项目支出"),
                OperatingCost = T("机关运行经费"),
                GpbFunctions = Of(FundSources.Gpb),
                GfFunctions = Of(FundSources.Gf),
                ScFunctions = Of(FundSources.Sc),
                ThreePublic = threePublic,
            };
        }

        private BudgetInput MattersOf(BudgetInput input)
        {
            var m = KeyValues(Matters);
            decimal? N(string key) => m.TryGetValue(key, out var v) ? Number(Matters, v.Row, 1) : null;
            int? I(string key) => m.TryGetValue(key, out var v) ? Integer(Matters, v.Row, 1) : null;
            var vehicles = Lines(Vehicles, VehicleColumns).Select(l => new VehicleInput { Name = l.Text("车辆类别") ?? string.Empty, Count = l.Integer("数量（辆）") ?? 0, Value = l.Number("价值（万元）") ?? 0m }).ToImmutableArray();
            string[] procurementKeys = ["政府采购货物", "政府采购工程", "政府采购服务", "面向中小企业预留", "其中：小微企业预留"];
            string[] assetKeys = ["房屋面积（平方米）", "房屋价值", "办公家具价值", "其他资产价值", "单位价值50万元以上设备（台）"];
            string[] unitKeys = ["事业收入", "上级补助收入", "附属单位上缴收入", "事业单位经营收入", "其他收入"];
            var targets = Lines(Targets, TargetColumns).Where(l => l.Text("三级指标") is not null).GroupBy(l => l.Text("项目名称") ?? string.Empty).Select(g => new TargetTableInput
            {
                Kind = "project",
                Project = g.Key.Length == 0 ? null : g.Key,
                Manager = g.Select(l => l.Text("项目负责人")).FirstOrDefault(x => x is not null),
                Goal = g.Select(l => l.Text("项目总体目标")).FirstOrDefault(x => x is not null),
                Indicators = [.. g.Select(l => new IndicatorInput
                {
                    Level1 = l.Text("一级指标"), Level2 = l.Text("二级指标"), Level3 = l.Text("三级指标")!, Value = l.Text("指标值") ?? string.Empty, Basis = l.Text("指标值设置依据"),
                    PriorValue = l.Text("上年完成值"), Weight = l.Number("指标分值权重"), ScoringRule = l.Text("指标赋分规则"), Evidence = l.Text("佐证资料"),
                })],
            }).ToImmutableArray();
            // The indicator table prints 一级/二级 once per group; carry them down the rows.
            targets = [.. targets.Select(t => t with { Indicators = CarryDown(t.Indicators) })];
            return input with
            {
                UnitIncome = unitKeys.Any(k => N(k) is not null) ? new UnitIncomeInput { Business = N("事业收入") ?? 0m, Upper = N("上级补助收入") ?? 0m, Affiliated = N("附属单位上缴收入") ?? 0m, Operating = N("事业单位经营收入") ?? 0m, Other = N("其他收入") ?? 0m } : null,
                Matters = new MattersInput
                {
                    OperatingCost = N("机关运行经费（不填则取公用经费）"),
                    Procurement = procurementKeys.Any(k => N(k) is not null)
                        ? new ProcurementInput { Goods = N("政府采购货物") ?? 0m, Works = N("政府采购工程") ?? 0m, Services = N("政府采购服务") ?? 0m, Sme = N("面向中小企业预留") ?? 0m, SmallMicro = N("其中：小微企业预留") ?? 0m }
                        : null,
                    Assets = assetKeys.Any(k => N(k) is not null) || vehicles.Length > 0
                        ? new AssetsInput
                        {
                            AsOfYear = I("资产截至年度"),
                            BuildingArea = N("房屋面积（平方米）") ?? 0m,
                            BuildingValue = N("房屋价值") ?? 0m,
                            Vehicles = vehicles,
                            FurnitureValue = N("办公家具价值") ?? 0m,
                            OtherValue = N("其他资产价值") ?? 0m,
                            Equipment50 = I("单位价值50万元以上设备（台）") ?? 0,
                            Equipment100 = I("单位价值100万元以上设备（台）") ?? 0,
                            PlannedVehicles = I("拟购置车辆（辆）") ?? 0,
                            PlannedEquipment50 = I("拟购置50万元以上设备（台）") ?? 0,
                            PlannedEquipment100 = I("拟购置100万元以上设备（台）") ?? 0,
                        }
                        : null,
                    Performance = I("整体绩效目标（个）") is { } count ? new PerformanceInput { OverallTargetCount = count, OverallAmount = N("整体绩效目标涉及金额（不填则取收支总预算）") } : null,
                    Other = m.TryGetValue("其他需说明的事项", out var other) ? other.Text : null,
                },
                Targets = targets,
            };
        }

        private static ImmutableArray<IndicatorInput> CarryDown(ImmutableArray<IndicatorInput> indicators)
        {
            string? l1 = null, l2 = null;
            var result = ImmutableArray.CreateBuilder<IndicatorInput>();
            foreach (var i in indicators)
            {
                if (i.Level1 is not null && i.Level1 != l1) l2 = null;
                l1 = i.Level1 ?? l1;
                l2 = i.Level2 ?? l2;
                result.Add(i with { Level1 = l1, Level2 = l2 });
            }
            return result.ToImmutable();
        }

        // Cells --------------------------------------------------------------------------------------------

        public decimal? Number(string sheet, int row, int column)
        {
            var text = book.Get(sheet, row, column);
            if (text is null) return null;
            var cleaned = text.Replace(",", string.Empty, StringComparison.Ordinal).Replace("，", string.Empty, StringComparison.Ordinal).Trim();
            if (decimal.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return value;
            issues.Add(new InputIssue(DiagnosticSeverity.Error, "input.xlsx.number", $"{sheet}!{Rendering.Xlsx.XlsxStylesAccess.Ref(column, (uint)row)}", $"“{text}”不是数字（金额以万元填写，如 1234.56）。/ Not a number."));
            return null;
        }

        public int? Integer(string sheet, int row, int column)
        {
            var value = Number(sheet, row, column);
            if (value is not { } v) return null;
            if (v == Math.Truncate(v)) return (int)v;
            issues.Add(new InputIssue(DiagnosticSeverity.Error, "input.xlsx.integer", $"{sheet}!{Rendering.Xlsx.XlsxStylesAccess.Ref(column, (uint)row)}", $"“{v.ToString(CultureInfo.InvariantCulture)}”应为整数。/ Not a whole number."));
            return null;
        }

        public int HeaderIndex(string sheet, string header)
        {
            for (var c = 0; c < 40; c++)
            {
                if (book.Get(sheet, 2, c) is { } h && h == header) return c;
            }
            return -1;
        }

        private IEnumerable<Line> Lines(string sheet, IReadOnlyList<string> headers)
        {
            if (!book.Has(sheet)) yield break;
            foreach (var header in headers.Where(h => HeaderIndex(sheet, h) < 0))
                issues.Add(new InputIssue(DiagnosticSeverity.Warning, "input.xlsx.header", $"{sheet}!2", $"工作表缺少列“{header}”，该列按空白处理。"));
            var last = book.LastRow(sheet);
            for (var r = 3; r <= last; r++)
            {
                if (Enumerable.Range(0, headers.Count + 4).All(c => book.Get(sheet, r, c) is null)) continue;
                yield return new Line(this, sheet, r, headers);
            }
        }

        private Dictionary<string, (int Row, string? Text)> KeyValues(string sheet)
        {
            var result = new Dictionary<string, (int, string?)>(StringComparer.Ordinal);
            for (var r = 3; r <= book.LastRow(sheet); r++)
            {
                if (book.Get(sheet, r, 0) is not { } key || book.Get(sheet, r, 1) is not { } value) continue;
                result.TryAdd(key, (r, value));
            }
            return result;
        }

        private List<string> AllValues(string sheet, string key)
        {
            var values = new List<string>();
            for (var r = 3; r <= book.LastRow(sheet); r++)
            {
                if (book.Get(sheet, r, 0) == key && book.Get(sheet, r, 1) is { } v) values.Add(v);
            }
            return values;
        }

        private string SourceOf(Line line, string header) => SourceText(line.Text(header), line.Where(header));

        private string SourceText(string? text, string where)
        {
            switch (text?.Replace(" ", string.Empty, StringComparison.Ordinal))
            {
                case null or "" or "一般公共预算" or "一般公共预算拨款" or "gpb": return FundSources.Gpb;
                case "政府性基金预算" or "政府性基金" or "政府性基金预算拨款" or "gf": return FundSources.Gf;
                case "国有资本经营预算" or "国有资本经营预算拨款" or "sc": return FundSources.Sc;
                case "财政专户" or "财政专户管理资金" or "财政专户核拨" or "special": return FundSources.Special;
                case "单位资金" or "unit": return FundSources.Unit;
                default:
                    issues.Add(new InputIssue(DiagnosticSeverity.Error, "input.source", where, $"资金来源“{text}”无效，应为一般公共预算、政府性基金预算、国有资本经营预算、财政专户或单位资金。"));
                    return text!;
            }
        }

        private static ImmutableArray<string> Split(string? text) =>
            text is null ? [] : [.. text.Split(['、', '，', ',', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

        /// <summary>"运转经费183.00万元、租赁专线25万元" → items; text that is not such a list is kept as free text.</summary>
        private static ImmutableArray<AllocationInput> Allocations(string? text, out string? rest)
        {
            rest = text;
            if (text is null) return [];
            var parts = text.TrimEnd('。').Split(['、', '；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var items = new List<AllocationInput>();
            foreach (var part in parts)
            {
                var m = AllocationPattern().Match(part);
                if (!m.Success) return [];
                items.Add(new AllocationInput { Name = m.Groups["name"].Value, Amount = decimal.Parse(m.Groups["amount"].Value, CultureInfo.InvariantCulture) });
            }
            rest = null;
            return [.. items];
        }
    }

    [GeneratedRegex(@"^(?<name>.*?\D)(?<amount>\d+(?:\.\d+)?)万元$")]
    private static partial Regex AllocationPattern();
}
