using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Yusuan.Core.Model;

namespace Yusuan.Core.Checking;

/// <summary>
/// What the rules ask of one table again and again, worked out once per table instance (tables are immutable, so the answers
/// never go stale): its print precision, the columns it has, its rows per budget unit, the first row of each key, its code rows.
/// Without it every rule rescans the rows, and a check of a seed spends most of its time doing so.
/// </summary>
internal sealed class TableIndex
{
    private static readonly ConditionalWeakTable<DisclosureTable, TableIndex> Cache = new();

    private readonly HashSet<string> columns;
    private readonly Dictionary<string, TableColumn> declaredByKey;
    private readonly Dictionary<string, TableRow> firstByKey;
    // Each lazily built part is read before EnsureInitialized is called: the factory lambda captures, and would be
    // allocated on every call.
    private FunctionCodeRows? functionCodeRows;
    private ImmutableArray<TableRow> classLines;

    private TableIndex(DisclosureTable table)
    {
        Table = table;
        var rows = table.Rows;
        var declared = table.Columns;
        columns = new HashSet<string>(declared.Length + 4, StringComparer.Ordinal);
        foreach (var c in declared) columns.Add(c.Key);
        declaredByKey = new Dictionary<string, TableColumn>(declared.Length, StringComparer.Ordinal);
        foreach (var c in declared)
        {
            declaredByKey.TryAdd(c.Key, c);
            HasPrintedParents |= c.Parent is not null;
        }
        firstByKey = new Dictionary<string, TableRow>(rows.Length, StringComparer.Ordinal);
        var oneUnit = true;
        var unit = rows.IsEmpty ? null : rows[0].Unit;
        // One pass over the cells for the print precision (Money.ScaleOf) and the column keys.
        var scale = 0;
        foreach (var row in rows)
        {
            var cells = row.Cells;
            var keys = cells.Keys;
            var values = cells.Values;
            for (var i = 0; i < keys.Length; i++)
            {
                scale = Math.Max(scale, Money.Scale(values[i].Value));
                // The reader keys cells with its column keys: the very same strings, found without hashing.
                if (!IsDeclared(declared, keys[i])) columns.Add(keys[i]);
            }
            firstByKey.TryAdd(row.Key, row);
            oneUnit &= row.Unit == unit;
        }
        Scale = scale;
        Half = Money.HalfUnit(Scale);
        var sorted = new string[columns.Count];
        columns.CopyTo(sorted);
        SortOrdinal(sorted);
        ColumnKeys = ImmutableCollectionsMarshal.AsImmutableArray(sorted);
        Units = oneUnit ? (rows.IsEmpty ? [] : [new UnitRows(rows[0].Unit, rows)]) : GroupByUnit(rows);
    }

    private static bool IsDeclared(ImmutableArray<TableColumn> declared, string key)
    {
        foreach (var c in declared)
        {
            if (ReferenceEquals(c.Key, key)) return true;
        }
        return false;
    }

    /// <summary>An insertion sort: a table has a handful of distinct column keys.</summary>
    private static void SortOrdinal(string[] keys)
    {
        for (var i = 1; i < keys.Length; i++)
        {
            var key = keys[i];
            var j = i - 1;
            while (j >= 0 && string.CompareOrdinal(keys[j], key) > 0)
            {
                keys[j + 1] = keys[j];
                j--;
            }
            keys[j + 1] = key;
        }
    }

    /// <summary>Rows by unit, groups in order of first appearance, as Enumerable.GroupBy makes them.</summary>
    private static ImmutableArray<UnitRows> GroupByUnit(ImmutableArray<TableRow> rows)
    {
        var units = new List<(string? Unit, List<TableRow> Rows)>();
        foreach (var row in rows)
        {
            var group = units.Count - 1;
            while (group >= 0 && units[group].Unit != row.Unit) group--;
            if (group < 0) units.Add((row.Unit, [row]));
            else units[group].Rows.Add(row);
        }
        return [.. units.Select(u => new UnitRows(u.Unit, [.. u.Rows]))];
    }

