using Yusuan.Core.Checking;
using Yusuan.Core.Checking.Output;
using Yusuan.Core.Model;
using Yusuan.Core.Reading;
using Yusuan.Core.Reading.Formats;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Tests.Checking;

public class RoundingPolicyTests
{
    private static readonly RoundingPolicy Policy = RoundingPolicy.Default;

    [Theory]
    [InlineData("99.09", "99.09", 4, AgreementKind.Exact)]
    [InlineData("99.08", "99.09", 4, AgreementKind.WithinRounding)] // 0.01 ≤ 4 × 0.005
    [InlineData("99.05", "99.09", 4, AgreementKind.Slip)]           // 0.04 ≤ max(0.05, 2 × 0.02)
    [InlineData("98.99", "99.09", 4, AgreementKind.Mismatch)]       // 0.10
    public void A_sum_is_graded_by_the_rounding_of_its_printed_figures(string stated, string sum, int figures, AgreementKind kind)
    {
        var s = decimal.Parse(stated, System.Globalization.CultureInfo.InvariantCulture);
        var c = decimal.Parse(sum, System.Globalization.CultureInfo.InvariantCulture);
        var agreement = Policy.Compare(new Printed(s, 0.005m), new Printed(c, 0.005m * (figures - 1)));
        Assert.Equal(kind, agreement.Kind);
    }

    [Fact]
    public void Two_printings_of_one_figure_at_the_same_precision_must_be_identical()
    {
        Assert.Equal(AgreementKind.Slip, Policy.Same(Printed.Of(347.09m), Printed.Of(347.08m)).Kind);
        Assert.Equal(AgreementKind.Exact, Policy.Same(Printed.Of(41m), Printed.Of(41.00m)).Kind);
    }

    [Fact]
    public void A_yuan_table_figure_matches_the_text_at_the_texts_precision()
    {
        var table = new Printed(873617.00m, 0.005m).ToWanYuan(MoneyUnit.Yuan);
        Assert.True(Policy.Same(Printed.Of(87.36m), table).IsConsistent);
        Assert.Equal(AgreementKind.Mismatch, Policy.Same(Printed.Of(887.36m), table).Kind);
    }

    [Fact]
    public void A_share_is_consistent_when_the_printed_inputs_allow_it()
    {
        var range = Ratio.Percent(Printed.Of(2212.74m), Printed.Of(2627.89m))!.Value;
        Assert.True(Policy.Percent(Printed.Of(84.20m), range.Low, range.High).IsConsistent);
        Assert.False(Policy.Percent(Printed.Of(84.30m), range.Low, range.High).IsConsistent);
    }

    [Fact]
    public void Growth_from_a_zero_prior_year_is_undefined()
    {
        Assert.Null(Ratio.Growth(Printed.Of(0.33m), Printed.Of(0.33m)));
        var r = Ratio.Growth(Printed.Of(2212.74m), Printed.Of(-55.82m))!.Value;
        Assert.InRange(-2.46m, r.Low - 0.005m, r.High + 0.005m);
    }
}

public class SeverityProfileTests
{
    [Fact]
    public void A_profile_switches_rules_off_and_changes_severities()
    {
        var profile = SeverityProfile.Parse("""{ "rules": { "T6.hierarchy-sum": "off", "K.glossary": "error" } }""");
        var options = CheckOptions.Default with { Profile = profile };
        var broken = CleanDocument.Build().Cell(TableId.T6, "303", "total", 90.00m) with { Glossary = [] };
        var report = new Checker(RuleCatalog.Default, options).Check(broken);
        Assert.DoesNotContain(report.Findings, f => f.Rule == "T6.hierarchy-sum");
        Assert.Contains(report.Findings, f => f.Rule == "K.glossary" && f.Severity == Severity.Error);
    }

    [Fact]
    public void A_template_section_applies_only_to_that_template()
    {
        var profile = SeverityProfile.Parse("""{ "templates": { "shanghai-budget": { "rules": { "K.glossary": "off" } } } }""");
        Assert.True(profile.TryGetOverride("K.glossary", "shanghai-budget", out var s) && s is null);
        Assert.False(profile.TryGetOverride("K.glossary", "xinjiang-2025", out _));
    }

