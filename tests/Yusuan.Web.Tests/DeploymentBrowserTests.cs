using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;
using Yusuan.Core.Model;
using Yusuan.Web.Security;
using Yusuan.Web.Services;

namespace Yusuan.Web.Tests;

/// <summary>Issue #15 in headless Chromium, as a bureau runs the app: signing in, a forged post from another port refused,
/// a batch of 20 published PDFs with its progress and the 检查表 download, and chart tooltips that never run a document's
/// text as HTML. Screenshots (also at 390 px) go to TestResults/screenshots.</summary>
public sealed class DeploymentBrowserTests(Browser browser) : IClassFixture<Browser>
{
    private const string Password = "管理员的密码-2025";

    private static InMemoryAccounts Admin()
    {
        var accounts = new InMemoryAccounts();
        accounts.Add("李管理", Role.Admin, Password);
        return accounts;
    }

    private static async Task SignInAsync(IPage page, RunningApp app)
    {
        await page.GotoAsync(new Uri(app.Address, "/check").ToString());
        await page.WaitForURLAsync("**/signin**", Browser.Committed);
        await page.FillAsync("#name", "李管理");
        await page.FillAsync("#password", Password);
        await page.ClickAsync("#signin");
        await page.WaitForURLAsync("**/check", Browser.Committed);
    }

