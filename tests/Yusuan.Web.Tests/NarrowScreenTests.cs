using Yusuan.Web.Services;

namespace Yusuan.Web.Tests;

/// <summary>Every page at a phone's 390 px and at desktop width: nothing wider than the screen (wide tables scroll inside
/// their box), and no internal key shown. Screenshots of each go to TestResults/screenshots.</summary>
public sealed class NarrowScreenTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task Every_page_fits_a_390_pixel_screen_and_shows_no_internal_keys()
    {
        var corpus = InMemoryCorpus.Load(Path.Combine(Samples.Root, "samples", "seeds"), RuleChecker.Default);
        await using var app = await RunningApp.StartAsync(corpus: corpus);
        using var upload = await app.PostFileAsync("/check", "000.txt", await File.ReadAllBytesAsync(Samples.Seed("000")));
        var checkId = upload.RequestMessage!.RequestUri!.Segments[^1];
        var pdfId = await PageImageTests.CheckAsync(app.Client);
        var documentId = corpus.List(new CorpusFilter()).First(d => d.Unit == "新疆巴州人民政府办公室").Id;
        var pages = new (string Name, string Path)[]
        {
            ("check", "/check"), ("check-result", $"/check/{checkId}"), ("check-pdf", $"/check/{pdfId}"), ("documents", "/documents"), ("document", $"/documents/{documentId}"),
            ("corpus", "/corpus"), ("generate", "/generate"), ("api", "/api"), ("batches", "/batches"), ("account", "/account"),
        };

        foreach (var width in new[] { 390, 1400 })
        {
            var page = await browser.NewPageAsync(width, width == 390 ? 844 : 900);
            foreach (var (name, path) in pages)
            {
                await page.GotoAsync(new Uri(app.Address, path).ToString());
                if (name == "corpus") await page.WaitForSelectorAsync("#chart-composition[data-drawn=true] canvas");
                await page.ScreenshotAsync(new Microsoft.Playwright.PageScreenshotOptions
                {
                    Path = Path.Combine(Samples.Screenshots, $"tour-{name}-{width}.png"),
                    FullPage = true,
                    Clip = new Microsoft.Playwright.Clip { X = 0, Y = 0, Width = width, Height = width == 390 ? 1800 : 1400 },
                });
                if (name == "document")
                {
                    foreach (var table in new[] { "T1", "T4", "T3" })
                    {
                        var section = page.Locator($"section[data-table='{table}']").First;
                        if (await section.CountAsync() > 0)
                        {
                            await section.ScreenshotAsync(new Microsoft.Playwright.LocatorScreenshotOptions { Path = Path.Combine(Samples.Screenshots, $"tour-{table}-{width}.png") });
                        }
                    }
                    await page.Locator("#findings").ScreenshotAsync(new Microsoft.Playwright.LocatorScreenshotOptions { Path = Path.Combine(Samples.Screenshots, $"tour-findings-{width}.png") });
                }
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
                var text = await page.Locator("body").InnerTextAsync();

                Assert.True(overflow <= 1, $"{path} is {overflow} px wider than a {width} px screen");
                foreach (var key in new[] { "income.fiscal", "expense.total", "income.total", "hierarchy-sum", "column-sum" })
                {
                    Assert.False(text.Contains(key, StringComparison.Ordinal), $"{path} shows the internal key {key}");
                }
                // Headers, places, messages and tooltips, as the page is after its scripts ran (the API page's examples name
                // keys on purpose: they are what a script sends).
                if (name != "api")
                {
                    var keys = InternalKeyTests.KeysShown(await page.ContentAsync());
                    Assert.True(keys.Count == 0, $"{path} shows {string.Join("；", keys)}");
                }
            }
        }
    }
}
