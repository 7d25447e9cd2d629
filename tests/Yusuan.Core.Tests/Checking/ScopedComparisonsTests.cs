using Yusuan.Core.Checking;
using Yusuan.Core.Model;

namespace Yusuan.Core.Tests.Checking;

/// <summary>
/// Comparisons of figures whose scopes differ, each from a corpus document (figures as printed, tables cut down): the
/// document as printed gets no error, and the same document with one slip gets exactly one.
/// </summary>
public sealed class ScopedComparisonsTests
{
    private static List<Finding> Errors(Disclosure d, string rule) =>
        [.. Checker.Default.Check(d).Findings.Where(f => f.Rule == rule && f.Severity == Severity.Error)];

    /// <summary>西南大学 2021 (019): 表2 prints 本年收入 (390,140.45), 表3 本年支出 (415,808.40); 表1 shows the carry-over used and
    /// the 结转下年 that make up the difference.</summary>
    private static Disclosure IncomeAndSpending(decimal carryover, decimal t2Total)
    {
        var b = new DocumentBuilder();
        b.Table(TableId.T1, "收支预算总表", t => t.Columns("amount")
            .Row("income.current", "本年收入合计", 390140.45m)
            .Row("income.nonfiscal_balance_used", "使用非财政拨款结余", carryover == 0 ? null : 18953.78m)
            .Row("carryover", "上年结转", carryover == 0 ? null : carryover)
            .Row("income.total", "收入总计", carryover == 0 ? 390140.45m : 490808.40m)
            .Row("expense.current", "本年支出合计", carryover == 0 ? 390140.45m : 415808.40m)
            .Row("expense.carryforward", "结转下年", carryover == 0 ? null : 75000.00m)
            .Row("expense.total", "支出总计", carryover == 0 ? 390140.45m : 490808.40m));
        b.Table(TableId.T2, "收入预算表", t => t.Columns("total", "fiscal")
            .Row("total", "合计", t2Total, 216552.53m)
            .Row("205", "教育支出", t2Total, 216552.53m));
        b.Table(TableId.T3, "支出预算表", t => t.Columns("total", "basic", "project")
            .Row("total", "合计", 415808.40m, 326582.94m, 89225.46m)
            .Row("205", "教育支出", 415808.40m, 326582.94m, 89225.46m));
        return b.Build();
    }

    [Fact]
    public void Income_and_spending_of_different_scopes_are_not_compared()
    {
        var d = IncomeAndSpending(81714.17m, 390140.45m);
        Assert.Empty(Errors(d, "X.T2-T3-total"));
        Assert.Empty(Errors(d, "X.T2-T3-codes"));
    }

    [Fact]
    public void Income_and_spending_of_one_scope_must_agree()
    {
        // No carry-over: 表2 and 表3 cover the same money, and 390,140.45 against 415,808.40 is a slip.
        Assert.Single(Errors(IncomeAndSpending(0m, 390140.45m), "X.T2-T3-total"));
    }

    /// <summary>上海 决算 (001) 表6 printed in two halves: 人员经费合计 2,152.26 = 301 + 303, 公用经费合计 184.65 = 302 + 310,
    /// and 表5's 基本支出 2,336.91 is their sum.</summary>
    private static Disclosure Halves(decimal personnel)
    {
        var b = new DocumentBuilder();
        b.Table(TableId.T5, "一般公共预算财政拨款支出决算表", t => t.Columns("total", "basic", "project")
            .Row("total", "合计", 2940.05m, 2336.91m, 603.14m)
            .Row("201", "一般公共服务支出", 2940.05m, 2336.91m, 603.14m));
        b.Table(TableId.T6, "一般公共预算财政拨款基本支出决算表", t => t.Columns("total", "personnel", "public")
            .Row("total", "合计", null, personnel, 184.65m)
            .Row("301", "工资福利支出", 2082.85m)
            .Row("302", "商品和服务支出", 171.07m)
            .Row("303", "对个人和家庭的补助", 69.41m)
            .Row("310", "资本性支出", 13.58m));
        return b.Build();
    }

    [Fact]
    public void A_basic_table_in_two_halves_checks_each_half_and_their_sum()
    {
        var d = Halves(2152.26m);
        Assert.Empty(Errors(d, "T6.total-sum"));
        Assert.Empty(Errors(d, "X.T5-T6-basic"));
    }

