using Yusuan.Core.Reading.Tables;

namespace Yusuan.Core.Tests.Reading.Tables;

/// <summary>Looking up a template's line rules by printed label.</summary>
public sealed class TableTemplateTests
{
    private static readonly TableTemplate Template = new()
    {
        Edition = "test",
        Title = TitleRule.Of("收支总表"),
        Shape = TableShape.Lines,
        Lines =
        [
            LineRule.Of("income.gpb", LineSide.Income, "一般公共预算拨款|一般公共预算"),
            LineRule.Of("expense.gpb", LineSide.Expense, "一、一般公共预算拨款"),
            LineRule.Of("income.total", LineSide.Income, "收入总计"),
        ],
    };

    [Fact]
    public void Rules_sharing_a_label_come_in_declaration_order()
    {
        Assert.Equal(["income.gpb", "expense.gpb"], Template.LinesNamed("一般公共预算拨款").Select(r => r.Key));
        Assert.Equal(["income.total"], Template.LinesNamed("收入总计").Select(r => r.Key));
        Assert.Empty(Template.LinesNamed("支出总计"));
    }

    [Fact]
    public void A_copy_with_other_lines_looks_up_its_own_lines()
    {
        _ = Template.LinesNamed("收入总计");
        var copy = Template with { Lines = [LineRule.Of("expense.total", LineSide.Expense, "收入总计")] };
        Assert.Equal(["expense.total"], copy.LinesNamed("收入总计").Select(r => r.Key));
        Assert.Equal(["income.total"], Template.LinesNamed("收入总计").Select(r => r.Key));
    }
}
