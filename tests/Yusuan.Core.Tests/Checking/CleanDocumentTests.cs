using Yusuan.Core.Checking;

namespace Yusuan.Core.Tests.Checking;

public class CleanDocumentTests
{
    /// <summary>Rules that depend on the partial classification catalog: tested on documents using known codes only.</summary>
    public static readonly string[] CatalogDependent = ["C.function-code-known", "C.economic-code-known"];

    public static TheoryData<string> RuleIds() => [.. RuleCatalog.Default.Rules.Select(r => r.Id).Except(CatalogDependent)];

    [Fact]
    public void A_consistent_document_has_no_findings_besides_codes_the_partial_catalog_lacks()
    {
        var report = Checker.Default.Check(CleanDocument.Build());
        var findings = report.Findings.Where(f => !CatalogDependent.Contains(f.Rule)).ToList();
        Assert.True(findings.Count == 0, string.Join("\n", findings.Select(f => $"{f.Rule} {f.Severity} {f.Message}")));
        Assert.All(report.Findings, f => Assert.Equal(Severity.Info, f.Severity));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_is_silent_on_the_consistent_document(string ruleId)
    {
        var rule = RuleCatalog.Default.Rule(ruleId)!;
        var findings = rule.Check(CleanDocument.Build(), CheckOptions.Default).ToList();
        Assert.True(findings.Count == 0, string.Join("\n", findings.Select(f => f.Message)));
    }

    [Fact]
    public void The_consistent_document_is_fully_complete()
    {
        Assert.Equal(100m, Checker.Default.Check(CleanDocument.Build()).Summary.Completeness);
    }
}
