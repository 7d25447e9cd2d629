using System.Globalization;
using Yusuan.Core.Checking;
using Yusuan.Core.Checking.Output;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Text;
using Yusuan.Web.Services;

namespace Yusuan.Web.Pages;

/// <summary>
/// The document as the reader saw it: narrative lines with their numbers, every table rendered as an HTML
/// table from the model, and each finding highlighted where it points. Next to it, the findings panel.
/// </summary>
internal sealed class DocumentView
{
    private static readonly Severity[] SeverityOrder = [Severity.Error, Severity.Warning, Severity.Info];

    private readonly CheckedFile checkedFile;
    private readonly Disclosure document;
    private readonly IReadOnlyList<Finding> findings;
    private readonly DocumentLayout layout;
    private readonly FindingTargets targets;
    private readonly Dictionary<string, string> markIds = new(StringComparer.Ordinal);

    public DocumentView(CheckedFile checkedFile)
    {
        this.checkedFile = checkedFile;
        document = checkedFile.Report.Document;
        findings = checkedFile.Report.Findings;
        layout = new DocumentLayout(document);
        targets = new FindingTargets(document, findings, layout);
    }

    /// <summary>Document and findings panel side by side.</summary>
    public string Render()
    {
        var body = Body();
        var h = new Html();
        h.Raw("<div class=\"checked\">")
         .Raw("<article class=\"doc\" id=\"document\">").Raw(body).Raw("</article>")
         .Raw("<aside class=\"panel\" id=\"findings\">").Raw(Panel()).Raw("</aside>")
         .Raw("</div>");
        return h.ToString();
    }

    public static string SeverityName(Severity s) => s switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    private string Body()
    {
        var h = new Html();
        var lines = SourceText.From(checkedFile.Text).Lines;
        var rendered = new bool[document.Tables.Length];
        var next = 0;
        var ranges = layout.Ranges;
        var lineNo = 1;
        while (lineNo <= lines.Length)
        {
            while (next < ranges.Count && ranges[next].End < lineNo) next++;
            if (next < ranges.Count && ranges[next].Start <= lineNo)
            {
                var range = ranges[next];
                if (!rendered[range.Table])
                {
                    RenderTable(h, range.Table, lines);
                    rendered[range.Table] = true;
                }
                lineNo = range.End + 1;
                next++;
                continue;
            }
            RenderLine(h, lines[lineNo - 1]);
            lineNo++;
        }
        for (var i = 0; i < rendered.Length; i++)
        {
            if (!rendered[i]) RenderTable(h, i, lines);
        }
        return h.ToString();
    }

    private void RenderLine(Html h, SourceLine line)
    {
        var marked = Mark(FindingTargets.LineKey(line.Number), line.IsBlank ? "ln blank" : "ln");
        h.Open("div", ("class", marked.Class), ("id", "L" + line.Number.ToString(CultureInfo.InvariantCulture)), ("data-mark", marked.Id),
                ("data-rules", marked.Rules), ("title", marked.Title))
         .El("span", line.Number.ToString(CultureInfo.InvariantCulture), ("class", "no"))
         .El("span", line.Raw.Replace("\f", string.Empty, StringComparison.Ordinal), ("class", "tx"))
         .Close("div");
    }

    private void RenderTable(Html h, int index, System.Collections.Immutable.ImmutableArray<SourceLine> lines)
    {
        var table = document.Tables[index];
        var tableKey = table.Canonical?.ToString() ?? string.Empty;
        var columns = layout.ColumnsOf(index);
        var headers = table.Columns.ToDictionary(c => c.Key, c => c.Header, StringComparer.Ordinal);
        var title = Mark(FindingTargets.TableKey(index), "tbl");
        h.Open("section", ("class", title.Class), ("data-table", tableKey), ("data-mark", title.Id), ("data-rules", title.Rules),
                ("id", $"tbl-{index.ToString(CultureInfo.InvariantCulture)}"), ("title", title.Title));
        var caption = (table.Number is { } n ? $"表{n.ToString(CultureInfo.InvariantCulture)} " : string.Empty) + table.Title;
        h.Open("h3").Text(caption);
        if (table.Canonical is { } id) h.El("span", id.ToString(), ("class", "tag"));
        h.El("span", $"单位：{table.Unit.ChineseName()}" + (table.Span.IsKnown ? $"　原文第 {table.Span} 行" : string.Empty), ("class", "meta"));
        h.Close("h3");
        if (table.IsDeclaredEmpty || table.Rows.Length == 0)
        {
            h.Notice(table.EmptyNote?.Text ?? "本表为空表。", "empty");
        }
        else
        {
            h.Raw("<div class=\"scroll\"><table class=\"grid\"><thead><tr><th>编码</th><th>名称</th>");
            foreach (var column in columns)
            {
                h.El("th", headers.TryGetValue(column, out var header) && !string.IsNullOrWhiteSpace(header) ? header : column,
                    ("data-column", column), ("title", column));
            }
            h.Raw("</tr></thead><tbody>");
            foreach (var row in table.Rows) RenderRow(h, index, tableKey, row, columns);
            h.Raw("</tbody></table></div>");
        }
        if (table.Span.IsKnown)
        {
            h.Raw("<details class=\"source\"><summary>查看原文</summary><div class=\"raw\">");
            for (var l = table.Span.Line; l <= Math.Min(Math.Max(table.Span.Line, table.Span.EndLine), lines.Length); l++)
            {
                h.Open("div", ("class", "ln")).El("span", l.ToString(CultureInfo.InvariantCulture), ("class", "no"))
                 .El("span", lines[l - 1].Raw, ("class", "tx")).Close("div");
            }
            h.Raw("</div></details>");
        }
        h.Close("section");
    }

