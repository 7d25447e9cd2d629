using System.Text.RegularExpressions;
using Yusuan.Core.Checking;
using Yusuan.Core.Reading;

namespace Yusuan.Core.Tests.Checking;

/// <summary>
/// The slips of seeds 001 and 004 as found by hand (tests/golden/slips/&lt;seed&gt;.md, one Markdown row per slip:
/// id | lines | table | row | rule | figures | note) are each reported by the checker: a finding of the row's rule, at one of
/// its lines, in its table and row when given, whose expected and actual figures are among the row's figures. The lists were
/// written from the documents before the findings were looked at, so a rule that stops seeing a slip fails here.
/// </summary>
public partial class HandSlips001And004Tests
{
    private sealed record Slip(string Id, IReadOnlySet<int> Lines, string? Table, string? Row, string Rule, string Figures);

    public static TheoryData<string, string> Slips()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in new[] { "001", "004" })
        {
            foreach (var s in Read(seed).Where(s => s.Rule != "—")) data.Add(seed, s.Id);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Slips))]
    public void Each_hand_found_slip_is_reported(string seed, string id)
    {
        var slip = Read(seed).Single(s => s.Id == id);
        var findings = Check(seed);
        var candidates = findings.Where(f => f.Rule == slip.Rule && slip.Lines.Contains(f.Location.Line)
            && (slip.Table is null || f.Location.Table == slip.Table) && (slip.Row is null || f.Location.Row == slip.Row)).ToList();
        Assert.True(candidates.Count > 0, $"{id}: no {slip.Rule} finding at lines {string.Join(",", slip.Lines.Order())} {slip.Table}/{slip.Row}");
        Assert.True(candidates.Any(f => FiguresOf(f).All(slip.Figures.Contains)),
            $"{id}: {slip.Rule} reported with figures {string.Join(" / ", candidates.Select(f => $"{f.Expected}→{f.Actual}"))}, not among “{slip.Figures}”");
    }

    [Fact]
    public void The_slip_lists_are_read()
    {
        Assert.True(Read("001").Count >= 14);
        Assert.True(Read("004").Count >= 14);
        Assert.All(Read("001").Concat(Read("004")), s => Assert.True(s.Rule == "—" || RuleCatalog.Default.Rule(s.Rule) is not null, $"{s.Id}: unknown rule {s.Rule}"));
    }

    private static readonly Dictionary<string, IReadOnlyList<Finding>> Reports = [];

    private static IReadOnlyList<Finding> Check(string seed)
    {
        lock (Reports)
        {
            if (!Reports.TryGetValue(seed, out var findings))
            {
                findings = Checker.Default.Check(DisclosureReader.ReadFile(Samples.Seed(seed)).Value!).Findings;
                Reports[seed] = findings;
            }
            return findings;
        }
    }

    private static IEnumerable<string> FiguresOf(Finding f) =>
        new[] { f.Expected, f.Actual }.Where(x => x is not null).SelectMany(x => Number().Matches(x!).Select(m => m.Value));

    private static List<Slip> Read(string seed)
    {
        var slips = new List<Slip>();
        foreach (var line in Golden.Read($"slips/{seed}.md").Split('\n'))
        {
            if (!line.StartsWith($"| {seed}-", StringComparison.Ordinal)) continue;
            var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            Assert.True(cells.Length == 7, $"slips/{seed}.md: a row needs 7 columns (id | lines | table | row | rule | figures | note): {line}");
            slips.Add(new Slip(cells[0], Lines(cells[1]), NullIfEmpty(cells[2]), NullIfEmpty(cells[3]), cells[4], cells[5]));
        }
        return slips;
    }

    /// <summary>"99, 113, 557–577": single lines and ranges.</summary>
    private static HashSet<int> Lines(string text)
    {
        var lines = new HashSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ends = part.Split(['–', '-'], StringSplitOptions.TrimEntries).Select(int.Parse).ToArray();
            for (var l = ends[0]; l <= ends[^1]; l++) lines.Add(l);
        }
        return lines;
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Number();
}
