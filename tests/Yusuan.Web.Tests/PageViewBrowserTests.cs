using System.Globalization;
using Microsoft.Playwright;

namespace Yusuan.Web.Tests;

/// <summary>Issue #14, the document view's 原文页面 in headless Chromium: an uploaded corpus PDF's page image with the box of
/// a known finding on the figure it is about, and the finding in the list taking the reviewer there.</summary>
public sealed class PageViewBrowserTests(Browser browser) : IClassFixture<Browser>
{
    // 010 上海普陀 社会福利院 2024 单位预算, 表2 on page 8: the row 210 11 02 事业单位医疗 503,724, which 表3 lacks
    // (X.T2-T3-codes). Its box in points from the page's top-left corner, read off the page drawn at 144 dpi.
    private const int FindingPage = 8;
    private static readonly double[] FindingBox = [108.8, 421.1, 517.2, 431.4];
    private const double PageWidth = 841.85;
    private const double PageHeight = 595.25;

    [Fact]
    public async Task An_uploaded_pdf_shows_the_finding_s_page_with_its_box_on_the_row_and_clicking_the_finding_scrolls_to_the_box()
    {
        await using var app = await RunningApp.StartAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync(new Uri(app.Address, "/check").ToString());
        await page.SetInputFilesAsync("#file", PageImageTests.Pdf);
        await page.ClickAsync("#submit");
        await page.WaitForURLAsync("**/check/*", Browser.Committed);
        var finding = page.Locator("li.finding[data-rule='X.T2-T3-codes']");
        await finding.WaitForAsync();
        var boxId = await finding.GetAttributeAsync("data-page-target");
        Assert.StartsWith("pb", boxId, StringComparison.Ordinal);
        var box = page.Locator($"#{boxId}");
        var image = page.Locator($"#page-{FindingPage} img");

        // The box is drawn on page 8, at the finding's box, with the rule's title and the message as its tooltip.
        Assert.Equal(FindingPage.ToString(CultureInfo.InvariantCulture), await page.Locator($"figure.page:has(#{boxId})").GetAttributeAsync("data-page"));
        var measured = (await box.GetAttributeAsync("data-box"))!.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        for (var i = 0; i < 4; i++) Assert.InRange(measured[i], FindingBox[i] - 1, FindingBox[i] + 1);
        var title = await box.GetAttributeAsync("title") ?? string.Empty;
        Assert.Contains("[错误]", title, StringComparison.Ordinal);
        Assert.Contains("表3中没有科目 2101102", title, StringComparison.Ordinal);
        Assert.Contains("box-error", await box.GetAttributeAsync("class") ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal("lazy", await image.GetAttributeAsync("loading"));
        Assert.False(await InViewAsync(page, box), "the box is far down the page before the finding is clicked");

        await finding.Locator("strong.rule").ClickAsync();
        await page.WaitForSelectorAsync($"#{boxId}.active");
        await page.WaitForFunctionAsync($"() => {{ const i = document.querySelector('#page-{FindingPage} img'); return i.complete && i.naturalWidth > 0; }}");
        await Browser.ScreenshotAsync(page, "page-view-finding");

        Assert.True(await InViewAsync(page, box), "clicking the finding scrolls its box into view");
        var sheet = (await image.BoundingBoxAsync())!;
        var drawn = (await box.BoundingBoxAsync())!;
        Assert.InRange(sheet.Width / sheet.Height, PageWidth / PageHeight - 0.01, PageWidth / PageHeight + 0.01);
        Assert.InRange(drawn.X, sheet.X + FindingBox[0] / PageWidth * sheet.Width - 2, sheet.X + FindingBox[0] / PageWidth * sheet.Width + 2);
        Assert.InRange(drawn.Y, sheet.Y + FindingBox[1] / PageHeight * sheet.Height - 2, sheet.Y + FindingBox[1] / PageHeight * sheet.Height + 2);
        Assert.InRange(drawn.Width, (FindingBox[2] - FindingBox[0]) / PageWidth * sheet.Width - 2, (FindingBox[2] - FindingBox[0]) / PageWidth * sheet.Width + 2);
        Assert.InRange(drawn.Height, (FindingBox[3] - FindingBox[1]) / PageHeight * sheet.Height - 2, (FindingBox[3] - FindingBox[1]) / PageHeight * sheet.Height + 2);
        // The box lies on printed figures: the page image under it has ink (its row's text), and is not blank paper.
        var ink = await page.EvaluateAsync<double>($$"""
            () => {
              const img = document.querySelector('#page-{{FindingPage}} img');
              const box = document.getElementById('{{boxId}}');
              const c = document.createElement('canvas');
              c.width = img.naturalWidth; c.height = img.naturalHeight;
              const g = c.getContext('2d');
              g.drawImage(img, 0, 0);
              const s = img.naturalWidth / img.getBoundingClientRect().width;
              const r = box.getBoundingClientRect(), p = img.getBoundingClientRect();
              const d = g.getImageData(Math.round((r.left - p.left) * s), Math.round((r.top - p.top) * s), Math.round(r.width * s), Math.round(r.height * s)).data;
              let dark = 0;
              for (let i = 0; i < d.length; i += 4) if (d[i] + d[i + 1] + d[i + 2] < 300) dark++;
              return dark / (d.length / 4);
            }
            """);
        Assert.InRange(ink, 0.03, 0.6);
    }

    [Fact]
    public async Task A_finding_s_page_link_scrolls_to_its_box_and_a_narrow_screen_shows_the_page_within_its_width()
    {
        await using var app = await RunningApp.StartAsync();
        var id = await PageImageTests.CheckAsync(app.Client);
        var page = await browser.NewPageAsync(390, 844);

        await page.GotoAsync(new Uri(app.Address, $"/check/{id}").ToString());
        var link = page.Locator("li.finding[data-rule='X.T2-T3-codes'] a.goto-page");
        var target = (await link.GetAttributeAsync("data-goto-page"))!;
        await link.ClickAsync();
        await page.WaitForSelectorAsync($"#{target}.active");
        await page.WaitForFunctionAsync($"() => {{ const i = document.querySelector('#page-{FindingPage} img'); return i.complete && i.naturalWidth > 0; }}");
        await Browser.ScreenshotAsync(page, "page-view-390");

        var sheet = (await page.Locator($"#page-{FindingPage} .sheet").BoundingBoxAsync())!;
        Assert.True(await InViewAsync(page, page.Locator($"#{target}")));
        Assert.True(sheet.X >= 0 && sheet.X + sheet.Width <= 390, $"page {FindingPage} spans {sheet.X}…{sheet.X + sheet.Width} px on a 390 px screen");
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth") <= 1);
    }

    private static async Task<bool> InViewAsync(IPage page, ILocator element)
    {
        var b = await element.BoundingBoxAsync();
        var viewport = page.ViewportSize!;
        return b is not null && b.Y >= 0 && b.Y + b.Height <= viewport.Height && b.X >= 0 && b.X + b.Width <= viewport.Width;
    }
}
