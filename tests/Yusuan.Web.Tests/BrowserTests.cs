using Microsoft.Playwright;
using Yusuan.Core.Checking;

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

    [Fact]
    public async Task Uploading_a_seed_shows_the_document_with_the_finding_highlighted()
    {
        var seed = Samples.Seed("000");
        var line = Array.FindIndex(await File.ReadAllLinesAsync(seed), l => l.Contains("公务接待费", StringComparison.Ordinal)) + 1;
        var finding = Synthetic.Finding("T10.total", Severity.Error, null, null, null, line, "“三公”经费合计与各项之和不符");
        await using var app = await RunningApp.StartAsync(new Yusuan.Web.Services.Backends(new FixedChecker(finding)));
        var page = await browser.NewPageAsync();

        await page.GotoAsync(new Uri(app.Address, "/check").ToString());
        await page.SetInputFilesAsync("#file", seed);
        await page.ClickAsync("#submit");
        await page.WaitForURLAsync("**/check/*");
        var mark = page.Locator(".hl-error[data-rules~='T10.total']");
        await mark.First.WaitForAsync();
        await page.ClickAsync("li.finding[data-rule='T10.total'] a.goto");
        await Browser.ScreenshotAsync(page, "check-result");

        Assert.True(await mark.First.IsVisibleAsync());
        Assert.Equal(1, await page.Locator("li.finding.sev-error").CountAsync());
        await page.UncheckAsync("input[data-filter-severity=error]");
        Assert.False(await page.Locator("li.finding[data-rule='T10.total']").IsVisibleAsync());
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
        Assert.Equal("110", (await cell.InnerTextAsync()).Trim());
        Assert.True(await page.Locator("#compare-table tr").CountAsync() > 1);
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
