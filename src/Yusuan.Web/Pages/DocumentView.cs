using System.Globalization;
using Yusuan.Core.Checking;
using Yusuan.Core.Checking.Output;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Text;
using Yusuan.Web.Services;

namespace Yusuan.Web.Pages;

/// <summary>
/// The document as the reader saw it: narrative lines with their numbers, every table rendered as an HTML table from the
/// model (表1/表4 two-sided, 收入 | 支出 side by side, as printed), and each finding highlighted where it points; for a PDF,
/// its pages as images with each finding's box drawn (<see cref="PageSheets"/>). Next to it, the findings panel: rule
/// titles and places in Chinese; differences within rounding tolerance hidden until asked for.
/// </summary>
internal sealed class DocumentView
{
    private static readonly Severity[] SeverityOrder = [Severity.Error, Severity.Warning, Severity.Info];

    private readonly CheckedFile checkedFile;
    private readonly Disclosure document;
    private readonly IReadOnlyList<Finding> findings;
    private readonly bool[] rounding;
    private readonly DocumentLayout layout;
    private readonly FindingTargets targets;
    private readonly Dictionary<string, string> markIds = new(StringComparer.Ordinal);
    private readonly PageSheets? pages;

    /// <param name="pageSource">Where the page images of a PDF come from; null shows no pages (a generated document).</param>
    public DocumentView(CheckedFile checkedFile, PageSource? pageSource = null)
    {
        this.checkedFile = checkedFile;
        document = Readable.Document(checkedFile.Report.Document);
        findings = checkedFile.Report.Findings;
        rounding = [.. findings.Select(FindingKinds.IsWithinRounding)];
        layout = new DocumentLayout(document);
        targets = new FindingTargets(document, findings, layout);
        if (pageSource is not null && checkedFile.HasPages) pages = new PageSheets(checkedFile, findings, rounding, pageSource);
    }

    /// <summary>Document and findings panel side by side.</summary>
    public string Render()
    {
        var body = Body();
        var h = new Html();
        h.Raw("<div class=\"checked\">")
         .Raw("<article class=\"doc\" id=\"document\">").Raw(body);
        pages?.Render(h);
        h.Raw("</article>")
         .Raw("<aside class=\"panel\" id=\"findings\">").Raw(Panel()).Raw("</aside>")
         .Raw("</div>");
        return h.ToString();
    }

