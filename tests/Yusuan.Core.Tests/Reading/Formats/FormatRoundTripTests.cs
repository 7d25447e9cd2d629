using System.Globalization;
using Yusuan.Core.Export;
using Yusuan.Core.Model;
using Yusuan.Core.Reading;
using Yusuan.Core.Reading.Formats;
using Yusuan.Core.Rendering.Docx;
using Yusuan.Core.Rendering.Html;
using Yusuan.Core.Rendering.Xlsx;

namespace Yusuan.Core.Tests.Reading.Formats;

/// <summary>
/// A real disclosure read from text, published as Word, Excel or HTML (by Yusuan's own renderers: merged header cells,
/// landscape sections, one sheet per table, a narrative sheet) and read back from that file keeps every table cell, every
/// narrative claim and every project. The figures are compared as values: the workbook shows 427 as 427.00.
/// </summary>
public sealed class FormatRoundTripTests
{
    public static TheoryData<string, string> SeedsAndFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in new[] { "000", "001", "002", "003" })
        {
            foreach (var format in new[] { "docx", "xlsx", "html" }) data.Add(seed, format);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SeedsAndFormats))]
    public void A_seed_published_in_another_format_reads_back_to_the_same_cells_and_claims(string seed, string format)
    {
        var original = DisclosureReader.ReadFile(Samples.Seed(seed)).GetValueOrThrow();
        var path = Path.Combine(Path.GetTempPath(), $"yusuan-roundtrip-{Guid.NewGuid():N}.{format}");
        try
        {
            switch (format)
            {
                case "docx": DocxRenderer.Write(original, path); break;
                case "xlsx": XlsxRenderer.Write(original, path); break;
                default: File.WriteAllText(path, HtmlRenderer.Render(original)); break;
            }
            var read = DisclosureReader.ReadFile(path);
            Assert.True(read.Success, read.Error);
            var again = read.Value!;

            Assert.Equal(TableCells(original), TableCells(again));
            Assert.Equal(original.Narrative.Claims.Select(Claim), again.Narrative.Claims.Select(Claim));
            Assert.Equal(original.Projects.Select(p => (p.Name, p.Amount?.Value)), again.Projects.Select(p => (p.Name, p.Amount?.Value)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_extracted_text_says_which_format_it_came_from()
    {
        var original = DisclosureReader.ReadFile(Samples.Seed("000")).GetValueOrThrow();
        var html = System.Text.Encoding.UTF8.GetBytes(HtmlRenderer.Render(original));

        Assert.Equal(SourceFormat.Html, DocumentText.Extract(html, "公开.html").Format);
        Assert.Equal(SourceFormat.Text, DocumentText.Extract(File.ReadAllBytes(Samples.Seed("003")), "003.md").Format);
    }

    internal static IReadOnlyList<string> TableCells(Disclosure d) =>
        [.. CellsProjection.Cells(d).Where(c => c.Table != "M")
            .Select(c => $"{c.Table}|{c.Unit}|{c.Row}|{c.Column}|{Value(c.Value)}").Order(StringComparer.Ordinal)];

    private static string Value(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    private static string Claim(Claim c) => $"{c.Subject.Key}|{c.Subject.Code}|{c.Amount?.Value}|{c.Share?.Value}|{c.ChangeAmount?.Value}|{c.ChangePercent?.Value}|{c.Direction}";
}
