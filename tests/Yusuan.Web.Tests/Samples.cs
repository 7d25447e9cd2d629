namespace Yusuan.Web.Tests;

/// <summary>Locates the repository's samples/ folder and the test artifacts folder from the test's working directory.</summary>
public static class Samples
{
    public static string Root { get; } = FindRoot();

    public static string Seed(string prefix) =>
        Directory.GetFiles(Path.Combine(Root, "samples", "seeds"), prefix + "*.txt").Single();

    /// <summary>TestResults/screenshots under the repository root, created on demand.</summary>
    public static string Screenshots
    {
        get
        {
            var dir = Path.Combine(Root, "TestResults", "screenshots");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Yusuan.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("找不到仓库根目录 (Yusuan.slnx)。");
    }
}
