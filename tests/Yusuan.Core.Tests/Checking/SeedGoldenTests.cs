using System.Text.Json;
using System.Text.Json.Serialization;
using Yusuan.Core.Checking;
using Yusuan.Core.Checking.Output;
using Yusuan.Core.Reading;

namespace Yusuan.Core.Tests.Checking;

/// <summary>
/// Golden findings for the five seeds (tests/golden/findings/&lt;seed&gt;.json). Each entry was reviewed against the document
/// and carries a verdict: confirmed (the slip is in the document), reader (caused by reading, kept so any change shows),
/// catalog (the classification list is partial) or unverified (could not be re-counted by hand). The set of findings —
/// rule, severity, location, expected, actual — must match exactly; wording is not compared.
/// </summary>
public class SeedGoldenTests
{
    public sealed record GoldenFinding(string Rule, string Severity, string? Table, string? Row, string? Column, int Line, string? Expected, string? Actual)
    {
        [JsonPropertyName("verdict")]
        public string? Verdict { get; init; }

        [JsonPropertyName("note")]
        public string? Note { get; init; }

        public string Key => $"{Rule}|{Severity}|{Table}|{Row}|{Column}|{Line}|{Expected}|{Actual}";
    }

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static TheoryData<string> Seeds() => ["000", "001", "002", "003", "004"];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_findings_match_the_reviewed_golden_file(string seed)
    {
        var report = Checker.Default.Check(DisclosureReader.ReadFile(Samples.Seed(seed)).Value!);
        var actual = report.Findings.Select(f => new GoldenFinding(f.Rule, FindingsJson.Level(f.Severity), f.Location.Table, f.Location.Row, f.Location.Column, f.Location.Line, f.Expected, f.Actual)).ToList();
        var relative = $"findings/{seed}.json";
        var expected = JsonSerializer.Deserialize<List<GoldenFinding>>(Golden.Read(relative), Json)!;
        var missing = expected.Select(e => e.Key).Except(actual.Select(a => a.Key)).ToList();
        var extra = actual.Select(a => a.Key).Except(expected.Select(e => e.Key)).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            Golden.WriteActualIfAsked(relative, JsonSerializer.Serialize(actual, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
        }
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"golden {relative} differs\n  missing:\n    {string.Join("\n    ", missing)}\n  new:\n    {string.Join("\n    ", extra)}");
    }

    [Fact]
    public void The_examples_of_the_brief_are_found()
    {
        var s000 = Checker.Default.Check(DisclosureReader.ReadFile(Samples.Seed("000")).Value!);
        var slip = Assert.Single(s000.Findings, f => f.Rule == "T6.hierarchy-sum" && f.Location.Row == "303" && f.Location.Column == "total");
        Assert.Equal((Severity.Warning, "99.09", "99.08"), (slip.Severity, slip.Expected, slip.Actual));

        var s004 = Checker.Default.Check(DisclosureReader.ReadFile(Samples.Seed("004")).Value!);
        var twice = Assert.Single(s004.Findings, f => f.Rule == "N.same-subject-twice" && f.Actual == "347.08");
        Assert.Equal("347.09", twice.Expected);
        Assert.Contains(s004.Findings, f => f.Rule == "M.vehicle-type-exceeds-total" && f.Actual == "683.91");
    }

    [Fact]
    public void Corpus_documents_check_without_errors_other_than_the_reviewed_ones()
    {
        // Reviewed: 009 states 职业年金 887.36 万元 where 表5 has 873,617.00 元 (87.36 万元), twice; 007 表6 301 — the reader drops
        // 款 rows printed with one-digit codes ("301   2  津贴补贴"), so 301 seems not to add up (a reader issue, reported).
        var allowed = new Dictionary<string, string[]>
        {
            ["009"] = ["N.amount-vs-table", "K.empty-note-fund"], // 表9's empty-table note names 政府性基金 (p18; judged real).
            ["007"] = ["T6.hierarchy-sum"],
            ["003"] = ["W.unresolved-choice"], // 下降（增长）27.78% (p25).
            ["010"] = ["W.truncated-sentence", "W.placeholder"], // 主要原因是。 and 国有资产占有使用情况（增加内容） (p16).
            ["013"] = ["W.unresolved-choice"], // 增加（减少）0万元，增长（减少）0% left as the template wrote it.
            ["015"] = ["N.change-percent"], // 住房保障 +878.93 on 3015.16 is 29.15 %, printed 增长 30%.
        };
        foreach (var path in Samples.AllCorpus())
        {
            var name = Path.GetFileName(path)[..3];
            var report = Checker.Default.Check(DisclosureReader.ReadFile(path).Value!);
            var errors = report.Findings.Where(f => f.Severity == Severity.Error && !(allowed.TryGetValue(name, out var ok) && ok.Contains(f.Rule))).ToList();
            Assert.True(errors.Count == 0, $"{name}: " + string.Join("\n", errors.Select(e => $"{e.Rule} {e.Message}")));
        }
    }
}
