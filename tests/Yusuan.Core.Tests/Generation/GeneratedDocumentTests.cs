using Yusuan.Core.Checking;
using Yusuan.Core.Export;
using Yusuan.Core.Reading;
using Yusuan.Core.Rendering.Markdown;

namespace Yusuan.Core.Tests.Generation;

public class GeneratedDocumentTests
{
    public static TheoryData<string> Inputs => new() { "bazhou-office-2025.json", "example-county-education-2025.json" };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_document_generated_from_consistent_input_has_no_checker_errors(string name)
    {
        var document = GenerationSamples.Generate(GenerationSamples.Input(name));
        var report = Checker.Default.Check(document);
        var errors = report.Findings.Where(f => f.Severity == Severity.Error).Select(f => $"{f.Rule} {f.Location.Table}/{f.Location.Row}/{f.Location.Column}: {f.Message}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void The_markdown_of_a_generated_document_reads_back_to_the_same_cells(string name)
    {
        var document = GenerationSamples.Generate(GenerationSamples.Input(name));
        var markdown = MarkdownRenderer.Render(document);
        var read = DisclosureReader.Read(markdown, name + ".md").GetValueOrThrow();
        // Same cells, whatever order the reader meets the two sides of 表1/表4 in.
        var expected = string.Join("\n", Lines(document));
        var actual = string.Join("\n", Lines(read));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void The_markdown_of_a_generated_document_reads_back_without_checker_errors(string name)
    {
        var document = GenerationSamples.Generate(GenerationSamples.Input(name));
        var read = DisclosureReader.Read(MarkdownRenderer.Render(document), name + ".md").GetValueOrThrow();
        var report = Checker.Default.Check(read);
        var errors = report.Findings.Where(f => f.Severity == Severity.Error).Select(f => $"{f.Rule} {f.Location.Table}/{f.Location.Row}/{f.Location.Column} line {f.Location.Line}: {f.Message}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static IEnumerable<string> Lines(Yusuan.Core.Model.Disclosure d) =>
        CellsProjection.Cells(d)
            .Select(c => CellsCsv.Write([c]).Split('\n')[1])
            .Order(StringComparer.Ordinal);

}
