using Yusuan.Core.Reading.Tables;

namespace Yusuan.Core.Tests.Reading.Tables;

/// <summary>Which words of a space-separated table line are figures.</summary>
public sealed class SpaceTokenTests
{
    [Theory]
    // Shanghai tables in 元 print empty funds as 0 after the name (corpus 007, line 250).
    [InlineData("201   32        组织事务                    888,700      888,700          0          0          0", "888700 888700 0 0 0")]
    // Whole 万元 amounts without decimals (seed 003 表7 printed to PDF).
    [InlineData("201 03 50 事业运行       政府采购专家评审费              30           30", "30 30")]
    [InlineData("          合计                               427        389.5                   35                    2.5", "427 389.5 35 2.5")]
    // Codes open the row and stay codes; the column-number line has no name; a lone page number is no row.
    [InlineData("201   05   07   专项普查活动                  257,700", "257700")]
    [InlineData("  ※ ※ ※      ※               ※             1      2   3       4", "")]
    [InlineData("                 18", "")]
    // An integer inside the name is part of the name.
    [InlineData("2024 年驻村工作队为民办实事经费   0.33   0.33", "0.33 0.33")]
    public void Integers_are_figures_only_in_the_run_that_ends_a_row_after_its_name(string line, string figures)
    {
        var found = Tokenizer.SplitSpaces(line).Where(t => t.IsFigure).Select(t => t.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(figures, string.Join(' ', found));
    }
}
