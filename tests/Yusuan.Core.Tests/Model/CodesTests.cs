using Yusuan.Core.Model;

namespace Yusuan.Core.Tests.Model;

public sealed class FunctionCodeTests
{
    [Theory]
    [InlineData("201", CodeLevel.Class)]
    [InlineData("20103", CodeLevel.Section)]
    [InlineData("2010301", CodeLevel.Item)]
    public void A_code_knows_its_level_from_its_length(string digits, CodeLevel level) =>
        Assert.Equal(level, FunctionCode.Parse(digits).Level);

    [Fact]
    public void An_item_code_knows_its_section_and_class()
    {
        var code = FunctionCode.Parse("2010301");
        Assert.Equal("20103", code.Parent!.Value.Digits);
        Assert.Equal("201", code.Class.Digits);
        Assert.True(code.IsWithin(FunctionCode.Parse("201")));
    }

    [Theory]
    [InlineData("201", "03", "01", "2010301")]
    [InlineData("208", "05", "", "20805")]
    [InlineData("221", "", "", "221")]
    public void A_code_is_built_from_the_class_section_and_item_cells(string c, string s, string i, string expected)
    {
        Assert.True(FunctionCode.TryFromParts(c, s, i, out var code));
        Assert.Equal(expected, code.Digits);
    }

    [Theory]
    [InlineData("2019")]
    [InlineData("301")]
    [InlineData("abc")]
    [InlineData("")]
    public void Text_that_is_not_a_function_code_is_rejected(string text) => Assert.False(FunctionCode.TryParse(text, out _));

    [Fact]
    public void Economic_codes_have_class_and_section()
    {
        var code = EconomicCode.Parse("30217");
        Assert.Equal(CodeLevel.Section, code.Level);
        Assert.Equal("302", code.Class.Digits);
    }
}
