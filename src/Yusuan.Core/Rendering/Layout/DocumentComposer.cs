using System.Collections.Immutable;
using Yusuan.Core.Generation.Narrative;
using Yusuan.Core.Model;
using static Yusuan.Core.Generation.Narrative.Phrasing;

namespace Yusuan.Core.Rendering.Layout;

/// <summary>A piece of the printed document, in reading order.</summary>
public abstract record Block;

/// <summary>Document title lines (unit name, "2025年单位预算公开").</summary>
public sealed record TitleBlock(string Unit, string Title) : Block;

/// <summary>目录: the part and section headings.</summary>
public sealed record TocBlock(ImmutableArray<(int Level, string Text)> Entries) : Block;

/// <summary>Level 1 = 第一部分…, 2 = 一、…, 3 = （一）….</summary>
public sealed record HeadingBlock(int Level, string Text) : Block;

public sealed record ParagraphBlock(string Text) : Block;

public sealed record TableBlock(GridTable Table) : Block;

/// <summary>Closing lines (unit name, date).</summary>
public sealed record SignatureBlock(ImmutableArray<string> Lines) : Block;

/// <summary>
/// Lays a disclosure out as the 2025 Xinjiang template prints it: 第一部分 概况, 第二部分 tables, 第三部分 说明,
/// 第四部分 名词解释. Works for generated documents (narrative paragraphs present) and read ones (paragraphs rebuilt from
/// the claims and the model's parts).
/// </summary>
public static class DocumentComposer
{
    public static ImmutableArray<Block> Compose(Disclosure d)
    {
        var unit = UnitName(d);
        var year = d.Meta.Year ?? DateTime.Today.Year;
        var scope = d.Meta.Scope == DisclosureScope.Department ? "部门" : "单位";
        var kind = d.Meta.Kind.ChineseName();
        var blocks = new List<Block> { new TitleBlock(unit, $"{year}年{scope}{kind}公开") };

        var part1 = $"第一部分 {year}年{unit}{scope}概况";
        var part2 = $"第二部分 {year}年{scope}{kind}公开表";
        var part3 = $"第三部分 {year}年{scope}{kind}情况说明";
        const string part4 = "第四部分 名词解释";
        var tables = d.Tables.OrderBy(t => t.Canonical is null ? 1 : 0).ThenBy(t => t.Canonical).ToList();
        var topSections = d.Narrative.Sections.Where(s => !s.Key.Contains('.', StringComparison.Ordinal)).ToList();
        var toc = new List<(int, string)> { (1, $"第一部分 {year}年{scope}概况"), (2, "一、主要职能"), (2, "二、机构设置及人员情况"), (1, part2) };
        toc.AddRange(tables.Select((t, i) => (2, $"{Ordinal(i + 1)}、{t.Title}")));
        toc.Add((1, part3));
        toc.AddRange(topSections.Select(s => (2, s.Title)));
        toc.Add((1, part4));
        blocks.Add(new TocBlock([.. toc]));

        blocks.Add(new HeadingBlock(1, part1));
        blocks.AddRange(Profile(d, unit));

        blocks.Add(new HeadingBlock(1, part2));
        foreach (var table in tables) blocks.Add(new TableBlock(TableLayouts.For(table, d)));

        blocks.Add(new HeadingBlock(1, part3));
        blocks.AddRange(Narrative(d, unit, year, scope));

        blocks.Add(new HeadingBlock(1, part4));
        var n = 0;
        foreach (var g in d.Glossary) blocks.Add(new ParagraphBlock($"{Ordinal(++n)}、{g.Term}：{g.Definition}"));

        var closing = new List<string> { unit };
        if (d.Meta.PublishedDate is { } date) closing.Add($"{date.Year}年{date.Month}月{date.Day}日");
        blocks.Add(new SignatureBlock([.. closing]));
        return [.. blocks];
    }

