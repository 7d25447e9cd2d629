using System.Collections.Concurrent;
using Yusuan.Core.Model;
using Yusuan.Core.Reading;

namespace Yusuan.Core.Tests.Reading.Narrative;

/// <summary>Reads each seed once per test run.</summary>
internal static class SeedDocuments
{
    private static readonly ConcurrentDictionary<string, Disclosure> Cache = new(StringComparer.Ordinal);

    public static Disclosure Read(string prefix) => Cache.GetOrAdd(prefix, p => DisclosureReader.ReadFile(Samples.Seed(p)).GetValueOrThrow());

    public static TheoryData<string> All => new() { "000", "001", "002", "003", "004" };
}
