using Yusuan.Core.Classification;
using Yusuan.Core.Model;

namespace Yusuan.Core.Checking.Rules.Classification;

/// <summary>Function-code rows of every canonical table.</summary>
internal static partial class CodeRows
{
    /// <summary>The function-code rows, in table and row order (worked out once per document: four rules walk them).</summary>
    public static IReadOnlyList<(DisclosureTable Table, TableRow Row, FunctionCode Code)> Functions(Disclosure d) => DocumentIndex.Of(d).FunctionCodeRows;

    /// <summary>The catalog's entry for each of <see cref="Functions"/> (null for an unknown code), looked up once per document
    /// and catalog: two rules ask.</summary>
    public static IReadOnlyList<CatalogEntry?> FunctionEntries(Disclosure d, ClassificationCatalog catalog) => DocumentIndex.Of(d).FunctionEntries(catalog);

    /// <summary>The economic-code rows, in table and row order.</summary>
    public static IReadOnlyList<(DisclosureTable Table, TableRow Row, EconomicCode Code)> Economics(Disclosure d) => DocumentIndex.Of(d).EconomicCodeRows;

    internal static IEnumerable<(DisclosureTable Table, TableRow Row, FunctionCode Code)> FindFunctions(Disclosure d)
    {
        foreach (var t in d.Tables.Where(t => t.Canonical is not null))
        {
            foreach (var r in t.Rows)
            {
                if (r.FunctionCode is { } c && r.Project is null) yield return (t, r, c);
                else if (r.FunctionCode is null && r.Key.StartsWith("expense.", StringComparison.Ordinal) && FunctionCode.TryParse(r.Key["expense.".Length..], out var lc)) yield return (t, r, lc);
            }
        }
    }

    internal static IEnumerable<(DisclosureTable Table, TableRow Row, EconomicCode Code)> FindEconomics(Disclosure d)
    {
        foreach (var t in d.Tables.Where(t => t.Canonical is not null))
        {
            foreach (var r in t.Rows)
            {
                if (r.EconomicCode is { } c) yield return (t, r, c);
            }
        }
    }

    /// <summary>A printed row label without its leading code ("201 一般公共服务支出" → "一般公共服务支出").</summary>
    public static string Label(TableRow r, string code)
    {
        var label = r.Label.Trim();
        if (label.StartsWith(code, StringComparison.Ordinal)) label = label[code.Length..];
        // Shanghai/Jiangsu 收支总表 number their class lines ("一、一般公共服务支出", "（二）…", "1.…").
        label = label.Trim();
        return MayBeNumbered(label) ? Ordinal().Replace(label, string.Empty).Trim() : label;
    }

    /// <summary>Whether <see cref="Ordinal"/> can match: only when the label opens with a bracket, a Chinese numeral or a digit.</summary>
    private static bool MayBeNumbered(string label) =>
        label.Length > 0 && (label[0] is '（' or '(' || "一二三四五六七八九十百".Contains(label[0], StringComparison.Ordinal) || char.IsDigit(label[0]));

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[（(][一二三四五六七八九十百\d]+[)）]|[一二三四五六七八九十百\d]+[、.．:：])\s*")]
    private static partial System.Text.RegularExpressions.Regex Ordinal();
}

/// <summary>The catalog is partial (see Classification/Data/SOURCES.md): an unknown code is reported for a look, never as an error.</summary>
public sealed class FunctionCodeKnown : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("C.function-code-known", "功能分类科目代码见于科目表（科目表不完整，仅提示）", RuleCategory.Classification, Severity.Info, Basis.Classification)
    {
        Help = "表中的功能分类代码不在本项目所带的科目表中时，每个文件提示一次并列出这些代码。科目表并不完整，这多半不是错误：请人工确认代码是否写错或错位。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        var rows = CodeRows.Functions(d);
        var entries = CodeRows.FunctionEntries(d, o.Classification);
        List<(DisclosureTable Table, TableRow Row, FunctionCode Code)>? unknown = null;
        HashSet<string>? seen = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var x = rows[i];
            if (x.Row.Cells.IsEmpty || entries[i] is not null) continue;
            if ((seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(x.Code.Digits)) (unknown ??= []).Add(x);
        }
        if (unknown is null) yield break;
        // One finding per document: the catalog is partial, so this is a pointer for a person, not a defect list.
        var (t, r, _) = unknown[0];
        yield return Report($"{unknown.Count} 个功能分类科目不在项目的科目表中：{string.Join("、", unknown.Take(12).Select(x => $"{x.Code.Digits} {CodeRows.Label(x.Row, x.Code.Digits)}"))}{(unknown.Count > 12 ? " 等" : string.Empty)}",
            At.Cell(t, r, null), "已知科目", string.Join(" ", unknown.Select(x => x.Code.Digits)));
    }
}

