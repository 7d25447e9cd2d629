namespace Yusuan.Fuzz;

/// <summary>What a case runs: <c>yusuan check FILE --format json</c>, or <c>yusuan render FILE</c> (Markdown to stdout).</summary>
public enum FuzzTarget
{
    Check,
    Render,
}

/// <summary>One generated input: the file's name and bytes, what it was made from and how, so a failure can be replayed
/// with <c>--case N</c> and read by a person.</summary>
public sealed record FuzzCase(int Index, FuzzTarget Target, string FileName, byte[] Bytes, string Origin, IReadOnlyList<string> Mutations)
{
    /// <summary>"check .pdf", "render .json": what the run time is reported by.</summary>
    public string Kind => $"{Target.ToString().ToLowerInvariant()} {Path.GetExtension(FileName)}";

    public string Describe() => $"#{Index} {Target.ToString().ToLowerInvariant()} {FileName} ← {Origin}: {string.Join("; ", Mutations)}";
}
