using Yusuan.Core.Checking;
using Yusuan.Core.Reading;

namespace Yusuan.Core.Tests.Checking;

/// <summary>In 十一 "上年结转结余 73.90万元，包括：财政拨款 73.90万元，非财政拨款 0.00万元" the bare "财政拨款" is the carried-over part
/// and is compared with 表1 (seed 001, line 1503).</summary>
public class CarryoverPartsTests
{
    private static IReadOnlyList<Finding> Check(string text) =>
        Checker.Default.Check(DisclosureReader.Read(text, "001.txt").GetValueOrThrow()).Findings;

    [Fact]
    public void A_carried_over_part_that_differs_from_table_1_is_reported()
    {
        var text = File.ReadAllText(Samples.Seed("001"));
        const string printed = "括：财政拨款 73.90万元，非财政拨款";
        Assert.Contains(printed, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Check(text), f => f.Rule == "N.amount-vs-table" && f.Location.Line == 1503);
        var f = Assert.Single(Check(text.Replace(printed, "括：财政拨款 74.00万元，非财政拨款", StringComparison.Ordinal)), f => f.Rule == "N.amount-vs-table");
        Assert.Equal((1503, "73.90", "74.00"), (f.Location.Line, f.Expected, f.Actual));
    }
}
