using System.Collections.Immutable;
using System.Globalization;
using Yusuan.Core.Model;

namespace Yusuan.Storage.Tests.Synthetic;

/// <summary>A generated disclosure and the year-over-year slips deliberately put into its narrative (ground truth for the YOY rules).</summary>
public sealed record SyntheticDocument(string Name, Disclosure Document, ImmutableArray<InjectedSlip> Slips);

/// <summary>A claim whose stated change was made wrong on purpose: the rule that must catch it and the claim's subject.</summary>
public sealed record InjectedSlip(string Rule, string SubjectKey, int Line);

/// <summary>
/// Builds a corpus of budget disclosures as the model (not text): many units, several consecutive years each, tables
/// T1–T7, T10 and the narrative claims whose "比上年增加/减少" changes agree with the unit's previous year, except
/// for a known share of deliberate slips. Deterministic for a given seed. Stands in for the generator
/// (Core/Generation) until that lands; figures are consistent (项 sum to 款 to 类 to total, basic + project = total).
/// </summary>
public sealed class SyntheticCorpus(int seed = 20250101)
{
    private static readonly string[] Regions = ["新疆", "上海", "江苏", "浙江", "四川", "广东", "河南", "甘肃"];
    private static readonly string[] Places = ["巴州", "普陀区", "南京市", "杭州市", "成都市", "广州市", "郑州市", "兰州市", "和静县", "若羌县", "万里街道", "鼓楼区"];
    private static readonly string[] Departments =
        ["财政局", "人民政府办公室", "教育局", "卫生健康委员会", "自然资源局", "住房和城乡建设局", "交通运输局", "农业农村局", "审计局", "统计局", "司法局", "文化和旅游局", "市场监督管理局", "生态环境局", "水利局", "民政局"];

    // 类 → 款 → 项 codes used, with names; a unit draws a subset.
    private static readonly (string Class, string Name, (string Section, (string Item, string ItemName)[] Items)[] Sections)[] Functions =
    [
        ("201", "一般公共服务支出", [("20101", [("2010101", "行政运行"), ("2010102", "一般行政管理事务")]), ("20103", [("2010301", "行政运行"), ("2010350", "事业运行"), ("2010399", "其他政府办公厅（室）及相关机构事务支出")]), ("20106", [("2010601", "行政运行"), ("2010607", "信息化建设")])]),
        ("205", "教育支出", [("20502", [("2050201", "学前教育"), ("2050202", "小学教育"), ("2050203", "初中教育")])]),
        ("208", "社会保障和就业支出", [("20805", [("2080501", "行政单位离退休"), ("2080505", "机关事业单位基本养老保险缴费支出"), ("2080506", "机关事业单位职业年金缴费支出")])]),
        ("210", "卫生健康支出", [("21011", [("2101101", "行政单位医疗"), ("2101102", "事业单位医疗"), ("2101103", "公务员医疗补助")])]),
        ("213", "农林水支出", [("21301", [("2130101", "行政运行"), ("2130104", "事业运行")])]),
        ("221", "住房保障支出", [("22102", [("2210201", "住房公积金"), ("2210203", "购房补贴")])]),
    ];

    private static readonly (string Code, string Name, bool Personnel)[] Economics =
    [
        ("30101", "基本工资", true), ("30102", "津贴补贴", true), ("30103", "奖金", true), ("30108", "机关事业单位基本养老保险缴费", true), ("30113", "住房公积金", true),
        ("30201", "办公费", false), ("30205", "水费", false), ("30211", "差旅费", false), ("30228", "工会经费", false), ("30239", "其他交通费用", false),
        ("30302", "退休费", true), ("30305", "生活补助", true),
    ];

    /// <summary><paramref name="units"/> units × <paramref name="years"/> consecutive years ending 2025, unit by unit.</summary>
    public IEnumerable<SyntheticDocument> Documents(int units, int years, double slipRate = 0.05)
    {
        for (var u = 0; u < units; u++)
        {
            for (var y = 2025 - years + 1; y <= 2025; y++) yield return Document(u, y, slipRate);
        }
    }

