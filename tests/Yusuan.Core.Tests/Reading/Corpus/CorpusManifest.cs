using System.Collections.Immutable;
using Yusuan.Core.Model;

namespace Yusuan.Core.Tests.Reading.Corpus;

/// <summary>One line of tests/golden/corpus/manifest-*.csv: a corpus disclosure (one file or several) and what a person
/// read off its PDFs. Kind <c>none</c> marks a document that is not a disclosure (unit, year, scope and tables empty).</summary>
public sealed record ManifestEntry(string Document, ImmutableArray<string> Files, string Unit, int? Year, string Kind, string Scope, string Tables)
{
    public bool IsDisclosure => Kind != "none";

    public DisclosureKind ExpectedKind => Kind == "final" ? DisclosureKind.FinalAccount : DisclosureKind.Budget;

    public DisclosureScope ExpectedScope => Scope == "unit" ? DisclosureScope.Unit : DisclosureScope.Department;

    /// <summary>The files' paths under samples/corpus.</summary>
    public IReadOnlyList<string> Paths => [.. Files.Select(f => Path.Combine(Samples.Root, "samples", "corpus", f))];

    public override string ToString() => Document;
}

/// <summary>Reads the three manifests (a, b, c: one per person who typed them).</summary>
public static class CorpusManifest
{
    private static readonly Lazy<ImmutableArray<ManifestEntry>> Loaded = new(Load);

    public static ImmutableArray<ManifestEntry> Entries => Loaded.Value;

    public static ManifestEntry Entry(string document) => Entries.Single(e => e.Document == document);

    private static ImmutableArray<ManifestEntry> Load()
    {
        var entries = ImmutableArray.CreateBuilder<ManifestEntry>();
        foreach (var file in Directory.GetFiles(Path.Combine(Samples.Root, "tests", "golden", "corpus"), "manifest-*.csv").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            if (lines.Length == 0 || lines[0] != "document,files,unit,year,kind,scope,tables")
                throw new InvalidDataException($"{Path.GetFileName(file)}：表头不是 document,files,unit,year,kind,scope,tables");
            foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
            {
                var f = line.Split(',');
                if (f.Length != 7) throw new InvalidDataException($"{Path.GetFileName(file)}：“{line}”不是 7 列");
                entries.Add(new ManifestEntry(f[0], [.. f[1].Split(';')], f[2], f[3].Length == 0 ? null : int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture), f[4], f[5], f[6]));
            }
        }
        return entries.ToImmutable();
    }
}
