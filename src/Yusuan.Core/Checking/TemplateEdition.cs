using System.Collections.Immutable;
using Yusuan.Core.Model;

namespace Yusuan.Core.Checking;

/// <summary>
/// What a template edition requires: its tables, narrative topics and parts. A table a template does not have is
/// never "missing". Editions are documented in docs/checking.md; an unknown template falls back to the eight tables
/// of 《地方预决算公开操作规程》.
/// </summary>
public sealed record TemplateEdition(string Id, string Name)
{
    public ImmutableArray<TableId> RequiredTables { get; init; } = [];

    /// <summary>Narrative section topics (<see cref="NarrativeSection.Topic"/>) the template requires.</summary>
    public ImmutableArray<string> RequiredTopics { get; init; } = [];

    /// <summary>项目支出情况说明 with one entry per T7 project.</summary>
    public bool ProjectDescriptions { get; init; }

    /// <summary>项目支出绩效目标表 for every T7 project.</summary>
    public bool ProjectTargets { get; init; }

    /// <summary>成本指标 required in project targets (Xinjiang templates from 2023).</summary>
    public bool CostIndicators { get; init; }

    /// <summary>第一部分 概况 (functions, staff).</summary>
    public bool Profile { get; init; } = true;

    public bool Glossary { get; init; } = true;

    /// <summary>其他重要事项: 机关运行经费, 政府采购, 国有资产, 预算绩效.</summary>
    public bool OtherMatters { get; init; } = true;

    private static readonly ImmutableArray<string> XinjiangTopics =
        ["收支总体", "收入预算", "支出预算", "财政拨款收支", "一般公共预算当年拨款", "基本支出", "项目支出", "政府性基金", "国有资本经营", "三公经费", "上年结转结余", "其他重要事项"];

    public static TemplateEdition Xinjiang2025 { get; } = new("xinjiang-2025", "新疆2025年部门/单位预算公开模板")
    {
        RequiredTables = [TableId.T1, TableId.T2, TableId.T3, TableId.T4, TableId.T5, TableId.T6, TableId.T7, TableId.T8, TableId.T9, TableId.T10, TableId.T11],
        RequiredTopics = XinjiangTopics,
        ProjectDescriptions = true,
        ProjectTargets = true,
        CostIndicators = true,
    };

    public static TemplateEdition Xinjiang2022 { get; } = new("xinjiang-2022", "新疆2022年部门预算公开版式")
    {
        RequiredTables = [TableId.T1, TableId.T2, TableId.T3, TableId.T4, TableId.T5, TableId.T6, TableId.T7, TableId.T8, TableId.T10],
        RequiredTopics = ["收支总体", "收入预算", "支出预算", "财政拨款收支", "一般公共预算当年拨款", "基本支出", "项目支出", "政府性基金", "三公经费", "其他重要事项"],
        ProjectDescriptions = true,
        ProjectTargets = true,
        CostIndicators = false,
    };

    public static TemplateEdition ShanghaiBudget { get; } = new("shanghai-budget", "上海区级部门预算公开模板")
    {
        RequiredTables = [TableId.T1, TableId.T2, TableId.T3, TableId.T4, TableId.T5, TableId.T6, TableId.T8, TableId.T9, TableId.T10],
        RequiredTopics = [],
    };

    public static TemplateEdition ShanghaiFinal { get; } = new("shanghai-final", "上海部门决算公开模板")
    {
        RequiredTables = [TableId.T1, TableId.T2, TableId.T3, TableId.T4, TableId.T5, TableId.T6, TableId.T8, TableId.T9, TableId.T10],
        RequiredTopics = [],
    };

    /// <summary>Jiangsu's 收入预算总表 is by source, not by function: it plays no T2 role.</summary>
    public static TemplateEdition Jiangsu2019 { get; } = new("jiangsu-2019", "江苏省级部门预算公开模板（2019）")
    {
        RequiredTables = [TableId.T1, TableId.T3, TableId.T4, TableId.T5, TableId.T6, TableId.T8, TableId.T10],
        RequiredTopics = [],
    };

