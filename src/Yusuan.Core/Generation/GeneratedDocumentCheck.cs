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
                .Where(f => f.Severity != Severity.Info && !IsKnownCheckerGap(f, document))
                .Select(f => new InputIssue(
                    f.Severity == Severity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                    "check." + f.Rule,
                    Where(f.Location),
                    f.Message)),
        ];
    }

    /// <summary>M.performance-project-amount equates 财政拨款项目 with 表7 (一般公共预算 only). When 政府性基金/国有资本经营预算
    /// also fund projects (表8/表9 项目支出), the generated 财政拨款项目 amount is larger by exactly those, and correct
    /// (财政拨款 = 一般公共预算 + 政府性基金 + 国有资本经营, see 名词解释).</summary>
    public static bool IsKnownCheckerGap(Finding f, Disclosure d)
    {
        if (f.Rule != "M.performance-project-amount") return false;
        var other = (d.Table(TableId.T8)?.Value("total", "project")?.Value ?? 0m) + (d.Table(TableId.T9)?.Value("total", "project")?.Value ?? 0m);
        return other > 0m
            && decimal.TryParse(f.Actual, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var actual)
            && decimal.TryParse(f.Expected, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var expected)
            && actual - expected == other;
    }

    private static string Where(FindingLocation l) =>
        l.Section is { Length: > 0 } s ? s : string.Join("/", new[] { l.Table, l.Unit, l.Row, l.Column }.Where(x => !string.IsNullOrEmpty(x)));
}
