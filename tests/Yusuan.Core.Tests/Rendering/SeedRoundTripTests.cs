using Yusuan.Core.Checking;
using Yusuan.Core.Export;
using Yusuan.Core.Model;
using Yusuan.Core.Reading;
using Yusuan.Core.Rendering.Markdown;

namespace Yusuan.Core.Tests.Rendering;

/// <summary>An existing disclosure read, rendered to Markdown and read again keeps every cell, and gains no checker errors.</summary>
public class SeedRoundTripTests
{
    /// <summary>The seeds that have their tables (004 is narrative only).</summary>
    public static TheoryData<string> Seeds => new() { "000", "001", "002", "003" };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_seed_rendered_to_markdown_reads_back_to_the_same_cells(string seed)
    {
        var original = DisclosureReader.ReadFile(Samples.Seed(seed)).GetValueOrThrow();
        var again = DisclosureReader.Read(MarkdownRenderer.Render(original), seed + ".md").GetValueOrThrow();
        Assert.Equal(TableCells(original), TableCells(again));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_seed_rendered_to_markdown_gains_no_checker_errors(string seed)
    {
        var original = DisclosureReader.ReadFile(Samples.Seed(seed)).GetValueOrThrow();
        var again = DisclosureReader.Read(MarkdownRenderer.Render(original), seed + ".md").GetValueOrThrow();
        var before = Errors(original).ToHashSet();
        var added = Errors(again).Where(e => !before.Contains(e)).ToList();
        Assert.True(added.Count == 0, string.Join("\n", added));
    }

    private static string TableCells(Disclosure d) =>
        string.Join("\n", CellsProjection.Cells(d).Where(c => c.Table != "M").Select(c => CellsCsv.Write([c]).Split('\n')[1]).Order(StringComparer.Ordinal));

    /// <summary>Errors identified by rule and cell (lines differ between the two texts by construction).</summary>
    private static IEnumerable<string> Errors(Disclosure d) =>
        Checker.Default.Check(d).Findings.Where(f => f.Severity == Severity.Error)
            .Select(f => $"{f.Rule} {f.Location.Table}/{f.Location.Unit}/{f.Location.Row}/{f.Location.Column}/{f.Location.Section}");
}
