using Yusuan.Core.Model;

namespace Yusuan.Core.Generation.Input;

/// <summary>Something wrong with the input: where (a JSON path such as <c>functions[3].code</c>, or a cell such as
/// <c>表3!D12</c>), what, and how bad. Errors stop generation unless forced.</summary>
public sealed record InputIssue(DiagnosticSeverity Severity, string Code, string Location, string Message)
{
    public override string ToString() =>
        $"{(Severity == DiagnosticSeverity.Error ? "错误" : Severity == DiagnosticSeverity.Warning ? "警告" : "提示")} {Location}: {Message} [{Code}]";
}

/// <summary>The outcome of reading an input file: the input (null when nothing usable could be read) and its issues.</summary>
public sealed record InputReadResult(BudgetInput? Input, IReadOnlyList<InputIssue> Issues)
{
    public bool HasErrors => Input is null || Issues.Any(i => i.Severity == DiagnosticSeverity.Error);
}
