using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Yusuan.Core.Checking;
using Yusuan.Web.Services;

namespace Yusuan.Web.Pages;

/// <summary>语料: filter the stored disclosures; tables of totals and error counts; ECharts charts of the same figures.</summary>
internal static class CorpusPage
{
    /// <summary>Chart data goes into a &lt;script type="application/json"&gt;; the default encoder escapes &lt; &gt; &amp; so a
    /// unit name can never close the script element.</summary>
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Default,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Render(ICorpus corpus, CorpusFilter filter, bool chartsAvailable)
    {
        var all = corpus.List(new CorpusFilter());
        var docs = corpus.List(filter);
        var stats = CorpusStats.Of(docs, filter.Unit);
        var h = new Html();
        h.El("h1", "语料库");
        h.El("p", corpus.Description, ("class", "meta"));
        Filters(h, all, filter);
        if (all.Count == 0)
        {
            h.Notice("语料库是空的：在“检查”页上传文件并保存，或用 yusuan serve --corpus 目录 启动。");
            return Layout.Page("语料", "corpus", h.ToString());
        }
        h.El("p", $"符合条件的文档 {docs.Count.ToString(CultureInfo.InvariantCulture)} 份。金额单位：万元（以元列示的表已换算）。", ("class", "meta"));

        if (!chartsAvailable)
        {
            h.Notice("图表组件 ECharts 未安装（在 src/Yusuan.Web 运行 npm ci 后重新构建），下面只显示表格。");
        }
        h.Raw("<div class=\"charts\">");
        Chart(h, "chart-composition", "支出构成（按功能分类“类”）");
        Chart(h, "chart-basic-project", "基本支出与项目支出");
        Chart(h, "chart-three-public", "“三公”经费（按年度）");
        Chart(h, "chart-completeness", "完整性评分分布");
        Chart(h, "chart-unit", $"单位历年数据：{stats.SeriesUnit ?? "—"}");
        Chart(h, "chart-rules", "最常见的问题（按规则）");
        h.Raw("</div>");
        h.Open("script", ("type", "application/json"), ("id", "corpus-data")).Raw(JsonSerializer.Serialize(stats, JsonOptions)).Close("script");

        h.El("h2", "文档与合计");
        DocumentsPage.DocumentTable(h, docs);

        h.El("h2", "问题统计");
        if (stats.Rules.IsEmpty)
        {
            h.Notice("这些文档没有检查发现。");
        }
        else
        {
            h.Raw("<div class=\"scroll\"><table class=\"grid\" id=\"rule-counts\"><thead><tr><th>规则</th><th>说明</th><th>级别</th><th>次数</th></tr></thead><tbody>");
            foreach (var r in stats.Rules)
            {
                h.Open("tr").Open("td").El("code", r.Rule).Close("td").El("td", RuleCatalog.Default.Find(r.Rule)?.Title).El("td", DocumentView.SeverityName(r.Severity))
                 .El("td", r.Count.ToString(CultureInfo.InvariantCulture), ("class", "num")).Close("tr");
            }
            h.Raw("</tbody></table></div>");
        }
        var scripts = chartsAvailable ? new[] { "/static/echarts.min.js", "/static/corpus.js" } : [];
        return Layout.Page("语料", "corpus", h.ToString(), scripts);
    }

    private static void Chart(Html h, string id, string title) =>
        h.Open("figure", ("class", "chart-card")).El("figcaption", title).Open("div", ("class", "chart"), ("id", id)).Close("div").Close("figure");

    private static void Filters(Html h, IReadOnlyList<CheckedFile> all, CorpusFilter filter)
    {
        h.Raw("<form class=\"filters-bar\" method=\"get\" action=\"/corpus\" id=\"corpus-filter\">");
        Select(h, "region", "地区", all.Select(d => d.Report.Document.Meta.Region).OfType<string>().Distinct().Order(StringComparer.Ordinal)
            .Select(r => (r, r)), filter.Region);
        Select(h, "level", "层级", [("department", "部门"), ("unit", "单位")], filter.Level);
        Select(h, "kind", "类型", [("budget", "预算"), ("final", "决算")], filter.Kind);
        Select(h, "year", "年度", all.Select(d => d.Report.Document.Meta.Year).OfType<int>().Distinct().Order()
            .Select(y => (y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture))), filter.Year?.ToString(CultureInfo.InvariantCulture));
        h.Open("label").Text("单位").Open("input", ("type", "search"), ("name", "unit"), ("value", filter.Unit), ("placeholder", "单位名称"), ("list", "units")).Close("label");
        h.Open("datalist", ("id", "units"));
        foreach (var name in all.Select(d => d.Report.Document.Meta.UnitName).OfType<string>().Distinct().Order(StringComparer.Ordinal)) h.Open("option", ("value", name)).Close("option");
        h.Close("datalist");
        h.Raw("<button type=\"submit\">筛选</button><a href=\"/corpus\">清除</a></form>");
    }

    private static void Select(Html h, string name, string label, IEnumerable<(string Value, string Text)> options, string? selected)
    {
        h.Open("label").Text(label).Open("select", ("name", name)).El("option", "全部", ("value", string.Empty));
        foreach (var (value, text) in options)
        {
            h.El("option", text, ("value", value), ("selected", value == selected ? "selected" : null));
        }
        h.Close("select").Close("label");
    }

    public static int ErrorCount(CheckedFile d) => d.Report.Count(Severity.Error);
}