    public static string UnitName(int unit) =>
        Places[unit % Places.Length] + Departments[unit / Places.Length % Departments.Length] + (unit >= Places.Length * Departments.Length ? (unit / (Places.Length * Departments.Length)).ToString(CultureInfo.InvariantCulture) + "所" : string.Empty);

    public SyntheticDocument Document(int unit, int year, double slipRate = 0.05)
    {
        var current = Figures(unit, year);
        var prior = Figures(unit, year - 1);
        var rng = new Random(HashCode.Combine(seed, unit, year, "narrative"));
        var name = UnitName(unit);
        var line = 1;
        var tables = ImmutableArray.CreateBuilder<DisclosureTable>();
        tables.Add(T1(current, ref line));
        tables.Add(ByFunction(TableId.T3, "部门支出总体情况表", current.Rows, ["total", "basic", "project"], ref line));
        tables.Add(ByFunction(TableId.T5, "一般公共预算支出情况表", current.GpbRows, ["total", "basic", "project"], ref line));
        tables.Add(T6(current, ref line));
        tables.Add(T7(current, ref line));
        tables.Add(T10(current, ref line));
        tables.Add(new DisclosureTable { Title = "上年结转结余情况明细表", Canonical = TableId.T11, IsDeclaredEmpty = true, Span = SourceSpan.At(line++) });

        var claims = ImmutableArray.CreateBuilder<Claim>();
        var slips = ImmutableArray.CreateBuilder<InjectedSlip>();
        var hasPrior = year > 2025 - 20;
        void Add(string key, string label, string section, decimal now, decimal before, string? code = null)
        {
            var change = now - before;
            var direction = change > 0 ? ChangeDirection.Increase : change < 0 ? ChangeDirection.Decrease : ChangeDirection.Flat;
            var magnitude = Math.Abs(change);
            var percent = before != 0 ? Math.Round(magnitude / before * 100m, 2) : (decimal?)null;
            var at = line++;
            if (hasPrior && rng.NextDouble() < slipRate)
            {
                // A slip: either the change is off by a visible amount, or its word is the opposite one.
                if (rng.Next(2) == 0 && magnitude > 1m)
                {
                    direction = direction == ChangeDirection.Increase ? ChangeDirection.Decrease : ChangeDirection.Increase;
                    slips.Add(new InjectedSlip("YOY.direction-mismatch", key, at));
                }
                else
                {
                    magnitude += Math.Round(1m + (decimal)rng.NextDouble() * 50m, 2);
                    if (direction == ChangeDirection.Flat) direction = ChangeDirection.Increase;
                    slips.Add(new InjectedSlip("YOY.amount-mismatch", key, at));
                }
            }
            var word = direction switch { ChangeDirection.Increase => "增加", ChangeDirection.Decrease => "减少", _ => "持平" };
            var pword = direction == ChangeDirection.Decrease ? "下降" : "增长";
            FunctionCode? fc = code is not null && FunctionCode.TryParse(code, out var f) ? f : null;
            claims.Add(new Claim
            {
                Subject = new ClaimSubject(key, label) { Code = fc },
                Amount = new Figure(now, SourceSpan.At(at)),
                ChangeAmount = new Figure(magnitude, SourceSpan.At(at)),
                Direction = direction,
                AmountWord = word,
                ChangePercent = percent is { } p ? new Figure(p, SourceSpan.At(at)) : null,
                PercentWord = pword,
                ComparedWith = "上年预算",
                Section = section,
                Text = string.Create(CultureInfo.InvariantCulture, $"{year}年{label}{now:0.00}万元，比上年预算{word}{magnitude:0.00}万元，{pword}{percent ?? 0:0.00}%。"),
                Span = SourceSpan.At(at),
            });
        }
        Add(ClaimKeys.ExpenseTotal, "支出预算", "三", current.Total, prior.Total);
        Add(ClaimKeys.ExpenseBasic, "基本支出", "三", current.Basic, prior.Basic);
        Add(ClaimKeys.ExpenseProject, "项目支出", "三", current.Project, prior.Project);
        Add(ClaimKeys.GpbTotal, "一般公共预算当年拨款", "五", current.GpbTotal, prior.GpbTotal);
        Add(ClaimKeys.ThreePublicTotal, "“三公”经费", "九", current.ThreePublic.Sum(t => t.Value), prior.ThreePublic.Sum(t => t.Value));
        Add(ClaimKeys.OperatingCost, "机关运行经费", "十二.(一)", current.OperatingCost, prior.OperatingCost);
        foreach (var row in current.GpbRows.Where(r => r.Code.Length == 7).Take(4))
        {
            var before = prior.GpbRows.FirstOrDefault(r => r.Code == row.Code);
            if (before is null) continue;
            Add(ClaimKeys.Function, row.Name, "五.(三)", row.Total, before.Total, row.Code);
        }

        var projects = current.Projects.Select(p => new ProjectDescription
        {
            Name = p.Name,
            Amount = new Figure(p.Amount, SourceSpan.At(line)),
            ImplementingUnit = name,
            ExecutionPeriod = string.Create(CultureInfo.InvariantCulture, $"{year}年1月-12月"),
            PolicyBasis = "根据本级财政预算管理有关规定",
            Span = SourceSpan.At(line++),
        }).ToImmutableArray();
        var targets = current.Projects.Select(p => new PerformanceTargetTable
        {
            Kind = TargetTableKind.Project,
            BudgetUnit = name,
            ProjectName = p.Name,
            FundsTotal = new Figure(p.Amount, SourceSpan.At(line)),
            FundsFiscal = new Figure(p.Amount, SourceSpan.At(line)),
            OverallGoal = "保障单位履职，按期完成年度工作任务",
            Indicators =
            [
                Indicator("产出指标", "数量指标", "完成任务数", ">=4 项", Comparison.GreaterOrEqual, 4, "项", line),
                Indicator("产出指标", "时效指标", "资金支付及时率", "=100%", Comparison.Equal, 100, "%", line),
                Indicator("满意度指标", "服务对象满意度指标", "群众满意度", ">=90%", Comparison.GreaterOrEqual, 90, "%", line),
            ],
            Span = SourceSpan.At(line++),
        }).ToImmutableArray();

        var meta = new DisclosureMeta
        {
            UnitName = name,
            Year = year,
            Kind = DisclosureKind.Budget,
            Scope = DisclosureScope.Unit,
            MoneyUnit = MoneyUnit.WanYuan,
            Template = "synthetic",
            Region = Regions[unit % Regions.Length],
        };
        var document = new Disclosure
        {
            Meta = meta,
            Profile = new UnitProfile { Staff = new StaffFigures { Quota = new Figure(current.Staff, SourceSpan.At(2)), Actual = new Figure(current.Staff - 3, SourceSpan.At(2)) } },
            Tables = tables.ToImmutable(),
            Narrative = new Narrative { Claims = claims.ToImmutable() },
            Projects = projects,
            Targets = targets,
            Matters = new OtherMatters
            {
                OperatingCost = claims.First(c => c.Subject.Key == ClaimKeys.OperatingCost),
                Procurement = new Procurement { Total = new Figure(current.Procurement, SourceSpan.At(line)), Goods = new Figure(current.Procurement, SourceSpan.At(line)), Span = SourceSpan.At(line++) },
            },
        };
        return new SyntheticDocument($"synthetic/{unit.ToString("D5", CultureInfo.InvariantCulture)}_{year.ToString(CultureInfo.InvariantCulture)}.txt", document, slips.ToImmutable());
    }

