using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Tests.Reading.Text;

/// <summary>Whitespace folding of printed names, and that text needing no change is not copied.</summary>
public sealed class SquashTests
{
    [Theory]
    [InlineData("行政 运行", "行政运行")]
    [InlineData(" 一般公共服务\t支出\u3000", "一般公共服务支出")]
    [InlineData("", "")]
    public void Whitespace_is_removed(string text, string expected) => Assert.Equal(expected, Squash.Whitespace(text));

    [Fact]
    public void Remove_also_drops_the_extra_character() => Assert.Equal("单位名称新疆", Squash.Remove("**单位名称** 新疆", '*'));

    [Theory]
    [InlineData("≥ 79  人", "≥ 79 人")]
    [InlineData("a\tb", "a b")]
    [InlineData("  a \n\n b  ", " a b ")]
    [InlineData("a b", "a b")]
    public void Collapse_turns_each_whitespace_run_into_one_space(string text, string expected)
    {
        Assert.Equal(expected, Squash.Collapse(text));
        Assert.Equal(System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " "), Squash.Collapse(text));
    }

    [Fact]
    public void Text_without_whitespace_is_returned_as_is()
    {
        var text = "一般公共服务支出";
        Assert.Same(text, Squash.Whitespace(text));
        Assert.Same(text, Squash.Collapse(text));
        var spaced = "一般 公共";
        Assert.Same(spaced, Squash.Collapse(spaced));
    }
}
