using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Yusuan.Web.Security;
using Yusuan.Web.Services;

namespace Yusuan.Web.Tests;

/// <summary>Issue #15, CSRF and Host: a page on another port could POST a document into the corpus, and any Host header
/// was accepted (DNS rebinding could read the corpus).</summary>
public sealed class CsrfAndHostTests
{
    [Fact]
    public async Task A_post_without_the_antiforgery_token_stores_nothing()
    {
        var corpus = new InMemoryCorpus();
        await using var app = await RunningApp.StartAsync(corpus: corpus);
        // What a page on another port can send: a form post, with the browser's cookies, but without the page's token.
        using var foreign = app.NewClient();
        await foreign.GetStringAsync("/check");

        using var api = await RunningApp.PostFileAsync(foreign, "/api/documents", "000.txt", await File.ReadAllBytesAsync(Samples.Seed("000")));
        using var checkedPage = await RunningApp.PostFileAsync(foreign, "/check", "000.txt", await File.ReadAllBytesAsync(Samples.Seed("000")));
        var detail = JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("CSRF", detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, checkedPage.StatusCode);
        Assert.Empty(corpus.List(new CorpusFilter()));
    }

    [Fact]
    public async Task A_delete_or_a_batch_without_the_antiforgery_token_changes_nothing()
    {
        var d = Synthetic.Document("测试局", 2025, "新疆", 100m, 50m, 3m);
        var corpus = Synthetic.Corpus(d);
        await using var app = await RunningApp.StartAsync(corpus: corpus);
        using var foreign = app.NewClient();
        await foreign.GetStringAsync("/documents");
        using var batch = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(Samples.Seed("000"))), "files", "000.txt" } };

        using var deleted = await foreign.DeleteAsync($"/api/documents/{d.Id}");
        using var deletedByForm = await foreign.PostAsync($"/documents/{d.Id}/delete", new FormUrlEncodedContent([]));
        using var batched = await foreign.PostAsync("/api/batches", batch);
        var batches = JsonDocument.Parse(await app.Client.GetStringAsync("/api/batches")).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, deletedByForm.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, batched.StatusCode);
        Assert.NotNull(corpus.Entry(d.Id));
        Assert.Equal(0, batches.GetArrayLength());
    }

    [Fact]
    public async Task A_form_carries_its_token_and_the_post_with_it_is_accepted()
    {
        var corpus = new InMemoryCorpus();
        await using var app = await RunningApp.StartAsync(corpus: corpus);
        using var browser = app.NewClient();
        var form = await browser.GetStringAsync("/check");

        using var content = new MultipartFormDataContent
        {
            { new StringContent(RunningApp.HiddenCsrf(form)), Csrf.FieldName },
            { new ByteArrayContent(await File.ReadAllBytesAsync(Samples.Seed("000"))), "file", "000.txt" },
        };
        using var posted = await browser.PostAsync("/check", content);
        var result = await posted.Content.ReadAsStringAsync();
        var saveToken = RunningApp.HiddenCsrf(result);
        var id = posted.RequestMessage!.RequestUri!.Segments[^1];
        using var saved = await browser.PostAsync($"/check/{id}/save", new FormUrlEncodedContent(new Dictionary<string, string> { [Csrf.FieldName] = saveToken }));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Single(corpus.List(new CorpusFilter()));
    }

    [Fact]
    public async Task Every_form_on_every_page_carries_the_antiforgery_field()
    {
        var d = Synthetic.Document("测试局", 2025, "新疆", 100m, 50m, 3m);
        await using var app = await RunningApp.StartAsync(corpus: Synthetic.Corpus(d));
        using var upload = await app.PostFileAsync("/check", "000.txt", await File.ReadAllBytesAsync(Samples.Seed("000")));
        var result = await upload.Content.ReadAsStringAsync();

        foreach (var html in new[] { result, await app.Client.GetStringAsync("/check"), await app.Client.GetStringAsync("/batches"),
                     await app.Client.GetStringAsync("/generate"), await app.Client.GetStringAsync($"/documents/{d.Id}") })
        {
            var posts = System.Text.RegularExpressions.Regex.Matches(html, "<form[^>]*method=\"post\"[^>]*>(.*?)</form>", System.Text.RegularExpressions.RegexOptions.Singleline);
            Assert.NotEmpty(posts);
            Assert.All(posts, m => Assert.Contains($"name=\"{Csrf.FieldName}\"", m.Groups[1].Value, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Every_form_of_the_sign_in_and_account_pages_carries_the_antiforgery_field()
    {
        var accounts = new InMemoryAccounts();
        accounts.Add("李管理", Role.Admin, "管理员的密码-2025");
        accounts.Add("张审核", Role.Reviewer, "审核人员的密码-2025");
        await using var app = await RunningApp.StartWithAccountsAsync(accounts: accounts);
        using var client = app.NewClient();
        var signin = await client.GetStringAsync("/signin");
        await app.SignInAsync(client, "李管理", "管理员的密码-2025");
        var account = await client.GetStringAsync("/account");
        var check = await client.GetStringAsync("/check");

        foreach (var html in new[] { signin, account, check })
        {
            var posts = FormsOf(html);
            Assert.NotEmpty(posts);
            Assert.All(posts, form => Assert.Contains($"name=\"{Csrf.FieldName}\"", form, StringComparison.Ordinal));
        }
        // Tokens, password, new account, remove account, sign out.
        Assert.True(FormsOf(account).Count >= 4, $"{FormsOf(account).Count} forms on the account page");
    }

    private static List<string> FormsOf(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "<form[^>]*method=\"post\"[^>]*>(.*?)</form>", System.Text.RegularExpressions.RegexOptions.Singleline).Select(m => m.Groups[1].Value)];

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:5080")]
    [InlineData("127.0.0.1.evil.example")]
    public async Task A_request_for_a_host_name_that_is_not_allowed_is_refused(string host)
    {
        var d = Synthetic.Document("测试局", 2025, "新疆", 100m, 50m, 3m);
        await using var app = await RunningApp.StartAsync(corpus: Synthetic.Corpus(d));

        var (status, body) = await RawAsync(app.Address, $"GET /api/documents HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");

        Assert.Equal(400, status);
        Assert.Contains("主机名", body, StringComparison.Ordinal);
        Assert.DoesNotContain("测试局", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_host_name_and_its_subdomains_are_answered()
    {
        await using var app = await RunningApp.StartAsync(configure: o => o with { AllowedHosts = ["yusuan.czj.example.gov.cn", "*.intranet.example"] });

        var (named, _) = await RawAsync(app.Address, "GET /check HTTP/1.1\r\nHost: yusuan.czj.example.gov.cn:8080\r\nConnection: close\r\n\r\n");
        var (sub, _) = await RawAsync(app.Address, "GET /check HTTP/1.1\r\nHost: a.intranet.example\r\nConnection: close\r\n\r\n");
        var (other, _) = await RawAsync(app.Address, "GET /check HTTP/1.1\r\nHost: intranet.example.evil\r\nConnection: close\r\n\r\n");

        Assert.Equal(200, named);
        Assert.Equal(200, sub);
        Assert.Equal(400, other);
    }

    [Fact]
    public void Listening_on_every_address_needs_the_allowed_host_names()
    {
        var e = Assert.Throws<ArgumentException>(() => YusuanWebApp.Hosts(new WebOptions { Url = "http://0.0.0.0:5080" }));

        Assert.Contains("--allowed-hosts", e.Message, StringComparison.Ordinal);
        Assert.Contains("yusuan.example.gov.cn", YusuanWebApp.Hosts(new WebOptions { Url = "http://0.0.0.0:5080", AllowedHosts = ["yusuan.example.gov.cn"] }));
    }

    /// <summary>Sends a raw HTTP/1.1 request (any Host header, any body) and reads the status and body.</summary>
    public static async Task<(int Status, string Body)> RawAsync(Uri address, string head, byte[]? body = null)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(address.Host, address.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(head));
        if (body is not null) await stream.WriteAsync(body);
        await stream.FlushAsync();
        using var reader = new MemoryStream();
        try
        {
            await stream.CopyToAsync(reader).WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (IOException)
        {
            // The server may reset the connection after its answer.
        }
        var text = Encoding.UTF8.GetString(reader.ToArray());
        var status = text.Length > 12 && int.TryParse(text.AsSpan(9, 3), out var s) ? s : 0;
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (status, split < 0 ? string.Empty : text[(split + 4)..]);
    }
}
