using Yusuan.Core.Generation.Input;
using Yusuan.Core.Model;
using Yusuan.Core.Reading;

namespace Yusuan.Core.Generation;

/// <summary>What <c>yusuan render</c> renders: a disclosure generated from JSON/XLSX input, or an existing one read by
/// <see cref="DisclosureReader"/>. <see cref="Error"/> is one sentence when nothing could be read.</summary>
public sealed record SourceResult(Disclosure? Disclosure, IReadOnlyList<InputIssue> Issues, string? Error)
{
    public bool HasErrors => Issues.Any(i => i.Severity == DiagnosticSeverity.Error);

    /// <summary>The input could not be read at all (not JSON, a damaged workbook), as against read with errors.</summary>
    public bool Unreadable { get; init; }
}

public static class DisclosureSource
{
    public static SourceResult Load(string path)
    {
        if (!File.Exists(path)) return new SourceResult(null, [], $"找不到文件“{path}”。/ File not found: '{path}'.");
        var extension = Path.GetExtension(path).ToLowerInvariant();
        InputReadResult input;
        try
        {
            switch (extension)
            {
                case ".json":
                    if (InputJson.Decode(path) is not { } json)
                    {
                        return new SourceResult(null, [], $"“{Path.GetFileName(path)}”不是 UTF-8 编码的 JSON（如 GBK 保存的文件，请另存为 UTF-8）。/ '{Path.GetFileName(path)}' is not UTF-8 JSON.")
                        {
                            Unreadable = true,
                        };
                    }
                    input = InputJson.Read(json, Path.GetFileName(path));
                    break;
                case ".xlsx":
                    input = XlsxInputReader.Read(path);
                    break;
                default:
                    var read = DisclosureReader.ReadFile(path);
                    return read.Value is { } d ? new SourceResult(d, [], null) : new SourceResult(null, [], read.Error);
            }
        }
        catch (IOException e)
        {
            return new SourceResult(null, [], $"无法读取文件“{path}”：{e.Message}");
        }
        if (input.Input is null) return new SourceResult(null, input.Issues, null) { Unreadable = true };
        // Figures no budget holds (negative, or at the edge of decimal) stop generation, forced or not.
        if (InputRanges.Check(input.Input) is { Count: > 0 } outOfRange) return new SourceResult(null, [.. input.Issues, .. outOfRange], null);
        var generated = DisclosureGenerator.Generate(input.Input);
        // The checker only runs on what was generated from an input that was itself consistent.
        var checkedIssues = generated.Disclosure is { } document && !generated.HasErrors ? GeneratedDocumentCheck.Run(document) : [];
        return new SourceResult(generated.Disclosure, [.. input.Issues, .. generated.Issues, .. checkedIssues], null);
    }
}
