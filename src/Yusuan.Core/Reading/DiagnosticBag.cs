using System.Collections.Immutable;
using Yusuan.Core.Model;

namespace Yusuan.Core.Reading;

/// <summary>Collects parse diagnostics while the readers run.</summary>
public sealed class DiagnosticBag
{
    private readonly List<ParseDiagnostic> items = [];

    public void Add(ParseDiagnostic diagnostic) => items.Add(diagnostic);

    public void AddRange(DiagnosticBag other) => items.AddRange(other.items);

    public void Info(string code, string message, SourceSpan span) => items.Add(new(DiagnosticSeverity.Info, code, message, span));

    public void Warning(string code, string message, SourceSpan span) => items.Add(new(DiagnosticSeverity.Warning, code, message, span));

    public void Error(string code, string message, SourceSpan span) => items.Add(new(DiagnosticSeverity.Error, code, message, span));

    public ImmutableArray<ParseDiagnostic> ToImmutable() => [.. items.OrderBy(d => d.Span.Line)];
}
