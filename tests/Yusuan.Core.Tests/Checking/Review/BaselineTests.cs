using Yusuan.Core.Checking;
using Yusuan.Core.Checking.Baselines;
using Yusuan.Core.Checking.Output.Review;
using Yusuan.Core.Reading;

namespace Yusuan.Core.Tests.Checking.Review;

/// <summary>Baselines: a reviewed 检查表 or a key file given back leaves out exactly the accepted findings; fingerprints stay
/// the same when only the file's name, its line numbers or the severities change.</summary>
public sealed class BaselineTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("yusuan-baseline-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static CheckReport Check(string text, string name, CheckOptions? options = null) =>
        new Checker(RuleCatalog.Default, options ?? CheckOptions.Default).Check(DisclosureReader.Read(text, name).Value!, name);

    [Fact]
    public void A_reviewed_checklist_given_back_suppresses_exactly_the_accepted_findings()
    {
        var read = DisclosureReader.ReadFile(Samples.Seed("004"));
        var report = Checker.Default.Check(read.Value!, "004.txt");
        using var ms = new MemoryStream();
        ReviewWorkbook.WriteDocument(ms, "检查表", ReviewRow.Of(report, read.Value!));
        int[] accepted = [0, 2, 5];
        var reviewed = ReviewSheet.Mark(ReviewSheet.Mark(ms.ToArray(), ReviewWorkbook.FindingsSheet, accepted, "接受"), ReviewWorkbook.FindingsSheet, [1], "需修改");
        var path = Path.Combine(dir, "已审核.xlsx");
        File.WriteAllBytes(path, reviewed);

        var baseline = Baseline.Load(path);
        Assert.Null(baseline.Error);
        var after = baseline.Value!.Apply(Checker.Default.Check(read.Value!, "004.txt"));

        Assert.Equal(accepted.Length, after.Suppressed);
        Assert.Equal(report.Findings.Length - accepted.Length, after.Findings.Length);
        Assert.Equal(
            report.Findings.Where((_, i) => !accepted.Contains(i)).Select(f => f.Fingerprint),
            after.Findings.Select(f => f.Fingerprint));
        Assert.Equal(after.Findings.Count(f => f.Severity == Severity.Error), after.Summary.Errors);
    }

    [Fact]
    public void A_key_file_suppresses_its_fingerprints_and_ignores_comments_and_notes()
    {
        var report = Checker.Default.Check(DisclosureReader.ReadFile(Samples.Seed("004")).Value!);
        var path = Path.Combine(dir, "baseline.txt");
        File.WriteAllText(path, $"# 已接受\n{report.Findings[0].Fingerprint}  {report.Findings[0].Rule}\n\n{report.Findings[3].Fingerprint}\n");

        var after = Baseline.Load(path).Value!.Apply(report);

        Assert.Equal(2, after.Suppressed);
        Assert.DoesNotContain(after.Findings, f => f.Fingerprint == report.Findings[0].Fingerprint || f.Fingerprint == report.Findings[3].Fingerprint);
    }

    [Theory]
    [InlineData("不是指纹\n")]
    [InlineData("PK\u0003\u0004broken")]
    public void A_file_that_is_not_a_baseline_gives_one_sentence(string content)
    {
        var path = Path.Combine(dir, "bad.txt");
        File.WriteAllText(path, content);
        var read = Baseline.Load(path);
        Assert.Null(read.Value);
        Assert.Single(read.Error!.Split('\n'));
        Assert.Null(Baseline.Load(Path.Combine(dir, "missing.xlsx")).Value);
    }

    [Fact]
    public void A_checklist_without_fingerprints_is_refused()
    {
        var path = Path.Combine(dir, "tables.xlsx");
        Core.Rendering.Xlsx.XlsxRenderer.Write(DisclosureReader.ReadFile(Samples.Seed("000")).Value!, path);
        Assert.Contains("指纹", Baseline.Load(path).Error);
    }

    [Fact]
    public void Fingerprints_are_unique_and_survive_renaming_shifted_lines_and_severity_changes()
    {
        var text = File.ReadAllText(Samples.Seed("004"));
        var before = Check(text, "004.txt");
        var shifted = Check("\n\n\n" + text, "改名后的文件.txt",
            CheckOptions.Default with { Profile = SeverityProfile.Parse("""{ "rules": { "N.same-subject-twice": "error", "T6.hierarchy-sum": "info" } }""") });

        Assert.Equal(before.Findings.Length, before.Findings.Select(f => f.Fingerprint).Distinct().Count());
        Assert.Equal(before.Findings.Select(f => f.Fingerprint).Order(), shifted.Findings.Select(f => f.Fingerprint).Order());
        Assert.NotEqual(before.Findings.Select(f => f.Location.Line), shifted.Findings.Select(f => f.Location.Line));
    }

    [Fact]
    public void A_different_figure_is_a_different_finding()
    {
        var f = new Finding { Rule = "T6.hierarchy-sum", Severity = Severity.Warning, Message = "m", Location = new FindingLocation { Table = "T6", Row = "303", Line = 9 }, Expected = "99.09", Actual = "99.08" };
        var document = new CheckedDocument("某单位", 2025, Core.Model.DisclosureKind.Budget, "a.txt", null);
        var one = FindingFingerprint.Assign(new CheckReport(document, new CheckSummary(0, 1, 0, 100), [f]));
        var other = FindingFingerprint.Assign(new CheckReport(document, new CheckSummary(0, 1, 0, 100), [f with { Actual = "99.07" }]));
        var moved = FindingFingerprint.Assign(new CheckReport(document with { Source = "b.txt" }, new CheckSummary(0, 1, 0, 100), [f with { Location = f.Location with { Line = 40 }, Message = "另一种说法" }]));

        Assert.NotEqual(one.Findings[0].Fingerprint, other.Findings[0].Fingerprint);
        Assert.Equal(one.Findings[0].Fingerprint, moved.Findings[0].Fingerprint);
    }
}
