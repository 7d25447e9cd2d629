using Yusuan.Core.Checking;
using Yusuan.Core.Generation.Input;
using Yusuan.Core.Model;

namespace Yusuan.Core.Generation;

/// <summary>
/// Runs the checker on a generated document: the generator must produce what the checker accepts, so any error here is
/// either an input the derivation let through or a generator bug, and generation stops (unless forced).
/// </summary>
public static class GeneratedDocumentCheck
{
    public static IReadOnlyList<InputIssue> Run(Disclosure document)
    {
        var report = Checker.Default.Check(document);
        return
        [
            .. report.Findings
                .Where(f => f.Severity != Severity.Info)
                .Select(f => new InputIssue(
                    f.Severity == Severity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                    "check." + f.Rule,
                    Where(f.Location),
                    f.Message)),
        ];
    }

    private static string Where(FindingLocation l) =>
        l.Section is { Length: > 0 } s ? s : string.Join("/", new[] { l.Table, l.Unit, l.Row, l.Column }.Where(x => !string.IsNullOrEmpty(x)));
}