    private void RenderRow(Html h, int index, string tableKey, TableRow row, List<string> columns)
    {
        var kind = row.Kind switch
        {
            RowKind.Total => "total",
            RowKind.Subtotal => "subtotal",
            RowKind.UnitHeader => "unit-header",
            _ => "detail",
        };
        var marked = Mark(FindingTargets.RowKey(index, row), kind);
        h.Open("tr", ("class", marked.Class), ("data-table", tableKey), ("data-row", row.Key), ("data-unit", row.Unit),
                ("data-mark", marked.Id), ("data-rules", marked.Rules), ("title", marked.Title),
                ("data-line", row.Span.IsKnown ? row.Span.Line.ToString(CultureInfo.InvariantCulture) : null));
        var code = row.FunctionCode?.Digits ?? row.EconomicCode?.Digits ?? string.Empty;
        h.El("td", code, ("class", "code"));
        var label = string.IsNullOrWhiteSpace(row.Label) ? row.Project ?? row.Key : WithoutLeadingCode(row.Label, code);
        h.El("td", label, ("class", "label"));
        foreach (var column in columns)
        {
            var cell = Mark(FindingTargets.CellKey(index, row, column), "num");
            var text = row.Cells.TryGetValue(column, out var c) ? c.Printed ?? Html.Plain(c.Value) : string.Empty;
            h.El("td", text, ("class", cell.Class), ("data-column", column), ("data-mark", cell.Id), ("data-rules", cell.Rules), ("title", cell.Title));
        }
        h.Close("tr");
    }

    /// <summary>Two-sided tables (表1/表4) print the 类 code inside the label ("201 一般公共服务支出"); the code already has its
    /// own column, so it is not shown twice.</summary>
    internal static string WithoutLeadingCode(string label, string code)
    {
        if (code.Length == 0 || !label.StartsWith(code, StringComparison.Ordinal)) return label;
        var rest = label.AsSpan(code.Length);
        if (rest.Length == 0 || char.IsAsciiDigit(rest[0])) return label;
        var trimmed = rest.TrimStart().TrimStart("、.．:：").TrimStart();
        return trimmed.Length == 0 ? label : trimmed.ToString();
    }

    /// <summary>CSS class, mark id, rule ids and tooltip for an element that may carry findings.</summary>
    private (string Class, string? Id, string? Rules, string? Title) Mark(string target, string baseClass)
    {
        var at = targets.At(target);
        if (at.Count == 0) return (baseClass, null, null, null);
        var worst = at.Select(i => findings[i].Severity).Max();
        if (!markIds.TryGetValue(target, out var id))
        {
            id = "m" + markIds.Count.ToString(CultureInfo.InvariantCulture);
            markIds[target] = id;
        }
        var rules = string.Join(' ', at.Select(i => findings[i].Rule).Distinct(StringComparer.Ordinal));
        var title = string.Join('\n', at.Select(i => $"[{SeverityName(findings[i].Severity)}] {findings[i].Rule}：{findings[i].Message}"));
        return ($"{baseClass} hl hl-{FindingsJson.Level(worst)}", id, rules, title);
    }