    public static TableIndex Of(DisclosureTable table) => Cache.GetValue(table, t => new TableIndex(t));

    public DisclosureTable Table { get; }

    /// <summary>The decimal places the table prints its money with (<see cref="Money.TableScale"/>).</summary>
    public int Scale { get; }

    /// <summary>Half a unit of the table's print precision (<see cref="Money.HalfUnit"/> of <see cref="Scale"/>): the uncertainty of each of its figures.</summary>
    public decimal Half { get; }

    /// <summary>Every column key of the table (declared or holding a cell), in ordinal order.</summary>
    public ImmutableArray<string> ColumnKeys { get; }

    /// <summary>Rows grouped by budget unit, groups in order of first appearance (one group with unit null for one-unit tables).</summary>
    public ImmutableArray<UnitRows> Units { get; }

    /// <summary>As <see cref="Facts.HasColumn"/>: declared, or holding a cell in some row.</summary>
    public bool HasColumn(string column) => columns.Contains(column);

    /// <summary>The subtotal column the header prints this column under, if any.</summary>
    public string? ParentOf(string column) => declaredByKey.GetValueOrDefault(column)?.Parent;

    /// <summary>Whether the header prints any column under another one's 小计.</summary>
    public bool HasPrintedParents { get; }

    /// <summary>The columns the header prints under <paramref name="column"/>, in table order.</summary>
    public IEnumerable<string> PrintedUnder(string column) => Table.Columns.Where(c => c.Parent == column).Select(c => c.Key);

    /// <summary>Whether the column is printed under 其中 (a part of another column).</summary>
    public bool IsBreakdown(string column) => declaredByKey.GetValueOrDefault(column)?.IsBreakdown == true;

    /// <summary>The first row with this key, in any unit (as <see cref="DisclosureTable.Row"/> without a unit).</summary>
    public TableRow? Row(string key) => firstByKey.GetValueOrDefault(key);

    /// <summary>As <see cref="Facts.Cell"/>.</summary>
    public Printed? Cell(TableRow row, string column) =>
        row.Cells.TryGetValue(column, out var cell) ? new Printed(cell.Value, Half, cell.Span) : null;

    /// <summary>As <see cref="Facts.CellOrZero"/>.</summary>
    public Printed CellOrZero(TableRow row, string column) =>
        row.Cells.TryGetValue(column, out var cell) ? new Printed(cell.Value, Half, cell.Span) : new Printed(0m, Half, row.Span);

    /// <summary>Σ <see cref="CellOrZero"/> over <paramref name="rows"/>, as <see cref="Money.Sum"/> adds them.</summary>
    public Printed SumOrZero(IReadOnlyList<TableRow> rows, string column)
    {
        decimal value = 0, half = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            value += rows[i].Cells.TryGetValue(column, out var cell) ? cell.Value : 0m;
            half += Half;
        }
        return new Printed(value, half);
    }

    /// <summary>As <see cref="Rules.CrossTable.CrossTableRule"/>'s code rows: rows of no unit and no project with a function code, first per code.</summary>
    public FunctionCodeRows FunctionCodes => functionCodeRows ?? LazyInitializer.EnsureInitialized(ref functionCodeRows, () => new FunctionCodeRows(Table));

    /// <summary>Expense lines of a two-sided table for one function class (<see cref="Facts.IsClassLine"/>), in row order.</summary>
    public ImmutableArray<TableRow> ClassLines
    {
        get
        {
            if (classLines.IsDefault) ImmutableInterlocked.InterlockedInitialize(ref classLines, [.. Table.Rows.Where(Facts.IsClassLine)]);
            return classLines;
        }
    }
}

/// <summary>The rows of one budget unit of a table, with their 类/款/项 hierarchy worked out when first asked for.</summary>
internal sealed class UnitRows(string? unit, ImmutableArray<TableRow> rows)
{
    private Hierarchy? hierarchy;
    private HashSet<string>? functionDigits;

    public string? Unit { get; } = unit;

