namespace Yusuan.Storage.Tests;

/// <summary>Locates the repository's samples/ folder from the test's working directory.</summary>
public static class Samples
{
    public static string Root { get; } = FindRoot();

    public static string Seed(string prefix) => Directory.GetFiles(Path.Combine(Root, "samples", "seeds"), prefix + "*.txt").Single();

    public static IEnumerable<string> All() =>
        Directory.GetFiles(Path.Combine(Root, "samples", "seeds"), "*.txt").Concat(Directory.GetFiles(Path.Combine(Root, "samples", "corpus"), "*.txt")).Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Yusuan.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("找不到仓库根目录 (Yusuan.slnx)。");
    }
}
