using System.Globalization;

namespace Yusuan.Core.Tests;

/// <summary>Compares two cells CSVs (spec/cells.md) cell by cell: values as decimals, order and trailing zeros ignored.</summary>
public static class CellsComparison
{
    /// <summary>Asserts that <paramref name="actualCsv"/> holds exactly the cells of <paramref name="expectedCsv"/>, listing
    /// what is missing, different or unexpected (the first 40).</summary>
    public static void AssertSameCells(string expectedCsv, string actualCsv)
    {
        var expected = Parse(expectedCsv);
        var actual = Parse(actualCsv);
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
        foreach (var line in csv.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            var comma = line.LastIndexOf(',');
            var key = line[..comma];
            Assert.False(result.ContainsKey(key), $"duplicate cell {key}");
            result[key] = decimal.Parse(line[(comma + 1)..], CultureInfo.InvariantCulture);
        }
        return result;
    }
}
