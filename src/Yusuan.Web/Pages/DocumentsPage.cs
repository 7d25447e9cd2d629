using System.Globalization;
using Yusuan.Core.Checking.Output;
using Yusuan.Core.Model;
using Yusuan.Web.Services;

namespace Yusuan.Web.Pages;

/// <summary>文档: the list of stored disclosures, and one disclosure with its tables, narrative, projects, targets,
/// findings and the comparison with the same unit's prior year.</summary>
internal static class DocumentsPage
{
    public static string List(PageContext ctx, ICorpus corpus, CorpusFilter filter, string? query)
    {
        var docs = corpus.List(filter)
            .Where(d => string.IsNullOrWhiteSpace(query) || Matches(d, query.Trim()))
            .ToList();
        var h = new Html();
        h.El("h1", "文档");
        h.El("p", corpus.Description, ("class", "meta"));
        h.Raw("<form class=\"filters-bar\" method=\"get\" action=\"/documents\">");
        h.Open("input", ("type", "search"), ("name", "q"), ("value", query), ("placeholder", "单位名称、文件名"));
        h.Raw("<button type=\"submit\">查找</button></form>");
        if (docs.Count == 0)
        {
            h.Notice("没有找到文档。可在“检查”页上传文件后保存到语料库，或用 yusuan serve --corpus 目录 启动时载入一批文件。");
        }
        else
        {
            DocumentTable(h, docs);
        }
        return Layout.Page(ctx, "文档", "documents", h.ToString());
    }

    public static void DocumentTable(Html h, IEnumerable<CorpusEntry> docs)
    {
        h.Raw("<div class=\"scroll\"><table class=\"grid list\" id=\"document-list\"><thead><tr><th>单位</th><th>年度</th><th>类型</th><th>层级</th><th>地区</th>"
              + "<th>支出合计（万元）</th><th>错误</th><th>警告</th><th title=\"相差在舍入误差以内\">舍入差异</th><th title=\"读取时存疑的地方\">读取存疑</th><th>完整性</th><th>文件</th></tr></thead><tbody>");
        foreach (var d in docs) DocumentRow(h, d);
        h.Raw("</tbody></table></div>");
    }

    public static void DocumentRow(Html h, CorpusEntry d)
    {
        h.Open("tr", ("data-id", d.Id)).Open("td", ("class", "unit")).El("a", d.Unit ?? "（未识别单位）", ("href", $"/documents/{d.Id}")).Close("td")
         .El("td", d.Year?.ToString(CultureInfo.InvariantCulture) ?? "—")
         .El("td", CorpusFilter.KindName(d.Kind))
         .El("td", CorpusFilter.LevelName(d.Scope))
         .El("td", d.Region ?? "—")
         .El("td", Html.Number(d.Figures.ExpenseTotal), ("class", "num"))
         .El("td", d.Errors.ToString(CultureInfo.InvariantCulture), ("class", "num errors"))
         .El("td", d.RealWarnings.ToString(CultureInfo.InvariantCulture), ("class", "num warnings"))
         .El("td", d.WithinRounding.ToString(CultureInfo.InvariantCulture), ("class", "num rounding"))
         .El("td", d.Uncertain.ToString(CultureInfo.InvariantCulture), ("class", "num uncertain"))
         .El("td", d.Completeness.ToString("0.#", CultureInfo.InvariantCulture), ("class", "num"))
         .El("td", d.Name, ("class", "file"))
         .Close("tr");
    }

    public static string One(PageContext ctx, ICorpus corpus, CheckedFile d, bool pageImages)
    {
        var document = d.Report.Document;
        var meta = document.Meta;
        var h = new Html();
        h.Open("div", ("class", "doc-head")).El("h1", meta.UnitName ?? d.Name)
         .El("p", string.Join("　", CheckPage.Facts(d)), ("class", "meta"));
        h.Open("p", ("class", "downloads")).Text("下载：");
        foreach (var (format, label) in new[] { ("review", "检查表 XLSX"), ("json", "检查结果 JSON"), ("sarif", "SARIF"), ("model", "模型 JSON"), ("csv", "单元格 CSV"), ("xlsx", "表格 XLSX"), ("pdf", "检查报告 PDF") })
        {
            h.El("a", label, ("href", $"/api/documents/{d.Id}/export?format={format}"));
        }
        h.Close("p");
        if (ctx.IsAdmin)
        {
            h.Open("form", ("method", "post"), ("action", $"/documents/{d.Id}/delete"), ("class", "inline"), ("id", "delete-form")).Raw(ctx.Field())
             .Raw("<button type=\"submit\" id=\"delete\" class=\"danger\">从语料库删除</button>").Close("form");
        }
        h.Close("div");

        h.Raw("<nav class=\"tabs\"><a href=\"#overview\">概况</a><a href=\"#document\">表格与正文</a>")
         .Raw(d.HasPages ? "<a href=\"#pages\">原文页面</a>" : string.Empty)
         .Raw("<a href=\"#projects\">项目</a><a href=\"#targets\">绩效目标</a><a href=\"#compare\">与上年比较</a></nav>");
        Overview(h, d);
        h.Raw(new DocumentView(d, new PageSource($"/api/documents/{d.Id}/pages/", pageImages)).Render());
        Projects(h, document);
        Targets(h, document);
        Compare(h, corpus, d);
        return Layout.Page(ctx, meta.UnitName ?? d.Name, "documents", h.ToString());
    }