    private static Indicator Indicator(string l1, string l2, string l3, string raw, Comparison op, decimal number, string unit, int line) =>
        new() { Level1 = l1, Level2 = l2, Level3 = l3, Value = new IndicatorValue(raw) { Operator = op, Number = number, Unit = unit }, Weight = new Figure(10m, SourceSpan.At(line)), Span = SourceSpan.At(line) };

    // ----- figures of one unit in one year -----

    private sealed record FunctionRow(string Code, string Name, decimal Basic, decimal Project)
    {
        public decimal Total => Basic + Project;
    }

    private sealed record YearData(List<FunctionRow> Rows, List<FunctionRow> GpbRows, List<(string Code, string Name, decimal Value, bool Personnel)> Economic,
        List<(string Code, string Name, decimal Amount)> Projects, List<(string Key, decimal Value)> ThreePublic, decimal OperatingCost, decimal Procurement, int Staff,
        decimal UnitFunds)
    {
        public decimal Basic => Rows.Where(r => r.Code.Length == 7).Sum(r => r.Basic);
        public decimal Project => Rows.Where(r => r.Code.Length == 7).Sum(r => r.Project);
        public decimal Total => Basic + Project;
        public decimal GpbTotal => GpbRows.Where(r => r.Code.Length == 7).Sum(r => r.Total);
        public decimal GpbBasic => GpbRows.Where(r => r.Code.Length == 7).Sum(r => r.Basic);
    }

