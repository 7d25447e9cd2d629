using Yusuan.Core.Checking;
using Yusuan.Core.Model;

namespace Yusuan.Core.Tests.Checking;

/// <summary>
/// 西南大学 2021 (019): "我校2021年支出预算490,808.40万元（本年支出预算415,808.40万元，结转下年75,000.00万元），其中：教育支出
/// 398,593.09万元，占总支出的81.21%". The total includes 结转下年, so it is 表1's 支出总计, not 表3's 本年支出合计, and the share is
/// of the total the paragraph states. Figures from the document; the tables are cut down to the rows the claims restate.
/// </summary>
public sealed class StatedScopeTests
{
    private static Disclosure Document(decimal share)
    {
        var b = new DocumentBuilder();
        b.Table(TableId.T1, "收支预算总表", t => t.Columns("amount")
            .Row("expense.current", "本年支出合计", 415808.40m)
            .Row("expense.carryforward", "结转下年", 75000.00m)
            .Row("expense.total", "支出总计", 490808.40m));
        b.Table(TableId.T3, "支出预算表", t => t.Columns("total", "basic", "project")
            .Row("total", "合计", 415808.40m, 326582.94m, 89225.46m)
            .Row("205", "教育支出", 398593.09m, 309367.63m, 89225.46m));
        b.Section("四.(三)", "支出预算情况说明");
        b.Claim("四.(三)", ClaimKeys.ExpenseTotal, "支出预算", 490808.40m);
        b.Claim("四.(三)", ClaimKeys.ExpenseTotal, "本年支出预算", 415808.40m);
        b.Claim("四.(三)", ClaimKeys.Function, "教育支出", 398593.09m, share: share, code: "205");
        return b.Build();
    }

    private static List<Finding> Errors(Disclosure d, string rule) =>
        [.. Checker.Default.Check(d).Findings.Where(f => f.Rule == rule && f.Severity == Severity.Error)];

    [Fact]
    public void A_total_with_the_carry_forward_inside_it_is_the_expense_grand_total_not_a_wrong_current_total()
    {
        Assert.Empty(Errors(Document(81.21m), "N.amount-vs-table").Select(f => f.Message));
    }

    [Fact]
    public void A_share_of_the_total_its_paragraph_states_is_not_an_error()
    {
        Assert.Empty(Errors(Document(81.21m), "N.share").Select(f => f.Message));
    }

    [Fact]
    public void A_share_of_no_stated_total_is_still_an_error()
    {
        // 398,593.09 is 81.21 % of 490,808.40 and 95.86 % of 415,808.40; 85.00 % is a share of neither.
        Assert.Single(Errors(Document(85.00m), "N.share"));
    }
    /// <summary>长沙 (038): "（二）项目支出：…其中：…公共安全支出 40230.95 万元" states the 项目支出 of 204, whose total is 68629.12.</summary>
    private static Disclosure ProjectPart(decimal stated)
    {
        var b = new DocumentBuilder();
        b.Table(TableId.T5, "一般公共预算支出表", t => t.Columns("total", "basic", "project")
            .Row("total", "合计", 68632.12m, 28398.17m, 40233.95m)
            .Row("201", "一般公共服务支出", 3.00m, null, 3.00m)
            .Row("204", "公共安全支出", 68629.12m, 28398.17m, 40230.95m));
        b.Section("三", "一般公共预算当年拨款");
        b.Claim("三", ClaimKeys.Function, "公共安全支出", 68629.12m, code: "204");
        b.Claim("三", ClaimKeys.Function, "公共安全支出", stated, code: "204");
        return b.Build();
    }

    [Fact]
    public void An_items_project_part_stated_under_its_heading_is_neither_a_wrong_total_nor_the_item_stated_twice()
    {
        var d = ProjectPart(40230.95m);
        Assert.Empty(Errors(d, "N.amount-vs-table").Select(f => f.Message));
        Assert.Empty(Checker.Default.Check(d).Findings.Where(f => f.Rule == "N.same-subject-twice").Select(f => f.Message));
    }

    [Fact]
    public void An_item_stated_with_a_figure_that_is_none_of_its_cells_is_still_an_error()
    {
        Assert.Single(Errors(ProjectPart(40000.00m), "N.amount-vs-table"));
    }
}
