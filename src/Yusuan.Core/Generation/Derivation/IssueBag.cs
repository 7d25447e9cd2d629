using Yusuan.Core.Generation.Input;
using Yusuan.Core.Model;

namespace Yusuan.Core.Generation.Derivation;

/// <summary>Collects input issues while the figures are derived.</summary>
public sealed class IssueBag
{
    private readonly List<InputIssue> issues = [];

    public IReadOnlyList<InputIssue> Issues => issues;

    public bool HasErrors => issues.Any(i => i.Severity == DiagnosticSeverity.Error);

    public void Error(string code, string location, string message) => issues.Add(new InputIssue(DiagnosticSeverity.Error, code, location, message));

    public void Warning(string code, string location, string message) => issues.Add(new InputIssue(DiagnosticSeverity.Warning, code, location, message));

    public void Info(string code, string location, string message) => issues.Add(new InputIssue(DiagnosticSeverity.Info, code, location, message));

    public void AddRange(IEnumerable<InputIssue> more) => issues.AddRange(more);
}
