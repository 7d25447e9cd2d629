using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Yusuan.Core.Generation.Input;
using Yusuan.Core.Rendering.Docx;
using Yusuan.Core.Rendering.Xlsx;
using Yusuan.Core.Tests.Generation;

namespace Yusuan.Core.Tests.Rendering;

/// <summary>Word and Excel refuse (or "repair") files that break the OpenXml schema; the SDK's validator finds those errors first.</summary>
public sealed class OpenXmlValidityTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"yusuan-valid-{Guid.NewGuid():N}");

    public void Dispose()
    {
        foreach (var f in new[] { path + ".docx", path + ".xlsx" }) File.Delete(f);
    }

    [Fact]
    public void The_word_document_is_schema_valid()
    {
        DocxRenderer.Write(RenderedDocument.Department, path + ".docx");
        using var doc = WordprocessingDocument.Open(path + ".docx", false);
        var errors = Describe(new OpenXmlValidator().Validate(doc));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void The_workbooks_are_schema_valid()
    {
        XlsxRenderer.Write(RenderedDocument.Department, path + ".xlsx");
        using (var doc = SpreadsheetDocument.Open(path + ".xlsx", false)) Assert.Empty(Describe(new OpenXmlValidator().Validate(doc)));
        var input = GenerationSamples.Input("example-county-education-2025.json");
        XlsxTemplate.Write(path + ".xlsx", input.Year, input);
        using (var doc = SpreadsheetDocument.Open(path + ".xlsx", false)) Assert.Empty(Describe(new OpenXmlValidator().Validate(doc)));
    }

    private static List<string> Describe(IEnumerable<ValidationErrorInfo> errors) =>
        [.. errors.Take(10).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
}
