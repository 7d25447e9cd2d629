using Yusuan.Core.Classification;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Narrative.Claims;
using Yusuan.Core.Reading.Narrative.Layout;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Tests.Reading.Narrative;

/// <summary>Sentence → claim, one row per sentence shape seen in real disclosures.</summary>
public sealed class ClaimParserTests
{
    internal static List<Claim> Parse(string text, string section = "三", string? topic = "支出预算")
    {
        var paragraphs = ParagraphBuilder.Build(SourceText.From(text).Lines);
        var placed = paragraphs.Select(p => new PlacedParagraph(p, section, topic, topic));
        var parser = new ClaimParser(new SubjectResolver(new FunctionResolver(ClassificationCatalog.Default, [])));
        return parser.Parse(placed);
    }

    public static TheoryData<string, string?, string, string?, string?, string?, string?, string?, string?> Sentences => new()
    {
        // text, topic, key, amount, share, change, amountWord, percent, percentWord
        { "基本支出 2,212.74 万元，占 84.20%，比上年预算减少 55.82 万元，下降 2.46%，主要原因是人员减少。", "支出预算", ClaimKeys.ExpenseBasic, "2212.74", "84.20", "55.82", "减少", "2.46", "下降" },
        { "基本支出 2,212.74 万元，比上年预算减少 55.82 万元，下降 2.46%。", "一般公共预算当年拨款", ClaimKeys.GpbBasic, "2212.74", null, "55.82", "减少", "2.46", "下降" },
        { "收支总预算 2,627.89 万元。", "收支总体", ClaimKeys.Total, "2627.89", null, null, null, null, null },
        { "2025 年财政拨款收支总预算 2,627.89 万元。", "财政拨款收支", ClaimKeys.FiscalTotal, "2627.89", null, null, null, null, null },
        { "新疆巴州人民政府办公室单位收入预算 2,627.89 万元，其中：", "收入预算", ClaimKeys.IncomeTotal, "2627.89", null, null, null, null, null },
        { "一般公共预算 2441 万元，占 100%，比上年预算增加 78.28 万元，增长 3.31%，主要原因是：本年新增项目支出。", "收入预算", ClaimKeys.IncomeGpb, "2441", "100", "78.28", "增加", "3.31", "增长" },
        { "项目支出 178.31 万元，占 13.56%，比上年预算增加 64.23 万元，增长 56.3%，主要原因是：项目资金增加。", "支出预算", ClaimKeys.ExpenseProject, "178.31", "13.56", "64.23", "增加", "56.3", "增长" },
        { "政府性基金预算未安排。", "收入预算", ClaimKeys.IncomeGf, "0", null, null, null, null, null },
        { "上级一般公共预算安排的转移支付资金未安排。", "收入预算", ClaimKeys.IncomeGpbTransfer, "0", null, null, null, null, null },
        { "新疆巴州人民政府办公室 2025 年一般公共预算拨款合计 2,627.89 万元，其中：", "一般公共预算当年拨款", ClaimKeys.GpbTotal, "2627.89", null, null, null, null, null },
        { "人员经费1,915.48万元，主要包括：基本工资、津贴补贴。", "基本支出", ClaimKeys.GpbPersonnel, "1915.48", null, null, null, null, null },
        { "新疆巴州人民政府办公室 2025 年的机关运行经费财政拨款预算 297.26 万元，比上年预算减少 8.26 万元，下降 2.70%，主要原因是单位人员减少。", "机关运行经费", ClaimKeys.OperatingCost, "297.26", null, "8.26", "减少", "2.70", "下降" },
        { "新疆维吾尔自治区人民政府办公厅 2025年上年结转结余 73.90万元，包括：", "上年结转结余", ClaimKeys.Carryover, "73.90", null, null, null, null, null },
        { "1. 2024 年驻村工作队为民办实事经费 0.33 万元，主要用于：购买慰问贫困户的物资。", "上年结转结余", ClaimKeys.CarryoverItem, "0.33", null, null, null, null, null },
        { "单位资金 13.22万元，占 0.09%，比上年预算减少 381.98万元，下降 96.65%。", "收入预算", ClaimKeys.IncomeUnit, "13.22", "0.09", "381.98", "减少", "96.65", "下降" },
        { "（一）因公出国（境）费0万元，与2024年预算持平，此项经费由区统筹安排。", null, ClaimKeys.ThreePublicOverseas, "0", null, null, "持平", null, null },
        { "（1）一般公共预算收入预算18330.37万元，与上年相比增加2432.93万元，增长15.3%。", null, ClaimKeys.IncomeGpb, "18330.37", null, "2432.93", "增加", "15.3", "增长" },
        // 北京 (B036): the base of the comparison is printed after 比…预算数; it is no item of its own.
        { "2026年度收入预算529260.34万元，比2025年年初预算数547012.85万元减少17752.51万元，下降3.25%。", "收入预算", ClaimKeys.IncomeTotal, "529260.34", null, "17752.51", "减少", "3.25", "下降" },
        { "2026 年支出预算 211,514.05 万元，比 2025 年年初预算数 189,594.33 万元增加 21,919.72 万元，增长 11.56%。", "支出预算", ClaimKeys.ExpenseTotal, "211514.05", null, "21919.72", "增加", "11.56", "增长" },
        // 长沙 (038): the text layer splits a figure at its decimal point.
        { "（二）支出预算： 2025 年 本 单位 支出预算 68632. 12 万元 ，主要用于保障部门运转。", "支出预算", ClaimKeys.ExpenseTotal, "68632.12", null, null, null, null, null },
        { "公务接待费 28. 50 万元 ，比上年减少 1. 50 万元。", "三公经费", ClaimKeys.ThreePublicReception, "28.50", null, "1.50", "减少", null, null },
        { "1. 2024 年驻村工作队为民办实事经费 0.33 万元。", "上年结转结余", ClaimKeys.CarryoverItem, "0.33", null, null, null, null, null },
        // 上海 决算 (003): the 年初预算 first, then the 决算 that is the item's own figure.
        { "“三公”经费财政拨款支出年初预算为 2.85 万元，支出决算为 0.39 万元，完成预算的 13.68%。", "三公经费", ClaimKeys.ThreePublicTotal, "0.39", null, null, null, null, null },
        // 长春 (039): after the items, the year's budget as a whole is compared with last year's.
        { "2026年预算比2025年预算增加50.32万元，增长3.08%。", "支出预算", ClaimKeys.Total, null, null, "50.32", "增加", "3.08", "增长" },
    };

