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
    public void Whitespace_is_exactly_what_char_IsWhiteSpace_accepts()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            Assert.True(char.IsWhiteSpace(ch) == Squash.IsWhite(ch), $"U+{c:X4}");
        }
    }

    [Theory]
    [InlineData("与 上 年 相 比 增 加", "与上年相比增加")]
    [InlineData("a\u2003b\u00A0c\u3000", "abc")]
    [InlineData("*单位 *名称*", "单位名称")]
    public void Remove_drops_every_whitespace_and_extra_character_wherever_it_is(string text, string expected) =>
        Assert.Equal(expected, Squash.Remove(text, '*'));

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
