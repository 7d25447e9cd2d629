using Yusuan.Core.Reading.Narrative.Layout;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Tests.Reading.Narrative;

/// <summary>How hard-wrapped PDF text is rejoined into paragraphs.</summary>
public sealed class ParagraphBuilderTests
{
    private static List<string> Texts(string text) => [.. ParagraphBuilder.Build(SourceText.From(text).Lines).Select(p => p.Text)];

    [Fact]
    public void Wrapped_lines_separated_by_blank_lines_join_until_the_sentence_ends()
    {
        var texts = Texts("一般公共预算 2803.23 万元，占 100%，比上年预算增加\n\n346.44 万元，增长 14.1%。\n\n上级一般公共预算安排的转移支付资金未安排。");
        Assert.Equal(["一般公共预算 2803.23 万元，占 100%，比上年预算增加346.44 万元，增长 14.1%。", "上级一般公共预算安排的转移支付资金未安排。"], texts);
    }

    [Fact]
    public void A_wrapped_heading_takes_its_tail_but_not_the_body()
    {
        var texts = Texts("一、关于中共新疆巴音郭楞蒙古自治州委员会办公室部\n\n门 2023 年收支预算情况的总体说明\n\n按照全口径预算的原则，中共新疆巴音郭楞蒙古自治州\n\n委员会办公室部门 2023 年所有收入和支出均纳入部门预算\n\n管理。收支总预算 2803.23 万元。");
        Assert.Equal(2, texts.Count);
        Assert.EndsWith("总体说明", texts[0], StringComparison.Ordinal);
        Assert.StartsWith("按照全口径预算", texts[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_is_not_joined_to_the_unpunctuated_first_line_of_its_body()
    {
        var texts = Texts("（一）一般公共预算当年拨款规模变化情况\n\n中共新疆巴音郭楞蒙古自治州委员会办公室部门 2023\n\n年一般公共预算拨款合计 2803.23 万元，其中：");
        Assert.Equal(2, texts.Count);
    }

    [Fact]
    public void An_amount_split_over_two_lines_is_rejoined()
    {
        var texts = Texts("公务用车购置费增加 0.00万元，增长 0.0 \n\n0%，主要原因是无变化。");
        Assert.Equal(["公务用车购置费增加 0.00万元，增长 0.00%，主要原因是无变化。"], texts);
    }

    [Fact]
    public void A_function_item_ending_in_a_colon_continues_with_its_amount()
    {
        var texts = Texts("1.一般公共服务支出（类）档案事务（款）行政运行（项）：\n\n2023 年预算数为 190.73 万元。");
        Assert.Single(texts);
    }

    [Fact]
    public void Numbered_blocks_always_start_a_new_paragraph()
    {
        var texts = Texts("资金分配情况：运转经费 183 万元\n资金执行时间：2025 年 1 月 1 日至 12 月 31 日\n（二）项目名称：电子政府网络维护费项目");
        Assert.Equal(3, texts.Count);
    }

    [Fact]
    public void Paragraphs_remember_the_line_of_every_character()
    {
        var paragraph = Assert.Single(ParagraphBuilder.Build(SourceText.From("甲乙丙丁，\n\n戊己庚。").Lines));
        Assert.Equal(1, paragraph.SpanOf(0, 1).Line);
        Assert.Equal(3, paragraph.SpanOf(6, 7).Line);
    }
}
