using System.Collections.Immutable;

namespace Yusuan.Core.Checking.Baselines;

/// <summary>
/// Findings a reviewer has accepted, by fingerprint (<see cref="FindingFingerprint"/>), as SARIF baselines do: a later
/// check of the same document leaves them out of the report and counts them in <see cref="CheckReport.Suppressed"/>.
/// Read from a reviewed 检查表 (<see cref="ReviewSheetReader"/>) or a plain key file (<see cref="KeyFileReader"/>).
/// </summary>
public sealed class Baseline(IEnumerable<string> accepted)
{
    private readonly ImmutableHashSet<string> accepted = [.. accepted];

    public static Baseline Empty { get; } = new([]);

    public int Count => accepted.Count;

    public bool Accepts(Finding f) => f.Fingerprint is { } fp && accepted.Contains(fp);

    /// <summary>The report without the accepted findings, counted again; the number left out added to Suppressed.</summary>
    public CheckReport Apply(CheckReport report)
    {
        var kept = report.Findings.Where(f => !Accepts(f)).ToImmutableArray();
        return report.Keep(kept) with { Suppressed = report.Suppressed + report.Findings.Length - kept.Length };
    }

    /// <summary>Reads a baseline: an .xlsx 检查表 by its 处理 and 指纹 columns, anything else as a key file. Bad input gives
    /// one sentence (Chinese, then English), never an exception.</summary>
    public static BaselineRead Load(string path)
    {
        if (!File.Exists(path)) return BaselineRead.Fail($"找不到基线文件“{path}”。/ Baseline file not found: '{path}'.");
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return BaselineRead.Fail($"无法读取基线文件“{path}”：{e.Message} / Cannot read baseline '{path}'.");
        }
        var name = Path.GetFileName(path);
        return bytes.AsSpan().StartsWith("PK"u8) || Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? ReviewSheetReader.Read(bytes, name)
            : KeyFileReader.Read(bytes, name);
    }
}

/// <summary>A baseline, or why the file is not one.</summary>
public sealed record BaselineRead(Baseline? Value, string? Error)
{
    public static BaselineRead Ok(IEnumerable<string> accepted) => new(new Baseline(accepted), null);

    public static BaselineRead Fail(string error) => new(null, error);
}
