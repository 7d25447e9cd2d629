using System.Text.RegularExpressions;
using Yusuan.Core.Reading;

namespace Yusuan.Core.Tests.Reading;

/// <summary>The narrative's money unit is voted by counting "N 万元" against "N 元"; the hand-written counter must count
/// exactly what the patterns \d\s*万元 and \d\s*元 match.</summary>
public sealed class MoneyWordsTests
{
    [Theory]
    [InlineData("支出 12.50 万元，其中 3 元", 1, 1)]
    [InlineData("万元 元 1万 元", 0, 0)]
    [InlineData("共 1 2 万元；2元；3 \t元", 1, 2)]
    public void Counts_amounts_in_wan_and_in_yuan(string text, int wan, int yuan)
    {
        int w = 0, y = 0;
        MetaReader.CountMoney(text, ref w, ref y);
        Assert.Equal((wan, yuan), (w, y));
    }

    [Fact]
    public void Counts_what_the_patterns_match_on_every_sample_line()
    {
        foreach (var file in Samples.AllSeeds().Concat(Samples.AllCorpus()))
        {
            foreach (var line in File.ReadLines(file))
            {
                int w = 0, y = 0;
                MetaReader.CountMoney(line, ref w, ref y);
                Assert.Equal((Regex.Count(line, @"\d\s*万元"), Regex.Count(line, @"\d\s*元")), (w, y));
            }
        }
    }
}
