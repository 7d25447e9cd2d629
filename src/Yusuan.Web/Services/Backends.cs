using Yusuan.Web.Batches;

namespace Yusuan.Web.Services;

/// <summary>Turns a filled XLSX template into a disclosure text (the generator of src/Yusuan.Core/Generation).</summary>
public interface IDisclosureGenerator
{
    /// <summary>The rendered disclosure, or one Chinese sentence saying what is wrong with the input (.xlsx template or .json).</summary>
    (string? Text, string? Error) Generate(byte[] input, string name);

    /// <summary>The empty XLSX template (what <c>yusuan template</c> writes).</summary>
    byte[] Template();
}

/// <summary>Binary exports of a checked document (the renderers of src/Yusuan.Core/Rendering).</summary>
public interface IDocumentExporter
{
    /// <summary>Tables as an XLSX workbook, one sheet per table.</summary>
    byte[] TablesXlsx(CheckedFile document);

    /// <summary>The check report as PDF.</summary>
    byte[] ReportPdf(CheckedFile document);

    /// <summary>The disclosure itself as Word (the generator's output format).</summary>
    byte[] DisclosureDocx(CheckedFile document);

    /// <summary>The disclosure itself as PDF.</summary>
    byte[] DisclosurePdf(CheckedFile document);
}

/// <summary>The back-ends the app runs on. A null member is not available in this build; its pages and
/// endpoints say so in Chinese (HTTP 501) instead of failing.</summary>
public sealed record Backends(IDisclosureChecker Checker, IDisclosureGenerator? Generator = null, IDocumentExporter? Exporter = null,
    IReviewWorkbook? Review = null)
{
    public static Backends Default() => new(RuleChecker.Default, new CoreGenerator(), new CoreExporter(), new CheckerReviewWorkbook());

    /// <summary>The 检查表 writer: the given one, else the checker's (the batch download always works).</summary>
    public IReviewWorkbook ReviewWorkbook => Review ?? new CheckerReviewWorkbook();
}