    private static IEnumerable<Block> Profile(Disclosure d, string unit)
    {
        var p = d.Profile;
        yield return new HeadingBlock(2, "一、主要职能");
        if (p.Withheld) yield return new ParagraphBlock("根据有关规定，本单位主要职能不宜公开。");
        var i = 0;
        foreach (var f in p.Functions) yield return new ParagraphBlock($"{++i}、{f.Text.Trim()}");
        yield return new HeadingBlock(2, "二、机构设置及人员情况");
        var units = p.BudgetUnits.IsDefaultOrEmpty ? d.Meta.SubordinateUnits : p.BudgetUnits;
        var departments = p.InternalDepartments.IsDefaultOrEmpty
            ? string.Empty
            : $"下设{p.InternalDepartments.Length}个内设机构，分别是：{string.Join("、", p.InternalDepartments)}";
        if (units.IsDefaultOrEmpty)
        {
            yield return new ParagraphBlock($"{unit}无下属预算单位{(departments.Length > 0 ? "，" + departments : string.Empty)}。");
        }
        else
        {
            // The phrasing of department budgets (seed 001): composition, internal departments, then the numbered unit list.
            var others = units.Count(u => !u.Contains("本级", StringComparison.Ordinal));
            yield return new ParagraphBlock($"从预算单位构成看，{unit}的预算包括：{unit}本级预算及下属{others}家预算单位在内的汇总预算。");
            if (departments.Length > 0) yield return new ParagraphBlock($"{unit}本级{departments}。");
            yield return new ParagraphBlock($"纳入{unit}{d.Meta.Year}年部门预算编制范围的预算单位包括：");
            // Each entry ends with punctuation so that no reader joins the last one to the next paragraph.
            for (var k = 0; k < units.Length; k++) yield return new ParagraphBlock($"{k + 1}、{units[k]}{(k == units.Length - 1 ? "。" : "；")}");
        }
        if (p.Staff is { } s)
        {
            static string Delta(Figure? change) => change is { } c
                ? (c.Value < 0 ? $"减少{Count(-c.Value)}人" : $"增加{Count(c.Value)}人")
                : string.Empty;
            var parts = new List<string>();
            if (s.Active is { } a) parts.Add($"在职{Count(a.Value)}人{Sep(Delta(s.ActiveChange))}");
            if (s.Retired is { } r) parts.Add($"退休{Count(r.Value)}人{Sep(Delta(s.RetiredChange))}");
            if (s.RetiredCadre is { } rc) parts.Add($"离休{Count(rc.Value)}人{Sep(Delta(s.RetiredCadreChange))}");
            var head = $"{unit}编制数{(s.Quota is { } q ? Count(q.Value) : "—")}，实有人数{(s.Actual is { } ac ? Count(ac.Value) : "—")}人";
            yield return new ParagraphBlock(parts.Count == 0 ? head + "。" : $"{head}，其中：{string.Join("；", parts)}。");
        }
    }

    private static IEnumerable<string> EmptyNote(Disclosure d, TableId id) =>
        d.Table(id)?.EmptyNote?.Text is { Length: > 0 } note ? [note.Trim()] : [];

    /// <summary>The publishing unit: as read from the title, else as printed on the tables (编制单位).</summary>
    public static string UnitName(Disclosure d) =>
        d.Meta.UnitName ?? d.Tables.Select(t => t.PreparedBy).FirstOrDefault(p => !string.IsNullOrWhiteSpace(p))?.Trim() ?? "（未署名单位）";

    /// <summary>"一、…" / "（一）…": the section's number in front of its title, unless the title already has it.</summary>
    public static string Heading(NarrativeSection section)
    {
        var title = section.Title.Trim();
        var dot = section.Key.IndexOf('.', StringComparison.Ordinal);
        var number = dot < 0 ? section.Key + "、" : section.Key[(dot + 1)..].Replace("(", "（", StringComparison.Ordinal).Replace(")", "）", StringComparison.Ordinal);
        if (number.Length == 0 || title.StartsWith(number.TrimEnd('、'), StringComparison.Ordinal) || title.StartsWith('（') || title.StartsWith('(')) return title;
        return number + title;
    }

    private static string Sep(string s) => s.Length == 0 ? s : "，" + s;

    private static IEnumerable<Block> Narrative(Disclosure d, string unit, int year, string scope)
    {
        // A generated (or fully read) narrative carries its text; only a read one without any text is rebuilt.
        var hasText = d.Narrative.Sections.Any(s => !s.Paragraphs.IsDefaultOrEmpty);
        foreach (var section in d.Narrative.Sections)
        {
            var level = section.Key.Contains('.', StringComparison.Ordinal) ? 3 : 2;
            yield return new HeadingBlock(level, Heading(section));
            var paragraphs = section.Paragraphs.IsDefaultOrEmpty && !hasText ? Rebuilt(d, section, unit, year, scope).ToList() : [.. section.Paragraphs];
            foreach (var p in paragraphs) yield return new ParagraphBlock(p);
            if (section.Topic == "预算绩效")
            {
                foreach (var target in d.Targets) yield return new TableBlock(TargetLayout.For(target, year));
            }
        }
    }

    /// <summary>For a read document without section text: the sentences the reader recorded, or the model's parts.</summary>
    private static IEnumerable<string> Rebuilt(Disclosure d, NarrativeSection section, string unit, int year, string scope)
    {
        var sentences = d.Narrative.Claims.Where(c => c.Section == section.Key && c.Text.Length > 0).Select(c => c.Text).Distinct().ToList();
        if (sentences.Count > 0) return sentences;
        return section.Topic switch
        {
            "项目支出" => d.Projects.SelectMany((p, i) => new[] { $"（{Ordinal(i + 1)}）项目名称：{p.Name}" }.Concat(ProjectText.Lines(p, unit))),
            "政府采购" => MattersText.Procurement(d.Matters.Procurement, unit, year),
            "国有资产" => MattersText.Assets(d.Matters.Assets, unit, year, scope),
            "预算绩效" => MattersText.Performance(d.Matters.Performance, year, scope, !d.Targets.IsDefaultOrEmpty),
            "政府性基金" => EmptyNote(d, TableId.T8),
            "国有资本经营" => EmptyNote(d, TableId.T9),
            "上年结转结余" => EmptyNote(d, TableId.T11),
            _ => [],
        };
    }
}
