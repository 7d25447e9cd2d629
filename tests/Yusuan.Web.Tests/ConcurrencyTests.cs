using System.Net;
using System.Text.Json;

namespace Yusuan.Web.Tests;

/// <summary>Many checks at once: each answer belongs to its own document, and pages keep being served meanwhile.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Concurrent_checks_of_different_seeds_each_get_their_own_report()
    {
        await using var app = await RunningApp.StartAsync();
        var seeds = new[] { "000", "001", "002", "003", "004" };
        var expected = new Dictionary<string, int>();
        foreach (var seed in seeds)
        {
            using var single = await app.PostFileAsync("/api/check", seed + ".txt", await File.ReadAllBytesAsync(Samples.Seed(seed)));
            expected[seed] = JsonDocument.Parse(await single.Content.ReadAsStringAsync()).RootElement.GetProperty("findings").GetArrayLength();
        }

        var requests = Enumerable.Range(0, 20).Select(async i =>
        {
            var seed = seeds[i % seeds.Length];
            // A different last line each time, so nothing is answered from the recent-results cache.
            var bytes = Synthetic.Utf8(await File.ReadAllTextAsync(Samples.Seed(seed)) + $"\n<!-- {i} -->\n");
            using var response = await app.PostFileAsync("/api/check", $"{seed}-{i}.txt", bytes);
            var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            return (Seed: seed, Index: i, Status: response.StatusCode, Source: json.GetProperty("document").GetProperty("source").GetString(),
                Findings: json.GetProperty("findings").GetArrayLength());
        }).ToList();
        using var page = await app.Client.GetAsync("/check");
        var results = await Task.WhenAll(requests);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.All(results, r =>
        {
            Assert.Equal(HttpStatusCode.OK, r.Status);
            Assert.Equal($"{r.Seed}-{r.Index}.txt", r.Source);
            Assert.Equal(expected[r.Seed], r.Findings);
        });
    }
}
