using BenchmarkDotNet.Attributes;
using Yusuan.Core.Reading;

namespace Yusuan.Bench;

/// <summary>Reading each seed disclosure from text into the model (tables, meta and text parts). Target: ≤ 2 ms median.</summary>
[MemoryDiagnoser]
public class ReadSeedBenchmarks
{
    private string text = string.Empty;

    [ParamsSource(nameof(Seeds))]
    public string Seed { get; set; } = string.Empty;

    public static IEnumerable<string> Seeds() => Directory.GetFiles(SeedDirectory(), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    [GlobalSetup]
    public void Setup() => text = File.ReadAllText(Path.Combine(SeedDirectory(), Seed));

    [Benchmark]
    public int Read() => DisclosureReader.Read(text, Seed).GetValueOrThrow().Tables.Length;

    private static string SeedDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Yusuan.slnx"))) dir = dir.Parent;
        var root = dir?.FullName ?? Environment.GetEnvironmentVariable("YUSUAN_ROOT") ?? Directory.GetCurrentDirectory();
        return Path.Combine(root, "samples", "seeds");
    }
}