    private string Panel()
    {
        var report = checkedFile.Report;
        var h = new Html();
        h.Raw("<div class=\"summary\">");
        foreach (var s in SeverityOrder)
        {
            h.Open("span", ("class", "count sev-" + FindingsJson.Level(s)))
             .Text($"{SeverityName(s)} {report.Count(s).ToString(CultureInfo.InvariantCulture)}").Close("span");
        }
        h.Open("span", ("class", "count score"), ("id", "completeness"))
         .Text($"完整性 {report.Completeness.ToString("0.#", CultureInfo.InvariantCulture)} 分")
         .Close("span");
        h.Raw("</div>");
        h.Raw("<div class=\"filters\" id=\"filters\">");
        foreach (var s in SeverityOrder)
        {
            var key = FindingsJson.Level(s);
            h.Open("label").Open("input", ("type", "checkbox"), ("checked", "checked"), ("data-filter-severity", key)).Text(SeverityName(s)).Close("label");
        }
        h.Open("input", ("type", "search"), ("id", "rule-filter"), ("placeholder", "按规则编号或文字筛选"), ("aria-label", "筛选"));
        h.Raw("</div>");
        if (findings.Count == 0) h.Notice("没有发现问题。", "ok");
        foreach (var s in SeverityOrder)
        {
            var indexes = Enumerable.Range(0, findings.Count).Where(i => findings[i].Severity == s).ToList();
            if (indexes.Count == 0) continue;
            var key = FindingsJson.Level(s);
            h.Open("section", ("class", "group sev-" + key), ("data-severity", key))
             .El("h3", $"{SeverityName(s)}（{indexes.Count.ToString(CultureInfo.InvariantCulture)}）")
             .Open("ol", ("class", "findings"));
            foreach (var i in indexes) RenderFinding(h, i, key);
            h.Close("ol").Close("section");
        }
        Diagnostics(h);
        return h.ToString();
    }

    /// <summary>What the reader could not read, or read with doubt: not findings about the document, but worth seeing
    /// next to them (a missing table may be a reading problem rather than an omission).</summary>
    private void Diagnostics(Html h)
    {
        var diagnostics = document.Diagnostics;
        if (diagnostics.IsDefaultOrEmpty) return;
        h.Open("details", ("class", "diagnostics"), ("id", "diagnostics"))
         .El("summary", $"读取诊断（{diagnostics.Length.ToString(CultureInfo.InvariantCulture)}）")
         .Open("ol", ("class", "findings"));
        foreach (var d in diagnostics.Take(200))
        {
            h.Open("li", ("class", "finding")).El("code", d.Code, ("class", "rule")).El("span", d.Message, ("class", "msg"));
            if (d.Span.IsKnown)
            {
                var line = d.Span.Line.ToString(CultureInfo.InvariantCulture);
                h.Open("span", ("class", "loc")).El("a", $"第 {line} 行", ("href", "#L" + line)).Close("span");
            }
            h.Close("li");
        }
        h.Close("ol").Close("details");
    }

    private void RenderFinding(Html h, int i, string severityKey)
    {
        var f = findings[i];
        var target = targets.TargetOf(i);
        var markId = target is not null && markIds.TryGetValue(target, out var id) ? id : null;
        h.Open("li", ("class", "finding sev-" + severityKey), ("data-severity", severityKey), ("data-rule", f.Rule), ("data-target", markId));
        h.El("code", f.Rule, ("class", "rule"), ("title", RuleCatalog.Default.Find(f.Rule)?.Title));
        h.El("span", f.Message, ("class", "msg"));
        var where = Where(f.Location);
        h.Open("span", ("class", "loc"));
        if (markId is not null) h.El("a", where, ("href", "#" + markId), ("class", "goto"), ("data-goto", markId));
        else h.Text(where);
        h.Close("span");
        if (f.Expected is not null || f.Actual is not null)
        {
            h.El("span", $"应为 {f.Expected ?? "—"}，实为 {f.Actual ?? "—"}", ("class", "figures"));
        }
        h.Close("li");
    }

    private static string Where(FindingLocation at)
    {
        var parts = new List<string>();
        if (at.Table is not null) parts.Add(at.Table);
        if (at.Unit is not null) parts.Add(at.Unit);
        if (at.Row is not null) parts.Add(at.Row);
        if (at.Column is not null) parts.Add(at.Column);
        if (at.Section is not null) parts.Add(at.Section);
        if (at.Line > 0) parts.Add($"第 {at.Line.ToString(CultureInfo.InvariantCulture)} 行");
        return parts.Count == 0 ? "全文" : string.Join(" · ", parts);
    }
}
