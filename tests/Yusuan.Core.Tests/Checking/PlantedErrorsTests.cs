using System.Globalization;
using Xunit.Abstractions;
using Yusuan.Core.Checking;
using Yusuan.Core.Reading;

namespace Yusuan.Core.Tests.Checking;

/// <summary>
/// Recall on slips planted by hand (#13): tests/golden/planted/plants.tsv lists each slip typed into a copy of a corpus
/// document's read text (the *.txt beside it, <c>yusuan text</c> of the published PDF). Each is applied alone; the plant is
/// found when the planted copy has a new warning or error of one of the rules its row names (one the plain copy also
/// has does not count). The <c>found</c> column is the golden, both ways: a slip found before must stay found, and one
/// found now that was not must be marked (the recall went up). Overall recall may not fall below 90 %.
/// </summary>
public sealed class PlantedErrorsTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(Samples.Root, "tests", "golden", "planted");

    private sealed record Plant(string Document, string Family, int Line, string Find, string Replace, string[] Rules, bool Found, string Note)
    {
        public string Key => $"{Document}:{Line} {Family} “{Find}”→“{Replace}”";
    }

    private static List<Plant> Plants() =>
    [
        .. File.ReadAllLines(Path.Combine(Folder, "plants.tsv")).Where(l => l.Length > 0 && l[0] != '#').Skip(1).Select(l => l.Split('\t')).Select(c =>
            new Plant(c[0], c[1], int.Parse(c[2], CultureInfo.InvariantCulture), c[3], c[4], c[5].Split(','), c[6] == "yes", c[7])),
    ];

    private static string Key(Finding f) => string.Join('|', f.Rule, f.Location.Table, f.Location.Row, f.Location.Column, f.Expected, f.Actual);

    private static List<string> Reported(string text, string name)
    {
        var read = DisclosureReader.Read(text, name);
        Assert.True(read.Success, read.Error);
        return [.. Checker.Default.Check(read.Value!).Findings.Where(f => f.Severity >= Severity.Warning).Select(Key)];
    }

    /// <summary>The findings of <paramref name="planted"/> that <paramref name="plain"/> does not have (as multisets).</summary>
    private static List<string> New(List<string> plain, List<string> planted)
    {
        var left = plain.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        var result = new List<string>();
        foreach (var k in planted)
        {
            if (left.TryGetValue(k, out var n) && n > 0) left[k] = n - 1;
            else result.Add(k);
        }
        return result;
    }

    [Fact]
    public void Planted_slips_are_found_as_judged_and_recall_holds_ninety_percent()
    {
        var plants = Plants();
        var problems = new List<string>();
        var byFamily = new SortedDictionary<string, (int Found, int All)>(StringComparer.Ordinal);
        foreach (var document in plants.GroupBy(p => p.Document))
        {
            var lines = File.ReadAllText(Path.Combine(Folder, document.Key + ".txt")).Split('\n');
            var plain = Reported(string.Join('\n', lines), document.Key);
            foreach (var plant in document)
            {
                var at = plant.Line - 1;
                Assert.True(at < lines.Length && lines[at].Contains(plant.Find, StringComparison.Ordinal), $"plants.tsv: “{plant.Find}” is not on line {plant.Line} of {plant.Document}");
                var copy = (string[])lines.Clone();
                var i = copy[at].IndexOf(plant.Find, StringComparison.Ordinal);
                copy[at] = copy[at][..i] + plant.Replace + copy[at][(i + plant.Find.Length)..];
                var fresh = New(plain, Reported(string.Join('\n', copy), document.Key));
                var found = fresh.Any(k => plant.Rules.Contains(k[..k.IndexOf('|', StringComparison.Ordinal)]));
                var (f, all) = byFamily.GetValueOrDefault(plant.Family);
                byFamily[plant.Family] = (f + (found ? 1 : 0), all + 1);
                if (found != plant.Found)
                {
                    problems.Add(found
                        ? $"now found, mark it yes: {plant.Key}"
                        : $"no longer found: {plant.Key} (expected {string.Join("/", plant.Rules)}; new findings: {string.Join(", ", fresh.Take(5))})");
                }
            }
        }
        var total = byFamily.Values.Sum(v => v.Found);
        var count = byFamily.Values.Sum(v => v.All);
        foreach (var (family, (f, all)) in byFamily) output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{family,-18} {f}/{all}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recall {total}/{count} = {(double)total / count:P1} on {plants.Select(p => p.Document).Distinct().Count()} documents"));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.True(total >= 0.9 * count, string.Create(CultureInfo.InvariantCulture, $"recall {total}/{count} is below 90 %"));
    }

    [Fact]
    public void The_plain_copies_read_like_their_published_pdfs()
    {
        // The copies are the reader's text of each PDF: checked as text, they give what the PDF gives (but K.pdf-pages, which
        // only a PDF's pages can give).
        foreach (var path in Directory.GetFiles(Folder, "*.txt"))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var pdf = new[] { Path.Combine(Samples.Root, "samples", "corpus", "pdf", name + ".pdf"), Path.Combine(Samples.Root, "samples", "corpus", "bulk", name + ".pdf") }.First(File.Exists);
            var text = DisclosureReader.ReadFile(path);
            var viaPdf = DisclosureReader.ReadFile(pdf);
            Assert.True(text.Success && viaPdf.Success, name);
            var a = Checker.Default.Check(text.Value!).Findings.Where(f => f.Severity >= Severity.Warning && f.Rule != "K.pdf-pages").Select(Key).Order(StringComparer.Ordinal).ToList();
            var b = Checker.Default.Check(viaPdf.Value!).Findings.Where(f => f.Severity >= Severity.Warning && f.Rule != "K.pdf-pages").Select(Key).Order(StringComparer.Ordinal).ToList();
            Assert.True(a.SequenceEqual(b), $"{name}: text copy {a.Count} findings, PDF {b.Count}");
        }
    }
}
