using Yusuan.Core.Model;

namespace Yusuan.Core.Reading;

/// <summary>The outcome of reading: a disclosure (possibly with diagnostics) and the text it was read from, or one
/// sentence saying why nothing could be read.</summary>
public sealed record ReadResult
{
    private ReadResult(Disclosure? value, ReadSource? source, string? error)
    {
        Value = value;
        Source = source;
        Error = error;
    }

    public Disclosure? Value { get; }

    /// <summary>The text the disclosure was read from (null when reading failed).</summary>
    public ReadSource? Source { get; }

    /// <summary>Why the input could not be read at all (Chinese, then English).</summary>
    public string? Error { get; }

    public bool Success => Value is not null;

    public static ReadResult Ok(Disclosure value, ReadSource source) => new(value, source, null);

    public static ReadResult Fail(string error) => new(null, null, error);

    /// <summary>The same reading with <paramref name="value"/> in place of its document (diagnostics added after reading).</summary>
    public ReadResult With(Disclosure value) => new(value, Source, Error);

    public Disclosure GetValueOrThrow() => Value ?? throw new InvalidOperationException(Error);
}
