using System.Collections.Immutable;
using Yusuan.Core.Model;

namespace Yusuan.Core.Tests.Checking;

/// <summary>
/// A small fluent builder for disclosures, so every rule can be tested on documents built in the test rather than parsed.
/// Every element gets the next source line, so findings point somewhere.
/// </summary>
public sealed class DocumentBuilder
{
    private int line = 1;
    private DisclosureMeta meta = new() { UnitName = "测试单位", Year = 2025, Template = "xinjiang-2025", Region = "新疆", Scope = DisclosureScope.Unit };
    private UnitProfile profile = UnitProfile.Empty;
    private readonly List<DisclosureTable> tables = [];
    private readonly List<NarrativeSection> sections = [];
    private readonly List<Claim> claims = [];
    private readonly List<ListStatement> lists = [];
    private readonly List<ProjectDescription> projects = [];
    private readonly List<PerformanceTargetTable> targets = [];
    private readonly List<GlossaryEntry> glossary = [];
    private OtherMatters matters = OtherMatters.Empty;

    public int NextLine() => line++;

    public SourceSpan Span() => SourceSpan.At(NextLine());

    public Figure F(decimal value) => new(value, Span());

    public DocumentBuilder Meta(Func<DisclosureMeta, DisclosureMeta> change)
    {
        meta = change(meta) with { Span = SourceSpan.At(1) };
        return this;
    }

    public DocumentBuilder Profile(Func<DocumentBuilder, UnitProfile> make)
    {
        profile = make(this);
        return this;
    }

    public DocumentBuilder Table(TableId id, string title, Action<TableBuilder> build, MoneyUnit unit = MoneyUnit.WanYuan)
    {
        var tb = new TableBuilder(this, id, title, unit);
        build(tb);
        tables.Add(tb.Build());
        return this;
    }

    public DocumentBuilder EmptyTable(TableId id, string title, string? note = "本表为空表。")
    {
        var span = Span();
        tables.Add(new DisclosureTable
        {
            Title = title,
            Canonical = id,
            Number = (int)id,
            IsDeclaredEmpty = true,
            EmptyNote = note is null ? null : new LocatedText(note, Span()),
            Span = span,
        });
        return this;
    }

    public DocumentBuilder Section(string key, string topic)
    {
        sections.Add(new NarrativeSection(key, $"关于{topic}的说明", Span()) { Topic = topic });
        return this;
    }

    /// <summary>A claim: amount, optional share, and optional change (signed: negative = 减少/下降).</summary>
    public DocumentBuilder Claim(string section, string key, string label, decimal? amount, decimal? share = null, decimal? change = null, decimal? percent = null,
        string? code = null, string? reason = "主要原因是测试。", string[]? path = null)
    {
        var span = Span();
        var subject = new ClaimSubject(key, label)
        {
            Code = code is null ? null : FunctionCode.Parse(code),
            PrintedPath = path is null ? [] : [.. path],
        };
        claims.Add(new Claim
        {
            Subject = subject,
            Amount = amount is { } a ? new Figure(a, span) : null,
            Share = share is { } s ? new Figure(s, span) : null,
            ChangeAmount = change is { } c ? new Figure(Math.Abs(c), span) : null,
            Direction = change is null ? null : change > 0 ? ChangeDirection.Increase : change < 0 ? ChangeDirection.Decrease : ChangeDirection.Flat,
            AmountWord = change is null ? null : change > 0 ? "增加" : change < 0 ? "减少" : "持平",
            ChangePercent = percent is { } p ? new Figure(p, span) : null,
            PercentWord = percent is null ? null : change > 0 ? "增长" : change < 0 ? "下降" : "持平",
            ComparedWith = change is null ? null : "上年预算",
            Reason = change is null || change == 0 ? null : reason,
            Section = section,
            Text = $"{label}{amount}万元",
            Span = span,
        });
        return this;
    }

    public DocumentBuilder List(string section, string key, params string[] items)
    {
        lists.Add(new ListStatement(key, [.. items], Span()) { Section = section });
        return this;
    }

    public DocumentBuilder Project(string name, decimal amount, params (string Name, decimal Amount)[] allocations)
    {
        var span = Span();
        projects.Add(new ProjectDescription
        {
            Name = name,
            PolicyBasis = "根据单位三定方案。",
            Amount = new Figure(amount, Span()),
            ImplementingUnit = meta.UnitName,
            AllocationText = string.Join("、", allocations.Select(a => $"{a.Name}{a.Amount}万元")),
            Allocations = [.. allocations.Select(a => new AllocationItem(a.Name, new Figure(a.Amount, Span())))],
            ExecutionPeriod = "2025年1月1日至12月31日",
            Span = span,
        });
        return this;
    }

