using System.Text;
using Yusuan.Core.Model;

namespace Yusuan.Core.Checking;

/// <summary>A T7 project row: its name, budget unit, amount and where it is.</summary>
public sealed record T7Project(string Name, string? Unit, TableRow Row, Printed Amount);

/// <summary>Queries over the model that several rules share (figures with their printed precision, name matching).</summary>
public static class Facts
{
    public static readonly string[] FunctionTableColumns = ["total", "basic", "project"];

    /// <summary>A cell as a printed figure, its uncertainty taken from the table's print precision.</summary>
    public static Printed? Cell(DisclosureTable table, TableRow row, string column) =>
        row.Cells.TryGetValue(column, out var cell) ? new Printed(cell.Value, TableIndex.Of(table).Half, cell.Span) : null;

    /// <summary>A cell, treating an empty cell as a printed zero.</summary>
    public static Printed CellOrZero(DisclosureTable table, TableRow row, string column) => TableIndex.Of(table).CellOrZero(row, column);

    public static bool IsUncertain(TableRow row, string column) =>
        row.Cells.TryGetValue(column, out var c) && !c.Alternatives.IsDefaultOrEmpty;

    /// <summary>The table declares the column or has a cell in it.</summary>
    public static bool HasColumn(DisclosureTable table, string column) => TableIndex.Of(table).HasColumn(column);

    /// <summary>A table figure in 万元 (the narrative's unit), e.g. for comparing with the text.</summary>
    public static Printed? WanYuan(DisclosureTable? table, string rowKey, string column)
    {
        if (table is null) return null;
        var index = TableIndex.Of(table);
        if (index.Row(rowKey) is not { } row || index.Cell(row, column) is not { } p) return null;
        return p.ToWanYuan(table.Unit);
    }

    /// <summary>A table figure converted to the narrative's unit.</summary>
    public static Printed? InTextUnit(Disclosure d, DisclosureTable? table, string rowKey, string column)
    {
        var p = WanYuan(table, rowKey, column);
        if (p is null) return null;
        return d.Meta.MoneyUnit == MoneyUnit.Yuan ? p.Value with { Value = p.Value.Value * 10000m, Half = p.Value.Half * 10000m } : p;
    }

    /// <summary>An expense line of a two-sided table for one function class: "expense.201".</summary>
    public static bool IsClassLine(TableRow row) =>
        row.Key.Length == "expense.".Length + 3 && row.Key.StartsWith("expense.", StringComparison.Ordinal) && FunctionCode.TryParse(row.Key["expense.".Length..], out _);

    public static bool IsEmptyOrAbsent(Disclosure d, TableId id) => d.StatusOf(id) != TableStatus.Present;

    /// <summary>Rows of a table grouped by budget unit (a single group with key null for one-unit tables).</summary>
    public static IEnumerable<IGrouping<string?, TableRow>> ByUnit(DisclosureTable table) => table.Rows.GroupBy(r => r.Unit);

    /// <summary>The 类/款/项 (or economic 类/款) code of a row, as a digit string; null for lines, totals and project rows.</summary>
    public static string? Code(TableRow row) =>
        row.Project is not null ? null : row.FunctionCode?.Digits ?? row.EconomicCode?.Digits;

    public static string? ParentCode(string code) => code.Length switch { 5 => code[..3], 7 => code[..5], _ => null };

    public static bool IsTotalRow(TableRow row) => row.Key == "total" || row.Kind == RowKind.Total && Code(row) is null && row.Project is null;

    public static TableRow? TotalRow(IEnumerable<TableRow> rows) => rows.FirstOrDefault(r => r.Key == "total") ?? rows.FirstOrDefault(r => r.Kind == RowKind.Total);

    public static IEnumerable<T7Project> T7Projects(Disclosure d) => DocumentIndex.Of(d).T7Projects.Select(p => p.Project);

    internal static IEnumerable<T7Project> ComputeT7Projects(Disclosure d)
    {
        var t7 = d.Table(TableId.T7);
        if (t7 is null) yield break;
        foreach (var row in t7.Rows)
        {
            if (row.Project is null) continue;
            var amount = Cell(t7, row, "total");
            if (amount is null) continue;
            yield return new T7Project(row.Project, row.Unit, row, amount.Value.ToWanYuan(t7.Unit));
        }
    }

    /// <summary>The T7 rows of a project: those with its name key, else those with the same name (<see cref="SameName"/>).</summary>
    internal static List<T7Project> T7ProjectsNamed(Disclosure d, string name)
    {
        var key = NameKey(name);
        var projects = DocumentIndex.Of(d).T7Projects;
        var rows = projects.Where(p => p.Key == key).Select(p => p.Project).ToList();
        return rows.Count > 0 ? rows : projects.Where(p => SameNameKey(p.Key, key)).Select(p => p.Project).ToList();
    }

    /// <summary>Project names compared without whitespace, quotes or bracket width.</summary>
    public static string NameKey(string name)
    {
        // Most names need no change: then the name itself is its key, and nothing is allocated.
        var i = name.AsSpan().IndexOfAny(NameKeyChars);
        if (i < 0) return name;
        var sb = new StringBuilder(name.Length);
        sb.Append(name, 0, i);
        for (; i < name.Length; i++)
        {
            var c = name[i];
            if (Dropped(c)) continue;
            sb.Append(Replaced(c));
        }
        return sb.ToString();
    }

