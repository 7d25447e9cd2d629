using Yusuan.Core.Generation;
using Yusuan.Core.Generation.Input;
using Yusuan.Core.Model;

namespace Yusuan.Core.Tests.Generation;

/// <summary>Inputs that contradict themselves are reported by rule id, at the place they were typed.</summary>
public class InputValidationTests
{
    private static BudgetInput Valid() => GenerationSamples.Input("bazhou-office-2025.json");

    public static TheoryData<string, string, string> Broken => new()
    {
        // name, expected issue code, expected location prefix
        { "typed project total disagrees with projects", "input.function.project-sum", "functions[1]" },
        { "project total disagrees with its breakdown", "input.project.amount", "projects[0].amount" },
        { "economic lines disagree with basic expenditure", "input.economic.total", "economics" },
        { "function code is not a 项", "input.function.code", "functions[0].code" },
        { "negative amount", "input.negative", "functions[0].basic" },
        { "procurement total disagrees with its parts", "input.procurement.total", "matters.procurement.total" },
        { "fund basic expenditure without personnel/public split", "input.function.split-missing", "functions[11].basic" },
        { "unknown fund source", "input.source", "functions[0].source" },
        { "target weights do not add up", "input.target.weight-sum", "targets[0].indicators" },
        { "missing unit name", "input.unit", "unit" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_contradictory_input_is_reported_with_its_rule_and_place(string name, string code, string location)
    {
        var input = Break(Valid(), name);
        var result = DisclosureGenerator.Generate(input);
        var issue = result.Issues.FirstOrDefault(i => i.Code == code);
        Assert.True(issue is not null, $"{name}: expected {code}, got {string.Join("; ", result.Issues)}");
        Assert.Equal(DiagnosticSeverity.Error, issue!.Severity);
        Assert.StartsWith(location, issue.Location, StringComparison.Ordinal);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void The_example_inputs_have_no_errors()
    {
        foreach (var name in new[] { "bazhou-office-2025.json", "example-county-education-2025.json" })
        {
            var result = DisclosureGenerator.Generate(GenerationSamples.Input(name));
            Assert.Equal(string.Empty, GenerationSamples.Errors(result.Issues));
        }
    }

    [Fact]
    public void A_misspelt_property_in_the_json_is_an_error_not_silently_dropped()
    {
        var result = InputJson.Read("""{ "year": 2025, "unit": "某单位", "fuctions": [] }""");
        Assert.Null(result.Input);
        Assert.Equal("input.json", result.Issues.Single().Code);
        Assert.Equal("fuctions", result.Issues.Single().Location);
    }

    [Fact]
    public void A_difference_within_rounding_between_economic_and_function_lines_is_only_a_warning()
    {
        var input = Valid();
        input = input with { Economics = input.Economics.SetItem(0, input.Economics[0] with { Personnel = input.Economics[0].Personnel + 0.01m }) };
        var issue = DisclosureGenerator.Generate(input).Issues.Single(i => i.Code == "input.economic.total");
        Assert.Equal(DiagnosticSeverity.Warning, issue.Severity);
    }

    private static BudgetInput Break(BudgetInput input, string name) => name switch
    {
        "typed project total disagrees with projects" => input with { Functions = input.Functions.SetItem(1, input.Functions[1] with { Project = 400m }) },
        "project total disagrees with its breakdown" => input with { Projects = input.Projects.SetItem(0, input.Projects[0] with { Amount = 311m }) },
        "economic lines disagree with basic expenditure" => input with { Economics = input.Economics.SetItem(0, input.Economics[0] with { Personnel = 500m }) },
        "function code is not a 项" => input with { Functions = input.Functions.SetItem(0, input.Functions[0] with { Code = "20103" }) },
        "negative amount" => input with { Functions = input.Functions.SetItem(0, input.Functions[0] with { Basic = -1m }) },
        "procurement total disagrees with its parts" => input with { Matters = input.Matters with { Procurement = input.Matters.Procurement! with { Total = 400m } } },
        "fund basic expenditure without personnel/public split" => input with { Functions = input.Functions.Add(new FunctionLine { Code = "2010301", Source = FundSources.Gf, Basic = 10m }) },
        "unknown fund source" => input with { Functions = input.Functions.SetItem(0, input.Functions[0] with { Source = "lottery" }) },
        "target weights do not add up" => input with { Targets = input.Targets.SetItem(0, input.Targets[0] with { Indicators = input.Targets[0].Indicators.RemoveAt(0) }) },
        "missing unit name" => input with { Unit = " " },
        _ => throw new ArgumentException(name),
    };
}
