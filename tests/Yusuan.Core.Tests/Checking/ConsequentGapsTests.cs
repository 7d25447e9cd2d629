using Yusuan.Core.Checking;
using Yusuan.Core.Model;

namespace Yusuan.Core.Tests.Checking;

/// <summary>长春 (039) 表3: 2014002 and 2014099 print 当年预算小计 0.00 beside 458.00 and 16.56, so 20140 is 474.56 off its 项.
/// The parent's difference follows from its rows' and is not reported on its own; a difference the rows do not explain is.</summary>
public sealed class ConsequentGapsTests
{
    private static Finding Hierarchy(string expected) => new()
    {
        Rule = "T3.hierarchy-sum",
        Severity = Severity.Error,
        Message = "信访事务 (20140) 当年预算小计 1378.41 ≠ 其下各项之和",
        Location = new FindingLocation { Table = "T3", Row = "20140", Column = "total_total" },
        Expected = expected,
        Actual = "1378.41",
    };

    private static Finding RowTotal(string row, string actual) => new()
    {
        Rule = "T3.row-total",
        Severity = Severity.Error,
        Message = $"({row})：本年支出合计 {actual} ≠ … = 0.00",
        Location = new FindingLocation { Table = "T3", Row = row, Column = "total" },
        Expected = "0.00",
        Actual = actual,
    };

    [Fact]
    public void A_parent_off_by_exactly_its_rows_slips_is_folded_into_them()
    {
        var folded = ConsequentGaps.Fold([Hierarchy("903.85"), RowTotal("2014002", "458.00"), RowTotal("2014099", "16.56")]);
        Assert.Equal(["T3.row-total", "T3.row-total"], folded.Select(f => f.Rule));
        Assert.Contains("上级行 20140", folded[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parent_off_by_more_than_its_rows_slips_keeps_its_own_finding()
    {
        var folded = ConsequentGaps.Fold([Hierarchy("900.00"), RowTotal("2014002", "458.00"), RowTotal("2014099", "16.56")]);
        Assert.Equal(3, folded.Count);
    }
}