    /// <summary>《地方预决算公开操作规程》: 8 tables (收支总表, 收入, 支出, 财政拨款收支总表, 一般公共预算支出, 基本支出, 三公, 政府性基金).</summary>
    public static TemplateEdition Generic { get; } = new("generic", "《地方预决算公开操作规程》通用要求")
    {
        RequiredTables = [TableId.T1, TableId.T2, TableId.T3, TableId.T4, TableId.T5, TableId.T6, TableId.T8, TableId.T10],
        RequiredTopics = [],
    };

    public static ImmutableArray<TemplateEdition> All { get; } = [Xinjiang2025, Xinjiang2022, ShanghaiBudget, ShanghaiFinal, Jiangsu2019, Generic];

    public bool Requires(TableId id) => RequiredTables.Contains(id);

    /// <summary>The edition of a document: its <see cref="DisclosureMeta.Template"/> or region when the reader set them, else
    /// inferred from the title of its 收支总表 (单位/部门收支总体情况表 → Xinjiang, 部门财务收支预算总表 → Shanghai budget,
    /// 收入支出决算总表 → Shanghai final, 收支预算总表 → Jiangsu) or from the region named in the text.</summary>
    public static TemplateEdition Of(Disclosure d) => DocumentIndex.Of(d).Template;

    /// <summary><see cref="Of(Disclosure)"/> worked out (DocumentIndex keeps the answer: many rules ask).</summary>
    internal static TemplateEdition Infer(Disclosure d)
    {
        var meta = d.Meta;
        if (meta.Template is not null || meta.Region is not null) return Of(meta);
        var title = d.Table(TableId.T1)?.Title ?? string.Empty;
        var year = meta.Year;
        if (title.EndsWith("收支总体情况表", StringComparison.Ordinal)) return year is < 2023 ? Xinjiang2022 : Xinjiang2025;
        if (title.Contains("财务收支预算总表", StringComparison.Ordinal)) return ShanghaiBudget;
        if (title.Contains("收入支出决算总表", StringComparison.Ordinal)) return ShanghaiFinal;
        if (title.Contains("收支预算总表", StringComparison.Ordinal)) return Jiangsu2019;
        var words = d.Narrative.Sections.Select(s => s.Title).Concat(d.Tables.Select(t => t.PreparedBy ?? string.Empty)).Append(meta.UnitName ?? string.Empty);
        foreach (var w in words)
        {
            if (w.Contains("新疆", StringComparison.Ordinal)) return Of(meta with { Region = "新疆" });
            if (w.Contains("上海", StringComparison.Ordinal)) return Of(meta with { Region = "上海" });
            if (w.Contains("江苏", StringComparison.Ordinal)) return Of(meta with { Region = "江苏" });
        }
        return Generic;
    }

    /// <summary>The edition from the metadata alone.</summary>
    public static TemplateEdition Of(DisclosureMeta meta)
    {
        if (meta.Template is { } id)
        {
            var known = All.FirstOrDefault(t => t.Id == id);
            if (known is not null) return known;
            if (id.StartsWith("xinjiang", StringComparison.Ordinal)) return meta.Year is < 2023 ? Xinjiang2022 : Xinjiang2025;
            if (id.StartsWith("shanghai", StringComparison.Ordinal)) return meta.Kind == DisclosureKind.FinalAccount ? ShanghaiFinal : ShanghaiBudget;
            if (id.StartsWith("jiangsu", StringComparison.Ordinal)) return Jiangsu2019;
        }
        var region = meta.Region ?? string.Empty;
        if (region.Contains("新疆", StringComparison.Ordinal)) return meta.Year is < 2023 ? Xinjiang2022 : Xinjiang2025;
        if (region.Contains("上海", StringComparison.Ordinal)) return meta.Kind == DisclosureKind.FinalAccount ? ShanghaiFinal : ShanghaiBudget;
        if (region.Contains("江苏", StringComparison.Ordinal)) return Jiangsu2019;
        return Generic;
    }
}
