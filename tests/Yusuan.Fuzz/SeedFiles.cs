using System.Text;
using Yusuan.Core.Reading;
using Yusuan.Core.Rendering;

namespace Yusuan.Fuzz;

/// <summary>One file a case is made from.</summary>
public sealed record SeedFile(string Name, byte[] Bytes)
{
    public string Text => Encoding.UTF8.GetString(Bytes);
}

/// <summary>
/// The files cases are mutated from, all in the repository (a clone has no ../shared): the seed disclosures and the
/// corpus text, HTML and the smallest corpus PDFs under samples/, the generator's JSON inputs, and Word and Excel files
/// Yusuan renders from two seeds at start (so the containers are real OpenXml packages).
/// </summary>
public sealed class SeedFiles
{
    public required IReadOnlyList<SeedFile> Texts { get; init; }
    public required IReadOnlyList<SeedFile> Html { get; init; }
    public required IReadOnlyList<SeedFile> Pdfs { get; init; }
    public required IReadOnlyList<SeedFile> Docx { get; init; }
    public required IReadOnlyList<SeedFile> Xlsx { get; init; }
    public required IReadOnlyList<SeedFile> Inputs { get; init; }

    public static SeedFiles Load(string root, string work)
    {
        var samples = Path.Combine(root, "samples");
        var texts = Files(Path.Combine(samples, "seeds"), "*.txt")
            .Concat(Files(Path.Combine(samples, "corpus"), "*.txt").Where(f => !f.Name.StartsWith("README", StringComparison.Ordinal)))
            .ToList();
        var pdfs = Directory.GetFiles(Path.Combine(samples, "corpus", "pdf"), "*.pdf")
            .Select(p => new FileInfo(p)).OrderBy(f => f.Length).Take(4)
            .Select(f => new SeedFile(f.Name, File.ReadAllBytes(f.FullName))).ToList();
        Directory.CreateDirectory(work);
        var rendered = texts.Take(2).Select((t, i) => (Name: $"rendered{i}", Document: DisclosureReader.Read(t.Text, t.Name).Value)).Where(r => r.Document is not null).ToList();
        return new SeedFiles
        {
            Texts = texts,
            Html = Files(Path.Combine(samples, "corpus", "html"), "*.htm*").ToList(),
            Pdfs = pdfs,
            Docx = rendered.Select(r => Rendered(r.Document!, OutputFormat.Docx, Path.Combine(work, r.Name + ".docx"))).ToList(),
            Xlsx = rendered.Select(r => Rendered(r.Document!, OutputFormat.Xlsx, Path.Combine(work, r.Name + ".xlsx"))).ToList(),
            Inputs = Files(Path.Combine(samples, "input"), "*.json").ToList(),
        };
    }

    private static IEnumerable<SeedFile> Files(string dir, string pattern) =>
        Directory.Exists(dir)
            ? Directory.GetFiles(dir, pattern).Order(StringComparer.Ordinal).Select(p => new SeedFile(Path.GetFileName(p), File.ReadAllBytes(p)))
            : [];

    private static SeedFile Rendered(Yusuan.Core.Model.Disclosure document, OutputFormat format, string path)
    {
        DisclosureRenderer.Write(document, format, path);
        return new SeedFile(Path.GetFileName(path), File.ReadAllBytes(path));
    }
}
