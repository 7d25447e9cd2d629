using Yusuan.Core.Model;

namespace Yusuan.Core.Checking.Rules.Narrative;

/// <summary>The table figure a narrative claim restates, in the narrative's money unit.</summary>
public sealed record ClaimTarget(Printed Value, string Description, TableId Table, int Line);

/// <summary>Maps claim subjects (<see cref="ClaimKeys"/>) to the table figure they restate, and to the base of their share.</summary>
public static partial class ClaimTables
{
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\d)20\d{2}(?!\d)")]
    private static partial System.Text.RegularExpressions.Regex YearPattern();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*20\d{2}\s*年")]
    private static partial System.Text.RegularExpressions.Regex LeadingYear();

    /// <summary>Which function table a 类/款/项 claim restates, from the section it sits in: 支出预算 → 表3, 财政拨款 → 表4, otherwise 表5.</summary>
    public static TableId FunctionTable(Disclosure d, Claim c)
    {
        var topic = Facts.TopicOf(d, c.Section) ?? string.Empty;
        // A section on the 财政拨款 spending whose heading the topic does not tell apart (西南大学 "财政拨款支出预算情况说明", topic
        // 支出预算): 表4's 类 lines, or 表5 where there is no 表4.
        var title = c.Section is { } key ? DocumentIndex.Of(d).Section(key)?.Title ?? string.Empty : string.Empty;
        if (title.Contains("财政拨款", StringComparison.Ordinal) && !title.Contains("一般公共预算", StringComparison.Ordinal)
            && !title.Contains("政府性基金", StringComparison.Ordinal) && !title.Contains("国有资本", StringComparison.Ordinal) && !title.Contains("收支", StringComparison.Ordinal))
            return d.Table(TableId.T4) is null ? TableId.T5 : TableId.T4;
        if (topic.Contains("支出预算", StringComparison.Ordinal) || topic.Contains("收支总体", StringComparison.Ordinal)) return TableId.T3;
        if (topic.Contains("财政拨款收支", StringComparison.Ordinal)) return TableId.T4;
        if (topic.Contains("政府性基金", StringComparison.Ordinal)) return TableId.T8;
        if (topic.Contains("国有资本", StringComparison.Ordinal)) return TableId.T9;
        return TableId.T5;
    }

    public static ClaimTarget? Target(Disclosure d, Claim c) =>
        Resolve(d, c) is { } target ? new ClaimTarget(target.Value, target.Description, target.Table, target.Row.Span.Line) : null;

    /// <summary>The cell a claim restates, its figure in the narrative's unit; the description is made only when asked for.</summary>
    internal readonly record struct ResolvedTarget(Printed Value, TableId Table, DisclosureTable In, TableRow Row, string Column)
    {
        public string Description => $"表{(int)Table} {Facts.Describe(Row)} {Facts.ColumnName(In, Column)}";
    }

    internal static ResolvedTarget? Resolve(Disclosure d, Claim c)
    {
        var (table, row, column) = Locate(d, c);
        if (table is null) return null;
        var t = DocumentIndex.Of(d).Table(table.Value);
        // Present: neither declared empty nor without rows (Disclosure.StatusOf).
        if (t is null || t.IsDeclaredEmpty || t.Rows.Length == 0) return null;
        var index = TableIndex.Of(t);
        var r = index.Row(row!);
        if (r is null || !index.HasColumn(column!)) return null;
        // An empty cell is not compared: in templates that print only some columns of a row it is no figure at all.
        if (index.Cell(r, column!) is not { } p) return null;
        var value = InTextUnit(d, p, t.Unit);
        return new ResolvedTarget(value, table.Value, t, r, column!);
    }

    /// <summary>Whether a 类/款/项 claim states the row's 基本支出 or 项目支出 rather than its total (长沙: "项目支出 … 其中：
    /// 公共安全支出 40230.95 万元" under 项目支出, the row's total being 68629.12).</summary>
    internal static bool StatesRowPart(Disclosure d, Claim c, RoundingPolicy rounding)
    {
        if (c.Subject.Key != ClaimKeys.Function || c.Amount is not { } amount || Resolve(d, c) is not { } target || target.Column != "total") return false;
        var index = TableIndex.Of(target.In);
        foreach (var part in (ReadOnlySpan<string>)["basic", "project"])
        {
            if (index.Cell(target.Row, part) is not { } p) continue;
            var value = InTextUnit(d, p, target.In.Unit);
            if (rounding.Same(Printed.Of(amount), value).Kind == AgreementKind.Exact) return true;
        }
        return false;
    }

    /// <summary>The other cell a total may restate in its own scope: 支出预算 is 本年支出 (表3) or, with 结转下年 inside it,
    /// 支出总计 (表1: 西南大学 "支出预算490,808.40万元（本年支出预算415,808.40万元，结转下年75,000.00万元）").</summary>
    internal static ResolvedTarget? WiderScope(Disclosure d, Claim c)
    {
        if (c.Subject.Key != ClaimKeys.ExpenseTotal) return null;
        var t = DocumentIndex.Of(d).Table(TableId.T1);
        if (t is null || t.IsDeclaredEmpty) return null;
        var index = TableIndex.Of(t);
        if (index.Row("expense.total") is not { } r || index.Cell(r, "amount") is not { } p) return null;
        var value = InTextUnit(d, p, t.Unit);
        return new ResolvedTarget(value, TableId.T1, t, r, "amount");
    }

    /// <summary>A cell's figure in the narrative's unit (万元, or 元 where the text speaks in 元).</summary>
    private static Printed InTextUnit(Disclosure d, Printed cell, MoneyUnit tableUnit)
    {
        var value = cell.ToWanYuan(tableUnit);
        return d.Meta.MoneyUnit == MoneyUnit.Yuan ? value with { Value = value.Value * 10000m, Half = value.Half * 10000m } : value;
    }

    private static (TableId? Table, string? Row, string? Column) Locate(Disclosure d, Claim c)
    {
        var s = c.Subject;
        switch (s.Key)
        {
            case ClaimKeys.Total:
            case ClaimKeys.IncomeTotal: return (TableId.T1, "income.total", "amount");
            case ClaimKeys.IncomeGpb: return (TableId.T1, "income.gpb", "amount");
            case ClaimKeys.IncomeGpbTransfer: return (TableId.T1, "income.gpb.transfer", "amount");
            case ClaimKeys.IncomeGf: return (TableId.T1, "income.gf", "amount");
            case ClaimKeys.IncomeGfTransfer: return (TableId.T1, "income.gf.transfer", "amount");
            case ClaimKeys.IncomeSc: return (TableId.T1, "income.sc", "amount");
            case ClaimKeys.IncomeScTransfer: return (TableId.T1, "income.sc.transfer", "amount");
            case ClaimKeys.IncomeSpecial: return (TableId.T1, "income.special", "amount");
            case ClaimKeys.IncomeUnit: return (TableId.T1, "income.unit", "amount");
            case ClaimKeys.IncomeFiscal: return (TableId.T1, "income.fiscal", "amount");
            case ClaimKeys.Carryover: return (TableId.T1, "carryover", "amount");
            case ClaimKeys.CarryoverFiscal: return (TableId.T1, "carryover.fiscal", "amount");
            case ClaimKeys.CarryoverNonfiscal: return (TableId.T1, "carryover.nonfiscal", "amount");
            // A fund's carried-over 财政拨款: 表4's line, or 表1's where 表4 does not print it.
            case ClaimKeys.CarryoverFiscalGpb or ClaimKeys.CarryoverFiscalGf or ClaimKeys.CarryoverFiscalSc:
                return (d.Table(TableId.T4)?.Row(s.Key) is not null ? TableId.T4 : TableId.T1, s.Key, "amount");
            // A carry-over item of 十一 restates its 表11 row (rows of 表11 are keyed by the item's name).
            case ClaimKeys.CarryoverItem: return (TableId.T11, Facts.NameKey(s.Label), "total");
            case ClaimKeys.ExpenseTotal: return (TableId.T3, "total", "total");
            case ClaimKeys.ExpenseBasic: return (TableId.T3, "total", "basic");
            case ClaimKeys.ExpenseProject: return (TableId.T3, "total", "project");
            case ClaimKeys.FiscalTotal: return (TableId.T4, "income.total", "amount");
            case ClaimKeys.FiscalBasic or ClaimKeys.FiscalProject: return FiscalPart(d, c, s.Key == ClaimKeys.FiscalBasic ? "basic" : "project");
            case ClaimKeys.GpbTotal: return (TableId.T5, "total", "total");
            case ClaimKeys.GpbBasic: return (TableId.T5, "total", "basic");
            case ClaimKeys.GpbProject: return (TableId.T5, "total", "project");
            case ClaimKeys.GpbPersonnel: return (TableId.T6, "total", "personnel");
            case ClaimKeys.GpbPublic: return (TableId.T6, "total", "public");
            case ClaimKeys.Function when s.Code is { } code:
                var table = FunctionTable(d, c);
                if (table != TableId.T4) return (table, code.Digits, "total");
                return code.Level == CodeLevel.Class ? (TableId.T4, $"expense.{code.Digits}", "total") : (TableId.T5, code.Digits, "total");
            default: return (null, null, null);
        }
    }

    /// <summary>Where a 财政拨款 基本支出/项目支出 is printed: 表4's own 基本支出/项目支出 line; else 表5's, when the 财政拨款
    /// expenditure is all 一般公共预算 (表5's total is 表4's, or the 财政拨款 total the text states before it: 西南大学 has no
    /// 表4). Otherwise no table holds it and the claim is not compared.</summary>
    private static (TableId? Table, string? Row, string? Column) FiscalPart(Disclosure d, Claim c, string part)
    {
        var t4 = d.Table(TableId.T4);
        if (t4?.Row("expense." + part) is { } line) return (TableId.T4, line.Key, line.Cells.ContainsKey("total") ? "total" : "amount");
        if (d.Table(TableId.T5)?.Row("total")?.Get("total") is not { } gpb) return (null, null, null);
        var fiscal = t4?.Row("expense.total")?.Get("total")?.Value
            ?? d.Narrative.Claims.LastOrDefault(x => x.Subject.Key == ClaimKeys.FiscalTotal && x.Amount is not null && x.Span.Line <= c.Span.Line && x.Section == c.Section)?.Amount?.Value;
        return fiscal is { } f && Math.Abs(f - gpb.Value) <= 0.05m ? (TableId.T5, "total", part) : (null, null, null);
    }

    /// <summary>The base a share ("占 x%") is a share of, and its name. Shares of sources → income total; of 基本/项目 支出 → expense
    /// total; of 类 in a 一般公共预算 section → 一般公共预算 total; of 三公 items → 三公 total.</summary>
    /// <summary>The totals the claim's own section states a few lines before it, of the share's kind ("支出预算490,808.40万元
    /// ……其中：教育支出398,593.09万元，占总支出的81.21%"; "财政拨款支出预算216,552.53万元，其中：教育支出…占95.96%").</summary>
    public static IEnumerable<Figure> StatedBases(Disclosure d, Claim c)
    {
        var key = c.Subject.Key;
        string[] kinds = key.StartsWith("income.", StringComparison.Ordinal) ? [ClaimKeys.IncomeTotal, ClaimKeys.Total]
            : key is ClaimKeys.ExpenseBasic or ClaimKeys.ExpenseProject or ClaimKeys.FiscalBasic or ClaimKeys.FiscalProject or ClaimKeys.GpbBasic or ClaimKeys.GpbProject or ClaimKeys.Function
                ? [ClaimKeys.ExpenseTotal, ClaimKeys.FiscalTotal, ClaimKeys.GpbTotal]
            : [];
        if (kinds.Length == 0) yield break;
        foreach (var x in d.Narrative.Claims)
        {
            if (x.Span.Line > c.Span.Line) break;
            if (x.Amount is { } a && kinds.Contains(x.Subject.Key) && x.Section == c.Section && c.Span.Line - x.Span.Line <= 5) yield return a;
        }
    }

    public static (Printed Value, string Name)? ShareBase(Disclosure d, Claim c)
    {
        var key = c.Subject.Key;
        (TableId, string, string, string)? where = key switch
        {
            _ when key.StartsWith("income.", StringComparison.Ordinal) || key.StartsWith("carryover", StringComparison.Ordinal) => (TableId.T1, "income.total", "amount", "收入合计"),
            ClaimKeys.ExpenseBasic or ClaimKeys.ExpenseProject => (TableId.T3, "total", "total", "支出合计"),
            ClaimKeys.GpbBasic or ClaimKeys.GpbProject => (TableId.T5, "total", "total", "一般公共预算支出合计"),
            ClaimKeys.FiscalBasic or ClaimKeys.FiscalProject when FiscalPart(d, c, "basic").Table is { } t => t == TableId.T4 ? (TableId.T4, "expense.total", "total", "财政拨款支出合计") : (TableId.T5, "total", "total", "财政拨款支出合计"),
            ClaimKeys.GpbPersonnel or ClaimKeys.GpbPublic => (TableId.T6, "total", "total", "基本支出合计"),
            ClaimKeys.Function => FunctionTable(d, c) switch
            {
                TableId.T3 => (TableId.T3, "total", "total", "支出合计"),
                TableId.T4 => (TableId.T4, "expense.total", "total", "财政拨款支出合计"),
                var t => (t, "total", "total", "一般公共预算支出合计"),
            },
            _ when key.StartsWith("three_public.", StringComparison.Ordinal) && key != ClaimKeys.ThreePublicTotal => (TableId.T10, "total", "total", "“三公”经费合计"),
            _ => null,
        };
        if (where is not { } w) return null;
        var figure = Facts.InTextUnit(d, d.Table(w.Item1), w.Item2, w.Item3);
        if (figure is not null) return (figure.Value, w.Item4);
        // Narrative-only documents: the base as stated in the text.
        var baseKey = w.Item4 switch
        {
            "收入合计" => ClaimKeys.IncomeTotal,
            "支出合计" => ClaimKeys.ExpenseTotal,
            "一般公共预算支出合计" => ClaimKeys.GpbTotal,
            "“三公”经费合计" => ClaimKeys.ThreePublicTotal,
            _ => null,
        };
        var stated = d.Narrative.Claims.FirstOrDefault(x => x.Subject.Key == baseKey && x.Amount is not null)?.Amount
            ?? (baseKey == ClaimKeys.IncomeTotal ? d.Narrative.Claims.FirstOrDefault(x => x.Subject.Key == ClaimKeys.Total && x.Amount is not null)?.Amount : null);
        return stated is { } f ? (Printed.Of(f), w.Item4) : null;
    }

    private static readonly string[] Foreign = ["会议费", "培训费", "采购", "结转下年", "机动经费", "预留", "上级补助", "附属单位", "经营收入", "事业收入", "其他资金", "执行", "决算", "增加", "减少", "分流", "《"];

    private static readonly Dictionary<string, string[]> Required = new()
    {
        [ClaimKeys.Total] = ["收", "预算"],
        [ClaimKeys.IncomeTotal] = ["收"],
        [ClaimKeys.IncomeGpb] = ["一般公共预算"],
        [ClaimKeys.IncomeGf] = ["政府性基金"],
        [ClaimKeys.IncomeSc] = ["国有资本"],
        [ClaimKeys.IncomeSpecial] = ["财政专户"],
        [ClaimKeys.IncomeUnit] = ["单位资金", "其他资金", "事业", "经营", "其他收入"],
        [ClaimKeys.IncomeFiscal] = ["财政拨款"],
        [ClaimKeys.Carryover] = ["结转", "结余"],
        // "上年结转结余 0.33 万元，包括：财政拨款 0.33 万元，非财政拨款 0 万元": the parts are named by their source alone.
        [ClaimKeys.CarryoverFiscal] = ["结转", "结余", "财政拨款"],
        [ClaimKeys.CarryoverNonfiscal] = ["结转", "结余", "非财政拨款"],
        [ClaimKeys.CarryoverFiscalGpb] = ["结转", "结余"],
        [ClaimKeys.CarryoverFiscalGf] = ["结转", "结余"],
        [ClaimKeys.CarryoverFiscalSc] = ["结转", "结余"],
        [ClaimKeys.ExpenseTotal] = ["支出", "支"],
        [ClaimKeys.ExpenseBasic] = ["基本"],
        [ClaimKeys.ExpenseProject] = ["项目"],
        [ClaimKeys.FiscalTotal] = ["财政拨款"],
        [ClaimKeys.GpbTotal] = ["一般公共预算", "当年拨款"],
        [ClaimKeys.GpbBasic] = ["基本"],
        [ClaimKeys.FiscalBasic] = ["基本"],
        [ClaimKeys.FiscalProject] = ["项目"],
        [ClaimKeys.GpbProject] = ["项目"],
        [ClaimKeys.GpbPersonnel] = ["人员"],
        [ClaimKeys.GpbPublic] = ["公用"],
    };

    /// <summary><see cref="Plausible(Claim, int?)"/> for a claim of <paramref name="d"/> in its year.</summary>
    public static bool Plausible(Disclosure d, Claim c) => DocumentIndex.Of(d).IsPlausible(c) || IsCarryoverPart(d, c);

    /// <summary>"上年结转结余 73.90万元，包括：财政拨款 73.90万元，非财政拨款 0.00万元" (001, 002 十一): in the 上年结转结余 section
    /// a bare "财政拨款" is the carried-over part, although its label lacks 结转/结余.</summary>
    private static bool IsCarryoverPart(Disclosure d, Claim c) =>
        c.Subject.Key is ClaimKeys.CarryoverFiscal or ClaimKeys.CarryoverNonfiscal
        && c.Subject.Label.Length <= 6 && Facts.TopicOf(d, c.Section) == "上年结转结余";

    /// <summary>Whether the claim's printed label fits its subject key. A label naming something else (会议费, 政府采购,
    /// 其他资金…) means the sentence was attached to the wrong subject; comparing it would report a false error.</summary>
    public static bool Plausible(Claim c, int? year = null)
    {
        var label = c.Subject.Label;
        if (string.IsNullOrWhiteSpace(label)) return true;
        // A carry-over item is named by the year it comes from ("2024 年驻村工作队为民办实事经费" in a 2025 budget).
        if (c.Subject.Key == ClaimKeys.CarryoverItem) return true;
        // Both year patterns need "20": most labels have none, and skip the regular expressions.
        if (label.Contains("20", StringComparison.Ordinal))
        {
            // "2023年当年预算执行", "2024年预算安排" in a 2025 document: another year's figure under the same subject.
            if (year is { } y)
            {
                var own = y.ToString(System.Globalization.CultureInfo.InvariantCulture);
                foreach (System.Text.RegularExpressions.Match m in YearPattern().Matches(label))
                {
                    if (m.Value != own) return false;
                }
            }
            // "2024年预算安排": a time phrase, not a subject.
            if (label.Length <= 12 && LeadingYear().IsMatch(label)) return false;
        }
        if (c.Subject.Key is ClaimKeys.Function or ClaimKeys.CarryoverItem) return true;
        var required = Required.GetValueOrDefault(c.Subject.Key);
        if (required is not null && !ContainsAny(label, required)) return false;
        // A word naming something else, unless it is part of (or contains) a word the subject requires.
        foreach (var w in Foreign)
        {
            if (!label.Contains(w, StringComparison.Ordinal)) continue;
            if (required is null) return false;
            var overlaps = false;
            foreach (var r in required) overlaps |= r.Contains(w, StringComparison.Ordinal) || w.Contains(r, StringComparison.Ordinal);
            if (!overlaps) return false;
        }
        return true;
    }

    private static bool ContainsAny(string text, string[] words)
    {
        foreach (var w in words)
        {
            if (text.Contains(w, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    public static string Name(Claim c) => c.Subject.Label.Length > 0 ? c.Subject.Label : c.Subject.Key;

    /// <summary>The current-year amount a claim's change is measured on: its own, or for a change stated in a sentence of
    /// its own ("“三公”经费比上年预算减少 4 万元，下降 3.9%" after "“三公”经费数为 98.5 万元") the same subject's amount stated
    /// earlier in the same section. A 三公 subject is one thing wherever it is stated (001 prints a stray heading "十一、…"
    /// between the 三公 amounts and their changes).</summary>
    public static Figure? CurrentAmount(Disclosure d, Claim c)
    {
        if (c.Amount is { } amount) return amount;
        // "other" is no subject at all: two such claims need not be about the same thing.
        if (c.Subject.Key == ClaimKeys.Other) return null;
        var anySection = c.Subject.Key.StartsWith("three_public", StringComparison.Ordinal);
        Figure? found = null;
        foreach (var x in d.Narrative.Claims)
        {
            if (ReferenceEquals(x, c) || x.Span.Line > c.Span.Line) break;
            if (x.Amount is { } a && (anySection || x.Section == c.Section) && x.Subject.Key == c.Subject.Key && x.Subject.Code == c.Subject.Code && Plausible(d, x)) found = a;
        }
        return found;
    }

    /// <summary>The signed change: negative for 减少/下降.</summary>
    public static Printed? SignedChange(Claim c)
    {
        if (c.ChangeAmount is not { } ch) return null;
        var p = Printed.Of(ch);
        return c.Direction == ChangeDirection.Decrease || DecreaseWord(c) ? p.Negate() : p;
    }

    /// <summary>The amount's own word says 减少 although the sentence was read as flat or undirected: "减少6.00万元，下降6.67%，
    /// 其中：因公出国（境）费与上年预算持平" (the 持平 belongs to a sub-item).</summary>
    private static bool DecreaseWord(Claim c) =>
        c.Direction is null or ChangeDirection.Flat && c.AmountWord is { } w && (w.Contains("减少", StringComparison.Ordinal) || w.Contains("下降", StringComparison.Ordinal) || w.Contains("降低", StringComparison.Ordinal));
}