public sealed class FunctionName : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("C.function-name", "功能分类科目名称与代码一致", RuleCategory.Classification, Severity.Warning, Basis.Classification)
    {
        Help = "表中功能分类科目的名称应与代码在《政府收支分类科目》中的名称一致（文件所属年度的旧版名称也接受）。名称只印了后半截或少了“支出”时只作提示；其余不符多是代码或名称错位一行。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        var rows = CodeRows.Functions(d);
        var entries = CodeRows.FunctionEntries(d, o.Classification);
        for (var i = 0; i < rows.Count; i++)
        {
            var (t, r, c) = rows[i];
            if (entries[i] is not { } entry) continue;
            var label = CodeRows.Label(r, c.Digits);
            if (label.Length == 0) continue;
            // Long names wrapped or cut short in print are accepted (a clear prefix).
            if (Facts.SameClassName(entry.Name, label)) continue;
            // The name of the document's own year's edition (2018: 医疗卫生与计划生育支出) is no slip.
            if (o.Classification.WasNameIn(c.Digits, label, d.Meta.Year)) continue;
            // The end of the name alone may be a name wrapped above its code line that was not read whole: a note, not a claim.
            if (IsShortenedInPrint(entry.Name, label))
            {
                yield return Report($"科目 {c.Digits} 印作“{label}”，科目表名称为“{entry.Name}”（名称可能折行未读全，或省略“支出”）", At.Cell(t, r, null), entry.Name, label) with { Severity = Severity.Info };
                continue;
            }
            yield return Report($"科目 {c.Digits} 印作“{label}”，科目表名称为“{entry.Name}”", At.Cell(t, r, null), entry.Name, label);
        }
    }

    /// <summary>The end of the name alone (深圳 "缴费支出" for 机关事业单位职业年金缴费支出: the first line of a name wrapped above
    /// its code line was not read), or the name without its 支出 (西安's 按大类 tables: "外交"): more likely how the cell was
    /// printed or read than a wrong name, so reported as a note.</summary>
    private static bool IsShortenedInPrint(string catalog, string printed)
    {
        var x = Facts.NameKey(catalog);
        var y = Facts.NameKey(printed);
        return y.Length > 0 && y.Length < x.Length && x.EndsWith(y, StringComparison.Ordinal) || x == y + "支出";
    }
}

public sealed class EconomicCodeKnown : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("C.economic-code-known", "经济分类科目代码见于科目表（科目表不完整，仅提示）", RuleCategory.Classification, Severity.Info, Basis.Classification)
    {
        Help = "表中的经济分类代码不在本项目所带的科目表中时，每个文件提示一次并列出这些代码。科目表并不完整（如各省自设的款），请人工确认。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        var rows = CodeRows.Economics(d);
        List<(DisclosureTable Table, TableRow Row, EconomicCode Code)>? unknown = null;
        HashSet<string>? seen = null;
        foreach (var x in rows)
        {
            if (x.Row.Cells.IsEmpty || o.Classification.Economic(x.Code) is not null) continue;
            if ((seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(x.Code.Digits)) (unknown ??= []).Add(x);
        }
        if (unknown is null) yield break;
        var (t, r, _) = unknown[0];
        yield return Report($"{unknown.Count} 个经济分类科目不在项目的科目表中：{string.Join("、", unknown.Take(12).Select(x => $"{x.Code.Digits} {CodeRows.Label(x.Row, x.Code.Digits)}"))}{(unknown.Count > 12 ? " 等" : string.Empty)}",
            At.Cell(t, r, null), "已知科目", string.Join(" ", unknown.Select(x => x.Code.Digits)));
    }
}

public sealed class EconomicName : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("C.economic-name", "经济分类科目名称与代码一致", RuleCategory.Classification, Severity.Warning, Basis.Classification)
    {
        Help = "表中经济分类科目的名称应与代码在科目表中的名称一致，如 30101 为“基本工资”。不符多是代码或名称错位一行，按科目表改正。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        foreach (var (t, r, c) in CodeRows.Economics(d))
        {
            var label = CodeRows.Label(r, c.Digits);
            if (label.Length == 0 || o.Classification.Economic(c) is not { } entry) continue;
            if (Facts.SameClassName(entry.Name, label)) continue;
            yield return Report($"经济科目 {c.Digits} 印作“{label}”，科目表名称为“{entry.Name}”", At.Cell(t, r, null), entry.Name, label);
        }
    }
}

/// <summary>基本支出 is spent on 301 工资福利, 302 商品和服务, 303 对个人和家庭的补助 and (in several provinces' templates, e.g.
/// Shanghai 决算 表6) 310 资本性支出 for routine equipment; any other class in 表6 is project-type spending.</summary>
public sealed class BasicEconomicClass : Rule
{
    public static readonly string[] Allowed = ["301", "302", "303", "310"];

