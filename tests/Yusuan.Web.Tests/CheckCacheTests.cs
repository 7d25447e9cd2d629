using Yusuan.Core.Checking;
using Yusuan.Core.Model;
using Yusuan.Web.Services;

namespace Yusuan.Web.Tests;

/// <summary>A document checked a moment ago is answered from the recent-results cache, without waiting for the checks in
/// progress to make room.</summary>
public sealed class CheckCacheTests
{
    /// <summary>Checks with the default rules, but blocks every check after the first until released.</summary>
    private sealed class GatedChecker : IDisclosureChecker
    {
        private int calls;

        public ManualResetEventSlim Gate { get; } = new(false);

        public CheckReport Check(Disclosure document, string? source)
        {
            if (Interlocked.Increment(ref calls) > 1) Gate.Wait(TimeSpan.FromSeconds(30));
            return Checker.Default.Check(document, source);
        }
    }

    [Fact]
    public async Task A_repeated_document_is_answered_while_every_check_slot_is_busy()
    {
        var checker = new GatedChecker();
        var service = new CheckService(checker, new WebOptions());
        var text = await File.ReadAllTextAsync(Samples.Seed("000"));
        var first = await service.CheckAsync(new Upload("000.txt", Synthetic.Utf8(text)));
        Assert.NotNull(first.Document);

        // Fill every check slot with a different document that cannot finish yet.
        var slots = Math.Max(2, Environment.ProcessorCount);
        var busy = Enumerable.Range(0, slots)
            .Select(i => Task.Run(() => service.CheckAsync(new Upload($"busy-{i}.txt", Synthetic.Utf8(text + $"\n<!-- {i} -->\n")))))
            .ToList();
        await Task.Delay(200);

        var again = service.CheckAsync(new Upload("000.txt", Synthetic.Utf8(text)));
        var finished = await Task.WhenAny(again, Task.Delay(TimeSpan.FromSeconds(10)));
        checker.Gate.Set();
        await Task.WhenAll(busy);

        Assert.Same(again, finished);
        Assert.Same(first.Document, (await again).Document);
    }
}