    /// <summary>The unit's figures for a year: its shape (which 项) is fixed per unit, amounts drift year to year.</summary>
    private YearData Figures(int unit, int year)
    {
        var shape = new Random(HashCode.Combine(seed, unit, "shape"));
        var drift = new Random(HashCode.Combine(seed, unit, year));
        var scale = (decimal)Math.Pow(10, 2 + shape.NextDouble() * 2.5); // 100 .. 31,600 万元 per 项
        var growth = 0.85m + (decimal)drift.NextDouble() * 0.3m;
        decimal Money(Random r, decimal size) => Math.Round(size * (0.2m + (decimal)r.NextDouble()) * growth, 2);

        var items = new List<FunctionRow>();
        foreach (var (cls, _, sections) in Functions)
        {
            if (cls != "201" && shape.Next(3) == 0) continue;
            foreach (var (_, its) in sections)
            {
                foreach (var (code, itemName) in its)
                {
                    if (shape.Next(4) == 0 && code != "2010101" && code != "2010301") continue;
                    var itemRng = new Random(HashCode.Combine(seed, unit, year, code));
                    var basic = Money(itemRng, scale);
                    var project = shape.Next(2) == 0 ? Money(itemRng, scale / 2) : 0m;
                    items.Add(new FunctionRow(code, itemName, basic, project));
                }
            }
        }
        if (items.Count == 0) items.Add(new FunctionRow("2010301", "行政运行", Money(drift, scale), 0m));
        var rows = Rollup(items);
        // 一般公共预算: most of each 项, the rest from other funds.
        var gpbItems = items.Select(r => r with { Basic = Math.Round(r.Basic * 0.9m, 2), Project = Math.Round(r.Project * 0.8m, 2) }).ToList();
        var gpbRows = Rollup(gpbItems);
        var gpbBasic = gpbItems.Sum(r => r.Basic);

        // 经济分类 of 一般公共预算基本支出: split gpbBasic over the codes, the last takes the remainder.
        var econRng = new Random(HashCode.Combine(seed, unit, year, "econ"));
        var weights = Economics.Select(_ => (decimal)(0.2 + econRng.NextDouble())).ToList();
        var economic = new List<(string, string, decimal, bool)>();
        var left = gpbBasic;
        for (var i = 0; i < Economics.Length; i++)
        {
            var v = i == Economics.Length - 1 ? left : Math.Round(gpbBasic * weights[i] / weights.Sum(), 2);
            left -= v;
            economic.Add((Economics[i].Code, Economics[i].Name, v, Economics[i].Personnel));
        }

        var projects = new List<(string, string, decimal)>();
        var n = 0;
        foreach (var row in gpbItems.Where(r => r.Project > 0))
        {
            projects.Add((row.Code, string.Create(CultureInfo.InvariantCulture, $"{row.Name}专项经费{++n}"), row.Project));
        }
        var tp = new Random(HashCode.Combine(seed, unit, year, "3p"));
        var overseas = tp.Next(3) == 0 ? Math.Round((decimal)tp.NextDouble() * 20m, 2) : 0m;
        var reception = Math.Round((decimal)tp.NextDouble() * 10m, 2);
        var purchase = tp.Next(5) == 0 ? Math.Round(15m + (decimal)tp.NextDouble() * 20m, 2) : 0m;
        var operation = Math.Round(5m + (decimal)tp.NextDouble() * 30m, 2);
        List<(string, decimal)> threePublic = [("overseas", overseas), ("reception", reception), ("vehicle_purchase", purchase), ("vehicle_operation", operation)];
        var operating = Math.Round(economic.Where(e => !e.Item4).Sum(e => e.Item3), 2);
        var staff = 10 + shape.Next(200);
        var unitFunds = Math.Round(rows.Single(r => r.Code == "total").Total - gpbRows.Single(r => r.Code == "total").Total, 2);
        return new YearData(rows, gpbRows, economic, projects, threePublic, operating, Math.Round(scale * 0.3m * growth, 2), staff, unitFunds);
    }

