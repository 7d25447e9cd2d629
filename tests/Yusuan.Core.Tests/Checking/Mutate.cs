using System.Collections.Immutable;
using Yusuan.Core.Model;

namespace Yusuan.Core.Tests.Checking;

/// <summary>Small immutable edits of a built document, one per failure case.</summary>
public static class Mutate
{
    /// <summary>Sets (or, with null, empties) one cell of a canonical table.</summary>
    public static Disclosure Cell(this Disclosure d, TableId id, string rowKey, string column, decimal? value) =>
        d.Table(id, t => t with
        {
            Rows = [.. t.Rows.Select(r => r.Key != rowKey ? r : r with
            {
                Cells = value is { } v
                    ? r.Cells.SetItem(column, new Cell(v, r.Span))
                    : r.Cells.Remove(column),
            })],
        });

    /// <summary>Adds to one cell.</summary>
    public static Disclosure Add(this Disclosure d, TableId id, string rowKey, string column, decimal delta)
    {
        var current = d.Table(id)?.Value(rowKey, column)?.Value ?? 0m;
        return d.Cell(id, rowKey, column, current + delta);
    }

    public static Disclosure Table(this Disclosure d, TableId id, Func<DisclosureTable, DisclosureTable> change) =>
        d with { Tables = [.. d.Tables.Select(t => t.Canonical == id ? change(t) : t)] };

    public static Disclosure Without(this Disclosure d, TableId id) => d with { Tables = [.. d.Tables.Where(t => t.Canonical != id)] };

    public static Disclosure RemoveRow(this Disclosure d, TableId id, string rowKey) => d.Table(id, t => t with { Rows = [.. t.Rows.Where(r => r.Key != rowKey)] });

    /// <summary>Changes the first claim matching <paramref name="match"/>.</summary>
    public static Disclosure Claim(this Disclosure d, Func<Claim, bool> match, Func<Claim, Claim> change)
    {
        var done = false;
        var claims = d.Narrative.Claims.Select(c =>
        {
            if (done || !match(c)) return c;
            done = true;
            return change(c);
        }).ToImmutableArray();
        if (!done) throw new InvalidOperationException("没有匹配的陈述。");
        return d with { Narrative = d.Narrative with { Claims = claims } };
    }

    public static Disclosure ClaimKey(this Disclosure d, string key, Func<Claim, Claim> change, string? code = null) =>
        d.Claim(c => c.Subject.Key == key && (code is null || c.Subject.Code?.Digits == code), change);

    public static Figure? With(this Figure? f, decimal value) => f is { } x ? x with { Value = value } : new Figure(value, SourceSpan.At(900));

    public static Disclosure List(this Disclosure d, string key, params string[] items) =>
        d with { Narrative = d.Narrative with { Lists = [.. d.Narrative.Lists.Select(l => l.Key == key ? l with { Items = [.. items] } : l)] } };

    public static Disclosure Project(this Disclosure d, string name, Func<ProjectDescription, ProjectDescription> change) =>
        d with { Projects = [.. d.Projects.Select(p => p.Name == name ? change(p) : p)] };

    public static Disclosure Target(this Disclosure d, string name, Func<PerformanceTargetTable, PerformanceTargetTable> change) =>
        d with { Targets = [.. d.Targets.Select(t => t.ProjectName == name ? change(t) : t)] };

    public static Disclosure Matters(this Disclosure d, Func<OtherMatters, OtherMatters> change) => d with { Matters = change(d.Matters) };
}

public static class MutateRows
{
    /// <summary>Adds a row (a line or a code row) with one column filled.</summary>
    public static Disclosure AddRow(this Disclosure d, TableId id, string key, string label, params (string Column, decimal Value)[] cells)
    {
        var line = 800 + d.Table(id)!.Rows.Length;
        FunctionCode? f = null;
        EconomicCode? e = null;
        if (id == TableId.T6 && EconomicCode.TryParse(key, out var ec)) e = ec;
        else if (FunctionCode.TryParse(key, out var fc)) f = fc;
        var row = new TableRow
        {
            Key = key,
            Label = label,
            Kind = RowKind.Line,
            FunctionCode = f,
            EconomicCode = e,
            Cells = cells.ToCellMap(c => c.Column, c => new Cell(c.Value, SourceSpan.At(line))),
            Span = SourceSpan.At(line),
        };
        return d.Table(id, t => t with { Rows = t.Rows.Add(row) });
    }

    /// <summary>Replaces an empty fund table (表8/表9) with a consistent one: 212 城乡社区支出 → 21208 → 2120801, 10 = 4 + 3 + 3.</summary>
    public static Disclosure WithFundTable(this Disclosure d, TableId id)
    {
        var b = new DocumentBuilder();
        b.Table(id, id == TableId.T8 ? "政府性基金预算支出情况表" : "国有资本经营预算支出情况表", t => t.Columns("total", "personnel", "public", "project")
            .Row("total", "总计", 10.00m, 4.00m, 3.00m, 3.00m)
            .Row("212", "城乡社区支出", 10.00m, 4.00m, 3.00m, 3.00m)
            .Row("21208", "国有土地使用权出让收入安排的支出", 10.00m, 4.00m, 3.00m, 3.00m)
            .Row("2120801", "征地和拆迁补偿支出", 10.00m, 4.00m, 3.00m, 3.00m));
        var table = b.Build().Tables[0];
        return d with { Tables = [.. d.Tables.Select(t => t.Canonical == id ? table : t)] };
    }

    /// <summary>Replaces the empty 表11 with a consistent one: 10 = 财政 6 (1 + 2 + 3) + 非财政 4 (项目).</summary>
    public static Disclosure WithCarryoverTable(this Disclosure d)
    {
        var b = new DocumentBuilder();
        b.Table(TableId.T11, "上年结转结余情况明细表", t => t.Columns("total", "fiscal", "fiscal_personnel", "fiscal_public", "fiscal_project", "nonfiscal", "nonfiscal_personnel", "nonfiscal_public", "nonfiscal_project")
            .Line("total", "合计", 10.00m, 6.00m, 1.00m, 2.00m, 3.00m, 4.00m, null, null, 4.00m)
            .Line("办公楼维修项目", "办公楼维修项目", 10.00m, 6.00m, 1.00m, 2.00m, 3.00m, 4.00m, null, null, 4.00m));
        var table = b.Build().Tables[0];
        return d with { Tables = [.. d.Tables.Select(t => t.Canonical == TableId.T11 ? table : t)] };
    }

    /// <summary>The document with one more paragraph of prose (in the narrative unless a heading), at line 400.</summary>
    public static Disclosure Prose(this Disclosure d, string text, bool heading = false) => d with
    {
        Prose = d.Prose.Add(new ProseParagraph(text, ProsePart.Narrative, SourceSpan.At(400 + d.Prose.Length))
        {
            IsHeading = heading,
            LineStarts = [0],
            LineNumbers = [400 + d.Prose.Length],
        }),
    };

    /// <summary>The document as a 决算 of its year.</summary>
    public static Disclosure Final(this Disclosure d) => d with { Meta = d.Meta with { Kind = DisclosureKind.FinalAccount } };
}
