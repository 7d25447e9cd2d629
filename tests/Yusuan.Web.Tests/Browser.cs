using Microsoft.Playwright;

namespace Yusuan.Web.Tests;

/// <summary>
/// Headless Debian Chromium driven by Playwright. Playwright's own browser download does not work here, so
/// the system browser is used (apt-get install chromium fonts-noto-cjk); `playwright install` is never called.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser Instance { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"找不到 {ChromiumPath}：请先安装 Debian 的 chromium 和 fonts-noto-cjk。");
        }
        playwright = await Playwright.CreateAsync();
        Instance = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A page in a fresh context (own cookies): 1400 px wide, or a phone's 390 px.</summary>
    public async Task<IPage> NewPageAsync(int width = 1400, int height = 900)
    {
        var context = await Instance.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
            AcceptDownloads = true,
        });
        // CI runs the four test assemblies at once on two cores: a page waits for its server as long as a slow machine needs.
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
        return await context.NewPageAsync();
    }

    /// <summary>Waiting for a URL ends when the navigation commits: the page's load event, which a redirect after a
    /// form post sometimes never reports to Playwright here, is not waited for (the next locator waits for its element).</summary>
    public static readonly PageWaitForURLOptions Committed = new() { WaitUntil = WaitUntilState.Commit };

    public static Task ScreenshotAsync(IPage page, string name, bool fullPage = false) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Samples.Screenshots, name + ".png"), FullPage = fullPage });

    public async Task DisposeAsync()
    {
        if (Instance is not null) await Instance.DisposeAsync();
        playwright?.Dispose();
    }
}