    /// <summary>项 rows plus their 款 and 类 subtotals and the total row.</summary>
    private static List<FunctionRow> Rollup(List<FunctionRow> items)
    {
        var result = new List<FunctionRow>();
        foreach (var cls in items.GroupBy(i => i.Code[..3]))
        {
            var name = Functions.First(f => f.Class == cls.Key).Name;
            result.Add(new FunctionRow(cls.Key, name, cls.Sum(i => i.Basic), cls.Sum(i => i.Project)));
            foreach (var section in cls.GroupBy(i => i.Code[..5]))
            {
                result.Add(new FunctionRow(section.Key, section.Key, section.Sum(i => i.Basic), section.Sum(i => i.Project)));
                result.AddRange(section);
            }
        }
        result.Insert(0, new FunctionRow("total", "合计", items.Sum(i => i.Basic), items.Sum(i => i.Project)));
        return result;
    }

    // ----- tables -----

    private static TableRow Row(string key, string label, RowKind kind, int line, params (string Column, decimal Value)[] cells) => new()
    {
        Key = key,
        Label = label,
        Kind = kind,
        FunctionCode = FunctionCode.TryParse(key, out var f) ? f : null,
        Cells = cells.Where(c => c.Value != 0).ToCellMap(c => c.Column, c => new Cell(c.Value, SourceSpan.At(line))),
        Span = SourceSpan.At(line),
    };

    private static ImmutableArray<TableColumn> Columns(params string[] keys) => [.. keys.Select(k => new TableColumn(k, k))];

    private static DisclosureTable T1(YearData d, ref int line)
    {
        var gpb = d.GpbTotal;
        var rows = new List<TableRow>
        {
            Row("income.current", "一、本年收入", RowKind.Line, line++, ("amount", d.Total)),
            Row("income.fiscal", "财政拨款（补助）", RowKind.Line, line++, ("amount", gpb)),
            Row("income.gpb", "一般公共预算", RowKind.Line, line++, ("amount", gpb)),
            Row("income.unit", "单位资金", RowKind.Line, line++, ("amount", d.UnitFunds)),
            Row("income.total", "收入总计", RowKind.Total, line++, ("amount", d.Total)),
        };
        foreach (var cls in d.Rows.Where(r => r.Code.Length == 3)) rows.Add(Row("expense." + cls.Code, cls.Name, RowKind.Line, line++, ("amount", cls.Total)));
        rows.Add(Row("expense.total", "支出总计", RowKind.Total, line++, ("amount", d.Total)));
        return new DisclosureTable { Title = "部门收支总体情况表", Canonical = TableId.T1, Columns = Columns("amount"), Rows = [.. rows], Span = SourceSpan.At(line) };
    }

