using Yusuan.Core.Rendering.Markdown;

namespace Yusuan.Core.Tests.Rendering;

public class MarkdownRendererTests
{
    private static readonly string[] Seed000 = File.ReadAllLines(Samples.Seed("000"));

    [Theory]
    [InlineData("功能分类科目编码\t\t\t功能分类科目名称\t合计\t基本支出\t项目支出")]
    [InlineData("类\t款\t经济分类科目名称\t合计\t人员经费\t公用经费")]
    [InlineData("项目\t预算数\t功能分类\t预算数")]
    [InlineData("201\t03\t01\t行政运行\t1,294.87\t1,294.87\t")]
    [InlineData("301\t01\t基本工资\t487.23\t487.23\t")]
    [InlineData("公务用车运行费\t83.00\t83.00\t\t")]
    public void Table_lines_are_tab_separated_exactly_as_the_seed_prints_them(string line)
    {
        Assert.Contains(line, Seed000);
        Assert.Contains(line, MarkdownRenderer.Render(RenderedDocument.Unit).Split('\n'));
    }

    [Fact]
    public void An_empty_table_is_followed_by_the_standard_sentence()
    {
        var text = MarkdownRenderer.Render(RenderedDocument.Unit);
        Assert.Contains("新疆巴州人民政府办公室2025年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。", text);
        Assert.Contains("新疆巴州人民政府办公室2025年没有上年结转结余预算安排的支出，上年结转结余情况明细表为空表。", text);
    }

    [Fact]
    public void Every_paragraph_is_one_line_and_every_table_row_has_its_full_width()
    {
        var lines = MarkdownRenderer.Render(RenderedDocument.Department).Split('\n');
        var t2 = lines.Where(l => l.StartsWith("205\t02\t03\t", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, t2.Count); // 表2, 表3, 表5 and the 表7 project row
        Assert.Equal(15, t2[0].Count(c => c == '\t')); // 16 columns
        Assert.DoesNotContain(lines, l => l.Contains('\r', StringComparison.Ordinal));
    }
}
