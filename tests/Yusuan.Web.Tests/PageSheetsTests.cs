using System.Text.RegularExpressions;
using Yusuan.Core.Checking;
using Yusuan.Core.Model;
using Yusuan.Web.Pages;
using Yusuan.Web.Services;

namespace Yusuan.Web.Tests;

/// <summary>The 原文页面 markup of the document view: each finding's box in percent of its page, findings without a box on
/// the page pointing at the page, tooltips encoded, and one sentence instead of images without pdftoppm.</summary>
public sealed class PageSheetsTests
{
    private static readonly PageSize A4 = new(600, 800);

    private static Finding At(Finding f, int? page, PageBox? box) => f with { Location = f.Location with { Page = page, Box = box } };

    private static CheckedFile Pdf(params Finding[] findings) =>
        Synthetic.Document("测试局", 2025, "新疆", 100m, 50m, 3m, 90m, findings) with { PageSizes = [A4, A4, A4] };

    [Fact]
    public void A_finding_s_box_is_drawn_on_its_page_in_percent_of_the_page_with_its_rule_and_message_as_tooltip()
    {
        var finding = At(Synthetic.Finding("T3.column-sum", Severity.Error, "T3", "201", "basic", 5, "明细之和 <b>不符</b>"), 2, new PageBox(60, 80, 300, 160));

        var html = new DocumentView(Pdf(finding), new PageSource("/check/x/pages/", true)).Render();
        var box = Regex.Match(html, "<span class=\"box box-error\" id=\"(pb\\d+)\"[^>]*>");

        Assert.True(box.Success, "no error box drawn");
        Assert.Contains("style=\"left:10%;top:10%;width:40%;height:10%\"", box.Value, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;不符&lt;/b&gt;", box.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Matches($"<figure class=\"page\" id=\"page-2\" data-page=\"2\">.*?id=\"{box.Groups[1].Value}\"", html);
        Assert.Contains($"data-page-target=\"{box.Groups[1].Value}\"", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/check/x/pages/3\" loading=\"lazy\"", html, StringComparison.Ordinal);
        Assert.Contains("width=\"600\" height=\"800\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_with_a_page_but_no_box_there_points_at_its_page()
    {
        var noBox = At(Synthetic.Finding("N.one", Severity.Warning, null, null, null, 9, "没有框"), 3, null);
        var offPage = At(Synthetic.Finding("N.two", Severity.Warning, null, null, null, 9, "框在别的页"), 3, new PageBox(80, -64, 700, -50));
        var pastLastPage = At(Synthetic.Finding("N.three", Severity.Warning, null, null, null, 9, "页码超出"), 4, new PageBox(80, 64, 300, 80));

        var html = new DocumentView(Pdf(noBox, offPage, pastLastPage), new PageSource("/p/", true)).Render();

        Assert.DoesNotContain("class=\"box ", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "data-page-target=\"page-3\""));
        Assert.Contains("data-goto-page=\"page-3\">原文第 3 页</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("page-4", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_at_one_place_share_a_box_in_the_most_severe_one_s_colour_and_a_rounding_one_is_hidden_until_asked()
    {
        var box = new PageBox(60, 80, 300, 160);
        var warning = At(Synthetic.Finding("C.one", Severity.Warning, null, null, null, 5, "一"), 1, box);
        var error = At(Synthetic.Finding("C.two", Severity.Error, null, null, null, 5, "二"), 1, box);
        var rounding = At(Synthetic.Finding("T3.column-sum", Severity.Warning, "T3", "201", "basic", 5, "相差 0.01，在 0.05 以内的舍入差异"), 1,
            new PageBox(60, 200, 300, 220));

        var html = new DocumentView(Pdf(warning, error, rounding), new PageSource("/p/", true)).Render();

        Assert.Equal(2, Regex.Count(html, "<span class=\"box "));
        Assert.Matches("<span class=\"box box-error\"[^>]*data-rules=\"C.one C.two\"", html);
        Assert.True(FindingKinds.IsWithinRounding(rounding));
        Assert.Matches("<span class=\"box box-rounding\"[^>]*title=\"\\[舍入差异\\]", html);
    }

    [Fact]
    public void Without_pdftoppm_the_pages_are_one_sentence_and_no_image()
    {
        var finding = At(Synthetic.Finding("T3.column-sum", Severity.Error, "T3", "201", "basic", 5), 2, new PageBox(60, 80, 300, 160));

        var html = new DocumentView(Pdf(finding), new PageSource("/p/", false)).Render();

        Assert.Contains(PageImageEndpoints.ToolMissingSentence, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-page-target", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_that_is_not_a_pdf_shows_no_pages()
    {
        var html = new DocumentView(Synthetic.Document("测试局", 2025, "新疆", 100m, 50m, 3m), new PageSource("/p/", true)).Render();

        Assert.DoesNotContain("id=\"pages\"", html, StringComparison.Ordinal);
    }
}
