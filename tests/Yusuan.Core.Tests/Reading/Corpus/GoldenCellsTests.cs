using System.Globalization;
using Yusuan.Core.Export;
using Yusuan.Core.Reading;

namespace Yusuan.Core.Tests.Reading.Corpus;

/// <summary>
/// The corpus goldens (tests/golden/corpus/*.cells.csv): figures a person typed from each published PDF, compared with
/// what the reader makes of that PDF. Each document must keep at least the number of right figures recorded in
/// floors.csv (a ratchet: raise a floor when the reader improves, never lower it without a reason in the commit);
/// docs/reading.md lists the measured accuracy per document.
/// </summary>
public sealed class GoldenCellsTests
{
    private static readonly string Folder = Golden.PathOf("corpus");

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var (document, _) in Floors()) data.Add(document);
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_corpus_pdf_keeps_its_right_golden_figures(string document)
    {
        var floor = Floors()[document];
        var golden = ReadCells(File.ReadLines(Path.Combine(Folder, document + ".cells.csv")));
        var read = Read(document);
        var misses = golden.Where(g => !read.TryGetValue(g.Key, out var v) || v != g.Value).ToList();
        var right = golden.Count - misses.Count;
        Assert.True(right >= floor,
            $"{document}: {right}/{golden.Count} golden figures right, floor {floor}. First misses: "
            + string.Join("; ", misses.Take(12).Select(m => $"{m.Key} = {m.Value.ToString(CultureInfo.InvariantCulture)} (read {(read.TryGetValue(m.Key, out var v) ? v.ToString(CultureInfo.InvariantCulture) : "nothing")})")));
    }

    [Fact]
    public void Every_golden_document_has_a_floor_and_a_manifest_line()
    {
        var goldens = Directory.GetFiles(Folder, "*.cells.csv").Select(f => Path.GetFileName(f)[..^".cells.csv".Length]).Order(StringComparer.Ordinal).ToList();
        var floors = Floors();
        var manifest = Manifest();
        Assert.Equal([], goldens.Where(g => !floors.ContainsKey(g)).ToList());
        Assert.Equal([], goldens.Where(g => !manifest.ContainsKey(g)).ToList());
    }

    private static Dictionary<(string, string, string, string), decimal> Read(string document)
    {
        // A disclosure in several files (Beijing's 情况说明 + 预算报表) is read as one.
        var files = Manifest()[document].Select(f => Path.Combine(Samples.Root, "samples", "corpus", f)).ToList();
        var disclosure = DisclosureReader.ReadFiles(files).GetValueOrThrow();
        var cells = new Dictionary<(string, string, string, string), decimal>();
        foreach (var c in CellsProjection.Cells(disclosure)) cells.TryAdd((c.Table, c.Unit, c.Row, c.Column), c.Value);
        return cells;
    }

    private static Dictionary<(string, string, string, string), decimal> ReadCells(IEnumerable<string> lines)
    {
        var cells = new Dictionary<(string, string, string, string), decimal>();
        foreach (var line in lines.Skip(1))
        {
            if (line.Length == 0) continue;
            var f = SplitCsv(line);
            cells[(f[0], f[1], f[2], f[3])] = decimal.Parse(f[4], NumberStyles.Number, CultureInfo.InvariantCulture);
        }
        return cells;
    }

    /// <summary>document → number of golden figures that must be read right.</summary>
    private static Dictionary<string, int> Floors()
    {
        var floors = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(Folder, "floors.csv")).Skip(1))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var f = line.Split(',');
            floors[f[0]] = int.Parse(f[1], CultureInfo.InvariantCulture);
        }
        return floors;
    }

    private static Dictionary<string, string[]> Manifest()
    {
        var manifest = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(Folder, "manifest-*.csv"))
        {
            foreach (var line in File.ReadLines(path).Skip(1))
            {
                if (line.Length == 0) continue;
                var f = SplitCsv(line);
                manifest[f[0]] = f[1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            }
        }
        return manifest;
    }

    /// <summary>A CSV line's fields (quoted fields may hold commas).</summary>
    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var sb = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else sb.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        fields.Add(sb.ToString());
        return fields;
    }
}
