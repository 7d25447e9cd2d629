using System.Collections.Immutable;
using Yusuan.Core.Generation.Derivation;
using Yusuan.Core.Generation.Input;
using Yusuan.Core.Generation.Narrative;
using Yusuan.Core.Model;

namespace Yusuan.Core.Generation;

/// <summary>The generated disclosure and what was wrong with the input. <see cref="Disclosure"/> is null only when the
/// input was unusable; with errors it is still built (for <c>--force</c>) but must not be published as is.</summary>
public sealed record GenerationResult(Disclosure? Disclosure, IReadOnlyList<InputIssue> Issues)
{
    public bool HasErrors => Disclosure is null || Issues.Any(i => i.Severity == DiagnosticSeverity.Error);
}

/// <summary>Input → derived figures → tables, narrative and other parts → one <see cref="Disclosure"/> (2025 Xinjiang template).</summary>
public static class DisclosureGenerator
{
    public const string Template = "xinjiang-2025";

    public static GenerationResult Generate(BudgetInput input)
    {
        var issues = new IssueBag();
        var figures = BudgetFigures.Derive(input, issues);
        if (issues.HasErrors && figures.Items.Any() is false) return new GenerationResult(null, issues.Issues);
        var scopeWord = input.Scope == "department" ? "部门" : "单位";
        var parts = new ModelParts(figures);
        var projects = parts.Projects();
        var targets = parts.Targets();
        var matters = parts.Matters(null);
        var narrative = new NarrativeWriter(figures, issues, projects, matters, !targets.IsDefaultOrEmpty).Write();
        var operatingCost = narrative.Claims.FirstOrDefault(c => c.Subject.Key == ClaimKeys.OperatingCost);
        var document = new Disclosure
        {
            Meta = new DisclosureMeta
            {
                UnitName = input.Unit,
                Year = input.Year,
                Kind = DisclosureKind.Budget,
                Scope = input.Scope == "department" ? DisclosureScope.Department : DisclosureScope.Unit,
                MoneyUnit = MoneyUnit.WanYuan,
                Template = Template,
                Region = input.Region ?? "新疆",
                PublishedDate = input.PublishedDate,
                SubordinateUnits = input.Profile.BudgetUnits.IsDefault ? [] : input.Profile.BudgetUnits,
            },
            Profile = parts.Profile(),
            Tables = new TableBuilder(figures, scopeWord).All(),
            Narrative = narrative,
            Projects = projects,
            Matters = matters with { OperatingCost = operatingCost },
            Targets = targets,
            Glossary = parts.Glossary(),
        };
        return new GenerationResult(document, issues.Issues);
    }
}