    private static DisclosureTable ByFunction(TableId id, string title, List<FunctionRow> data, string[] columns, ref int line)
    {
        var rows = new List<TableRow>();
        foreach (var r in data)
        {
            var kind = r.Code == "total" ? RowKind.Total : r.Code.Length == 7 ? RowKind.Detail : RowKind.Subtotal;
            rows.Add(Row(r.Code, r.Name, kind, line++, ("total", r.Total), ("basic", r.Basic), ("project", r.Project)));
        }
        return new DisclosureTable { Title = title, Canonical = id, Columns = Columns(columns), Rows = [.. rows], Span = SourceSpan.At(line) };
    }

    private static DisclosureTable T6(YearData d, ref int line)
    {
        var rows = new List<TableRow>
        {
            Row("total", "合计", RowKind.Total, line++, ("total", d.Economic.Sum(e => e.Value)), ("personnel", d.Economic.Where(e => e.Personnel).Sum(e => e.Value)),
                ("public", d.Economic.Where(e => !e.Personnel).Sum(e => e.Value))),
        };
        foreach (var cls in d.Economic.GroupBy(e => e.Code[..3]))
        {
            rows.Add(Row(cls.Key, cls.Key, RowKind.Subtotal, line++, ("total", cls.Sum(e => e.Value)), ("personnel", cls.Where(e => e.Personnel).Sum(e => e.Value)),
                ("public", cls.Where(e => !e.Personnel).Sum(e => e.Value))));
            foreach (var e in cls)
            {
                rows.Add(Row(e.Code, e.Name, RowKind.Detail, line++, ("total", e.Value), (e.Personnel ? "personnel" : "public", e.Value)) with
                {
                    FunctionCode = null,
                    EconomicCode = EconomicCode.TryParse(e.Code, out var ec) ? ec : null,
                });
            }
        }
        return new DisclosureTable { Title = "一般公共预算基本支出情况表", Canonical = TableId.T6, Columns = Columns("total", "personnel", "public"), Rows = [.. rows], Span = SourceSpan.At(line) };
    }

    private static DisclosureTable T7(YearData d, ref int line)
    {
        var rows = new List<TableRow> { Row("total", "合计", RowKind.Total, line++, ("total", d.Projects.Sum(p => p.Amount)), ("goods", d.Projects.Sum(p => p.Amount))) };
        foreach (var p in d.Projects)
        {
            rows.Add(Row(p.Code + "|" + p.Name, p.Name, RowKind.Detail, line++, ("total", p.Amount), ("goods", p.Amount)) with { Project = p.Name });
        }
        return new DisclosureTable { Title = "一般公共预算项目支出情况表", Canonical = TableId.T7, Columns = Columns("total", "goods"), Rows = [.. rows], Span = SourceSpan.At(line) };
    }

    private static DisclosureTable T10(YearData d, ref int line)
    {
        decimal V(string key) => d.ThreePublic.First(t => t.Key == key).Value;
        var vehicles = V("vehicle_purchase") + V("vehicle_operation");
        var rows = new List<TableRow>
        {
            Row("total", "合计", RowKind.Total, line++, ("total", d.ThreePublic.Sum(t => t.Value)), ("gpb", d.ThreePublic.Sum(t => t.Value))),
            Row("overseas", "因公出国（境）费", RowKind.Line, line++, ("total", V("overseas")), ("gpb", V("overseas"))),
            Row("reception", "公务接待费", RowKind.Line, line++, ("total", V("reception")), ("gpb", V("reception"))),
            Row("vehicles", "公务用车购置及运行费", RowKind.Line, line++, ("total", vehicles), ("gpb", vehicles)),
            Row("vehicle_purchase", "公务用车购置费", RowKind.Line, line++, ("total", V("vehicle_purchase")), ("gpb", V("vehicle_purchase"))),
            Row("vehicle_operation", "公务用车运行费", RowKind.Line, line++, ("total", V("vehicle_operation")), ("gpb", V("vehicle_operation"))),
        };
        return new DisclosureTable { Title = "财政拨款“三公”经费支出情况表", Canonical = TableId.T10, Columns = Columns("total", "gpb"), Rows = [.. rows], Span = SourceSpan.At(line) };
    }
}