    private static void Overview(Html h, CheckedFile d)
    {
        var k = KeyFigures.Of(d.Report.Document);
        var profile = d.Report.Document.Profile;
        h.Raw("<section id=\"overview\" class=\"card\"><h2>概况</h2><dl class=\"facts\">");
        Fact(h, "收入总计（万元）", Html.Number(k.IncomeTotal));
        Fact(h, "支出合计（万元）", Html.Number(k.ExpenseTotal));
        Fact(h, "基本支出（万元）", Html.Number(k.Basic));
        Fact(h, "项目支出（万元）", Html.Number(k.Project));
        Fact(h, "“三公”经费（万元）", Html.Number(k.ThreePublicTotal));
        if (profile.Staff is { } staff)
        {
            Fact(h, "编制数 / 实有人数", $"{staff.Quota?.Value.ToString(CultureInfo.InvariantCulture) ?? "—"} / {staff.Actual?.Value.ToString(CultureInfo.InvariantCulture) ?? "—"}");
        }
        if (!profile.BudgetUnits.IsDefaultOrEmpty) Fact(h, "所属预算单位", string.Join("、", profile.BudgetUnits));
        h.Raw("</dl>");
        if (!profile.Functions.IsDefaultOrEmpty)
        {
            h.El("h3", "主要职能");
            h.Open("ul", ("class", "plain"));
            foreach (var f in profile.Functions.Take(20)) h.El("li", f.Text);
            h.Close("ul");
        }
        h.Raw("</section>");
    }

    private static void Fact(Html h, string name, string value) => h.El("dt", name).El("dd", value);

    private static void Projects(Html h, Disclosure d)
    {
        h.Raw("<section id=\"projects\" class=\"card\"><h2>项目支出情况说明</h2>");
        if (d.Projects.IsDefaultOrEmpty)
        {
            h.Notice("本文件没有读出项目说明。");
        }
        else
        {
            h.Raw("<div class=\"scroll\"><table class=\"grid\"><thead><tr><th>项目</th><th>预算安排规模（万元）</th><th>承担单位</th><th>政策依据</th><th>资金执行时间</th><th>原文行</th></tr></thead><tbody>");
            foreach (var p in d.Projects)
            {
                h.Open("tr").El("td", p.Name).El("td", Html.Number(p.Amount?.Value), ("class", "num"))
                 .El("td", p.ImplementingUnit).El("td", p.PolicyBasis).El("td", p.ExecutionPeriod)
                 .El("td", p.Span.IsKnown ? p.Span.ToString() : "—").Close("tr");
            }
            h.Raw("</tbody></table></div>");
        }
        h.Raw("</section>");
    }

    private static void Targets(Html h, Disclosure d)
    {
        h.Raw("<section id=\"targets\" class=\"card\"><h2>绩效目标</h2>");
        if (d.Targets.IsDefaultOrEmpty)
        {
            h.Notice("本文件没有读出绩效目标表。");
        }
        foreach (var t in d.Targets)
        {
            h.El("h3", (t.Kind == TargetTableKind.Project ? "项目：" : "部门整体：") + (t.ProjectName ?? t.BudgetUnit ?? "（未命名）"));
            h.El("p", $"年度预算总额 {Html.Number(t.FundsTotal?.Value)} 万元。{t.OverallGoal}", ("class", "meta"));
            if (t.Indicators.IsDefaultOrEmpty) continue;
            h.Raw("<div class=\"scroll\"><table class=\"grid\"><thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr></thead><tbody>");
            foreach (var i in t.Indicators)
            {
                h.Open("tr").El("td", i.Level1).El("td", i.Level2).El("td", i.Level3).El("td", i.Value.Raw).Close("tr");
            }
            h.Raw("</tbody></table></div>");
        }
        h.Raw("</section>");
    }

    private static void Compare(Html h, ICorpus corpus, CheckedFile d)
    {
        h.Raw("<section id=\"compare\" class=\"card\"><h2>与上年比较</h2>");
        var priorEntry = corpus.Prior(d);
        var prior = priorEntry is null ? null : corpus.Get(priorEntry.Id);
        if (prior is null)
        {
            h.Notice("语料库中没有同一单位上一年度的公开文件。");
            h.Raw("</section>");
            return;
        }
        var pm = prior.Report.Document.Meta;
        h.Open("p").Text("对比：").El("a", $"{pm.UnitName} {pm.Year?.ToString(CultureInfo.InvariantCulture)} 年", ("href", $"/documents/{prior.Id}"))
         .Text("（金额均换算为万元）").Close("p");
        var changes = DocumentComparison.Compare(prior.Report.Document, d.Report.Document)
            .Where(c => c.Column is "total" or "amount")
            .ToList();
        h.Raw("<div class=\"scroll\"><table class=\"grid\" id=\"compare-table\"><thead><tr><th>表</th><th>项目</th><th>列</th><th>上年</th><th>本年</th><th>增减</th><th>增减率</th></tr></thead><tbody>");
        foreach (var c in changes)
        {
            var table = Places.Find(d.Report.Document, c.Table) ?? Places.Find(prior.Report.Document, c.Table);
            var label = Places.RowName(table, c.Row, c.Unit);
            h.Open("tr").El("td", Places.TableTitle(d.Report.Document, c.Table)).El("td", label.Length > 0 ? label : c.Label)
             .El("td", Readable.Column(table, c.Column))
             .El("td", Html.Number(c.Before), ("class", "num")).El("td", Html.Number(c.After), ("class", "num"))
             .El("td", Html.Number(c.Change), ("class", "num"))
             .El("td", (c.Percent is { } p ? p.ToString("0.00", CultureInfo.InvariantCulture) + "%" : "—"), ("class", "num")).Close("tr");
        }
        h.Raw("</tbody></table></div></section>");
    }

    private static bool Matches(CorpusEntry d, string query) =>
        (d.Unit ?? string.Empty).Contains(query, StringComparison.OrdinalIgnoreCase)
        || d.Name.Contains(query, StringComparison.OrdinalIgnoreCase);
}
