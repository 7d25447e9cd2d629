using System.Globalization;
using Yusuan.Core.Export;
using Yusuan.Core.Reading;

namespace Yusuan.Core.Tests.Reading.Tables;

/// <summary>Every table figure of every seed, against cells transcribed by hand from the document
/// (tests/golden/cells/&lt;seed&gt;.tables.csv). Row order does not matter; every cell must be there, with its value, and
/// nothing else.</summary>
public sealed class TableCellsGoldenTests
{
    public static TheoryData<string> Seeds => [.. Samples.AllSeeds().Select(p => Path.GetFileNameWithoutExtension(p))];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Table_cells_of_each_seed_match_the_hand_transcribed_golden_file(string seed)
    {
        var relative = Path.Combine("cells", seed + ".tables.csv");
        var document = DisclosureReader.ReadFile(Samples.Seed(seed[..3])).GetValueOrThrow();
        var actualCells = CellsProjection.Cells(document).Where(c => c.Table != "M").ToList();
        Golden.WriteActualIfAsked(relative, CellsCsv.Write(actualCells));

        var expected = Parse(Golden.Read(relative));
        var actual = Parse(CellsCsv.Write(actualCells));
        var problems = new List<string>();
        foreach (var (key, value) in expected)
        {
            if (!actual.TryGetValue(key, out var got)) problems.Add($"missing {key} = {value}");
            else if (got != value) problems.Add($"{key}: expected {value}, read {got}");
        }
        problems.AddRange(actual.Keys.Where(k => !expected.ContainsKey(k)).Select(k => $"unexpected {k} = {actual[k]}"));
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(40)));
    }

    private static Dictionary<string, decimal> Parse(string csv)
    {
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var line in csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            var comma = line.LastIndexOf(',');
            var key = line[..comma];
            Assert.False(result.ContainsKey(key), $"duplicate cell {key}");
            result[key] = decimal.Parse(line[(comma + 1)..], CultureInfo.InvariantCulture);
        }
        return result;
    }
}