    /// <summary>The characters <see cref="NameKey"/> drops or replaces (every whitespace character included).</summary>
    private static readonly System.Buffers.SearchValues<char> NameKeyChars = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => Dropped(c) || Replaced(c) != c)]);

    private static bool Dropped(char c) => char.IsWhiteSpace(c) || c is '“' or '”' or '"' or '‘' or '’' or '\'' or '《' or '》' or '、' or '·';

    private static char Replaced(char c) => c switch { '（' => '(', '）' => ')', '：' => ':', '，' => ',', _ => c };

    public static bool SameName(string? a, string? b)
    {
        if (a is null || b is null) return false;
        return SameNameKey(NameKey(a), NameKey(b));
    }

    /// <summary><see cref="SameName"/> of two names given by their <see cref="NameKey"/>s.</summary>
    internal static bool SameNameKey(string x, string y)
    {
        if (x.Length == 0 || y.Length == 0) return false;
        if (x == y) return true;
        // Wrapped or abbreviated names: one contains the other and the shorter one is not trivially short.
        return Math.Min(x.Length, y.Length) >= 6 && (x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal));
    }

    /// <summary>A printed classification name against the catalog's: equal, or cut short at the end by wrapping
    /// (a prefix of at least six characters). "保障和就业支出" is not "社会保障和就业支出".</summary>
    public static bool SameClassName(string catalog, string printed)
    {
        var x = NameKey(catalog);
        var y = NameKey(printed);
        if (x == y) return true;
        return Math.Min(x.Length, y.Length) >= 6 && (x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal));
    }

    /// <summary>Of several T7 rows carrying one project name: the row of <paramref name="unit"/> when the units tell, else a row
    /// equal to the stated figure, else the sum of all rows.</summary>
    public static Printed BestMatch(IEnumerable<Printed> amounts, Printed stated, string? unit, IEnumerable<string?> units)
    {
        var list = amounts.ToList();
        var unitList = units.ToList();
        if (unit is not null)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (unitList[i] is { } u && (NameKey(unit).Contains(NameKey(u), StringComparison.Ordinal) || NameKey(u).Contains(NameKey(unit), StringComparison.Ordinal))) return list[i];
            }
        }
        foreach (var a in list)
        {
            if (a.Value == stated.Value) return a;
        }
        return Money.Sum(list);
    }

    /// <summary>The description of a project: the first with the same name key, else the first with the same name (<see cref="SameName"/>).</summary>
    public static ProjectDescription? FindDescription(Disclosure d, string project) => FindByName(DocumentIndex.Of(d).Descriptions, NameKey(project));

    /// <summary>The target table of a project, found as <see cref="FindDescription"/> finds its description.</summary>
    public static PerformanceTargetTable? FindTarget(Disclosure d, string project) => FindByName(DocumentIndex.Of(d).ProjectTargets, NameKey(project));

    internal static T? FindByName<T>(IReadOnlyList<(T Item, string Key)> candidates, string key)
        where T : class
    {
        foreach (var (item, k) in candidates)
        {
            if (k == key) return item;
        }
        foreach (var (item, k) in candidates)
        {
            if (SameNameKey(k, key)) return item;
        }
        return null;
    }

    /// <summary>Topic of the narrative section a claim sits in (matched by key, then by key prefix "五.(二)" → "五").</summary>
    public static string? TopicOf(Disclosure d, string? section)
    {
        if (section is null) return null;
        var index = DocumentIndex.Of(d);
        if (index.Section(section)?.Topic is { } t) return t;
        var dot = section.IndexOf('.', StringComparison.Ordinal);
        return index.Section(dot < 0 ? section : section.AsSpan(0, dot))?.Topic;
    }

    /// <summary>A label for a table row: "对个人和家庭的补助 (303)".</summary>
    public static string Describe(TableRow row)
    {
        var code = Code(row);
        var label = row.Project ?? row.Label;
        if (row.Key == "total" && string.IsNullOrEmpty(label)) label = "合计";
        if (string.IsNullOrEmpty(label)) label = row.Key;
        return code is null || label.Contains(code, StringComparison.Ordinal) ? label : $"{label} ({code})";
    }

    public static string ColumnName(DisclosureTable table, string column)
    {
        var header = table.Columns.FirstOrDefault(c => c.Key == column)?.Header;
        if (!string.IsNullOrWhiteSpace(header)) return header;
        return column switch
        {
            "total" => "合计",
            "amount" => "金额",
            "basic" => "基本支出",
            "project" => "项目支出",
            "personnel" => "人员经费",
            "public" => "公用经费",
            "fiscal" => "财政拨款",
            "gpb" => "一般公共预算",
            "gf" => "政府性基金预算",
            "sc" => "国有资本经营预算",
            "special" => "财政专户",
            "unit" => "单位资金",
            "fiscal_carryover" => "财政拨款结转",
            "nonfiscal_carryover" => "非财政拨款结转结余",
            "nonfiscal" => "非财政拨款",
            _ => column,
        };
    }

    public static string TableName(TableId id) => id switch
    {
        TableId.T1 => "收支总体情况表",
        TableId.T2 => "收入总体情况表",
        TableId.T3 => "支出总体情况表",
        TableId.T4 => "财政拨款收支预算总体情况表",
        TableId.T5 => "一般公共预算支出情况表",
        TableId.T6 => "一般公共预算基本支出情况表",
        TableId.T7 => "一般公共预算项目支出情况表",
        TableId.T8 => "政府性基金预算支出情况表",
        TableId.T9 => "国有资本经营预算支出情况表",
        TableId.T10 => "财政拨款“三公”经费支出情况表",
        _ => "上年结转结余情况明细表",
    };

    public static string Plain(Printed p) => Money.Plain(p.Value);
}
