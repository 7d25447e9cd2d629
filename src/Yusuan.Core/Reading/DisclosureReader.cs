using Yusuan.Core.Model;
using Yusuan.Core.Reading.Formats;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading;

/// <summary>
/// Reads a disclosure (UTF-8 text, Markdown, PDF-extracted text) into the model.
/// Reading never throws on bad content: what cannot be read becomes a diagnostic with its line.
/// </summary>
public static class DisclosureReader
{
    /// <summary>Reads a file. Missing, binary, empty or non-disclosure input fails with one sentence.</summary>
    public static ReadResult ReadFile(string path)
    {
        if (Directory.Exists(path)) return ReadResult.Fail($"“{path}”是目录，不是文件。/ '{path}' is a directory, not a file.");
        if (!File.Exists(path)) return ReadResult.Fail($"找不到文件“{path}”。/ File not found: '{path}'.");
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Fail($"无法读取文件“{path}”：{e.Message} / Cannot read '{path}'.");
        }
        return ReadBytes(bytes, path);
    }

    /// <summary>Reads a file's bytes in any supported format (text, Markdown, PDF, DOCX, XLSX, HTML; see <see cref="DocumentText"/>).</summary>
    public static ReadResult ReadBytes(byte[] bytes, string? name = null)
    {
        var extracted = DocumentText.Extract(bytes, name);
        return extracted.Success ? Read(extracted, name) : ReadResult.Fail(extracted.Error!);
    }

    /// <summary>Reads a file's extracted text; the result keeps that text and, for a PDF, the page and box of each line.</summary>
    public static ReadResult Read(ExtractedText extracted, string? name = null)
    {
        if (extracted.Text is not { } text) return ReadResult.Fail(extracted.Error ?? "无法读取。/ Cannot be read.");
        return Read(text, name, source => extracted.Origins.IsDefaultOrEmpty
            ? ReadSource.Of(extracted.Format, source)
            : ReadSource.Of(extracted.Format, source, [.. extracted.Origins.Select(PlaceOf)]));
    }

    /// <summary>Reads a disclosure from text.</summary>
    public static ReadResult Read(string text, string? name = null) => Read(text, name, source => ReadSource.Of(SourceFormat.Text, source));

    private static ReadResult Read(string text, string? name, Func<SourceText, ReadSource> kept)
    {
        var label = name ?? "输入";
        if (string.IsNullOrWhiteSpace(text)) return ReadResult.Fail($"“{label}”没有内容。/ '{label}' has no content.");
        var source = SourceText.From(text, name);
        if (!LooksLikeDisclosure(source))
        {
            return ReadResult.Fail($"“{label}”不像预算或决算公开文件（没有找到预算表或预算说明）。/ '{label}' does not look like a budget disclosure.");
        }
        return ReadResult.Ok(Read(source), kept(source));
    }

    /// <summary>The PDF reader's place of a line as the model's; a line it printed no box for (a blank line) has none.</summary>
    private static PagePlace? PlaceOf(Formats.Pdf.LineOrigin origin) =>
        origin.Page <= 0 ? null
            : new PagePlace(origin.Page, origin.Box.Width > 0 && origin.Box.Height > 0 && double.IsFinite(origin.Box.Width) && double.IsFinite(origin.Box.Height)
                ? new PageBox(origin.Box.Left, origin.Box.Top, origin.Box.Right, origin.Box.Bottom)
                : null);

    /// <summary>Reads already-normalised source text. Never fails; problems become diagnostics.</summary>
    public static Disclosure Read(SourceText source)
    {
        var diagnostics = new DiagnosticBag();
        var meta = MetaReader.Read(source, diagnostics);
        var tables = TableReader.Read(source, meta, diagnostics);
        var text = new TextPartsReader(source, meta, tables, diagnostics);
        return new Disclosure
        {
            Meta = meta with { SubordinateUnits = text.Profile.BudgetUnits.IsDefaultOrEmpty ? meta.SubordinateUnits : text.Profile.BudgetUnits },
            Profile = text.Profile,
            Tables = tables.Tables,
            Narrative = text.Narrative,
            Projects = text.Projects,
            Matters = text.Matters,
            Targets = text.Targets,
            Glossary = text.Glossary,
            Diagnostics = diagnostics.ToImmutable(),
        };
    }

    private static readonly string[] DisclosureWords = ["预算", "决算"];
    private static readonly string[] StructureWords = ["收支", "支出", "收入", "三公", "功能分类", "经济分类", "万元", "单位：元"];

    private static bool LooksLikeDisclosure(SourceText source)
    {
        var hasBudget = false;
        var structure = 0;
        foreach (var line in source.Lines)
        {
            if (!hasBudget && DisclosureWords.Any(w => line.Text.Contains(w, StringComparison.Ordinal))) hasBudget = true;
            structure += StructureWords.Count(w => line.Text.Contains(w, StringComparison.Ordinal));
            if (hasBudget && structure >= 5) return true;
        }
        return false;
    }
}
