using Yusuan.Web.Pages;

namespace Yusuan.Web.Tests;

/// <summary>Row labels on the document view: the code has its own column and is not repeated in the name.</summary>
public sealed class DocumentViewLabelTests
{
    [Theory]
    [InlineData("201 一般公共服务支出", "201", "一般公共服务支出")]
    [InlineData("201一般公共服务支出", "201", "一般公共服务支出")]
    [InlineData("208、社会保障和就业支出", "208", "社会保障和就业支出")]
    [InlineData("一般公共服务支出", "201", "一般公共服务支出")]
    [InlineData("20101 人大事务", "201", "20101 人大事务")]
    [InlineData("201", "201", "201")]
    [InlineData("本年收入", "", "本年收入")]
    public void A_label_that_repeats_the_row_code_is_shown_without_it(string label, string code, string shown) =>
        Assert.Equal(shown, DocumentView.WithoutLeadingCode(label, code));
}