    [Fact]
    public void Rounding_slips_can_be_silenced_while_real_mismatches_stay_errors()
    {
        var profile = SeverityProfile.Parse("""{ "rounding": { "withinTolerance": "off" } }""");
        var checker = new Checker(RuleCatalog.Default, CheckOptions.Default with { Profile = profile });
        Assert.DoesNotContain(checker.Check(CleanDocument.Build().Cell(TableId.T6, "303", "total", 99.08m)).Findings, f => f.Rule == "T6.hierarchy-sum" && f.Location.Column == "total");
        Assert.Contains(checker.Check(CleanDocument.Build().Cell(TableId.T6, "303", "total", 90.00m)).Findings, f => f.Rule == "T6.hierarchy-sum" && f.Severity == Severity.Error);
    }

    [Theory]
    [InlineData("""{ "rules": { "No.such-rule": "off" } }""")]
    [InlineData("""{ "rules": { "K.glossary": "fatal" } }""")]
    [InlineData("""[1, 2]""")]
    public void A_bad_profile_is_rejected_with_a_sentence(string json)
    {
        var e = Assert.ThrowsAny<Exception>(() => SeverityProfile.Parse(json));
        Assert.True(e is FormatException or System.Text.Json.JsonException);
    }

    [Fact]
    public void The_default_profile_loads()
    {
        Assert.Equal("default", SeverityProfile.Default.Name);
    }
}

public class ReportFormatTests
{
    private static CheckReport Broken() => Checker.Default.Check(CleanDocument.Build().Cell(TableId.T6, "303", "total", 99.08m), "samples/seeds/000.txt");

    [Fact]
    public void Json_follows_the_findings_spec()
    {
        using var doc = System.Text.Json.JsonDocument.Parse(FindingsJson.Write(Broken()));
        var root = doc.RootElement;
        Assert.Equal("budget", root.GetProperty("document").GetProperty("kind").GetString());
        Assert.Equal(2025, root.GetProperty("document").GetProperty("year").GetInt32());
        Assert.True(root.GetProperty("summary").GetProperty("warnings").GetInt32() > 0);
        Assert.Equal(100m, root.GetProperty("summary").GetProperty("completeness").GetDecimal());
        var f = root.GetProperty("findings").EnumerateArray().First(x => x.GetProperty("rule").GetString() == "T6.hierarchy-sum");
        Assert.Equal("warning", f.GetProperty("severity").GetString());
        var loc = f.GetProperty("location");
        Assert.Equal(("T6", "303"), (loc.GetProperty("table").GetString(), loc.GetProperty("row").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, loc.GetProperty("section").ValueKind);
        Assert.True(loc.GetProperty("line").GetInt32() > 0);
        Assert.Equal("99.09", f.GetProperty("expected").GetString());
        Assert.Equal("99.08", f.GetProperty("actual").GetString());
    }

    [Fact]
    public void Sarif_lists_the_catalog_and_points_results_at_lines()
    {
        using var doc = System.Text.Json.JsonDocument.Parse(Sarif.Write(RuleCatalog.Default, [Broken()]));
        var run = doc.RootElement.GetProperty("runs")[0];
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        Assert.Equal(RuleCatalog.Default.Descriptors.Length, run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
        var result = run.GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "T6.hierarchy-sum");
        Assert.Equal("warning", result.GetProperty("level").GetString());
        var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("samples/seeds/000.txt", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.True(physical.GetProperty("region").GetProperty("startLine").GetInt32() > 0);
    }

    [Fact]
    public void The_text_report_groups_by_severity_and_shows_the_evidence_line()
    {
        var lines = Enumerable.Range(1, 200).Select(i => $"源文第{i}行").ToArray();
        var report = SourceEvidence.Attach(Broken(), ReadSource.Of(SourceFormat.Text, SourceText.From(string.Join('\n', lines))));
        var text = TextReport.Write(report);
        Assert.Contains("【警告】", text);
        Assert.Contains("[T6.hierarchy-sum] 表6，行 303，列 total", text);
        var line = report.Findings.First(f => f.Rule == "T6.hierarchy-sum").Location.Line;
        Assert.Contains($"源文第{line}行", text);
    }

    [Fact]
    public void Completeness_drops_when_required_parts_are_missing()
    {
        var d = CleanDocument.Build().Without(TableId.T11) with { Glossary = [] };
        var score = Checker.Default.Check(d).Summary.Completeness;
        Assert.Equal(100m - Completeness.TablesWeight / 11 - Completeness.GlossaryWeight, score, 1);
    }
}