    public override RuleDescriptor Descriptor { get; } = new("C.basic-economic-class", "表6 基本支出只用于 301/302/303（及 310）经济分类", RuleCategory.Classification, Severity.Warning, Basis.Classification)
    {
        Help = "基本支出只用于 301 工资福利支出、302 商品和服务支出、303 对个人和家庭的补助（部分模板含 310 资本性支出）；表6 出现其他有数的经济分类类时，多是把项目支出列进了基本支出。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (d.Table(TableId.T6) is not { } t6) yield break;
        foreach (var r in t6.Rows.Where(r => r.EconomicCode is { Level: CodeLevel.Class }))
        {
            var code = r.EconomicCode!.Value.Digits;
            if (Allowed.Contains(code) || r.Cells.Values.All(c => c.Value == 0)) continue;
            yield return Report($"表6 基本支出出现经济分类 {Facts.Describe(r)}，基本支出通常只用于工资福利、商品和服务、对个人和家庭的补助（及资本性支出）", At.Cell(t6, r, "total"), "301/302/303/310", code);
        }
    }
}

/// <summary>人员经费 = 301 + 303, 公用经费 = 302 (+ 310): a figure in the other column is misfiled.</summary>
public sealed class PersonnelPublicSplit : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("C.personnel-public-split", "表6 人员经费只在 301/303，公用经费只在 302/310", RuleCategory.Classification, Severity.Warning, Basis.Classification)
    {
        Help = "表6 中 301、303 下的款应列在人员经费，302、310 下的款应列在公用经费；列错一栏会使人员经费与公用经费两个合计都不对，按经济分类移到正确的一栏。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (d.Table(TableId.T6) is not { } t6) yield break;
        foreach (var r in t6.Rows.Where(r => r.EconomicCode is not null))
        {
            var cls = r.EconomicCode!.Value.Class.Digits;
            if (cls is "302" or "310" && r.Get("personnel") is { Value: not 0 } p)
                yield return Report($"表6 {Facts.Describe(r)} 列入人员经费 {Money.Plain(p.Value)}，应为公用经费", At.Cell(t6, r, "personnel", p.Span), "0", Money.Plain(p.Value));
            if (cls is "301" or "303" && r.Get("public") is { Value: not 0 } q)
                yield return Report($"表6 {Facts.Describe(r)} 列入公用经费 {Money.Plain(q.Value)}，应为人员经费", At.Cell(t6, r, "public", q.Span), "0", Money.Plain(q.Value));
        }
    }
}

/// <summary>A 项 row needs its 款 and 类 rows in a function table (detail to 项 is required by 操作规程).</summary>
public sealed class HierarchyComplete : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("C.hierarchy-complete", "功能分类表中每个项都有其所属的款、类行", RuleCategory.Classification, Severity.Warning, Basis.Classification)
    {
        Help = "表2、表3、表5、表8、表9 中每个项行都应有其所属的款行，每个款行都应有其类行。缺少上级行多是漏印一行，使类、款合计无法核对；补上该行。",
    };

    private static readonly TableId[] FunctionTables = [TableId.T2, TableId.T3, TableId.T5, TableId.T8, TableId.T9];

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        foreach (var id in FunctionTables)
        {
            if (d.Table(id) is not { } t) continue;
            foreach (var group in TableIndex.Of(t).Units)
            {
                var codes = group.FunctionDigits;
                if (!codes.Any(c => c.Length == 3)) continue;
                var known = codes.GetAlternateLookup<ReadOnlySpan<char>>();
                HashSet<string>? reported = null;
                foreach (var r in group.Rows)
                {
                    if (r.FunctionCode is not { Level: not CodeLevel.Class } c || r.Project is not null) continue;
                    // The parent's digits (款 of a 项, 类 of a 款), looked up without making a string.
                    var parentDigits = c.Digits.AsSpan(0, c.Level == CodeLevel.Item ? 5 : 3);
                    if (known.Contains(parentDigits) || reported?.GetAlternateLookup<ReadOnlySpan<char>>().Contains(parentDigits) == true) continue;
                    var parent = parentDigits.ToString();
                    yield return Report($"表{(int)id} {Facts.Describe(r)} 缺少上级科目 {parent} 行", At.Cell(t, r, null), parent, "（无）");
                    (reported ??= new HashSet<string>(StringComparer.Ordinal)).Add(parent);
                }
            }
        }
    }
}

/// <summary>表7 projects sit at 项 level (7 digits): a project under a 类 or 款 code is misfiled.</summary>
public sealed class ProjectCodeLevel : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("C.project-code-level", "表7 项目的功能分类细化到项", RuleCategory.Classification, Severity.Warning, Basis.Rules143)
    {
        Help = "一般公共预算支出按功能分类公开到项级，表7 每个项目应列在 7 位项级科目下；列在类或款下的项目应改到具体的项。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (d.Table(TableId.T7) is not { } t7) yield break;
        foreach (var r in t7.Rows.Where(r => r.Project is not null && r.FunctionCode is { Level: not CodeLevel.Item }))
            yield return Report($"表7 项目“{r.Project}”的功能分类 {r.FunctionCode} 未细化到项", At.Cell(t7, r, "total"), "7 位项级代码", r.FunctionCode!.Value.Digits);
    }
}