    /// <summary>A project target table with 产出 (weight 40), 成本 (20, "≤ cost 万元"), 效益 (20) and 满意度 (10) indicators: 90 in all.</summary>
    public DocumentBuilder Targets(string project, decimal funds, decimal cost, string costName = "运转经费")
    {
        var span = Span();
        targets.Add(new PerformanceTargetTable
        {
            Kind = TargetTableKind.Project,
            BudgetUnit = meta.UnitName,
            ProjectName = project,
            FundsTotal = new Figure(funds, span),
            FundsFiscal = new Figure(funds, span),
            FundsOther = new Figure(0.00m, span),
            OverallGoal = "保障单位正常运转。",
            Indicators =
            [
                Indicator("产出指标", "数量指标", "保障人数", new IndicatorValue(">=5人") { Operator = Comparison.GreaterOrEqual, Number = 5, Unit = "人" }, 40),
                Indicator("成本指标", "经济成本指标", costName, new IndicatorValue($"<={cost}万元") { Operator = Comparison.LessOrEqual, Number = cost, Unit = "万元" }, 20),
                Indicator("效益指标", "社会效益指标", "服务质量", new IndicatorValue("有所提升"), 20),
                Indicator("满意度指标", "满意度指标", "服务对象满意度", new IndicatorValue(">=90%") { Operator = Comparison.GreaterOrEqual, Number = 90, Unit = "%" }, 10),
            ],
            Span = span,
        });
        return this;
    }

    public Indicator Indicator(string l1, string l2, string l3, IndicatorValue value, decimal? weight) => new()
    {
        Level1 = l1,
        Level2 = l2,
        Level3 = l3,
        Value = value,
        Weight = weight is { } w ? new Figure(w, Span()) : null,
        Span = Span(),
    };

    public DocumentBuilder Matters(Func<DocumentBuilder, OtherMatters> make)
    {
        matters = make(this);
        return this;
    }

    public DocumentBuilder Glossary(string term, string definition)
    {
        glossary.Add(new GlossaryEntry(term, definition, Span()));
        return this;
    }

    public Disclosure Build() => new()
    {
        Meta = meta,
        Profile = profile,
        Tables = [.. tables],
        Narrative = new Narrative { Sections = [.. sections], Claims = [.. claims], Lists = [.. lists] },
        Projects = [.. projects],
        Matters = matters,
        Targets = [.. targets],
        Glossary = [.. glossary],
    };
}

/// <summary>Builds one table: columns, then rows (function/economic code rows, project rows, line rows, the total row).</summary>
public sealed class TableBuilder(DocumentBuilder doc, TableId id, string title, MoneyUnit unit)
{
    private readonly List<TableRow> rows = [];
    private string[] columns = ["total"];
    private readonly SourceSpan span = doc.Span();

    public TableBuilder Columns(params string[] keys)
    {
        columns = keys;
        return this;
    }

    /// <summary>A row keyed by a code (function 2xx, economic 3xx/5xx) or "total"; values follow <see cref="Columns"/>; null = empty cell.</summary>
    public TableBuilder Row(string key, string label, params decimal?[] values)
    {
        FunctionCode? f = null;
        EconomicCode? e = null;
        if (key != "total" && id is TableId.T6) e = EconomicCode.Parse(key);
        else if (key != "total" && FunctionCode.TryParse(key, out var fc)) f = fc;
        var kind = key == "total" ? RowKind.Total : key.Length is 3 or 5 && id is not TableId.T6 || id is TableId.T6 && key.Length == 3 ? RowKind.Subtotal : RowKind.Detail;
        rows.Add(Make(key, label, kind, values) with { FunctionCode = f, EconomicCode = e });
        return this;
    }

    /// <summary>A 表7 project row under a 项 code.</summary>
    public TableBuilder Project(string code, string name, params decimal?[] values)
    {
        rows.Add(Make($"{code}|{name}", "一般行政管理事务", RowKind.Detail, values) with { FunctionCode = FunctionCode.Parse(code), Project = name });
        return this;
    }

    /// <summary>A labelled line of a two-sided table (T1, T4) or a 表10/表11 row.</summary>
    public TableBuilder Line(string key, string label, params decimal?[] values)
    {
        rows.Add(Make(key, label, key is "total" or "income.total" or "expense.total" ? RowKind.Total : RowKind.Line, values));
        return this;
    }

    private TableRow Make(string key, string label, RowKind kind, decimal?[] values)
    {
        var line = doc.NextLine();
        var cells = CellMap.CreateBuilder();
        var cols = values.Length == 1 && columns.Length > 1 && id is TableId.T1 or TableId.T4 ? ["amount"] : columns;
        for (var i = 0; i < Math.Min(values.Length, cols.Length); i++)
        {
            if (values[i] is { } v) cells[cols[i]] = new Cell(v, SourceSpan.At(line));
        }
        return new TableRow { Key = key, Label = label, Kind = kind, Cells = cells.ToImmutable(), Span = SourceSpan.At(line) };
    }

    public DisclosureTable Build() => new()
    {
        Title = title,
        Canonical = id,
        Number = (int)id,
        Unit = unit,
        Columns = [.. columns.Select(c => new TableColumn(c, c))],
        Rows = [.. rows],
        Span = span,
    };
}
