using Yusuan.Core.Checking;
using Yusuan.Core.Model;

namespace Yusuan.Core.Tests.Checking;

/// <summary>A class name of an earlier edition is right in a document of that edition's years and a slip after: 江苏 2018
/// (024) prints 医疗卫生与计划生育支出 as it should; 上海 2024 (010) prints it eight years after the rename.</summary>
public sealed class FormerNamesTests
{
    private static List<Finding> Names(int year)
    {
        var b = new DocumentBuilder().Meta(m => m with { Year = year });
        b.Table(TableId.T5, "一般公共预算支出表", t => t.Columns("total")
            .Row("total", "合计", 60.99m)
            .Row("210", "医疗卫生与计划生育支出", 60.99m));
        return [.. Checker.Default.Check(b.Build()).Findings.Where(f => f.Rule == "C.function-name")];
    }

    [Fact]
    public void A_former_name_in_its_own_years_is_no_slip() => Assert.Empty(Names(2018));

    [Fact]
    public void A_former_name_after_the_rename_is_reported_with_the_current_name()
    {
        var finding = Assert.Single(Names(2024));
        Assert.Equal("卫生健康支出", finding.Expected);
    }
}