    [Fact]
    public async Task A_reviewer_signs_in_and_out()
    {
        await using var app = await RunningApp.StartWithAccountsAsync(accounts: Admin());
        var page = await browser.NewPageAsync();

        await page.GotoAsync(new Uri(app.Address, "/corpus").ToString());
        await page.WaitForURLAsync("**/signin**", Browser.Committed);
        await Browser.ScreenshotAsync(page, "signin");
        await page.FillAsync("#name", "李管理");
        await page.FillAsync("#password", "不对的密码-0000");
        await page.ClickAsync("#signin");
        var error = await page.Locator("#signin-error").InnerTextAsync();
        await page.FillAsync("#name", "李管理");
        await page.FillAsync("#password", Password);
        await page.ClickAsync("#signin");
        await page.WaitForURLAsync("**/corpus", Browser.Committed);
        var who = await page.Locator("#who").InnerTextAsync();
        await Browser.ScreenshotAsync(page, "signed-in");
        await page.ClickAsync("#signout");
        await page.WaitForURLAsync("**/signin**", Browser.Committed);
        await page.GotoAsync(new Uri(app.Address, "/check").ToString());

        Assert.Contains("不正确", error, StringComparison.Ordinal);
        Assert.Contains("李管理", who, StringComparison.Ordinal);
        Assert.Contains("/signin", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_posted_from_a_page_on_another_port_is_refused_and_stores_nothing()
    {
        var corpus = new InMemoryCorpus();
        await using var app = await RunningApp.StartWithAccountsAsync(corpus: corpus, accounts: Admin());
        var seed = await File.ReadAllTextAsync(Samples.Seed("000"));
        await using var evil = await EvilSiteAsync(new Uri(app.Address, "/api/documents"), seed);
        var page = await browser.NewPageAsync();
        await SignInAsync(page, app);

        // The signed-in browser visits another site on the same machine, which posts a disclosure into the corpus.
        await page.GotoAsync(evil.Urls.Single());
        await page.WaitForURLAsync(new Uri(app.Address, "/api/documents").ToString());
        var answer = await page.Locator("body").InnerTextAsync();
        await Browser.ScreenshotAsync(page, "csrf-refused");

        Assert.Contains("CSRF", answer, StringComparison.Ordinal);
        Assert.Empty(corpus.List(new CorpusFilter()));
    }

    [Fact]
    public async Task A_batch_of_twenty_published_pdfs_shows_its_progress_and_gives_every_checklist_in_one_download()
    {
        var pdfs = Directory.GetFiles(Path.Combine(Samples.Root, "samples", "corpus", "pdf"), "*.pdf")
            .Concat(Directory.GetFiles(Path.Combine(Samples.Root, "samples", "corpus", "bulk"), "*.pdf"))
            .OrderBy(f => new FileInfo(f).Length).ThenBy(f => f, StringComparer.Ordinal)
            .Take(20)
            .ToArray();
        await using var app = await RunningApp.StartWithAccountsAsync(accounts: Admin());
        var page = await browser.NewPageAsync();
        await SignInAsync(page, app);

        await page.GotoAsync(new Uri(app.Address, "/batches").ToString());
        await page.FillAsync("#batch-name", "2025 年第一批");
        await page.SetInputFilesAsync("#files", pdfs);
        await page.ClickAsync("#submit");
        await page.WaitForURLAsync("**/batches/*", Browser.Committed);
        await page.Locator("#progress").WaitForAsync();
        await Browser.ScreenshotAsync(page, "batch-running", fullPage: true);
        // What the page shows while the batch runs: the bar and its sentence, as the page updates itself.
        var seen = new List<(int Value, string Text)>();
        for (var i = 0; i < 3000 && await page.Locator("#batch[data-finished=true]").CountAsync() == 0; i++)
        {
            var shown = await page.EvaluateAsync<string[]>("() => [String(document.getElementById('progress').value), document.getElementById('progress-text').textContent]");
            seen.Add((int.Parse(shown[0], System.Globalization.CultureInfo.InvariantCulture), shown[1]));
            await Task.Delay(100);
        }
        await page.WaitForSelectorAsync("#batch[data-finished=true]", new PageWaitForSelectorOptions { Timeout = 300_000 });
        var progress = await page.Locator("#progress-text").InnerTextAsync();
        var max = await page.Locator("#progress").GetAttributeAsync("max");
        var value = await page.EvaluateAsync<string>("() => String(document.getElementById('progress').value)");
        var rows = await page.Locator("#batch-docs tbody tr").CountAsync();
        var done = await page.Locator("#batch-docs tbody tr[data-status=done]").CountAsync();
        await Browser.ScreenshotAsync(page, "batch-done", fullPage: true);
        // The filters, against the batch as the API gives it.
        var json = System.Text.Json.JsonDocument.Parse(await page.EvaluateAsync<string>(
            "() => fetch('/api/batches/' + document.getElementById('batch').dataset.batch).then(r => r.text())")).RootElement;
        var documents = json.GetProperty("files").EnumerateArray().Where(f => f.TryGetProperty("document", out var d) && d.ValueKind == System.Text.Json.JsonValueKind.Object)
            .Select(f => f.GetProperty("document")).ToList();
        await page.CheckAsync("#batch-errors");
        var withErrors = await page.Locator("#batch-docs tbody tr:not([hidden])").CountAsync();
        await page.UncheckAsync("#batch-errors");
        await page.CheckAsync("#batch-uncertain");
        var withDoubts = await page.Locator("#batch-docs tbody tr:not([hidden])").CountAsync();
        await page.UncheckAsync("#batch-uncertain");
        await page.SelectOptionAsync("#batch-status", "failed");
        var failedShown = await page.Locator("#batch-docs tbody tr:not([hidden])").CountAsync();
        await page.SelectOptionAsync("#batch-status", "");
        var unit = documents.Select(d => d.GetProperty("unit").GetString()).First(u => !string.IsNullOrEmpty(u))!;
        await page.FillAsync("#batch-q", unit);
        var unitRows = await page.Locator("#batch-docs tbody tr:not([hidden]) td.unit").AllInnerTextsAsync();
        await page.FillAsync("#batch-q", "");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download"));
        var zipPath = Path.Combine(Path.GetTempPath(), $"yusuan-batch-{Guid.NewGuid():N}.zip");
        await download.SaveAsAsync(zipPath);
        List<string> entries;
        try
        {
            using var zip = ZipFile.OpenRead(zipPath);
            entries = [.. zip.Entries.Select(e => e.FullName)];
        }
        finally
        {
            File.Delete(zipPath);
        }

        var narrow = await browser.NewPageAsync(390, 844);
        await SignInAsync(narrow, app);
        await narrow.GotoAsync(page.Url);
        await Browser.ScreenshotAsync(narrow, "batch-390", fullPage: true);
        var overflow = await narrow.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");

        Assert.Equal(20, rows);
        Assert.Equal("20", max);
        Assert.Equal("20", value);
        Assert.Contains("已完成", progress, StringComparison.Ordinal);
        Assert.True(done >= 15, $"only {done} of 20 published PDFs were read");
        // The page showed the batch under way, counting up, before it was finished.
        Assert.Contains(seen, s => s.Value is > 0 and < 20 && s.Text.Contains($"正在检查：{s.Value} / 20", StringComparison.Ordinal));
        Assert.True(seen.Select(s => s.Value).Zip(seen.Skip(1).Select(s => s.Value)).All(p => p.Second >= p.First), "the progress went backwards");
        Assert.Equal(documents.Count(d => d.GetProperty("errors").GetInt32() > 0), withErrors);
        Assert.Equal(documents.Count(d => d.GetProperty("uncertain").GetInt32() > 0), withDoubts);
        Assert.Equal(20 - done, failedShown);
        Assert.NotEmpty(unitRows);
        Assert.All(unitRows, u => Assert.Contains(unit, u, StringComparison.Ordinal));
        Assert.Contains("批次汇总.xlsx", entries);
        Assert.Equal(done, entries.Count(e => e.StartsWith("检查表/", StringComparison.Ordinal)));
        Assert.False(overflow, "the batch page is wider than a 390 px screen");
    }

    [Fact]
    public async Task A_slice_named_with_html_in_an_uploaded_document_shows_as_text_in_the_chart_tooltip()
    {
        const string hostile = "<img src=x onerror=\"window.__xss=1\">其他支出";
        var d = Synthetic.Document("<b>测试局</b>", 2025, "新疆", 100m, 50m, 3m);
        var t3 = d.Report.Document.Tables[0];
        var rows = t3.Rows.Select(r => r.Key == "208" ? r with { Key = "298", Label = hostile, FunctionCode = FunctionCode.Parse("298") } : r).ToList();
        var document = d.Report.Document with { Tables = [t3 with { Rows = [.. rows] }, d.Report.Document.Tables[1]] };
        d = d with { Report = d.Report with { Document = document } };
        await using var app = await RunningApp.StartAsync(corpus: Synthetic.Corpus(d));
        var page = await browser.NewPageAsync();

        await page.GotoAsync(new Uri(app.Address, "/corpus").ToString());
        await page.WaitForSelectorAsync("#chart-composition[data-drawn=true] canvas");
        // The smaller slice (50 of 150) is the one the document named.
        await page.EvaluateAsync("() => echarts.getInstanceByDom(document.getElementById('chart-composition')).dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: 1 })");
        await page.WaitForFunctionAsync("() => document.getElementById('chart-composition').innerText.includes('其他支出')");
        var tooltip = await page.EvaluateAsync<string>("() => document.getElementById('chart-composition').innerText");
        var images = await page.EvaluateAsync<int>("() => document.querySelectorAll('#chart-composition img').length");
        var ran = await page.EvaluateAsync<bool>("() => window.__xss === 1");
        await Browser.ScreenshotAsync(page, "corpus-tooltip");

        Assert.Contains("<img src=x", tooltip, StringComparison.Ordinal);
        // The figure as printed: two decimals, 万元.
        Assert.Contains("50.00 万元", tooltip, StringComparison.Ordinal);
        Assert.Equal(0, images);
        Assert.False(ran);
    }

    /// <summary>Another site on the same machine (a different port): its page posts a disclosure to <paramref name="target"/>
    /// as soon as it loads, as a malicious page would.</summary>
    private static async Task<WebApplication> EvilSiteAsync(Uri target, string text)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var html = $"""
            <!DOCTYPE html><html><body>
            <form id="f" method="post" action="{target}" enctype="multipart/form-data">
            <textarea name="text">{System.Net.WebUtility.HtmlEncode(text)}</textarea></form>
            <script>document.getElementById('f').submit();</script></body></html>
            """;
        app.MapGet("/", () => Results.Content(html, "text/html; charset=utf-8"));
        await app.StartAsync();
        return app;
    }
}