    /// <summary>北京 (B056): each 三公 item is a numbered heading, its figure in the next sentence ("2026 年预算数 …").</summary>
    [Fact]
    public void An_item_named_by_the_heading_before_its_figure_is_that_items_claim()
    {
        var claims = Parse("""
            2026 年财政拨款“三公”经费预算 238.81 万元，比 2025 年财政拨款“三公”经费年初预算减少 5.24 万元，下降 2.15%，主要原因：压减一般性支出。其中：
            （一）因公出国（境）费用。2026 年预算数 143.80 万元，主要用于拓宽国际视野。
            （二）公务接待费。2026 年预算数 2.05 万元，主要用于京津冀协同共建等方面。
            （三）公务用车购置和运行维护费。2026 年预算数 92.96 万元，包括公务用车购置费预算 0 万元、公务用车运行维护费预算 92.96 万元。
            """, topic: "三公经费");
        Assert.Equal(238.81m, Assert.Single(claims, c => c.Subject.Key == ClaimKeys.ThreePublicTotal).Amount!.Value.Value);
        Assert.Equal(143.80m, Assert.Single(claims, c => c.Subject.Key == ClaimKeys.ThreePublicOverseas).Amount!.Value.Value);
        Assert.Equal(2.05m, Assert.Single(claims, c => c.Subject.Key == ClaimKeys.ThreePublicReception).Amount!.Value.Value);
        Assert.Equal(92.96m, Assert.Single(claims, c => c.Subject.Key == ClaimKeys.ThreePublicVehicles).Amount!.Value.Value);
        Assert.Equal(0m, Assert.Single(claims, c => c.Subject.Key == ClaimKeys.ThreePublicVehiclePurchase).Amount!.Value.Value);
        Assert.Equal(92.96m, Assert.Single(claims, c => c.Subject.Key == ClaimKeys.ThreePublicVehicleOperation).Amount!.Value.Value);
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void A_sentence_becomes_one_claim_with_its_figures(string text, string? topic, string key, string? amount, string? share, string? change, string? amountWord, string? percent, string? percentWord)
    {
        var claim = Assert.Single(Parse(text, "x", topic));
        Assert.Equal(key, claim.Subject.Key);
        Assert.Equal(D(amount), claim.Amount?.Value);
        Assert.Equal(D(share), claim.Share?.Value);
        Assert.Equal(D(change), claim.ChangeAmount?.Value);
        Assert.Equal(amountWord, claim.AmountWord);
        Assert.Equal(D(percent), claim.ChangePercent?.Value);
        Assert.Equal(percentWord, claim.PercentWord);
    }

    /// <summary>广州 (B145): the parts in brackets, each with its own change and a full stop, then the whole item's change.</summary>
    [Fact]
    public void A_change_after_a_closing_bracket_is_the_change_of_the_item_before_the_bracket()
    {
        var claims = Parse("公务用车购置及运行维护费210.95万元（公务用车购置费96万元，比上年减少76万元；公务用车运行维护费114.95万元，比上年减少19.5万元。）比上年减少95.5万元，下降31.2%，主要原因是厉行节约。", topic: "三公经费");
        var whole = Assert.Single(claims, c => c.Subject.Key == ClaimKeys.ThreePublicVehicles);
        Assert.Equal(210.95m, whole.Amount!.Value.Value);
        Assert.Equal(95.5m, whole.ChangeAmount!.Value.Value);
        Assert.Equal(31.2m, whole.ChangePercent!.Value.Value);
        var operation = Assert.Single(claims, c => c.Subject.Key == ClaimKeys.ThreePublicVehicleOperation);
        Assert.Equal(114.95m, operation.Amount!.Value.Value);
        Assert.Equal(19.5m, operation.ChangeAmount!.Value.Value);
        Assert.Null(operation.ChangePercent);
    }

    [Fact]
    public void A_function_item_keeps_its_printed_path_and_resolves_its_code_below_a_misprinted_class()
    {
        var claim = Assert.Single(Parse("9.保障和就业支出（类）行政事业单位养老支出（款）\n\n机关事业单位基本养老保险缴费支出（项）：2023 年预算数\n\n为 177.54 万元，比上年预算增加 32.93 万元，增长 22.77%，\n\n主要原因是：在职人员工资调整。", "五.(三)", "具体使用"));
        Assert.Equal(ClaimKeys.Function, claim.Subject.Key);
        Assert.Equal(["保障和就业支出", "行政事业单位养老支出", "机关事业单位基本养老保险缴费支出"], claim.Subject.PrintedPath.ToArray());
        Assert.Equal("2080505", claim.Subject.Code?.Digits);
        Assert.Equal(177.54m, claim.Amount?.Value);
        Assert.Equal(ChangeDirection.Increase, claim.Direction);
        Assert.Equal("在职人员工资调整", claim.Reason);
    }

    [Fact]
    public void A_class_name_in_a_list_resolves_to_its_class_code()
    {
        var claims = Parse("一般公共预算支出包括：一般公共服务支出 2,079.35 万元，主要用于人员工资；教育支出 7.17 万元，主要用于人员进修及培训支出。", "四", "财政拨款收支");
        Assert.Equal(["201", "205"], claims.Select(c => c.Subject.Code?.Digits));
        Assert.Equal([2079.35m, 7.17m], claims.Select(c => c.Amount!.Value.Value));
    }

    [Fact]
    public void Each_three_public_item_of_a_change_sentence_is_its_own_claim_compared_with_the_sentence_base()
    {
        var claims = Parse("2025 年财政拨款“三公”经费预算比上年预算减少 6.00 万元，下降 6.67%，其中：因公出国（境）费增加 0.00 万元，增长 0.00%，主要原因是未安排；公务用车运行费减少 6.00 万元，下降 6.74%，主要原因是厉行节约。", "十", "三公经费");
        Assert.Equal([ClaimKeys.ThreePublicTotal, ClaimKeys.ThreePublicOverseas, ClaimKeys.ThreePublicVehicleOperation], claims.Select(c => c.Subject.Key));
        Assert.All(claims, c => Assert.Equal("上年预算", c.ComparedWith));
        Assert.Equal([ChangeDirection.Decrease, ChangeDirection.Increase, ChangeDirection.Decrease], claims.Select(c => c.Direction!.Value));
        Assert.Equal("厉行节约", claims[2].Reason);
    }

    [Fact]
    public void A_reason_in_the_next_sentence_reaches_the_claim_before_it()
    {
        var claim = Assert.Single(Parse("基本支出 1136.42 万元，比上年预算增加 3.28 万元，增长 0.29 %。主要原因是：人员增资调资。", "五.(一)", "一般公共预算当年拨款"));
        Assert.Equal(0.29m, claim.ChangePercent?.Value);
        Assert.Equal("人员增资调资", claim.Reason);
    }

    [Fact]
    public void Figures_inside_a_reason_are_not_claims()
    {
        var claim = Assert.Single(Parse("项目支出 415.15 万元，占 15.80%，比上年预算增加 51.99 万元，增长 14.32%，主要原因是 2025 年较上年增加项目 1 个、增加平台维护费 10 万元。"));
        Assert.Contains("平台维护费 10 万元", claim.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_claim_points_at_the_line_its_figure_is_on_in_wrapped_text()
    {
        var claims = Parse("按照全口径预算的原则，新疆维吾尔自治区人民政府办公厅 2025年所有\n\n收入和支出均纳入部门预算管理。收支总预算 14,303.93万元。", "一", "收支总体");
        var claim = Assert.Single(claims);
        Assert.Equal(3, claim.Amount!.Value.Span.Line);
        Assert.Equal(3, claim.Span.Line);
    }

    [Fact]
    public void A_follow_up_sentence_with_the_base_year_execution_fills_the_item_before_it()
    {
        var claim = Assert.Single(Parse("1. “一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”25.77万元，主要用于专项普查活动。2023年当年预算执行数为60.13万元，2024年预算安排25.77万元，比2023年预算执行数减少57.14%。", "编制说明", "编制说明"));
        Assert.Equal(25.77m, claim.Amount?.Value);
        Assert.Equal(57.14m, claim.ChangePercent?.Value);
        Assert.Equal("2023年预算执行数", claim.ComparedWith);
    }

    [Fact]
    public void A_final_account_item_takes_its_amount_from_the_next_sentence()
    {
        var claim = Assert.Single(Parse("1.一般公共服务支出（类）财政事务（款）行政运行（项）。年初预算为1560.05万元，支出决算为1511.89万元，完成年初预算的96.91%。", "五.(三)", "一般公共预算当年拨款"));
        Assert.Equal(ClaimKeys.Function, claim.Subject.Key);
        Assert.Equal(1511.89m, claim.Amount?.Value);
    }

    private static decimal? D(string? s) => s is null ? null : decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
