using Yusuan.Core.Model;

namespace Yusuan.Core.Reading;

/// <summary>The outcome of reading: a disclosure (possibly with diagnostics), or one sentence saying why nothing could be read.</summary>
public sealed record ReadResult
{
    private ReadResult(Disclosure? value, string? error)
    {
        Value = value;
        Error = error;
    }

    public Disclosure? Value { get; }

    /// <summary>Why the input could not be read at all (Chinese, then English).</summary>
    public string? Error { get; }

    /// <summary>The text the disclosure was read from (extracted from a PDF, Word, Excel or HTML file; several files joined):
    /// what the line numbers of diagnostics and findings refer to.</summary>
    public string? Text { get; init; }

    public bool Success => Value is not null;

    public static ReadResult Ok(Disclosure value) => new(value, null);

    public static ReadResult Fail(string error) => new(null, error);

    public Disclosure GetValueOrThrow() => Value ?? throw new InvalidOperationException(Error);
}
