using Yusuan.Core.Export;
using Yusuan.Core.Model;
using Yusuan.Core.Reading;

namespace Yusuan.Core.Tests.Reading.Templates;

/// <summary>
/// Disclosures laid out with the national templates (财政部 部门预算公开表, 部门决算公开01–10表, 地方预决算公开操作规程),
/// as most provinces and central departments publish them. The fixtures under Fixtures/ are CONSTRUCTED to those
/// templates' titles and column headers, with internally consistent figures; they are not real documents. Each is
/// written in one of the three text forms the reader handles (tab-separated, PDF text with spaces, pdftotext -layout),
/// and Fixtures/&lt;name&gt;.cells.csv holds every cell worked out by hand from the figures the fixture was built with.
/// </summary>
public sealed class NationalTemplateTests
{
    private static string Fixture(string name) => Path.Combine(Samples.Root, "tests", "Yusuan.Core.Tests", "Reading", "Templates", "Fixtures", name);

    /// <summary>fixture, canonical tables with their money unit ("T1:万元 …"), titles kept without a canonical role.</summary>
    public static TheoryData<string, string, string> Fixtures => new()
    {
        { "budget-national-tabs", "T1:万元 T2:万元 T3:万元 T4:万元", "" },
        { "budget-national-spaces", "T5:元 T6:元 T10:元", "政府采购预算表" },
        { "budget-national-layout", "T7:万元 T9:万元 T10:万元", "政府购买服务预算表" },
        { "final-national-tabs", "T1:万元 T2:万元 T3:万元 T4:万元", "" },
        { "final-national-layout", "T5:万元 T7:万元 T8:万元 T9:万元", "" },
        { "final-national-spaces", "T1:万元 T10:万元", "" },
    };

    public static TheoryData<string> FixtureNames => [.. Fixtures.Select(row => (string)row[0])];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Each_national_template_table_maps_to_its_canonical_id_and_unit(string name, string canonical, string others)
    {
        var document = Read(name);
        Assert.Equal(canonical, string.Join(' ', document.Tables.Where(t => t.Canonical is not null).OrderBy(t => t.Canonical)
            .Select(t => $"{t.Canonical}:{(t.Unit == MoneyUnit.Yuan ? "元" : "万元")}")));
        Assert.Equal(others, string.Join(' ', document.Tables.Where(t => t.Canonical is null).Select(t => t.Title)));
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Each_national_template_fixture_reads_every_cell_and_nothing_else(string name)
    {
        var document = Read(name);
        CellsComparison.AssertSameCells(File.ReadAllText(Fixture(name + ".cells.csv")), CellsCsv.Write(CellsProjection.Cells(document).Where(c => c.Table != "M")));
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Each_national_template_fixture_reads_without_warnings(string name)
    {
        var document = Read(name);
        Assert.Empty(document.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Code.StartsWith("read.table", StringComparison.Ordinal))
            .Select(d => $"{d.Span}: {d.Code} {d.Message}"));
    }

    [Fact]
    public void A_national_final_table_with_an_empty_note_is_declared_empty()
    {
        var t9 = Read("final-national-layout").Table(TableId.T9)!;
        Assert.True(t9.IsDeclaredEmpty);
        Assert.Equal(9, t9.Number);
    }

    [Theory]
    [InlineData("budget-national-layout", TableId.T7, 7)]
    [InlineData("final-national-tabs", TableId.T1, 1)]
    [InlineData("final-national-spaces", TableId.T10, 10)]
    [InlineData("budget-national-spaces", TableId.T5, 5)]
    public void Table_numbers_printed_as_表n_附表n_or_公开0n表_are_read_before_under_or_after_the_title(string name, TableId id, int number) =>
        Assert.Equal(number, Read(name).Table(id)!.Number);

    private static Disclosure Read(string name) => DisclosureReader.ReadFile(Fixture(name + ".txt")).GetValueOrThrow();
}
