using System.Collections.Immutable;

namespace Yusuan.Core.Model;

/// <summary>Canonical table roles of spec/cells.md, whatever the table's number or title in the document.</summary>
public enum TableId
{
    /// <summary>收支总体情况表.</summary>
    T1 = 1,

    /// <summary>收入总体情况表.</summary>
    T2,

    /// <summary>支出总体情况表.</summary>
    T3,

    /// <summary>财政拨款收支预算总体情况表.</summary>
    T4,

    /// <summary>一般公共预算支出情况表.</summary>
    T5,

    /// <summary>一般公共预算基本支出情况表.</summary>
    T6,

    /// <summary>一般公共预算项目支出情况表.</summary>
    T7,

    /// <summary>政府性基金预算支出情况表.</summary>
    T8,

    /// <summary>国有资本经营预算支出情况表.</summary>
    T9,

    /// <summary>财政拨款“三公”经费支出情况表.</summary>
    T10,

    /// <summary>上年结转结余情况明细表.</summary>
    T11,
}

/// <summary>One table of the disclosure, rows and columns keyed as in spec/cells.md.</summary>
public sealed record DisclosureTable
{
    /// <summary>Title as printed, whitespace removed (e.g. 单位收支总体情况表, 2025年部门财务收支预算总表).</summary>
    public required string Title { get; init; }

    /// <summary>Canonical role, when the table plays one.</summary>
    public TableId? Canonical { get; init; }

    /// <summary>The number the document gives the table (表 3, 公开表三), if any.</summary>
    public int? Number { get; init; }

    /// <summary>Unit the table's money is printed in (单位：万元 / 单位：元).</summary>
    public MoneyUnit Unit { get; init; } = MoneyUnit.WanYuan;

    /// <summary>编制部门/编制单位 as printed.</summary>
    public string? PreparedBy { get; init; }

    /// <summary>Columns, keyed by canonical column key where the table is canonical, otherwise by a key derived from the header.</summary>
    public ImmutableArray<TableColumn> Columns { get; init; } = [];

    public ImmutableArray<TableRow> Rows { get; init; } = [];

    /// <summary>The table says it is empty ("…为空表", "故本表无数据").</summary>
    public bool IsDeclaredEmpty { get; init; }

    /// <summary>The note declaring it empty, when there is one.</summary>
    public LocatedText? EmptyNote { get; init; }

    public SourceSpan Span { get; init; }

    public TableRow? Row(string key, string? unit = null) =>
        Rows.FirstOrDefault(r => r.Key == key && (unit is null || r.Unit == unit));

    /// <summary>The figure in a cell, or null when the cell is empty or the row absent.</summary>
    public Figure? Value(string rowKey, string column, string? unit = null) => Row(rowKey, unit)?.Get(column);
}

public sealed record TableColumn(string Key, string Header)
{
    /// <summary>The header path as printed, where it differs from <see cref="Header"/> (a 其中 over the column says it
    /// is a part of another one).</summary>
    public string? Printed { get; init; }

    /// <summary>The column this one is a part of, where the header prints it as a group with its own 小计 (当年预算 |
    /// 上年结转结余): a part is never added beside its subtotal.</summary>
    public string? Parent { get; init; }

    /// <summary>Printed under 其中: a breakdown of another column, never a further part of a total.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsBreakdown => (Printed ?? Header).Contains("其中", StringComparison.Ordinal);
}

public enum RowKind
{
    /// <summary>A detail line (a 项 row, a project, an economic 款).</summary>
    Detail,

    /// <summary>A 类 or 款 subtotal row.</summary>
    Subtotal,

    /// <summary>总计 / 合计.</summary>
    Total,

    /// <summary>A heading row naming a budget unit in a multi-unit table.</summary>
    UnitHeader,

    /// <summary>A labelled line of a two-sided table (T1, T4 income lines).</summary>
    Line,
}

public sealed record TableRow
{
    /// <summary>Canonical row key: a function or economic code, <c>total</c>, a line key such as <c>income.gpb</c>,
    /// or <c>&lt;code&gt;|&lt;project&gt;</c> for a project row of T7.</summary>
    public required string Key { get; init; }

    /// <summary>The row's name as printed (科目名称, line label, item label).</summary>
    public string Label { get; init; } = string.Empty;

    public RowKind Kind { get; init; } = RowKind.Detail;

    public FunctionCode? FunctionCode { get; init; }

    public EconomicCode? EconomicCode { get; init; }

    /// <summary>Project name for project rows (T7, T11).</summary>
    public string? Project { get; init; }

    /// <summary>Budget unit the row belongs to in a multi-unit table, whitespace removed; null otherwise.</summary>
    public string? Unit { get; init; }

    /// <summary>Non-empty cells by column key (enumerated in ordinal key order).</summary>
    public CellMap Cells { get; init; } = CellMap.Empty;

    public SourceSpan Span { get; init; }

    public Figure? Get(string column) => Cells.TryGetValue(column, out var cell) ? new Figure(cell.Value, cell.Span) : null;
}

/// <summary>One figure in a table. When the reader could not tell which column a figure belongs to,
/// <see cref="Alternatives"/> lists the other columns it may belong to.</summary>
public sealed record Cell(decimal Value, SourceSpan Span)
{
    /// <summary>Other column keys the figure could equally belong to (empty when the assignment is certain).</summary>
    public ImmutableArray<string> Alternatives { get; init; } = [];

    /// <summary>Printed text, when it differs from the plain value (e.g. "2,627.89", "29 5").</summary>
    public string? Printed { get; init; }
}