    [Fact]
    public void A_wrong_half_total_is_one_slip_of_its_half()
    {
        var errors = Errors(Halves(2125.26m), "T6.total-sum");
        var error = Assert.Single(errors);
        Assert.Equal("personnel", error.Location.Column);
        Assert.Equal("2152.26", error.Expected);
    }

    /// <summary>西南大学 2024 决算 (021): "财政拨款支出总计为266,783.56万元，其中：基本支出209,899.51万元" restates 表5 (no 表4: all
    /// 财政拨款 is 一般公共预算), not 表3's 基本支出 of all funds (367,180.56).</summary>
    private static Disclosure FiscalParts(decimal basic)
    {
        var b = new DocumentBuilder();
        b.Table(TableId.T3, "支出决算表", t => t.Columns("total", "basic", "project")
            .Row("total", "合计", 481483.46m, 367180.56m, 114302.90m)
            .Row("205", "教育支出", 481483.46m, 367180.56m, 114302.90m));
        b.Table(TableId.T5, "财政拨款支出决算表", t => t.Columns("total", "basic", "project")
            .Row("total", "合计", 266783.56m, 209899.51m, 56884.05m)
            .Row("205", "教育支出", 266783.56m, 209899.51m, 56884.05m));
        b.Section("四.(四)", "支出预算");
        b.Claim("四.(四)", ClaimKeys.FiscalTotal, "学校2024年度财政拨款支出总计", 266783.56m);
        b.Claim("四.(四)", ClaimKeys.FiscalBasic, "基本支出", basic);
        b.Claim("四.(四)", ClaimKeys.FiscalProject, "项目支出", 56884.05m);
        return b.Build();
    }

    [Fact]
    public void Fiscal_parts_restate_the_fiscal_table()
    {
        Assert.Empty(Errors(FiscalParts(209899.51m), "N.amount-vs-table"));
    }

    [Fact]
    public void A_wrong_fiscal_part_is_one_error_against_the_fiscal_table()
    {
        var error = Assert.Single(Errors(FiscalParts(209989.51m), "N.amount-vs-table"));
        Assert.Equal("209899.51", error.Expected);
    }

    /// <summary>西南大学 2023 (056): 年度资金总额 = 财政拨款 + 上年结转 + 其他资金 (425.20 = 223.32 + 201.88 + 0).</summary>
    private static Disclosure Funds(decimal carryover)
    {
        var d = new DocumentBuilder().Targets("基础设施改造项目（中学）", 425.20m, 100m).Build();
        var t = d.Targets[0];
        return d with { Targets = [t with { FundsFiscal = new Figure(223.32m, t.Span), FundsCarryover = new Figure(carryover, t.Span), FundsOther = new Figure(0m, t.Span) }] };
    }

    [Fact]
    public void Carried_over_funds_are_part_of_the_year_funds()
    {
        Assert.Empty(Errors(Funds(201.88m), "G.funds-sum"));
        Assert.Single(Errors(Funds(210.88m), "G.funds-sum"));
    }

    [Fact]
    public void Weights_are_summed_only_when_every_weight_was_read()
    {
        var d = new DocumentBuilder().Targets("运转经费", 100m, 80m).Build();
        var t = d.Targets[0];
        // One weight changed: 45 + 20 + 20 + 10 = 95, a slip.
        var slipped = d with { Targets = [t with { Indicators = t.Indicators.SetItem(0, t.Indicators[0] with { Weight = new Figure(45m, t.Span) }) }] };
        Assert.Single(Errors(slipped, "G.weight-sum"));
        // One weight not read: the other three add to 50, which says nothing.
        var unread = d with { Targets = [t with { Indicators = t.Indicators.SetItem(0, t.Indicators[0] with { Weight = null }) }] };
        Assert.Empty(Errors(unread, "G.weight-sum"));
        // The 满意度 rows not read (a table continued on the next page): 40 + 20 + 20 = 80 says nothing either.
        var cut = d with { Targets = [t with { Indicators = t.Indicators.RemoveAt(3) }] };
        Assert.Empty(Errors(cut, "G.weight-sum"));
    }
}
