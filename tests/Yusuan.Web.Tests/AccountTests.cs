using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Yusuan.Web.Security;
using Yusuan.Web.Services;

namespace Yusuan.Web.Tests;

/// <summary>Issue #15, accounts: sign-in with roles, API tokens for scripts, and the role each action needs. Without
/// accounts the app only runs on loopback.</summary>
public sealed class AccountTests
{
    private const string ReviewerPassword = "审核人员的密码-2025";
    private const string AdminPassword = "管理员的密码-2025";

    private static InMemoryAccounts Accounts()
    {
        var accounts = new InMemoryAccounts();
        accounts.Add("张审核", Role.Reviewer, ReviewerPassword);
        accounts.Add("李管理", Role.Admin, AdminPassword);
        return accounts;
    }

    [Theory]
    [InlineData("/check")]
    [InlineData("/documents")]
    [InlineData("/corpus")]
    [InlineData("/batches")]
    [InlineData("/generate")]
    public async Task A_page_sends_a_visitor_who_is_not_signed_in_to_the_sign_in_page(string path)
    {
        await using var app = await RunningApp.StartWithAccountsAsync(accounts: Accounts());
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.Address };

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/api/documents")]
    [InlineData("GET", "/api/corpus/stats")]
    [InlineData("POST", "/api/check")]
    [InlineData("POST", "/api/documents")]
    [InlineData("GET", "/api/batches")]
    public async Task The_api_answers_401_problem_json_without_a_token(string method, string path)
    {
        var corpus = Synthetic.Corpus(Synthetic.Document("测试局", 2025, "新疆", 100m, 50m, 3m));
        await using var app = await RunningApp.StartWithAccountsAsync(corpus: corpus, accounts: Accounts());
        using var client = app.NewClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? new StringContent("x") : null });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("登录", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("测试局", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reviewer_signs_in_checks_reads_and_saves_but_may_not_delete()
    {
        var d = Synthetic.Document("测试局", 2025, "新疆", 100m, 50m, 3m);
        await using var app = await RunningApp.StartWithAccountsAsync(corpus: Synthetic.Corpus(d), accounts: Accounts());
        using var client = app.NewClient();

        using var wrong = await app.SignInAsync(client, "张审核", "不对的密码-123");
        using var signedIn = await app.SignInAsync(client, "张审核", ReviewerPassword);
        var check = await client.GetStringAsync("/check");
        var list = JsonDocument.Parse(await client.GetStringAsync("/api/documents")).RootElement;
        using var saved = await RunningApp.PostFileAsync(client, "/api/documents", "000.txt", await File.ReadAllBytesAsync(Samples.Seed("000")));
        using var delete = await client.DeleteAsync($"/api/documents/{d.Id}");
        using var deletePage = await client.PostAsync($"/documents/{d.Id}/delete", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Contains("张审核", check, StringComparison.Ordinal);
        Assert.Equal(1, list.GetArrayLength());
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, deletePage.StatusCode);
        Assert.NotNull(app.Services.GetService(typeof(ICorpus)) is ICorpus c ? c.Entry(d.Id) : null);
    }

    [Fact]
    public async Task An_admin_may_delete_a_document()
    {
        var d = Synthetic.Document("测试局", 2025, "新疆", 100m, 50m, 3m);
        var corpus = Synthetic.Corpus(d);
        await using var app = await RunningApp.StartWithAccountsAsync(corpus: corpus, accounts: Accounts());
        using var client = app.NewClient();
        await app.SignInAsync(client, "李管理", AdminPassword);

        var page = await client.GetStringAsync($"/documents/{d.Id}");
        using var delete = await client.DeleteAsync($"/api/documents/{d.Id}");
        using var again = await client.DeleteAsync($"/api/documents/{d.Id}");

        Assert.Contains("id=\"delete\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Null(corpus.Entry(d.Id));
    }

    [Fact]
    public async Task A_script_uses_an_api_token_and_a_revoked_or_made_up_token_is_refused()
    {
        var accounts = Accounts();
        var token = accounts.CreateToken("张审核", "脚本");
        await using var app = await RunningApp.StartWithAccountsAsync(accounts: accounts);
        using var client = app.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var checkedDoc = await RunningApp.PostFileAsync(client, "/api/check", "000.txt", await File.ReadAllBytesAsync(Samples.Seed("000")));
        // A token needs no antiforgery token: no browser sends it on its own.
        using var saved = await RunningApp.PostFileAsync(client, "/api/documents", "000.txt", await File.ReadAllBytesAsync(Samples.Seed("000")));
        accounts.RemoveToken(accounts.Tokens("张审核").Single().Id);
        using var revoked = await client.GetAsync("/api/documents");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "ysk_00000000_madeup");
        using var madeUp = await client.GetAsync("/api/documents");

        Assert.Equal(HttpStatusCode.OK, checkedDoc.StatusCode);
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, madeUp.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_user_creates_a_token_on_the_account_page()
    {
        await using var app = await RunningApp.StartWithAccountsAsync(accounts: Accounts());
        using var client = app.NewClient();
        await app.SignInAsync(client, "张审核", ReviewerPassword);

        using var created = await client.PostAsync("/account/tokens", new FormUrlEncodedContent(new Dictionary<string, string> { ["label"] = "每晚脚本" }));
        var html = await created.Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(html, "(ysk_[0-9a-f]{8}_[A-Za-z0-9_-]+)").Groups[1].Value;
        using var script = app.NewClient();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var list = await script.GetAsync("/api/documents");

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.NotEmpty(token);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }

    [Fact]
    public async Task Changing_a_password_ends_the_sessions_made_with_the_old_one()
    {
        var accounts = Accounts();
        await using var app = await RunningApp.StartWithAccountsAsync(accounts: accounts);
        using var client = app.NewClient();
        await app.SignInAsync(client, "张审核", ReviewerPassword);
        using var before = await client.GetAsync("/api/documents");

        accounts.SetPassword("张审核", "新的密码-0123456789");
        using var after = await client.GetAsync("/api/documents");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_name_for_a_while()
    {
        await using var app = await RunningApp.StartWithAccountsAsync(accounts: Accounts());
        using var client = app.NewClient();
        for (var i = 0; i < SignInThrottle.MaxFailures; i++) (await app.SignInAsync(client, "张审核", "猜的密码-" + i)).Dispose();

        using var locked = await app.SignInAsync(client, "张审核", ReviewerPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
    }

    [Fact]
    public async Task A_sign_in_never_redirects_to_another_site()
    {
        await using var app = await RunningApp.StartWithAccountsAsync(accounts: Accounts());
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = app.Address };
        var page = await client.GetStringAsync("/signin");

        using var response = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__csrf"] = RunningApp.HiddenCsrf(page),
            ["name"] = "张审核",
            ["password"] = ReviewerPassword,
            ["returnUrl"] = "//evil.example/",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/check", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public void The_app_without_accounts_refuses_to_listen_beyond_loopback()
    {
        var e = Assert.Throws<ArgumentException>(() => YusuanWebApp.Build(
            new WebOptions { Url = "http://0.0.0.0:0", Access = AccessMode.OpenLoopback, AllowedHosts = ["yusuan.example.gov.cn"] }));

        Assert.Contains("--no-accounts", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accounts_made_with_the_store_are_kept_hashed()
    {
        var folder = Directory.CreateTempSubdirectory("yusuan-accounts-").FullName;
        try
        {
            var store = Yusuan.Storage.CorpusStore.Open(Yusuan.Storage.StoreLocation.Sqlite(Path.Combine(folder, "c.db")));
            var accounts = new StoreAccounts(store);
            Assert.True(accounts.Add("王管理", Role.Admin, AdminPassword));
            Assert.False(accounts.Add("王管理", Role.Reviewer, AdminPassword));
            var token = accounts.CreateToken("王管理", null);

            var row = new Yusuan.Storage.Web.WebAccounts(store).Find("王管理")!;
            Assert.DoesNotContain(AdminPassword, row.PasswordHash, StringComparison.Ordinal);
            Assert.True(Passwords.Verify(AdminPassword, row.PasswordHash));
            Assert.Equal("王管理", accounts.FindByToken(token)!.Name);
            Assert.DoesNotContain(new Yusuan.Storage.Web.WebAccounts(store).Tokens(), t => t.SecretHash.Contains(token, StringComparison.Ordinal));
            await Task.CompletedTask;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
