namespace Yusuan.Fuzz;

/// <summary>The repository the harness runs in: the first folder above the working directory or the binary with a
/// Yusuan.slnx.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Yusuan.slnx"))) return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("Yusuan.slnx not found above the working directory");
    }
}
