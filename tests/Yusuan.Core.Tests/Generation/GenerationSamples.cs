using Yusuan.Core.Generation;
using Yusuan.Core.Generation.Input;
using Yusuan.Core.Model;

namespace Yusuan.Core.Tests.Generation;

/// <summary>Loads the example inputs (samples/input) and the constructed golden inputs (tests/golden/generation).</summary>
public static class GenerationSamples
{
    public static string InputPath(string name) => Path.Combine(Samples.Root, "samples", "input", name);

    public static BudgetInput Input(string name) => Load(InputPath(name));

    public static BudgetInput Golden(string name) => Load(Yusuan.Core.Tests.Golden.PathOf(Path.Combine("generation", name)));

    public static BudgetInput Load(string path)
    {
        var result = InputJson.Read(File.ReadAllText(path), Path.GetFileName(path));
        Assert.True(result.Input is not null, string.Join("\n", result.Issues));
        return result.Input!;
    }

    /// <summary>Generates and asserts the input had no errors.</summary>
    public static Disclosure Generate(BudgetInput input)
    {
        var result = DisclosureGenerator.Generate(input);
        var errors = result.Issues.Where(i => i.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return result.Disclosure!;
    }

    public static string Errors(IEnumerable<InputIssue> issues) => string.Join(",", issues.Where(i => i.Severity == DiagnosticSeverity.Error).Select(i => i.Code));
}
