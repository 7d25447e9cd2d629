using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Yusuan.Core.Checking;
using Yusuan.Core.Checking.Output;
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

    public static string Render(PageContext ctx, ICorpus corpus, CorpusFilter filter, bool chartsAvailable)
    {
        var all = corpus.List(new CorpusFilter());
        var docs = corpus.List(filter);
        var stats = CorpusStats.Of(docs, filter);
        var ci = CultureInfo.InvariantCulture;
        var h = new Html();
        h.El("h1", "语料库");
        h.El("p", corpus.Description, ("class", "meta"));
        Filters(h, all, filter);
        if (all.Count == 0)
        {
            h.Notice("语料库是空的：在“检查”页上传文件并保存，或用 yusuan serve --corpus 目录 启动。");
            return Layout.Page(ctx, "语料", "corpus", h.ToString());
        }
        h.El("p", $"符合条件的文档 {docs.Count.ToString(ci)} 份。金额单位：万元（以元列示的表已换算）。金额图表只把同类文件相加：{stats.Basis}；"
                  + "部门公开已包含其所属单位，所以部门与单位、预算与决算不相加（可用上面的筛选切换）。", ("class", "meta"), ("id", "basis"));

        if (!chartsAvailable)
        {
            h.Notice("图表组件 ECharts 未安装（在 src/Yusuan.Web 运行 npm ci 后重新构建），下面只显示表格。");
        }
        h.Raw("<div class=\"charts\">");
        var year = stats.CompositionYear is { } y ? $"{y.ToString(ci)} 年，" : string.Empty;
        Chart(h, "chart-composition", $"支出构成（按功能分类“类”；{year}{stats.CompositionDocuments.ToString(ci)} 份）");
        Chart(h, "chart-basic-project", $"基本支出与项目支出（{year}{stats.CompositionDocuments.ToString(ci)} 份）");
        Chart(h, "chart-three-public", stats.ThreePublicUnits > 0
            ? $"“三公”经费（按年度；每年都是同样的 {stats.ThreePublicUnits.ToString(ci)} 个单位）"
            : "“三公”经费（按年度）");
        Chart(h, "chart-completeness", "完整性评分分布");
        Chart(h, "chart-unit", $"单位历年数据：{stats.SeriesUnit ?? "—"}");
        Chart(h, "chart-rules", "最常见的问题（不含舍入差异）");
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
            h.Raw("<div class=\"scroll\"><table class=\"grid\" id=\"rule-counts\"><thead><tr><th>问题</th><th>依据</th><th>级别</th><th>次数</th></tr></thead><tbody>");
            foreach (var r in stats.Rules)
            {
                h.Open("tr", ("data-rule", r.Rule)).El("td", r.Title).El("td", RuleCatalog.Default.Find(r.Rule)?.Basis).El("td", Places.SeverityName(r.Severity))
                 .El("td", r.Count.ToString(ci), ("class", "num")).Close("tr");
            }
            h.Raw("</tbody></table></div>");
        }
        var scripts = chartsAvailable ? new[] { "echarts.min.js", "corpus.js" } : [];
        return Layout.Page(ctx, "语料", "corpus", h.ToString(), scripts);
    }

    private static void Chart(Html h, string id, string title) =>
        h.Open("figure", ("class", "chart-card")).El("figcaption", title).Open("div", ("class", "chart"), ("id", id)).Close("div").Close("figure");

    private static void Filters(Html h, IReadOnlyList<CorpusEntry> all, CorpusFilter filter)
    {
        h.Raw("<form class=\"filters-bar\" method=\"get\" action=\"/corpus\" id=\"corpus-filter\">");
        Select(h, "region", "地区", all.Select(d => d.Region).OfType<string>().Distinct().Order(StringComparer.Ordinal)
            .Select(r => (r, r)), filter.Region);
        Select(h, "level", "层级", [("department", "部门"), ("unit", "单位")], filter.Level);
        Select(h, "kind", "类型", [("budget", "预算"), ("final", "决算")], filter.Kind);
        Select(h, "year", "年度", all.Select(d => d.Year).OfType<int>().Distinct().Order()
            .Select(y => (y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture))), filter.Year?.ToString(CultureInfo.InvariantCulture));
        h.Open("label").Text("单位").Open("input", ("type", "search"), ("name", "unit"), ("value", filter.Unit), ("placeholder", "单位名称"), ("list", "units")).Close("label");
        h.Open("datalist", ("id", "units"));
        foreach (var name in all.Select(d => d.Unit).OfType<string>().Distinct().Order(StringComparer.Ordinal)) h.Open("option", ("value", name)).Close("option");
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
}