    public static string SeverityName(Severity s) => Places.SeverityName(s);

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
        var title = Mark(FindingTargets.TableKey(index), "tbl");
        h.Open("section", ("class", title.Class), ("data-table", tableKey), ("data-mark", title.Id), ("data-rules", title.Rules),
                ("id", $"tbl-{index.ToString(CultureInfo.InvariantCulture)}"), ("title", title.Title));
        h.Open("h3").Text(Places.TableTitle(table));
        h.El("span", $"单位：{table.Unit.ChineseName()}" + (table.Span.IsKnown ? $"　原文第 {table.Span} 行" : string.Empty), ("class", "meta"));
        h.Close("h3");
        if (table.IsDeclaredEmpty || table.Rows.Length == 0)
        {
            h.Notice(table.EmptyNote?.Text ?? "本表为空表。", "empty");
        }
        else if (TwoSided(table) is { } sides)
        {
            RenderTwoSided(h, index, tableKey, table, sides.Income, sides.Expense);
        }
        else
        {
            var columns = layout.ColumnsOf(index);
            h.Raw("<div class=\"scroll\"><table class=\"grid\"><thead><tr><th>编码</th><th>名称</th>");
            foreach (var column in columns) h.El("th", Readable.Column(table, column), ("data-column", column));
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

    /// <summary>表1 and 表4 are printed two-sided: income lines on the left, expense lines on the right, read across.
    /// Null when the table's rows are not all one side or the other (then it is shown as rows).</summary>
    private static (List<TableRow> Income, List<TableRow> Expense)? TwoSided(DisclosureTable table)
    {
        if (table.Canonical is not (TableId.T1 or TableId.T4)) return null;
        var income = new List<TableRow>();
        var expense = new List<TableRow>();
        foreach (var row in table.Rows)
        {
            if (row.Key.StartsWith("expense.", StringComparison.Ordinal)) expense.Add(row);
            else if (row.Key.StartsWith("income.", StringComparison.Ordinal) || row.Key.StartsWith("carryover", StringComparison.Ordinal)) income.Add(row);
            else return null;
        }
        return income.Count > 0 && expense.Count > 0 ? (income, expense) : null;
    }

    private void RenderTwoSided(Html h, int index, string tableKey, DisclosureTable table, List<TableRow> income, List<TableRow> expense)
    {
        var leftColumns = Columns(table, income);
        var rightColumns = Columns(table, expense);
        h.Raw("<div class=\"scroll\"><table class=\"grid two-sided\"><thead><tr>")
         .El("th", "收入", ("colspan", (leftColumns.Count + 1).ToString(CultureInfo.InvariantCulture)), ("class", "side"))
         .El("th", "支出", ("colspan", (rightColumns.Count + 1).ToString(CultureInfo.InvariantCulture)), ("class", "side"))
         .Raw("</tr><tr><th>项目</th>");
        foreach (var c in leftColumns) h.El("th", Readable.Column(table, c) is { Length: > 0 } n ? n : "金额", ("data-column", c));
        h.Raw("<th class=\"split\">项目</th>");
        foreach (var c in rightColumns) h.El("th", Readable.Column(table, c) is { Length: > 0 } n ? n : "金额", ("data-column", c));
        h.Raw("</tr></thead><tbody>");
        // The two totals close the table on one line, as printed, however long each side is.
        var incomeTotal = income.LastOrDefault(r => r.Key == "income.total");
        var expenseTotal = expense.LastOrDefault(r => r.Key == "expense.total");
        var lines = Math.Max(income.Count - (incomeTotal is null ? 0 : 1), expense.Count - (expenseTotal is null ? 0 : 1));
        var left = income.Where(r => r != incomeTotal).ToList();
        var right = expense.Where(r => r != expenseTotal).ToList();
        for (var i = 0; i < lines; i++)
        {
            h.Open("tr");
            Half(h, index, tableKey, i < left.Count ? left[i] : null, leftColumns, split: false);
            Half(h, index, tableKey, i < right.Count ? right[i] : null, rightColumns, split: true);
            h.Close("tr");
        }
        if (incomeTotal is not null || expenseTotal is not null)
        {
            h.Open("tr", ("class", "total"));
            Half(h, index, tableKey, incomeTotal, leftColumns, split: false);
            Half(h, index, tableKey, expenseTotal, rightColumns, split: true);
            h.Close("tr");
        }
        h.Raw("</tbody></table></div>");
    }

    private void Half(Html h, int index, string tableKey, TableRow? row, List<string> columns, bool split)
    {
        if (row is null)
        {
            h.El("td", string.Empty, ("class", split ? "label split" : "label"));
            foreach (var _ in columns) h.El("td", string.Empty, ("class", "num"));
            return;
        }
        var marked = Mark(FindingTargets.RowKey(index, row), split ? "label split" : "label");
        h.El("td", Label(row), ("class", marked.Class), ("data-table", tableKey), ("data-row", row.Key), ("data-mark", marked.Id),
            ("data-rules", marked.Rules), ("title", marked.Title),
            ("data-line", row.Span.IsKnown ? row.Span.Line.ToString(CultureInfo.InvariantCulture) : null));
        foreach (var column in columns) Cell(h, index, row, column);
    }

    /// <summary>The columns a set of rows uses, in the table's declared order.</summary>
    private static List<string> Columns(DisclosureTable table, List<TableRow> rows)
    {
        var used = rows.SelectMany(r => r.Cells.Keys).ToHashSet(StringComparer.Ordinal);
        var keys = table.Columns.Select(c => c.Key).Where(used.Contains).ToList();
        keys.AddRange(used.Where(k => !keys.Contains(k)).Order(StringComparer.Ordinal));
        return keys.Count == 0 ? ["amount"] : keys;
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
        h.El("td", Label(row), ("class", "label"));
        foreach (var column in columns) Cell(h, index, row, column);
        h.Close("tr");
    }

    private void Cell(Html h, int index, TableRow row, string column)
    {
        var cell = Mark(FindingTargets.CellKey(index, row, column), "num");
        var text = row.Cells.TryGetValue(column, out var c) ? c.Printed ?? Html.Number(c.Value) : string.Empty;
        h.El("td", text, ("class", cell.Class), ("data-column", column), ("data-row", row.Key), ("data-mark", cell.Id), ("data-rules", cell.Rules), ("title", cell.Title));
    }

    /// <summary>The row's name as printed, without a code already shown in its own column; never a bare row key.</summary>
    private static string Label(TableRow row)
    {
        var code = row.FunctionCode?.Digits ?? row.EconomicCode?.Digits ?? string.Empty;
        if (!string.IsNullOrWhiteSpace(row.Label)) return WithoutLeadingCode(row.Label, code);
        return row.Project ?? Places.LineName(row.Key);
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

    /// <summary>CSS class, mark id, rule ids and tooltip for an element that may carry findings. A place whose findings are
    /// all differences within rounding is marked "hl-rounding" (not highlighted until the reviewer asks to see them).</summary>
    private (string Class, string? Id, string? Rules, string? Title) Mark(string target, string baseClass)
    {
        var at = targets.At(target);
        if (at.Count == 0) return (baseClass, null, null, null);
        var real = at.Where(i => !rounding[i]).ToList();
        var level = real.Count == 0 ? "rounding" : FindingsJson.Level(real.Select(i => findings[i].Severity).Max());
        if (!markIds.TryGetValue(target, out var id))
        {
            id = "m" + markIds.Count.ToString(CultureInfo.InvariantCulture);
            markIds[target] = id;
        }
        var rules = string.Join(' ', at.Select(i => findings[i].Rule).Distinct(StringComparer.Ordinal));
        var title = string.Join('\n', at.Select(i => $"[{(rounding[i] ? "舍入差异" : SeverityName(findings[i].Severity))}] {Places.RuleTitle(findings[i].Rule)}：{Readable.Message(findings[i].Message)}"));
        return ($"{baseClass} hl hl-{level}", id, rules, title);
    }

    private string Panel()
    {
        var report = checkedFile.Report;
        var roundingCount = rounding.Count(r => r);
        var h = new Html();
        h.Raw("<div class=\"summary\">");
        foreach (var s in SeverityOrder)
        {
            var n = Enumerable.Range(0, findings.Count).Count(i => findings[i].Severity == s && !rounding[i]);
            h.Open("span", ("class", "count sev-" + FindingsJson.Level(s)), ("id", "count-" + FindingsJson.Level(s)))
             .Text($"{SeverityName(s)} {n.ToString(CultureInfo.InvariantCulture)}").Close("span");
        }
        if (roundingCount > 0)
        {
            h.El("span", $"舍入差异 {roundingCount.ToString(CultureInfo.InvariantCulture)}", ("class", "count rounding"), ("id", "count-rounding"),
                ("title", "相差不超过打印精度的舍入误差：不算错误，默认不显示"));
        }
        var uncertain = ReadingDoubts.Count(document);
        if (uncertain > 0) h.El("span", $"读取存疑 {uncertain.ToString(CultureInfo.InvariantCulture)}", ("class", "count doubt"), ("id", "count-uncertain"));
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
        if (roundingCount > 0)
        {
            h.Open("label").Open("input", ("type", "checkbox"), ("id", "show-rounding"), ("data-filter-rounding", "true")).Text("舍入差异").Close("label");
        }
        h.Open("input", ("type", "search"), ("id", "rule-filter"), ("placeholder", "按问题或文字筛选"), ("aria-label", "筛选"));
        h.Raw("</div>");
        if (findings.Count == 0) h.Notice("没有发现问题。", "ok");
        else if (roundingCount == findings.Count) h.Notice("只有舍入误差以内的差异（默认不显示）。", "ok");
        foreach (var s in SeverityOrder)
        {
            var indexes = Enumerable.Range(0, findings.Count).Where(i => findings[i].Severity == s && !rounding[i]).ToList();
            if (indexes.Count == 0) continue;
            var key = FindingsJson.Level(s);
            h.Open("section", ("class", "group sev-" + key), ("data-severity", key))
             .El("h3", $"{SeverityName(s)}（{indexes.Count.ToString(CultureInfo.InvariantCulture)}）")
             .Open("ol", ("class", "findings"));
            foreach (var i in indexes) RenderFinding(h, i, key);
            h.Close("ol").Close("section");
        }
        var within = Enumerable.Range(0, findings.Count).Where(i => rounding[i]).ToList();
        if (within.Count > 0)
        {
            // Differences the rounding of the printed figures explains: listed apart, hidden until asked for.
            h.Open("section", ("class", "group rounding"), ("id", "rounding-group"), ("hidden", "hidden"))
             .El("h3", $"舍入差异（{within.Count.ToString(CultureInfo.InvariantCulture)}）：相差不超过打印精度的舍入误差，不算错误")
             .Open("ol", ("class", "findings"));
            foreach (var i in within) RenderFinding(h, i, FindingsJson.Level(findings[i].Severity));
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
         .El("summary", $"读取说明（{diagnostics.Length.ToString(CultureInfo.InvariantCulture)}，其中存疑 {ReadingDoubts.Count(document).ToString(CultureInfo.InvariantCulture)}）")
         .Open("ol", ("class", "findings"));
        foreach (var d in diagnostics.Take(200))
        {
            h.Open("li", ("class", "finding"), ("data-code", d.Code))
             .El("span", d.Severity == DiagnosticSeverity.Warning ? "存疑" : d.Severity == DiagnosticSeverity.Error ? "未读出" : "说明", ("class", "rule"))
             .El("span", Readable.Message(CheckService.ChineseOnly(d.Message), d.Span.IsKnown ? Readable.TableAt(document, d.Span.Line) : null), ("class", "msg"));
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
        // On the page images: its box, else its page (when the pages are shown).
        var page = pages is { Shown: true } ? pages.PageOf(i) : null;
        var box = page is null ? null : pages!.BoxOf(i);
        var pageTarget = box ?? (page is { } p ? PageSheets.PageId(p) : null);
        h.Open("li", ("class", "finding sev-" + severityKey + (rounding[i] ? " rounding" : string.Empty)), ("data-severity", severityKey), ("data-rule", f.Rule),
            ("data-rounding", rounding[i] ? "true" : null), ("data-target", markId), ("data-page-target", pageTarget), ("hidden", rounding[i] ? "hidden" : null));
        h.El("strong", Places.RuleTitle(f.Rule), ("class", "rule"));
        h.El("span", Readable.Message(f.Message, Places.Find(document, f.Location.Table)), ("class", "msg"));
        var where = Places.Describe(document, f.Location);
        h.Open("span", ("class", "loc"));
        if (markId is not null) h.El("a", where, ("href", "#" + markId), ("class", "goto"), ("data-goto", markId));
        else h.Text(where);
        if (pageTarget is not null)
        {
            h.El("a", $"原文第 {page!.Value.ToString(CultureInfo.InvariantCulture)} 页" + (box is null ? string.Empty : "上的位置"), ("href", "#" + pageTarget),
                ("class", "goto-page"), ("data-goto-page", pageTarget));
        }
        h.Close("span");
        if (f.Expected is not null || f.Actual is not null)
        {
            h.El("span", $"应为 {Figure(f.Expected)}，实为 {Figure(f.Actual)}", ("class", "figures"));
        }
        if (RuleCatalog.Default.Find(f.Rule)?.Basis is { Length: > 0 } basis) h.El("span", "依据：" + basis, ("class", "basis"));
        h.Close("li");
    }

    /// <summary>A figure as the tables print it (thousands separators, two decimals); text stays as it is.</summary>
    private static string Figure(string? value) =>
        value is null ? "—"
        : decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? Html.Number(d)
        : value;
}
