using BenchmarkDotNet.Attributes;
using Yusuan.Core.Checking;
using Yusuan.Core.Model;
using Yusuan.Core.Reading;

namespace Yusuan.Bench;

/// <summary>Parse + check of each seed (target: ≤ 2 ms median for a seed-size document), and check alone.</summary>
// In-process: the build of BenchmarkDotNet's generated project trips the repository's warnings-as-errors settings.
[MemoryDiagnoser]
[InProcess]
public class CheckBenchmarks
{
    private string text = string.Empty;
    private Disclosure document = null!;

    [ParamsSource(nameof(Seeds))]
    public string Seed { get; set; } = "000";

    public static IEnumerable<string> Seeds() => ["000", "001", "002", "003", "004"];

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Yusuan.slnx"))) dir = dir.Parent;
        var root = dir?.FullName ?? throw new InvalidOperationException("找不到仓库根目录。");
        text = File.ReadAllText(Directory.GetFiles(Path.Combine(root, "samples", "seeds"), Seed + "*.txt").Single());
        document = DisclosureReader.Read(text).Value!;
    }

    [Benchmark]
    public CheckReport ParseAndCheck() => Checker.Default.Check(DisclosureReader.Read(text).Value!);

    /// <summary>Check alone, of the same document again: the checker's per-table and per-document indexes are reused.</summary>
    [Benchmark]
    public CheckReport CheckOnly() => Checker.Default.Check(document);

    /// <summary>Check alone, of a copy of the document and its tables: nothing kept for the original instances is reused, so
    /// building the indexes is counted, as for a document just read.</summary>
    [Benchmark]
    public CheckReport CheckFreshCopy() => Checker.Default.Check(document with { Tables = [.. document.Tables.Select(t => t with { })] });
}
