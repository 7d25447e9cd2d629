namespace Yusuan.Core.Reading.Formats;

/// <summary>
/// How large a file may be, and grow, where it enters Yusuan (CLI, importer, web): bytes read, what a package inflates
/// to and how deep its XML nests, the characters of text extracted, how deep HTML nests and how many cells a table grid
/// spans. A published disclosure is far inside every bound (the corpus's largest PDF is 3 MB, its text 0.3 M
/// characters); a file past one is refused with one sentence, never read into all the memory there is.
/// </summary>
public sealed record InputBounds
{
    public static InputBounds Default { get; } = new();

    /// <summary>The file itself (a 300-page scanned PDF is some 100 MB).</summary>
    public long MaxFileBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>All parts of a Word or Excel package, inflated.</summary>
    public long MaxExpandedBytes { get; init; } = 64L * 1024 * 1024;

    public int MaxPackageParts { get; init; } = 10_000;

    /// <summary>Element depth of one XML part (Office documents nest some 20 levels).</summary>
    public int MaxXmlDepth { get; init; } = 256;

    /// <summary>Element depth of an HTML page.</summary>
    public int MaxHtmlDepth { get; init; } = 512;

    /// <summary>Characters of text extracted from any file.</summary>
    public int MaxTextChars { get; init; } = 32 * 1024 * 1024;

    /// <summary>Time the HTML parser may take for one page (a published page takes milliseconds).</summary>
    public TimeSpan MaxParseTime { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Cells one table's grid may span (rows × columns, spans included).</summary>
    public long MaxGridCells { get; init; } = 4_000_000;
}
