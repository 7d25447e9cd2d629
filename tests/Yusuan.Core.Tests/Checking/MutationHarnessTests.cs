using System.Globalization;
using Xunit.Abstractions;
using Yusuan.Core.Checking;
using Yusuan.Core.Model;
using Yusuan.Core.Reading;

namespace Yusuan.Core.Tests.Checking;

/// <summary>
/// The mutation harness: change one figure of a clean table of a seed by ±0.10 … ±1000 and require the checker to flag that
/// cell, its row or its column (or a finding whose evidence is the cell's line). A clean table is one on which the unaltered
/// seed has no finding. Reports the detection rate and requires ≥ 95 %.
/// </summary>
public class MutationHarnessTests(ITestOutputHelper output)
{
    private static readonly decimal[] Deltas = [0.10m, -0.10m, 1m, -1m, 10m, -10m, 100m, -100m, 1000m, -1000m];

    public sealed record Mutation(string Seed, TableId Table, int Row, string RowKey, string Column, decimal Delta, int Line);

    [Fact]
    public void The_checker_detects_at_least_95_percent_of_single_figure_changes_in_clean_tables()
    {
        var total = 0;
        var detected = 0;
        var missed = new List<Mutation>();
        foreach (var path in Samples.AllSeeds())
        {
            var seed = Path.GetFileName(path)[..3];
            var document = DisclosureReader.ReadFile(path).Value!;
            var baseline = Checker.Default.Check(document);
            var dirty = baseline.Findings.Where(f => f.Severity >= Severity.Warning).Select(f => f.Location.Table).ToHashSet();
            foreach (var table in document.Tables.Where(t => t.Canonical is not null && !dirty.Contains(t.Canonical.ToString())))
            {
                for (var r = 0; r < table.Rows.Length; r++)
                {
                    var row = table.Rows[r];
                    foreach (var (column, cell) in row.Cells.OrderBy(c => c.Key, StringComparer.Ordinal))
                    {
                        foreach (var delta in Deltas)
                        {
                            if (cell.Value + delta < 0) continue; // Budgets print no negative figures.
                            var m = new Mutation(seed, table.Canonical!.Value, r, row.Key, column, delta, cell.Span.Line);
                            total++;
                            if (Detected(document, baseline, m)) detected++;
                            else missed.Add(m);
                        }
                    }
                }
            }
        }
        var rate = total == 0 ? 0m : 100m * detected / total;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mutations: {total}, detected: {detected}, rate: {rate:0.00}%"));
        foreach (var g in missed.GroupBy(m => (m.Seed, m.Table, m.RowKey, m.Column)).Take(40))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  missed {g.Key.Seed} {g.Key.Table} {g.Key.RowKey} {g.Key.Column}: {string.Join(" ", g.Select(m => m.Delta))}"));
        Assert.True(total >= 1000, $"only {total} mutations");
        Assert.True(rate >= 95m, string.Create(CultureInfo.InvariantCulture, $"detection rate {rate:0.00}%"));
    }

    private static bool Detected(Disclosure document, CheckReport baseline, Mutation m)
    {
        var mutated = document with
        {
            Tables = [.. document.Tables.Select(t => t.Canonical != m.Table ? t : t with
            {
                Rows = t.Rows.SetItem(m.Row, t.Rows[m.Row] with
                {
                    Cells = t.Rows[m.Row].Cells.SetItem(m.Column, t.Rows[m.Row].Cells[m.Column] with { Value = t.Rows[m.Row].Cells[m.Column].Value + m.Delta }),
                }),
            })],
        };
        var before = baseline.Findings.ToHashSet();
        var table = m.Table.ToString();
        return Checker.Default.Check(mutated).Findings.Where(f => f.Severity >= Severity.Warning && !before.Contains(f)).Any(f =>
            f.Location.Table == table && (f.Location.Row == m.RowKey || f.Location.Column == m.Column)
            || f.Location.Line == m.Line
            || f.RelatedLines.Contains(m.Line));
    }
}
