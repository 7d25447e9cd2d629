using System.Collections.Immutable;

namespace Yusuan.Core.Model;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>Something the reader could not read, or read with doubt. Codes are stable (documented in docs/reading.md).</summary>
public sealed record ParseDiagnostic(DiagnosticSeverity Severity, string Code, string Message, SourceSpan Span)
{
    /// <summary>For an ambiguous assignment: the candidate readings.</summary>
    public ImmutableArray<string> Candidates { get; init; } = [];
}
