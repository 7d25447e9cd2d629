using Yusuan.Core.Model;
using Yusuan.Core.Reading;

namespace Yusuan.Core.Tests.Reading.Tables;

/// <summary>Rows that are ambiguous on their own, decided by the 类=Σ款=Σ项 hierarchy, facts from other tables and hints;
/// what stays ambiguous is reported with its alternatives.</summary>
public sealed class HierarchyResolutionTests
{
    private static Disclosure Read(string text) => DisclosureReader.Read(text, "test").GetValueOrThrow();

    private const string Header = """
        2025年部门预算公开
        表 1
        部门收支总体情况表
        编制部门：测试局 单位：万元
        收入 支出
        项目 预算数 功能分类 预算数
        一、本年收入 300.00 201 一般公共服务支出 300.00
        1.一般公共预算拨款 300.00 202 外交支出
        其中：一般财力 300.00 203 国防支出
        上级一般公共预算安排转移支付 204 公共安全支出
        2.政府性基金预算拨款 205 教育支出
        3.国有资本经营预算拨款 206 科学技术支出
        收 入 总 计 300.00 支 出 总 计 300.00
        """;

    [Fact]
    public void Children_figures_decide_which_column_an_ambiguous_item_row_uses()
    {
        var text = Header + """

            表 3
            部门支出总体情况表
            编制部门：测试局 单位：万元
            科目 支出预算
            功能分类科目编码 功能分类科目名称 合计 基本支出 项目支出
            ※ ※ ※ ※ 1 2 3
            总计 300.00 200.00 100.00
            201 一般公共服务支出 300.00 200.00 100.00
            201 03 政府办公厅（室）及相关机构事务 300.00 200.00 100.00
            201 03 01 行政运行 200.00 200.00
            201 03 02 一般行政管理事务 100.00 100.00
            """;
        var t3 = Read(text).Table(TableId.T3)!;
        Assert.Equal(200.00m, t3.Value("2010301", "basic")!.Value.Value);
        Assert.Equal(100.00m, t3.Value("2010302", "project")!.Value.Value);
        Assert.Null(t3.Value("2010302", "basic"));
    }

    [Fact]
    public void A_row_the_hierarchy_cannot_decide_keeps_its_alternatives_and_is_reported()
    {
        var text = Header + """

            表 3
            部门支出总体情况表
            编制部门：测试局 单位：万元
            科目 支出预算
            功能分类科目编码 功能分类科目名称 合计 基本支出 项目支出
            ※ ※ ※ ※ 1 2 3
            201 一般公共服务支出 300.00 300.00
            201 03 政府办公厅（室）及相关机构事务 300.00 300.00
            201 03 01 行政运行 300.00 300.00
            """;
        var document = Read(text);
        // The topmost ambiguous row takes the likeliest reading and keeps the other; the rows below follow it.
        var cell = document.Table(TableId.T3)!.Rows.First(r => r.Key == "201").Cells.First(c => c.Key != "total").Value;
        Assert.NotEmpty(cell.Alternatives);
        Assert.Contains(document.Diagnostics, d => d.Code == "read.table.ambiguous-columns" && d.Candidates.Length >= 2);
    }

    [Fact]
    public void Funds_the_document_does_not_have_are_never_used()
    {
        var text = Header + """

            表 10
            财政拨款“三公”经费支出情况表
            编制部门：测试局 单位：万元
            “三公”经费支出内容 合计 资金来源
            一般公共预算 政府性基金 国有资本经营预算
            ※ 1 2 3 4
            合计 12.00 12.00
            公务接待费 12.00 12.00
            """;
        var t10 = Read(text).Table(TableId.T10)!;
        Assert.Equal(12.00m, t10.Value("total", "gpb")!.Value.Value);
        Assert.Equal(12.00m, t10.Value("reception", "gpb")!.Value.Value);
    }

    [Fact]
    public void Basic_expenditure_rows_follow_the_economic_class()
    {
        var text = Header + """

            表 6
            一般公共预算基本支出情况表
            编制部门：测试局 单位：万元
            科目 一般公共预算基本支出
            经济分类科目编码 经济分类科目名称 合计 人员经费 公用经费
            ※ ※ ※ 1 2 3
            总计 30.00 20.00 10.00
            301 工资福利支出 20.00 20.00
            301 01 基本工资 20.00 20.00
            302 商品和服务支出 10.00 10.00
            302 01 办公费 10.00 10.00
            """;
        var t6 = Read(text).Table(TableId.T6)!;
        Assert.NotNull(t6.Value("30101", "personnel"));
        Assert.NotNull(t6.Value("30201", "public"));
    }
}
