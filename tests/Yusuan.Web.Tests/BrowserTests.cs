using Microsoft.Playwright;
using Yusuan.Core.Checking;
using Yusuan.Web.Services;

namespace Yusuan.Web.Tests;

/// <summary>End to end in headless Chromium: the pages a reviewer uses, with screenshots in TestResults/screenshots.</summary>
public sealed class BrowserTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task The_corpus_page_draws_its_charts()
    {
        var corpus = Synthetic.Corpus(
            Synthetic.Document("测试局", 2023, "新疆", 90m, 60m, 3.2m, 72m),
            Synthetic.Document("测试局", 2024, "新疆", 100m, 50m, 3m, 85m),
            Synthetic.Document("测试局", 2025, "新疆", 110m, 40m, 2.5m, 93m),
            Synthetic.Document("示例厅", 2025, "上海", 300m, 120m, 8m, 64m));
        await using var app = await RunningApp.StartAsync(corpus: corpus);
        var page = await browser.NewPageAsync();

        await page.GotoAsync(new Uri(app.Address, "/corpus").ToString());
        await page.WaitForSelectorAsync("#chart-composition[data-drawn=true] canvas");
        await page.WaitForSelectorAsync("#chart-unit[data-drawn=true] canvas");
        await Browser.ScreenshotAsync(page, "corpus", fullPage: true);

        foreach (var id in new[] { "chart-composition", "chart-basic-project", "chart-three-public", "chart-completeness", "chart-unit" })
        {
            Assert.True(await CanvasHasInkAsync(page, id), $"{id} drew nothing");
        }
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1400)]
    public async Task Every_axis_name_of_the_corpus_charts_is_drawn_whole_inside_its_chart(int width)
    {
        var corpus = Synthetic.Corpus(
            Synthetic.Document("测试局", 2023, "新疆", 90_000m, 60_000m, 3_200m, 72m),
            Synthetic.Document("测试局", 2024, "新疆", 100_000m, 50_000m, 3_000m, 85m),
            Synthetic.Document("测试局", 2025, "新疆", 110_000m, 40_000m, 2_500m, 93m));
        await using var app = await RunningApp.StartAsync(corpus: corpus);
        var page = await browser.NewPageAsync(width, width == 390 ? 844 : 900);

        await page.GotoAsync(new Uri(app.Address, "/corpus").ToString());
        await page.WaitForSelectorAsync("#chart-unit[data-drawn=true] canvas");
        await Browser.ScreenshotAsync(page, $"corpus-axes-{width}", fullPage: true);
        var placed = new List<string>();
        foreach (var id in new[] { "chart-three-public", "chart-completeness", "chart-unit" })
        {
            // Each axis name as ECharts laid it out (its text elements, in the chart's own pixels).
            var json = await page.EvaluateAsync<string>(@"id => {
                const chart = echarts.getInstanceByDom(document.getElementById(id));
                const option = chart.getOption();
                const names = [].concat(option.xAxis || [], option.yAxis || []).map(a => a.name).filter(n => n);
                const boxes = [];
                chart.getZr().storage.getDisplayList(true).forEach(el => {
                    const text = el.style && el.style.text;
                    if (!text || !names.includes(text)) return;
                    const r = el.getBoundingRect().clone();
                    const m = el.getComputedTransform ? el.getComputedTransform() : el.transform;
                    if (m) r.applyTransform(m);
                    boxes.push({ text: text, left: r.x, top: r.y, right: r.x + r.width, bottom: r.y + r.height });
                });
                return JSON.stringify({ width: chart.getWidth(), height: chart.getHeight(), names: names, boxes: boxes });
            }", id);
            var laid = System.Text.Json.JsonDocument.Parse(json).RootElement;
            var (w, h) = (laid.GetProperty("width").GetDouble(), laid.GetProperty("height").GetDouble());
            var names = laid.GetProperty("names").EnumerateArray().Select(n => n.GetString()!).ToList();
            var boxes = laid.GetProperty("boxes").EnumerateArray().ToList();

            Assert.NotEmpty(names);
            foreach (var name in names)
            {
                var box = boxes.FirstOrDefault(b => b.GetProperty("text").GetString() == name);
                Assert.True(box.ValueKind == System.Text.Json.JsonValueKind.Object, $"{id}: the axis name {name} is not drawn");
                var (left, top, right, bottom) = (box.GetProperty("left").GetDouble(), box.GetProperty("top").GetDouble(), box.GetProperty("right").GetDouble(), box.GetProperty("bottom").GetDouble());
                Assert.True(left >= 0 && top >= 0 && right <= w && bottom <= h, $"{id} at {width} px: {name} at ({left:0},{top:0})–({right:0},{bottom:0}) of {w:0}×{h:0}");
                placed.Add(name);
            }
        }
        Assert.Contains("万元", placed);
        Assert.Contains("年度", placed);
    }

    [Fact]
    public async Task The_corpus_page_over_the_sample_disclosures_draws_charts_and_filters_by_region()
    {
        var corpus = InMemoryCorpus.Load(Path.Combine(Samples.Root, "samples"), RuleChecker.Default);
        await using var app = await RunningApp.StartAsync(corpus: corpus);
        var page = await browser.NewPageAsync();

        await page.GotoAsync(new Uri(app.Address, "/corpus").ToString());
        await page.WaitForSelectorAsync("#chart-three-public[data-drawn=true] canvas");
        await Browser.ScreenshotAsync(page, "corpus-samples", fullPage: true);
        var all = await page.Locator("#document-list tbody tr").CountAsync();
        await page.SelectOptionAsync("select[name=region]", "上海");
        await page.ClickAsync("#corpus-filter button[type=submit]");
        await page.WaitForSelectorAsync("#chart-unit[data-drawn=true] canvas");
        var shanghai = await page.Locator("#document-list tbody tr").CountAsync();

        foreach (var id in new[] { "chart-composition", "chart-basic-project", "chart-three-public", "chart-completeness", "chart-unit", "chart-rules" })
        {
            Assert.True(await CanvasHasInkAsync(page, id), $"{id} drew nothing");
        }
        Assert.True(all >= 16, $"{all} documents listed");
        Assert.True(shanghai is > 0 && shanghai < all, $"{shanghai} of {all} documents are from 上海");
        Assert.All(await page.Locator("#document-list tbody tr td:nth-child(5)").AllInnerTextsAsync(), region => Assert.Equal("上海", region));
    }

    [Fact]
    public async Task Uploading_a_seed_shows_the_document_with_a_rounding_difference_shown_as_such_when_asked()
    {
        // Seed 000, 表3 line 203: 行政事业单位医疗 (21011) 108.22, but its 项 rows 57.46 + 23.64 + 24.63 + 2.50 = 108.23:
        // a difference within the rounding of five printed figures, hidden until the reviewer asks for it.
        await using var app = await RunningApp.StartAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync(new Uri(app.Address, "/check").ToString());
        await page.SetInputFilesAsync("#file", Samples.Seed("000"));
        await page.ClickAsync("#submit");
        await page.WaitForURLAsync("**/check/*", Browser.Committed);
        var cell = page.Locator("section[data-table='T3'] tr[data-row='21011'] td[data-column='total']");
        await cell.WaitForAsync();
        var finding = page.Locator("li.finding[data-rule='T3.hierarchy-sum'][data-rounding='true']").First;
        Assert.False(await finding.IsVisibleAsync());
        Assert.Contains("舍入差异", await page.Locator("#count-rounding").InnerTextAsync(), StringComparison.Ordinal);

        await page.CheckAsync("#show-rounding");
        await finding.Locator("a.goto").ClickAsync();
        await Browser.ScreenshotAsync(page, "check-result");

        Assert.Contains("hl-rounding", await cell.GetAttributeAsync("class") ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("T3.hierarchy-sum", await cell.GetAttributeAsync("data-rules") ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal("108.22", (await cell.InnerTextAsync()).Trim());
        Assert.True(await cell.IsVisibleAsync());
        Assert.True(await finding.IsVisibleAsync());
        // The finding reads as a reviewer reads it: the rule's title and the place as printed, no internal keys.
        var text = await finding.InnerTextAsync();
        Assert.Contains("行政事业单位医疗", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hierarchy-sum", text, StringComparison.Ordinal);
        await page.UncheckAsync("input[data-filter-severity=warning]");
        Assert.False(await finding.IsVisibleAsync());
    }

    [Fact]
    public async Task A_finding_on_a_narrative_line_is_highlighted_at_that_line()
    {
        var seed = Samples.Seed("000");
        var line = Array.FindIndex(await File.ReadAllLinesAsync(seed), l => l.Contains("收支预算情况的总体说明", StringComparison.Ordinal)) + 1;
        var finding = Synthetic.Finding("N.test", Severity.Error, null, null, null, line, "说明与表不符");
        await using var app = await RunningApp.StartAsync(new Backends(new FixedChecker(finding)));
        var page = await browser.NewPageAsync();

        await page.GotoAsync(new Uri(app.Address, "/check").ToString());
        await page.SetInputFilesAsync("#file", seed);
        await page.ClickAsync("#submit");
        await page.WaitForURLAsync("**/check/*", Browser.Committed);
        var mark = page.Locator($"#L{line}.hl-error");
        await mark.WaitForAsync();

        Assert.Contains("N.test", await mark.GetAttributeAsync("data-rules") ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_document_page_renders_tables_with_the_finding_at_its_cell()
    {
        var finding = Synthetic.Finding("T3.column-sum", Severity.Warning, "T3", "201", "basic", 5, "一般公共服务支出的基本支出与明细之和不符");
        var prior = Synthetic.Document("测试局", 2024, "新疆", 100m, 50m, 3m, 85m);
        var d = Synthetic.Document("测试局", 2025, "新疆", 110m, 40m, 2.5m, 93m, finding);
        await using var app = await RunningApp.StartAsync(corpus: Synthetic.Corpus(prior, d));
        var page = await browser.NewPageAsync();

        await page.GotoAsync(new Uri(app.Address, $"/documents/{d.Id}").ToString());
        var cell = page.Locator("tr[data-row='201'] td[data-column='basic']");
        await Browser.ScreenshotAsync(page, "document", fullPage: true);

        Assert.Contains("hl-warning", await cell.GetAttributeAsync("class") ?? string.Empty, StringComparison.Ordinal);
        // Figures as the tables print them: two decimals.
        Assert.Equal("110.00", (await cell.InnerTextAsync()).Trim());
        Assert.True(await page.Locator("#compare-table tr").CountAsync() > 1);
    }

    [Fact]
    public async Task A_stored_disclosure_is_compared_with_the_same_units_prior_year()
    {
        var folder = Directory.CreateTempSubdirectory("yusuan-web-pair-").FullName;
        try
        {
            foreach (var name in new[] { "007_sh_putuo_wanli_2024_dept_budget.txt", "008_sh_putuo_wanli_2025_dept_budget.txt" })
            {
                File.Copy(Path.Combine(Samples.Root, "samples", "corpus", name), Path.Combine(folder, name));
            }
            var corpus = InMemoryCorpus.Load(folder, RuleChecker.Default);
            var current = corpus.List(new CorpusFilter(Year: 2025)).Single();
            await using var app = await RunningApp.StartAsync(corpus: corpus);
            var page = await browser.NewPageAsync();

            await page.GotoAsync(new Uri(app.Address, $"/documents/{current.Id}#compare").ToString());
            await Browser.ScreenshotAsync(page, "document-compare");
            var rows = page.Locator("#compare-table tbody tr");

            Assert.True(await rows.CountAsync() > 10);
            Assert.Contains("2024", await page.Locator("#compare a").First.InnerTextAsync(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_generate_page_renders_and_checks_a_disclosure_from_json_input()
    {
        await using var app = await RunningApp.StartAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync(new Uri(app.Address, "/generate").ToString());
        await page.SetInputFilesAsync("#file", Path.Combine(Samples.Root, "samples", "input", "bazhou-office-2025.json"));
        await page.ClickAsync("#submit");
        await page.WaitForSelectorAsync("#findings");
        await Browser.ScreenshotAsync(page, "generate-result");

        Assert.True(await page.Locator("section[data-table='T1'] table").CountAsync() == 1);
    }

    [Fact]
    public async Task A_pdf_upload_on_the_check_page_shows_a_chinese_message()
    {
        await using var app = await RunningApp.StartAsync();
        var page = await browser.NewPageAsync();
        var pdf = Path.Combine(Path.GetTempPath(), $"yusuan-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(pdf, "%PDF-1.4\n"u8.ToArray());
        try
        {
            await page.GotoAsync(new Uri(app.Address, "/check").ToString());
            await page.SetInputFilesAsync("#file", pdf);
            await page.ClickAsync("#submit");
            var error = page.Locator("#upload-error");
            await error.WaitForAsync();
            await Browser.ScreenshotAsync(page, "check-bad-upload");

            Assert.Contains("PDF", await error.InnerTextAsync(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(pdf);
        }
    }

    /// <summary>True when the chart's canvas has non-transparent pixels (ECharts drew something).</summary>
    private static Task<bool> CanvasHasInkAsync(IPage page, string id) =>
        page.EvaluateAsync<bool>(@"id => {
            const c = document.querySelector('#' + id + ' canvas');
            if (!c || c.width === 0 || c.height === 0) return false;
            const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            let ink = 0;
            for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) ink++;
            return ink > 500;
        }", id);
}