    public ImmutableArray<TableRow> Rows { get; } = rows;

    public Hierarchy Codes => hierarchy ?? LazyInitializer.EnsureInitialized(ref hierarchy, () => new Hierarchy(Rows));

    /// <summary>The function codes of the rows that are not project rows (a set: do not change it).</summary>
    public HashSet<string> FunctionDigits => functionDigits ?? LazyInitializer.EnsureInitialized(ref functionDigits, () =>
        Rows.Where(r => r.FunctionCode is not null && r.Project is null).Select(r => r.FunctionCode!.Value.Digits).ToHashSet(StringComparer.Ordinal));

    /// <summary>Code rows (first row of each <see cref="Facts.Code"/>, in row order), the code rows under each code, and the project rows.</summary>
    internal sealed class Hierarchy
    {
        private readonly Dictionary<string, List<TableRow>> children = new(StringComparer.Ordinal);

        public Hierarchy(ImmutableArray<TableRow> rows)
        {
            var seen = new Dictionary<string, TableRow>(rows.Length, StringComparer.Ordinal);
            var codeRows = new List<(TableRow, string)>(rows.Length);
            var parts = new List<(TableRow, string)>(rows.Length);
            var projects = new List<TableRow>();
            foreach (var row in rows)
            {
                if (row.Project is not null && row.FunctionCode is not null) projects.Add(row);
                if (Facts.Code(row) is not { } code) continue;
                if (seen.TryAdd(code, row))
                {
                    codeRows.Add((row, code));
                    parts.Add((row, code));
                }
                // A second item printed under a code already used (长春 表6: 30208 取暖费 and "30208 物业管理费", a code slip)
                // is still a part of its parent; the same row printed again (a continuation page) is not.
                else if (row.Project is null && Facts.NameKey(row.Label) != Facts.NameKey(seen[code].Label)) parts.Add((row, code));
            }
            foreach (var (row, code) in parts)
            {
                if (Facts.ParentCode(code) is not { } parent) continue;
                if (!children.TryGetValue(parent, out var list)) children[parent] = list = [];
                list.Add(row);
            }
            CodeRows = [.. codeRows];
            ProjectRows = [.. projects];
        }

        public ImmutableArray<(TableRow Row, string Code)> CodeRows { get; }

        /// <summary>Rows with a project and a function code, in row order.</summary>
        public ImmutableArray<TableRow> ProjectRows { get; }

        /// <summary>Code rows whose parent code is <paramref name="code"/>, in row order (empty when none).</summary>
        public IReadOnlyList<TableRow> ChildrenOf(string code) => children.TryGetValue(code, out var list) ? list : [];
    }
}

/// <summary>Rows with a function code (class, section or item) and neither unit nor project, first occurrence per code.</summary>
internal sealed class FunctionCodeRows
{
    private static readonly Comparison<KeyValuePair<string, TableRow>> ByCode = (a, b) => string.CompareOrdinal(a.Key, b.Key);

    private readonly Dictionary<string, TableRow> byCode;

    public FunctionCodeRows(DisclosureTable table)
    {
        byCode = new Dictionary<string, TableRow>(table.Rows.Length, StringComparer.Ordinal);
        var sorted = new List<KeyValuePair<string, TableRow>>(table.Rows.Length);
        foreach (var r in table.Rows)
        {
            if (r.Unit is null && r.Project is null && r.FunctionCode is { } code && byCode.TryAdd(code.Digits, r)) sorted.Add(new(code.Digits, r));
        }
        // Codes are unique, so an unstable sort gives the one order.
        sorted.Sort(ByCode);
        Sorted = [.. sorted];
    }

    public int Count => byCode.Count;

    /// <summary>Code and row, in ordinal code order.</summary>
    public ImmutableArray<KeyValuePair<string, TableRow>> Sorted { get; }

    public bool ContainsKey(string code) => byCode.ContainsKey(code);

    public bool TryGetValue(string code, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TableRow row) => byCode.TryGetValue(code, out row);
}
