using System.Net;
using System.Text.RegularExpressions;
using Yusuan.Web.Pages;

namespace Yusuan.Web.Tests;

/// <summary>Issue #15: no internal key on any page. Published disclosures where one used to reach the page: a 三公 table
/// whose header the reader took for its key (“total”), a row read without a name whose rule message named it “line.”,
/// and the reader's doubts listing the columns it chose (“暂按 total,gpb,gf 读取”).</summary>
public sealed partial class InternalKeyTests
{
    public static TheoryData<string> Published =>
    [
        "017_js_gjfy_2019_dept_budget.txt",
        "text/034_sx_xian_mzj_2021_dept_budget.txt",
        "text/039_jl_changchun_xfj_2026_dept_budget.txt",
        "text/003_sh_putuo_ghzyj_2024_final.txt",
    ];

    [Theory]
    [MemberData(nameof(Published))]
    public async Task The_check_result_and_the_stored_document_page_show_no_key(string file)
    {
        await using var app = await RunningApp.StartAsync();
        var bytes = await File.ReadAllBytesAsync(Path.Combine(Samples.Root, "samples", "corpus", file));

        using var result = await app.PostFileAsync("/check", Path.GetFileName(file), bytes);
        var id = result.RequestMessage!.RequestUri!.Segments[^1];
        var checkPage = await result.Content.ReadAsStringAsync();
        using var saved = await app.Client.PostAsync($"/check/{id}/save", new FormUrlEncodedContent([]));
        var documentPage = await saved.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("/documents/", saved.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        foreach (var html in new[] { checkPage, documentPage })
        {
            var keys = KeysShown(html);
            Assert.True(keys.Count == 0, $"{file} shows {string.Join("；", keys)}");
        }
    }

    [Theory]
    [MemberData(nameof(Published))]
    public async Task The_checklist_download_says_places_and_problems_without_keys(string file)
    {
        await using var app = await RunningApp.StartAsync();
        var bytes = await File.ReadAllBytesAsync(Path.Combine(Samples.Root, "samples", "corpus", file));
        using var result = await app.PostFileAsync("/check", Path.GetFileName(file), bytes);
        var id = result.RequestMessage!.RequestUri!.Segments[^1];

        var workbook = await app.Client.GetByteArrayAsync($"/check/{id}/review.xlsx");
        var text = Yusuan.Core.Reading.Formats.DocumentText.Extract(workbook, "检查表.xlsx");

        Assert.True(text.Success, text.Error);
        // The 依据 column names the rule by its id as `yusuan check --format xlsx` does (what a baseline and a reviewer's
        // note refer to); every other cell is said in Chinese.
        var said = Regex.Replace(text.Text!, @"(?<![A-Za-z0-9_])[A-Z][A-Za-z0-9]*\.[A-Za-z0-9][A-Za-z0-9-]*", " ");
        var keys = Key().Matches(said).Select(m => said.Substring(Math.Max(0, m.Index - 20), Math.Min(60, said.Length - Math.Max(0, m.Index - 20)))).ToList();
        Assert.True(keys.Count == 0, $"{file}: the 检查表 shows {string.Join("；", keys)}");
    }

    [Theory]
    [InlineData("无法确定“一、本年支出”一行的数字属于哪些栏目，暂按 total,gpb,gf 读取。", "暂按合计、一般公共预算、政府性基金预算读取")]
    [InlineData("无法确定“”一行的数字属于哪些栏目，暂按 total,overseas,reception,vehicles,vehicle_purchase 读取。", "暂按合计、因公出国（境）费、公务接待费、公务用车购置及运行费、公务用车购置费读取")]
    [InlineData("line.：合计 553892960.00 ≠ 一般公共预算 + 政府性基金 = 60000.00", "未识别名称的行：合计 553892960.00")]
    [InlineData("无法确定“7、对企业补助”一行的数字属于哪些栏目，暂按 total 读取。", "暂按合计读取")]
    [InlineData("无法确定“目标类项目”一行的数字属于哪些栏目，暂按 total,wages,goods,individuals,debt,capital_construction,capital,enterprise_construction,other 读取。",
        "暂按合计、工资福利支出、商品和服务支出、对个人和家庭的补助、债务利息及费用支出、资本性支出（基本建设）、资本性支出、对企业补助（基本建设）、其他读取")]
    [InlineData("line.对企业补助：合计不等于各栏之和", "对企业补助：合计")]
    [InlineData("income.fiscal 与 expense.201 不符", "财政拨款收入 与 201 一般公共服务支出 不符")]
    [InlineData("表3 公务用车运行费 basic 6.75 大于 表10 公务用车运行费 total 0.00（表10 含基本支出与项目支出）", "大于 表10 公务用车运行费 合计 0.00")]
    [InlineData("“PM2.5 浓度”与 GPS 站点", "“PM2.5 浓度”与 GPS 站点")]
    [InlineData("表中的文字“total amount”不属于任何行，已忽略。", "“total amount”")]
    public void A_message_says_every_key_in_chinese(string message, string shown) =>
        Assert.Contains(shown, Readable.Message(message), StringComparison.Ordinal);

    [Fact]
    public void A_header_that_is_its_key_is_shown_as_the_column_s_usual_name()
    {
        var table = new Yusuan.Core.Model.DisclosureTable
        {
            Title = "三公经费支出预算表",
            Columns = [new("total", "total"), new("gpb", "gpb"), new("budget", "预算数")],
        };

        Assert.Equal("合计", Readable.Column(table, "total"));
        Assert.Equal("一般公共预算", Readable.Column(table, "gpb"));
        Assert.Equal("预算数", Readable.Column(table, "budget"));
    }

    /// <summary>Canonical keys in what the page says itself (headers, places, messages, tooltips), leaving out the
    /// document's own text (its lines and the raw source of its tables), which may contain any word.</summary>
    internal static List<string> KeysShown(string html)
    {
        var body = Regex.Replace(html, "<script.*?</script>", " ", RegexOptions.Singleline);
        body = Regex.Replace(body, "<span class=\"tx\">.*?</span>", " ", RegexOptions.Singleline);
        body = Regex.Replace(body, "<details class=\"source\">.*?</details>", " ", RegexOptions.Singleline);
        var titles = Regex.Matches(body, "title=\"([^\"]*)\"").Select(m => m.Groups[1].Value);
        var text = WebUtility.HtmlDecode(Regex.Replace(body, "<[^>]+>", " ") + " " + string.Join(" ", titles));
        return [.. Key().Matches(text).Select(m => text.Substring(Math.Max(0, m.Index - 20), Math.Min(text.Length - Math.Max(0, m.Index - 20), m.Length + 40)).ReplaceLineEndings(" "))];
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9_])(?:(?:income|expense|carryover|line)\.[A-Za-z0-9_.]*|total|amount|basic|project|personnel|fiscal|gpb|gf|sc|special|prior|change_pct|budget|final|carryforward|reserve|wages|goods|capital|capital_construction|hierarchy-sum|column-sum|row-total)(?![A-Za-z0-9_])")]
    private static partial Regex Key();
}
