using Yusuan.Core.Model;
using Yusuan.Core.Reading.Formats;
using Yusuan.Core.Reading.Meta;
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
        var bytes = ReadAllBytes(path, out var error);
        return bytes is null ? ReadResult.Fail(error!) : ReadBytes(bytes, path);
    }

    /// <summary>Reads several files as one disclosure (<see cref="DisclosureParts"/>: the narrative and the tables published
    /// apart). One file is <see cref="ReadFile"/>. Any file that cannot be read fails the whole with its sentence.</summary>
    public static ReadResult ReadFiles(IReadOnlyList<string> paths)
    {
        if (paths.Count == 1) return ReadFile(paths[0]);
        if (paths.Count == 0) return ReadResult.Fail("没有给出文件。/ No file given.");
        var parts = new List<DisclosurePart>(paths.Count);
        foreach (var path in paths)
        {
            var (part, error) = ReadPart(path);
            if (part is null) return ReadResult.Fail(error!);
            parts.Add(part);
        }
        return Read(parts);
    }

    /// <summary>One file's text, extracted as for reading, or the sentence saying why it cannot be read.</summary>
    public static (DisclosurePart? Part, string? Error) ReadPart(string path)
    {
        var bytes = ReadAllBytes(path, out var error);
        if (bytes is null) return (null, error);
        var extracted = DocumentText.Extract(bytes, path);
        if (!extracted.Success) return (null, extracted.Error);
        if (string.IsNullOrWhiteSpace(extracted.Text)) return (null, $"“{path}”没有内容。/ '{path}' has no content.");
        return (new DisclosurePart(path, extracted), null);
    }

    /// <summary>Reads already-extracted parts of one disclosure, joined in reading order; a PDF part's lines keep their page
    /// and box, pages numbered on through the joined document.</summary>
    public static ReadResult Read(IReadOnlyList<DisclosurePart> parts)
    {
        var ordered = DisclosureParts.Order(parts);
        var text = DisclosureParts.Join(ordered);
        var format = ordered.Select(p => p.Extracted.Format).Distinct().Count() == 1 ? ordered[0].Extracted.Format : SourceFormat.Text;
        if (ordered.All(p => p.Extracted.Origins.IsDefaultOrEmpty)) return Read(text, DisclosureParts.Name(ordered), source => ReadSource.Of(format, source));
        var places = new List<PagePlace?>();
        var notes = new List<Formats.Pdf.PageNote>();
        var pages = 0;
        foreach (var part in ordered)
        {
            if (!part.Extracted.PageNotes.IsDefaultOrEmpty) notes.AddRange(part.Extracted.PageNotes.Select(n => n with { Page = n.Page + pages }));
            if (places.Count > 0) places.Add(null); // the page break between two files
            var lineCount = SourceText.From(part.Text).Lines.Length;
            var origins = part.Extracted.Origins.IsDefault ? [] : part.Extracted.Origins;
            var last = 0;
            for (var i = 0; i < lineCount; i++)
            {
                if (i < origins.Length && PlaceOf(origins[i]) is { } place)
                {
                    last = Math.Max(last, place.Page);
                    places.Add(place with { Page = place.Page + pages });
                }
                else
                {
                    places.Add(null);
                }
            }
            pages += last;
        }
        return WithPageNotes(Read(text, DisclosureParts.Name(ordered), source => ReadSource.Of(format, source, places), [.. places.Select(p => p?.Page)]), notes, places);
    }

    private static byte[]? ReadAllBytes(string path, out string? error) => InputFile.ReadBytes(path, out error);

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
        if (extracted.Origins.IsDefaultOrEmpty) return Read(text, name, source => ReadSource.Of(extracted.Format, source));
        var places = extracted.Origins.Select(PlaceOf).ToList();
        var result = Read(text, name, source => ReadSource.Of(extracted.Format, source, places), [.. places.Select(p => p?.Page)]);
        return WithPageNotes(result, extracted.PageNotes.IsDefault ? [] : extracted.PageNotes, places);
    }

    /// <summary>Reads a disclosure from text.</summary>
    public static ReadResult Read(string text, string? name = null) => Read(text, name, source => ReadSource.Of(SourceFormat.Text, source));

    /// <param name="pages">A PDF's page of each line (its text has no form feeds): tables continued over pages and
    /// every reported place go by it.</param>
    private static ReadResult Read(string text, string? name, Func<SourceText, ReadSource> kept, IReadOnlyList<int?>? pages = null)
    {
        var label = name ?? "输入";
        if (string.IsNullOrWhiteSpace(text)) return ReadResult.Fail($"“{label}”没有内容。/ '{label}' has no content.");
        var source = SourceText.From(text, name);
        if (pages is not null) source = source.WithPages(pages);
        if (!LooksLikeDisclosure(source))
        {
            return ReadResult.Fail($"“{label}”不像预算或决算公开文件（没有找到预算表或预算说明）。/ '{label}' does not look like a budget disclosure.");
        }
        var document = Read(source);
        if (!DisclosureEvidence.Holds(source, document))
        {
            return ReadResult.Fail($"“{label}”不是预算或决算公开文件：没有预算/决算公开的标题，也没有预算公开表（首行为“{DisclosureEvidence.FirstLine(source)}”）。/ '{label}' is not a budget or final-accounts disclosure: no disclosure title and no budget tables.");
        }
        return ReadResult.Ok(document, kept(source));
    }

    /// <summary>The reading with the PDF's page notes (blank pages, text off the page) among its diagnostics.</summary>
    private static ReadResult WithPageNotes(ReadResult result, IReadOnlyCollection<Formats.Pdf.PageNote> notes, List<PagePlace?> places) =>
        notes.Count == 0 || result.Value is not { } document ? result
            : result.With(document with { Diagnostics = document.Diagnostics.AddRange(notes.Select(n => PageDiagnostic(n, places))) });

    /// <summary>A page note as a diagnostic at the page's first line (Info: it says nothing about a table's reading).</summary>
    private static ParseDiagnostic PageDiagnostic(Formats.Pdf.PageNote note, List<PagePlace?> places)
    {
        var index = places.FindIndex(p => p?.Page == note.Page);
        return new ParseDiagnostic(DiagnosticSeverity.Info, note.Code, note.Message, new SourceSpan(index + 1, index + 1, note.Page));
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
        OversizedFigures.Report(source, diagnostics);
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
            Prose = text.Prose,
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
