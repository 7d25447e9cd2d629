using Yusuan.Core.Rendering.Html;

namespace Yusuan.Core.Tests.Rendering;

public class HtmlRendererTests
{
    [Fact]
    public void The_html_is_one_print_ready_file_with_a4_pages_and_cjk_fonts()
    {
        var html = HtmlRenderer.Render(RenderedDocument.Unit);
        Assert.Contains("@page { size: A4;", html, StringComparison.Ordinal);
        Assert.Contains("Noto Sans CJK SC", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_headers_are_in_thead_so_they_repeat_on_every_page()
    {
        var html = HtmlRenderer.Render(RenderedDocument.Unit);
        Assert.Equal(CountOf(html, "<table>"), CountOf(html, "<thead>"));
        Assert.Contains("<th colspan=\"3\">功能分类科目编码</th>", html, StringComparison.Ordinal);
        Assert.Contains("thead { display: table-header-group; }", html, StringComparison.Ordinal);
    }

    [Fact]
    public void All_text_is_html_escaped()
    {
        var document = RenderedDocument.Unit with { Meta = RenderedDocument.Unit.Meta with { UnitName = "<b>某单位</b> & \"办公室\"" } };
        var html = HtmlRenderer.Render(document);
        Assert.DoesNotContain("<b>某单位", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;某单位&lt;/b&gt; &amp; &quot;办公室&quot;", html, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
