using System.Collections.Immutable;
using Yusuan.Core.Checking;
using Yusuan.Core.Model;

namespace Yusuan.Web.Services;

/// <summary>
/// Used only while the rule checker (src/Yusuan.Core/Checking) is not available: reports what the reader
/// itself could not read, so a user still sees every doubtful place. The pages say that rules were not run.
/// </summary>
public sealed class ReaderDiagnosticsChecker : IDisclosureChecker
{
    public DocumentReport Check(Disclosure document, string? source)
    {
        var findings = document.Diagnostics.Select(d => new Finding
        {
            Rule = "read." + d.Code,
            Severity = d.Severity switch
            {
                DiagnosticSeverity.Error => Severity.Error,
                DiagnosticSeverity.Warning => Severity.Warning,
                _ => Severity.Info,
            },
            Message = d.Message,
            Location = new FindingLocation { Line = d.Span.Line },
        });
        return new DocumentReport(document, source, [.. findings], null, CheckerAvailable: false);
    }
}
