using System.Text.RegularExpressions;
using Yusuan.Core.Checking;
using Yusuan.Core.Reading;

namespace Yusuan.Core.Tests.Checking;

/// <summary>
/// The hand-made lists of slips (tests/golden/slips/&lt;seed&gt;.md, written by reading each seed before looking at the
/// checker's output) are checked on every run: each listed slip must be reported by the rule and at the place the list
/// names, and each passage listed as "not a slip" (or a slip that must be reported only once) must stay silent.
/// The token format is described in tests/golden/slips/README.md.
/// </summary>
public partial class SeedSlipListTests
{
    /// <summary>One expectation of a list row: a rule, where, and whether it must be present or absent.</summary>
    public sealed record Expectation(string Row, string Rule, string? Table, string? TableRow, int? Line, bool Absent)
    {
        public bool Matches(Finding f) =>
            f.Rule == Rule
            && (Table is null || f.Location.Table == Table)
            && (TableRow is null || f.Location.Row == TableRow)
            && (Line is null || f.Location.Line == Line);

        public override string ToString() => $"{Row}: {(Absent ? "!" : "")}{Rule}{(Table is null ? "" : "@" + Table)}{(TableRow is null ? "" : "/" + TableRow)}{(Line is null ? "" : "@L" + Line)}";
    }

    [GeneratedRegex(@"^\|\s*(?<id>\d{3}-[a-z]?\d+)\s*\|")]
    private static partial Regex SlipRow();

    [GeneratedRegex(@"`(?<absent>!?)(?<rule>[A-Za-z0-9]+\.[A-Za-z0-9.\-]+)(?:@(?<where>[^`]+))?`")]
    private static partial Regex Token();

    public static TheoryData<string> Lists()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Golden.PathOf("slips"), "*.md").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (name.Length == 3 && name.All(char.IsAsciiDigit)) data.Add(name);
        }
        return data;
    }

    /// <summary>The expectations of one list, and the ids of its rows marked open.</summary>
    public static (List<Expectation> Expectations, List<string> Open, int Rows) Parse(string text)
    {
        var expectations = new List<Expectation>();
        var open = new List<string>();
        var rows = 0;
        foreach (var line in text.Split('\n'))
        {
            var m = SlipRow().Match(line);
            if (!m.Success) continue;
            rows++;
            var id = m.Groups["id"].Value;
            var cells = line.Trim().Trim('|').Split('|');
            var expected = cells[^1];
            var tokens = Token().Matches(expected);
            // A row naming no rule is a slip the checker does not report (marked "open" with the reason).
            if (tokens.Count == 0)
            {
                open.Add(id);
                continue;
            }
            foreach (Match t in tokens)
            {
                string? table = null, row = null;
                int? at = null;
                var where = t.Groups["where"].Success ? t.Groups["where"].Value : null;
                if (where is not null && where.StartsWith('L') && int.TryParse(where[1..], out var l)) at = l;
                else if (where is not null)
                {
                    var slash = where.IndexOf('/', StringComparison.Ordinal);
                    (table, row) = slash < 0 ? (where, null) : (where[..slash], where[(slash + 1)..]);
                }
                expectations.Add(new Expectation(id, t.Groups["rule"].Value, table, row, at, t.Groups["absent"].Value == "!"));
            }
        }
        return (expectations, open, rows);
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void Every_hand_found_slip_is_reported_where_the_list_says_and_nothing_listed_as_silent_is(string seed)
    {
        var (expectations, _, rows) = Parse(Golden.Read($"slips/{seed}.md"));
        Assert.True(rows > 0, $"slips/{seed}.md lists no rows");
        var findings = Checker.Default.Check(DisclosureReader.ReadFile(Samples.Seed(seed)).Value!).Findings;
        foreach (var e in expectations)
        {
            var known = RuleCatalog.Default.Rules.Any(r => r.Id == e.Rule);
            Assert.True(known, $"{e}: no such rule in the catalog");
        }
        var failures = expectations.Where(e => findings.Any(e.Matches) == e.Absent).Select(e => e.Absent ? $"{e} (reported, should not be)" : $"{e} (not reported)").ToList();
        Assert.True(failures.Count == 0, $"slips/{seed}.md:\n  " + string.Join("\n  ", failures));
    }

    [Fact]
    public void The_list_format_is_read_as_documented()
    {
        var (expectations, open, rows) = Parse("""
            | id | lines | slip | figures | expected |
            |----|-------|------|---------|----------|
            | 000-01 | 168 | a | b | `T2.hierarchy-sum@T2/21011` `!T6.total-sum@T6/total` |
            | 000-02 | 613 | a | b | `M.performance-overall-amount@L613` |
            | 000-03 | 1 | a | b | open — why |
            | 000-n1 | 1 | a | b | `!G.weight-sum` |
            """);
        Assert.Equal(4, rows);
        Assert.Equal(["000-03"], open);
        Assert.Equal(
            [
                new Expectation("000-01", "T2.hierarchy-sum", "T2", "21011", null, false),
                new Expectation("000-01", "T6.total-sum", "T6", "total", null, true),
                new Expectation("000-02", "M.performance-overall-amount", null, null, 613, false),
                new Expectation("000-n1", "G.weight-sum", null, null, null, true),
            ],
            expectations);
    }
}
