using Yusuan.Core.Model;
using Yusuan.Core.Reading;

namespace Yusuan.Core.Tests.Reading.Narrative;

/// <summary>Every bundled disclosure, seeds and corpus, reads without exceptions and yields prose figures.</summary>
public sealed class CorpusReadingTests
{
    public static TheoryData<string> Files => [.. Samples.AllSeeds().Concat(Samples.AllCorpus()).Select(p => Path.GetFileName(p))];

    [Theory]
    [MemberData(nameof(Files))]
    public void A_disclosure_reads_into_sections_claims_and_a_glossary(string file)
    {
        var path = Samples.AllSeeds().Concat(Samples.AllCorpus()).Single(p => Path.GetFileName(p) == file);
        var document = DisclosureReader.ReadFile(path).GetValueOrThrow();
        Assert.True(document.Narrative.Sections.Length >= 5, $"{file}: {document.Narrative.Sections.Length} sections");
        Assert.True(document.Narrative.Claims.Length >= 20, $"{file}: {document.Narrative.Claims.Length} claims");
        Assert.NotEmpty(document.Glossary);
        Assert.All(document.Narrative.Claims, c => Assert.True(c.Span.IsKnown, $"{file}: claim without a line: {c.Text}"));
        Assert.All(document.Narrative.Claims.Where(c => c.Amount is not null), c => Assert.True(c.Amount!.Value.Value >= 0));
    }

    [Theory]
    [InlineData("009")]
    [InlineData("004_sh")]
    public void A_shanghai_budget_states_its_three_public_expenses_and_operating_cost(string prefix)
    {
        var document = DisclosureReader.ReadFile(Samples.Corpus(prefix)).GetValueOrThrow();
        Assert.Contains(document.Narrative.Claims, c => c.Subject.Key == ClaimKeys.ThreePublicTotal && c.Amount is not null);
        Assert.NotNull(document.Matters.OperatingCost);
        Assert.Contains(document.Narrative.Claims, c => c.Subject.Key == ClaimKeys.Function && c.Subject.PrintedPath.Length == 3);
    }

    [Theory]
    [InlineData("013")]
    [InlineData("014")]
    [InlineData("015")]
    [InlineData("016")]
    [InlineData("017")]
    public void A_jiangsu_budget_states_its_totals_and_function_classes(string prefix)
    {
        var document = DisclosureReader.ReadFile(Samples.Corpus(prefix)).GetValueOrThrow();
        Assert.Contains(document.Narrative.Claims, c => c.Subject.Key == ClaimKeys.Total && c.Amount is not null);
        Assert.Contains(document.Narrative.Claims, c => c.Subject.Key == ClaimKeys.Function && c.Amount is not null);
    }
}
