using System.Net;
using System.Text.RegularExpressions;
using Yusuan.Core.Checking;
using Yusuan.Web.Services;

namespace Yusuan.Web.Tests;

/// <summary>The server-rendered pages, read as HTML (no browser).</summary>
public sealed partial class PageTests
{
    [Fact]
    public async Task Document_text_is_html_escaped_on_the_result_page()
    {
        await using var app = await RunningApp.StartAsync();
        var text = await File.ReadAllTextAsync(Samples.Seed("000"));
        var hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>\n" + text;

        using var posted = await app.PostFileAsync("/check", "恶意<b>.txt", Synthetic.Utf8(hostile));
        var html = await posted.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("恶意<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_finding_with_table_row_and_column_is_highlighted_at_its_cell()
    {
        var finding = Synthetic.Finding("T3.column-sum", Severity.Error, "T3", "201", "basic", 5);
        var d = Synthetic.Document("测试局", 2025, "新疆", 100m, 50m, 3m, 80m, finding);
        await using var app = await RunningApp.StartAsync(corpus: Synthetic.Corpus(d));

        var html = await app.Client.GetStringAsync($"/documents/{d.Id}");

        var row = RowOf(html, "201");
        Assert.Matches(CellPattern("basic", "hl-error"), row);
        Assert.DoesNotMatch(CellPattern("total", "hl-"), row);
        Assert.Contains("data-rule=\"T3.column-sum\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_finding_with_only_a_line_is_highlighted_at_that_line()
    {
        var finding = Synthetic.Finding("三.amount", Severity.Warning, null, null, null, 9, "说明中的支出预算与表3不符");
        var d = Synthetic.Document("测试局", 2025, "新疆", 100m, 50m, 3m, 80m, finding);
        await using var app = await RunningApp.StartAsync(corpus: Synthetic.Corpus(d));

        var html = await app.Client.GetStringAsync($"/documents/{d.Id}");

        Assert.Matches(new Regex("<div class=\"ln hl hl-warning\" id=\"L9\""), html);
    }

    [Fact]
    public async Task A_bad_upload_on_the_check_page_shows_the_form_again_with_a_chinese_message()
    {
        await using var app = await RunningApp.StartAsync();

        using var response = await app.PostFileAsync("/check", "scan.pdf", "%PDF-1.4"u8.ToArray(), "application/pdf");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"upload-error\"", html, StringComparison.Ordinal);
        Assert.Contains("scan.pdf", html, StringComparison.Ordinal);
        Assert.Contains("name=\"file\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_without_their_back_end_say_so_in_chinese()
    {
        await using var app = await RunningApp.StartAsync(new Backends(RuleChecker.Default));
        using var upload = await app.PostFileAsync("/check", "000.txt", await File.ReadAllBytesAsync(Samples.Seed("000")));
        var id = upload.RequestMessage!.RequestUri!.Segments[^1];

        var generate = await app.Client.GetStringAsync("/generate");
        using var posted = await app.PostFileAsync("/generate", "t.xlsx", [0x50, 0x4B, 0x03, 0x04], "application/octet-stream");
        using var xlsx = await app.Client.GetAsync($"/check/{id}/tables.xlsx");

        Assert.Contains("生成器尚未接入", generate, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotImplemented, posted.StatusCode);
        Assert.Equal(HttpStatusCode.NotImplemented, xlsx.StatusCode);
        Assert.Contains("尚未接入", await xlsx.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_corpus_page_embeds_chart_data_that_cannot_close_its_script_element()
    {
        var d = Synthetic.Document("</script><script>alert(1)</script>局", 2025, "新疆", 100m, 50m, 3m);
        await using var app = await RunningApp.StartAsync(corpus: Synthetic.Corpus(d));

        var html = await app.Client.GetStringAsync("/corpus");

        Assert.DoesNotContain("</script><script>alert", html, StringComparison.Ordinal);
        Assert.Contains("id=\"corpus-data\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("T1")]
    [InlineData("T4")]
    public async Task Tables_1_and_4_are_two_sided_with_income_and_expense_read_across_and_the_totals_on_the_last_line(string table)
    {
        await using var app = await RunningApp.StartAsync();
        using var posted = await app.PostFileAsync("/check", "000.txt", await File.ReadAllBytesAsync(Samples.Seed("000")));
        var html = await posted.Content.ReadAsStringAsync();

        var section = Regex.Match(html, $"<section [^>]*data-table=\"{table}\".*?</section>", RegexOptions.Singleline).Value;
        var head = Regex.Match(section, "<thead>.*?</thead>", RegexOptions.Singleline).Value;
        var lines = Regex.Matches(Regex.Match(section, "<tbody>.*?</tbody>", RegexOptions.Singleline).Value, "<tr[^>]*>.*?</tr>", RegexOptions.Singleline)
            .Select(m => m.Value).ToList();
        // Each line: the income row on the left half, the expense row on the right half.
        var across = lines.Where(l => Regex.IsMatch(l, "data-row=\"(income|carryover)[^\"]*\"") && l.Contains("data-row=\"expense.", StringComparison.Ordinal)).ToList();

        Assert.Contains("class=\"grid two-sided\"", section, StringComparison.Ordinal);
        Assert.Matches("收入</th>.*支出</th>", head);
        Assert.True(across.Count >= 3, $"{across.Count} lines of {table} read across");
        Assert.All(across, l => Assert.True(l.IndexOf("data-row=\"expense.", StringComparison.Ordinal) > Regex.Match(l, "data-row=\"(income|carryover)").Index));
        Assert.Contains("data-row=\"income.total\"", lines[^1], StringComparison.Ordinal);
        Assert.Contains("data-row=\"expense.total\"", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(lines.SkipLast(1), l => l.Contains("data-row=\"income.total\"", StringComparison.Ordinal));
    }

    private static string RowOf(string html, string key)
    {
        var m = Regex.Match(html, $"<tr [^>]*data-row=\"{key}\".*?</tr>", RegexOptions.Singleline);
        Assert.True(m.Success, $"row {key} not rendered");
        return m.Value;
    }

    private static Regex CellPattern(string column, string cssClass) =>
        new($"<td class=\"num[^\"]*{cssClass}[^\"]*\" data-column=\"{column}\"");
}
