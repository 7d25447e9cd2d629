using Yusuan.Core.Model;

namespace Yusuan.Core.Checking;

/// <summary>One weighted part of the completeness score.</summary>
public sealed record CompletenessPart(string Name, decimal Weight, decimal Earned);

/// <summary>
/// A 0–100 completeness score (summary.completeness). Weights (docs/checking.md): required tables 40, required narrative
/// sections 25, 概况 10, 其他重要事项 10, 项目说明与绩效目标 10, 名词解释 5. A part a template does not require earns full marks.
/// </summary>
public sealed record CompletenessScore(IReadOnlyList<CompletenessPart> Parts)
{
    public decimal Total => Math.Round(Parts.Sum(p => p.Earned), 1, MidpointRounding.AwayFromZero);
}

public static class Completeness
{
    public const decimal TablesWeight = 40m;
    public const decimal NarrativeWeight = 25m;
    public const decimal ProfileWeight = 10m;
    public const decimal MattersWeight = 10m;
    public const decimal ProjectsWeight = 10m;
    public const decimal GlossaryWeight = 5m;

    public static CompletenessScore Score(Disclosure d, TemplateEdition template)
    {
        var parts = new List<CompletenessPart>
        {
            new("公开表格", TablesWeight, TablesWeight * TablesCredit(d, template)),
            new("情况说明", NarrativeWeight, NarrativeWeight * NarrativeCredit(d, template)),
            new("单位概况", ProfileWeight, template.Profile ? ProfileWeight * ProfileCredit(d.Profile) : ProfileWeight),
            new("其他重要事项", MattersWeight, template.OtherMatters ? MattersWeight * MattersCredit(d) : MattersWeight),
            new("项目说明与绩效目标", ProjectsWeight, ProjectsWeight * ProjectCredit(d, template)),
            new("名词解释", GlossaryWeight, !template.Glossary || !d.Glossary.IsDefaultOrEmpty ? GlossaryWeight : 0m),
        };
        return new CompletenessScore(parts);
    }

    /// <summary>1 for a table with rows or declared empty with its note, ½ for an empty table without a note, 0 when absent.</summary>
    public static decimal TableCredit(Disclosure d, TableId id) => d.StatusOf(id) switch
    {
        TableStatus.Present => 1m,
        TableStatus.DeclaredEmpty => d.Table(id)!.EmptyNote is not null ? 1m : 0.5m,
        _ => 0m,
    };

    private static decimal TablesCredit(Disclosure d, TemplateEdition template)
    {
        var required = template.RequiredTables;
        if (required.IsEmpty) return 1m;
        var index = DocumentIndex.Of(d);
        decimal sum = 0;
        foreach (var id in required)
        {
            // As TableCredit, the table found through the document's index.
            var table = index.Table(id);
            if (table is null) continue;
            sum += !table.IsDeclaredEmpty && table.Rows.Length > 0 ? 1m : table.EmptyNote is not null ? 1m : 0.5m;
        }
        return sum / required.Length;
    }

    private static decimal Fraction(IEnumerable<decimal> credits)
    {
        var list = credits.ToList();
        return list.Count == 0 ? 1m : list.Sum() / list.Count;
    }

    private static decimal NarrativeCredit(Disclosure d, TemplateEdition t)
    {
        if (t.RequiredTopics.IsDefaultOrEmpty) return d.Narrative.Sections.IsDefaultOrEmpty && d.Narrative.Claims.IsDefaultOrEmpty ? 0m : 1m;
        var topics = DocumentIndex.Of(d).Topics;
        decimal present = 0;
        foreach (var topic in t.RequiredTopics) present += topics.Contains(topic) ? 1m : 0m;
        return present / t.RequiredTopics.Length;
    }

    private static decimal ProfileCredit(UnitProfile p)
    {
        if (p.Withheld) return 1m;
        var functions = p.Functions.IsDefaultOrEmpty ? 0m : 0.5m;
        var staff = p.Staff is not null || !p.BudgetUnits.IsDefaultOrEmpty || !p.InternalDepartments.IsDefaultOrEmpty || !p.Structure.IsDefaultOrEmpty ? 0.5m : 0m;
        return functions + staff;
    }

    private static decimal MattersCredit(Disclosure d)
    {
        var m = d.Matters;
        return Fraction([m.OperatingCost is not null ? 1m : 0m, m.Procurement is not null ? 1m : 0m, m.Assets is not null ? 1m : 0m, m.Performance is not null ? 1m : 0m]);
    }

    private static decimal ProjectCredit(Disclosure d, TemplateEdition t)
    {
        if (!t.ProjectDescriptions && !t.ProjectTargets) return 1m;
        // Each project name once (the first row's name key stands for it).
        var index = DocumentIndex.Of(d);
        var names = new HashSet<string>(StringComparer.Ordinal);
        decimal count = 0, described = 0, targeted = 0;
        foreach (var (project, key) in index.T7Projects)
        {
            if (!names.Add(project.Name)) continue;
            count++;
            if (t.ProjectDescriptions && Facts.FindByName(index.Descriptions, key) is not null) described++;
            if (t.ProjectTargets && Facts.FindByName(index.ProjectTargets, key) is not null) targeted++;
        }
        if (count == 0) return 1m;
        return ((t.ProjectDescriptions ? described / count : 1m) + (t.ProjectTargets ? targeted / count : 1m)) / 2;
    }
}
