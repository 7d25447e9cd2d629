using System.Collections.Immutable;
using Yusuan.Core.Generation.Derivation;
using Yusuan.Core.Model;

namespace Yusuan.Core.Rendering.Layout;

/// <summary>The official printed layout of each canonical table of the 2025 Xinjiang template (headers as in
/// samples/seeds/000), and a plain layout for any other table.</summary>
public static class TableLayouts
{
    public static GridTable For(DisclosureTable table, Disclosure document)
    {
        var scopeWord = document.Meta.Scope == DisclosureScope.Department ? "部门" : "单位";
        var grid = table.Canonical switch
        {
            TableId.T1 => T1(table),
            TableId.T2 => T2(table),
            TableId.T3 => Function(table, "支出预算", [("total", "合计"), ("basic", "基本支出"), ("project", "项目支出")]),
            TableId.T4 => T4(table),
            TableId.T5 => Function(table, "一般公共预算支出", [("total", "合计"), ("basic", "基本支出"), ("project", "项目支出")]),
            TableId.T6 => T6(table),
            TableId.T7 => T7(table),
            TableId.T8 => Fund(table, "政府性基金预算支出"),
            TableId.T9 => Fund(table, "国有资本经营预算支出"),
            TableId.T10 => T10(table),
            TableId.T11 => T11(table),
            _ => Plain(table),
        };
        var unitName = table.PreparedBy ?? DocumentComposer.UnitName(document);
        return grid with
        {
            Number = table.Number is { } n ? $"表 {n}" : table.Canonical is { } id ? $"表 {(int)id}" : null,
            Title = table.Title,
            PreparedBy = unitName is null ? null : $"编制{scopeWord}：{unitName}",
            UnitLine = $"单位：{table.Unit.ChineseName()}",
            EmptyNote = table.IsDeclaredEmpty || table.Rows.IsEmpty ? table.EmptyNote?.Text : null,
        };
    }

    private static GridCell H(string text, int colSpan = 1, int rowSpan = 1) => new(text, null, colSpan, rowSpan);

    private static GridCell T(string text) => new(text);

    private static GridCell M(TableRow? row, string column) => GridCell.Money(row?.Get(column)?.Value);

