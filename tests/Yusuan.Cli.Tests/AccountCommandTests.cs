using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Yusuan.Web;
using Yusuan.Web.Services;

namespace Yusuan.Cli.Tests;

/// <summary>Issue #15: a bureau makes its first admin account on the server with the command line, then signs in to the
/// web app with the password printed once, and a script calls the API with a token made the same way.</summary>
public sealed class AccountCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("yusuan-cli-account-").FullName;

    private string Db => Path.Combine(folder, "corpus.db");

    [Fact]
    public async Task The_first_admin_made_with_the_command_line_signs_in_and_its_token_opens_the_api()
    {
        var (added, password, addErr) = await RunAsync("account", "add", "王科长", "--role", "admin", "--db", Db);
        var (tokenCode, token, _) = await RunAsync("account", "token", "王科长", "--db", Db);
        var (again, _, againErr) = await RunAsync("account", "add", "王科长", "--db", Db);

        Assert.Equal(0, added);
        Assert.Contains("管理员", addErr, StringComparison.Ordinal);
        Assert.True(password.Trim().Length >= 10, "the initial password is printed once");
        Assert.Equal(0, tokenCode);
        Assert.StartsWith("ysk_", token.Trim(), StringComparison.Ordinal);
        Assert.NotEqual(0, again);
        Assert.Contains("已存在", againErr, StringComparison.Ordinal);

        await using var app = YusuanWebApp.Build(new WebOptions { Url = "http://127.0.0.1:0", Store = Yusuan.Storage.StoreLocation.Sqlite(Db) });
        await app.StartAsync();
        var address = new Uri(app.Urls.Single());
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address };
        var form = await browser.GetStringAsync("/signin");
        using var signedIn = await browser.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__csrf"] = Regex.Match(form, "name=\"__csrf\" value=\"([^\"]+)\"").Groups[1].Value,
            ["name"] = "王科长",
            ["password"] = password.Trim(),
            ["returnUrl"] = "/documents",
        }));
        using var page = await browser.GetAsync("/documents");
        using var script = new HttpClient { BaseAddress = address };
        using var anonymous = await script.GetAsync("/api/documents");
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Trim());
        using var api = await script.GetAsync("/api/documents");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/documents", signedIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("王科长", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        await app.StopAsync();
    }

    /// <summary>Runs the built <c>yusuan</c> as a process, as an administrator would on the server.</summary>
    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "yusuan.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
        return (process.ExitCode, await output, await error);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
