using System.Globalization;
using System.Text;
using Yusuan.Core.Model;

namespace Yusuan.Core.Checking.Output;

/// <summary>The Chinese text report: grouped by severity, each finding with its place (表/行/列/页/行号) and its evidence
/// line as read (<see cref="SourceEvidence"/>).</summary>
public static class TextReport
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    /// <param name="document">The document checked: places are then named as printed ("表6 一般公共预算基本支出情况表 · 303
    /// 对个人和家庭的补助 · 合计"), as in the 检查表; without it they are the canonical keys.</param>
    public static string Write(CheckReport report, Disclosure? document = null)
    {
        var sb = new StringBuilder();
        var d = report.Document;
        sb.Append(Ci, $"检查报告：{d.Unit ?? "（未识别单位）"} {(d.Year is { } y ? y.ToString(Ci) + "年" : string.Empty)}{d.Kind.ChineseName()}（模板：{d.Template}）\n");
        if (d.Source is not null) sb.Append(Ci, $"文件：{d.Source}\n");
        sb.Append(Ci, $"错误 {report.Summary.Errors} 条，警告 {report.Summary.Warnings} 条，提示 {report.Summary.Infos} 条；完整性 {report.Summary.Completeness.ToString("0.0", Ci)} 分\n");
        if (report.Suppressed > 0) sb.Append(Ci, $"基线中已接受的 {report.Suppressed} 条未再列出\n");
        foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Info })
        {
            var group = report.Findings.Where(f => f.Severity == severity).ToList();
            if (group.Count == 0) continue;
            sb.Append(Ci, $"\n【{Name(severity)}】{group.Count} 条\n");
            foreach (var f in group)
            {
                sb.Append(Ci, $"  [{f.Rule}] {(document is null ? Place(f.Location) : Places.Describe(document, f.Location))}\n");
                sb.Append(Ci, $"    {f.Message}\n");
                if (f.Expected is not null || f.Actual is not null) sb.Append(Ci, $"    应为：{f.Expected ?? "—"}　实为：{f.Actual ?? "—"}\n");
                if (f.Evidence is { } evidence) sb.Append(Ci, $"    > {f.Location.Line,5} | {Snippet(evidence)}\n");
            }
        }
        if (report.Findings.IsEmpty) sb.Append("\n未发现问题。\n");
        return sb.ToString();
    }

    /// <summary>One line per document for a directory run.</summary>
    public static string SummaryLine(CheckReport r, string name) =>
        string.Create(Ci, $"{name}\t错误 {r.Summary.Errors}\t警告 {r.Summary.Warnings}\t提示 {r.Summary.Infos}\t完整性 {r.Summary.Completeness:0.0}\t{r.Document.Unit ?? "（未识别单位）"}");

    public static string Name(Severity s) => s switch { Severity.Error => "错误", Severity.Warning => "警告", _ => "提示" };

    public static string Place(FindingLocation l)
    {
        var parts = new List<string>();
        if (l.Table is { } t) parts.Add(t.Length > 1 && t[0] == 'T' && char.IsAsciiDigit(t[1]) ? $"表{t[1..]}" : t == "M" ? "其他事项" : t);
        if (l.Unit is { } u) parts.Add($"单位 {u}");
        if (l.Row is { } r) parts.Add($"行 {r}");
        if (l.Column is { } c) parts.Add($"列 {c}");
        if (l.Section is { } s) parts.Add($"说明 {s}");
        if (l.Page is { } p) parts.Add($"第 {p} 页");
        if (l.Line > 0) parts.Add($"第 {l.Line} 行");
        return parts.Count == 0 ? "（全文）" : string.Join("，", parts);
    }

    private static string Snippet(string line)
    {
        var s = line.Replace('\t', ' ').Trim();
        return s.Length > 120 ? s[..120] + "…" : s;
    }
}