    private static ImmutableArray<GridCell> Stars(int stars, int numbers) =>
        [.. Enumerable.Repeat(T("※"), stars), .. Enumerable.Range(1, numbers).Select(i => T(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    private static GridTable T1(DisclosureTable t)
    {
        var income = IncomeSide(t, TableBuilder.T1IncomeLines);
        var expense = t.Rows.Where(r => r.Key.StartsWith("expense.", StringComparison.Ordinal) && r.Key != "expense.total").ToList();
        var body = new List<ImmutableArray<GridCell>>();
        for (var i = 0; i < Math.Max(income.Count, expense.Count); i++)
        {
            var left = i < income.Count ? new[] { T(income[i].Label), M(income[i].Item2, "amount") } : [GridCell.Empty, GridCell.Empty];
            var right = i < expense.Count ? new[] { T(expense[i].Label), M(expense[i], "amount") } : [GridCell.Empty, GridCell.Empty];
            body.Add([.. left, .. right]);
        }
        body.Add([T("收入总计"), M(t.Row("income.total"), "amount"), T("支出总计"), M(t.Row("expense.total"), "amount")]);
        return new GridTable
        {
            Title = t.Title,
            ColumnCount = 4,
            Header = [[H("收入", 2), H("支出", 2)], [T("项目"), T("预算数"), T("功能分类"), T("预算数")]],
            Body = [.. body],
            Widths = [30, 14, 30, 14],
        };
    }

    private static GridTable T4(DisclosureTable t)
    {
        var income = IncomeSide(t, TableBuilder.T4IncomeLines);
        var expense = t.Rows.Where(r => r.Key.StartsWith("expense.", StringComparison.Ordinal) && r.Key != "expense.total").ToList();
        var body = new List<ImmutableArray<GridCell>>();
        string[] cols = ["total", "gpb", "gf", "sc"];
        for (var i = 0; i < Math.Max(income.Count, expense.Count); i++)
        {
            var left = i < income.Count ? new[] { T(income[i].Label), M(income[i].Item2, "amount") } : [GridCell.Empty, GridCell.Empty];
            var right = i < expense.Count ? [T(expense[i].Label), .. cols.Select(c => M(expense[i], c))] : Enumerable.Repeat(GridCell.Empty, 5).ToArray();
            body.Add([.. left, .. right]);
        }
        var total = t.Row("expense.total");
        body.Add([T("收入总计"), M(t.Row("income.total"), "amount"), T("支出总计"), .. cols.Select(c => M(total, c))]);
        return new GridTable
        {
            Title = t.Title,
            ColumnCount = 7,
            Header = [[H("财政拨款收入", 2), H("财政拨款支出", 5)], [T("项目"), T("合计"), T("功能分类"), T("合计"), T("一般公共预算"), T("政府性基金预算"), T("国有资本经营预算")]],
            Body = [.. body],
            Widths = [22, 12, 28, 12, 12, 12, 12],
        };
    }

    /// <summary>The income side: the template's lines in order (labelled as the table prints them, if it does), then any other
    /// income line the table has (older layouts have a few more).</summary>
    private static List<(string Label, TableRow? Row)> IncomeSide(DisclosureTable t, ImmutableArray<(string Key, string Label)> lines)
    {
        var keys = lines.Select(l => l.Key).ToHashSet(StringComparer.Ordinal);
        var side = lines.Where(l => t.Row(l.Key) is not null).Select(l => (l.Label, t.Row(l.Key))).ToList();
        side.AddRange(t.Rows.Where(r => !r.Key.StartsWith("expense.", StringComparison.Ordinal) && r.Key != "income.total" && !keys.Contains(r.Key))
            .Select(r => (r.Label.Length > 0 ? r.Label : r.Key, (TableRow?)r)));
        return side;
    }

    /// <summary>类/款/项 split into three cells, then the name; the 总计 row has only the name.</summary>
    private static GridCell[] CodeCells(TableRow row)
    {
        if (row.FunctionCode is not { } code) return [GridCell.Empty, GridCell.Empty, GridCell.Empty, T(row.Label)];
        var d = code.Digits;
        return [T(d[..3]), T(d.Length > 3 ? d[3..5] : string.Empty), T(d.Length > 5 ? d[5..7] : string.Empty), T(row.Label)];
    }

    private static GridTable T2(DisclosureTable t)
    {
        var keys = TableLayoutHeaders.T2.Select(c => c.Key).ToArray();
        return new GridTable
        {
            Title = t.Title,
            ColumnCount = 16,
            Header =
            [
                [H("功能分类科目编码", 3), H("功能分类科目名称", 1, 2), H("总计", 1, 2), H("财政拨款（补助）", 7), H("财政专户（教育收费）", 1, 2), H("单位资金", 1, 2), H("财政拨款结转", 1, 2), H("非财政拨款结转结余", 1, 2)],
                [T("类"), T("款"), T("项"), T("财政拨款（补助）小计"), T("一般公共预算"), T("上级一般公共预算安排的转移支付"), T("政府性基金预算"), T("上级政府性基金安排的转移支付"), T("国有资本经营预算"), T("上级国有资本经营预算安排的转移支付")],
                Stars(4, 12),
            ],
            Body = [.. t.Rows.Select(r => ImmutableArray.Create([.. CodeCells(r), .. keys.Select(k => M(r, k))]))],
            Widths = [5, 4, 4, 24, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11],
        };
    }

    private static GridTable Function(DisclosureTable t, string group, (string Key, string Header)[] columns) => new()
    {
        Title = t.Title,
        ColumnCount = 4 + columns.Length,
        Header =
        [
            [H("科目", 4), H(group, columns.Length)],
            [H("功能分类科目编码", 3), H("功能分类科目名称", 1, 2), .. columns.Select(c => H(c.Header, 1, 2))],
            [T("类"), T("款"), T("项")],
            Stars(4, columns.Length),
        ],
        Body = [.. t.Rows.Select(r => ImmutableArray.Create([.. CodeCells(r), .. columns.Select(c => M(r, c.Key))]))],
        Widths = [5, 4, 4, 30, .. columns.Select(_ => 13)],
    };

    private static GridTable T6(DisclosureTable t) => new()
    {
        Title = t.Title,
        ColumnCount = 6,
        Header =
        [
            [H("经济分类科目编码", 2), T("科目"), H("一般公共预算基本支出", 3)],
            [T("类"), T("款"), T("经济分类科目名称"), T("合计"), T("人员经费"), T("公用经费")],
            Stars(3, 3),
        ],
        Body = [.. t.Rows.Select(r =>
        {
            var d = r.EconomicCode?.Digits ?? string.Empty;
            GridCell[] code = d.Length == 0 ? [GridCell.Empty, GridCell.Empty] : [T(d[..3]), T(d.Length > 3 ? d[3..] : string.Empty)];
            return ImmutableArray.Create([.. code, T(r.Label), M(r, "total"), M(r, "personnel"), M(r, "public")]);
        })],
        Widths = [5, 4, 30, 13, 13, 13],
    };

    private static GridTable T7(DisclosureTable t)
    {
        var economic = BudgetFigures.ProjectColumnList;
        return new GridTable
        {
            Title = t.Title,
            ColumnCount = 16,
            Header =
            [
                [H("科目编码", 3), H("功能分类科目名称", 1, 2), H("项目名称", 1, 2), H("项目支出合计", 1, 2), .. economic.Select(c => H(c.Header, 1, 2))],
                [T("类"), T("款"), T("项")],
                Stars(5, 11),
            ],
            Body = [.. t.Rows.Select(r =>
            {
                GridCell[] head = r.Kind == RowKind.UnitHeader
                    ? [GridCell.Empty, GridCell.Empty, GridCell.Empty, T(r.Label), GridCell.Empty]
                    : [.. CodeCells(r), T(r.Project ?? string.Empty)];
                return ImmutableArray.Create([.. head, M(r, "total"), .. economic.Select(c => M(r, c.Key))]);
            })],
            Widths = [5, 4, 4, 20, 26, 12, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10],
        };
    }

    private static GridTable Fund(DisclosureTable t, string group) => new()
    {
        Title = t.Title,
        ColumnCount = 8,
        Header =
        [
            [H("科目", 4), H(group, 4)],
            [H("功能分类科目编码", 3), H("功能分类科目名称", 1, 2), H("合计", 1, 2), H("基本支出", 2), H("项目支出", 1, 2)],
            [T("类"), T("款"), T("项"), T("人员经费"), T("公用经费")],
            Stars(4, 4),
        ],
        Body = [.. t.Rows.Select(r => ImmutableArray.Create([.. CodeCells(r), M(r, "total"), M(r, "personnel"), M(r, "public"), M(r, "project")]))],
        Widths = [5, 4, 4, 30, 13, 13, 13, 13],
    };

    private static GridTable T10(DisclosureTable t) => new()
    {
        Title = t.Title,
        ColumnCount = 5,
        Header =
        [
            [H("“三公”经费支出内容", 1, 2), H("合计", 1, 2), H("资金来源", 3)],
            [T("一般公共预算"), T("政府性基金"), T("国有资本经营预算")],
            Stars(1, 4),
        ],
        Body = [.. t.Rows.Select(r => ImmutableArray.Create(T(r.Label), M(r, "total"), M(r, "gpb"), M(r, "gf"), M(r, "sc")))],
        Widths = [32, 13, 13, 13, 15],
    };

    private static GridTable T11(DisclosureTable t)
    {
        string[] keys = ["total", "fiscal", "fiscal_personnel", "fiscal_public", "fiscal_project", "nonfiscal", "nonfiscal_personnel", "nonfiscal_public", "nonfiscal_project"];
        return new GridTable
        {
            Title = t.Title,
            ColumnCount = 10,
            Header =
            [
                [H("项目", 1, 3), H("合计", 1, 3), H("财政拨款", 4), H("非财政拨款", 4)],
                [H("小计", 1, 2), H("基本支出", 2), H("项目支出", 1, 2), H("小计", 1, 2), H("基本支出", 2), H("项目支出", 1, 2)],
                [T("人员经费"), T("公用经费"), T("人员经费"), T("公用经费")],
                Stars(1, 9),
            ],
            Body = [.. t.Rows.Select(r => ImmutableArray.Create([T(r.Label), .. keys.Select(k => M(r, k))]))],
            Widths = [30, 11, 11, 11, 11, 11, 11, 11, 11, 11],
        };
    }

    private static GridTable Plain(DisclosureTable t) => new()
    {
        Title = t.Title,
        ColumnCount = 1 + t.Columns.Length,
        Header = [[T("项目"), .. t.Columns.Select(c => T(c.Header))]],
        Body = [.. t.Rows.Select(r => ImmutableArray.Create([T(r.Label.Length > 0 ? r.Label : r.Key), .. t.Columns.Select(c => M(r, c.Key))]))],
        Widths = [30, .. t.Columns.Select(_ => 13)],
    };
}
