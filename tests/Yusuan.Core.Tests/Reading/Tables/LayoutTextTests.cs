using Yusuan.Core.Model;
using Yusuan.Core.Reading;

namespace Yusuan.Core.Tests.Reading.Tables;

/// <summary>
/// Tables in pdftotext -layout text: cells parted by runs of spaces at the character columns of the printed page. Each
/// line is written here with its cells at explicit character columns (a CJK character counts as one column, as pdftotext
/// counts), so the tests say exactly where every figure stands.
/// </summary>
public sealed class LayoutTextTests
{
    private static Disclosure Read(params string[] table) =>
        DisclosureReader.Read(Header + "\n\n" + string.Join('\n', table) + "\n", "layout.pdf").GetValueOrThrow();

    private const string Header = """
        2025年部门预算公开
        表 1
        部门收支总体情况表
        编制部门：测试局 单位：万元
        收入 支出
        项目 预算数 功能分类 预算数
        一、本年收入 300.00 201 一般公共服务支出 300.00
        1.一般公共预算拨款 300.00 202 外交支出
        收 入 总 计 300.00 支 出 总 计 300.00
        """;

    /// <summary>One layout line: each text starts at its character column.</summary>
    private static string At(params (int Column, string Text)[] cells)
    {
        var line = new System.Text.StringBuilder();
        foreach (var (column, text) in cells)
        {
            line.Append(' ', Math.Max(line.Length == 0 ? column : 1, column - line.Length));
            line.Append(text);
        }
        return line.ToString();
    }

    /// <summary>表3 head with its header words crowded to the left, as wrapped header cells come out, and the column
    /// numbers 1 2 3 standing over the value columns.</summary>
    private static string[] T3Head() =>
    [
        At((0, "表 3")),
        At((20, "部门支出总体情况表")),
        At((0, "编制部门：测试局"), (60, "单位：万元")),
        At((0, "功能分类科目编码"), (18, "功能分类科目名称"), (28, "合计"), (31, "基本支出"), (36, "项目支出")),
        At((1, "※ ※ ※"), (14, "※"), (30, "1"), (44, "2"), (58, "3")),
    ];

    [Fact]
    public void The_column_number_line_places_the_figures()
    {
        // 100.00 stands under "2" (基本支出); by the header words alone it is nearest 项目支出. The rows are ambiguous on
        // their own (合计 = 基本 + 项目 either way), so only the position decides.
        var t3 = Read([
            .. T3Head(),
            At((0, "201"), (10, "一般公共服务支出"), (27, "100.00"), (41, "100.00")),
            At((0, "201 03"), (10, "政府办公厅（室）"), (27, "100.00"), (41, "100.00")),
            At((0, "201 03 01"), (10, "行政运行"), (27, "100.00"), (41, "100.00")),
        ]).Table(TableId.T3)!;

        Assert.Equal(100.00m, t3.Value("2010301", "basic")!.Value.Value);
        Assert.Null(t3.Value("2010301", "project"));
        Assert.Equal(100.00m, t3.Value("201", "basic")!.Value.Value);
    }

    [Fact]
    public void Under_numbered_columns_a_bare_integer_is_an_amount()
    {
        var t3 = Read([
            .. T3Head(),
            At((0, "201"), (10, "一般公共服务支出"), (29, "427"), (43, "400"), (57, "27")),
            At((0, "201 03"), (10, "政府办公厅（室）"), (29, "427"), (43, "400"), (57, "27")),
            At((0, "201 03 01"), (10, "行政运行"), (29, "400"), (43, "400")),
            At((0, "201 03 02"), (10, "一般行政管理事务"), (30, "27"), (57, "27")),
        ]).Table(TableId.T3)!;

        Assert.Equal(427m, t3.Value("201", "total")!.Value.Value);
        Assert.Equal(27m, t3.Value("2010302", "project")!.Value.Value);
        Assert.Equal(400m, t3.Value("2010301", "basic")!.Value.Value);
    }

    [Fact]
    public void A_unit_name_wrapped_over_lines_is_read_whole()
    {
        // The first unit's name wraps below its figures; the second one's is printed around them (figures on the middle
        // line), so its first line starts the next unit instead of continuing the row above.
        var t3 = Read([
            .. T3Head(),
            At((10, "总计"), (27, "300.00"), (41, "300.00")),
            At((10, "测试局机关服务中心第"), (27, "200.00"), (41, "200.00")),
            At((10, "一分中心")),
            At((0, "201"), (10, "一般公共服务支出"), (27, "200.00"), (41, "200.00")),
            At((0, "201 03 01"), (10, "行政运行"), (27, "200.00"), (41, "200.00")),
            At((10, "测试局信息网络与数据")),
            At((10, "安全保障服务中心"), (27, "100.00"), (41, "100.00")),
            At((10, "本级")),
            At((0, "201"), (10, "一般公共服务支出"), (27, "100.00"), (41, "100.00")),
            At((0, "201 03 01"), (10, "行政运行"), (27, "100.00"), (41, "100.00")),
        ]).Table(TableId.T3)!;

        var units = t3.Rows.Where(r => r.Kind == RowKind.UnitHeader).Select(r => r.Unit).ToList();
        Assert.Equal(["测试局机关服务中心第一分中心", "测试局信息网络与数据安全保障服务中心本级"], units);
        Assert.Equal("行政运行", t3.Row("2010301", "测试局机关服务中心第一分中心")!.Label);
        Assert.Equal(100.00m, t3.Value("2010301", "basic", "测试局信息网络与数据安全保障服务中心本级")!.Value.Value);
    }

    [Fact]
    public void A_closing_line_of_figures_without_a_name_is_the_total_row()
    {
        var document = Read([
            .. T3Head(),
            At((0, "201"), (10, "一般公共服务支出"), (27, "300.00"), (41, "200.00"), (55, "100.00")),
            At((0, "201 03 01"), (10, "行政运行"), (27, "200.00"), (41, "200.00")),
            At((0, "201 03 02"), (10, "一般行政管理事务"), (27, "100.00"), (55, "100.00")),
            At((27, "300.00"), (41, "200.00"), (55, "100.00")),
        ]);
        var t3 = document.Table(TableId.T3)!;

        Assert.Equal(300.00m, t3.Value("total", "total")!.Value.Value);
        Assert.Equal(100.00m, t3.Value("total", "project")!.Value.Value);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == "read.table.orphan-figures");
    }
}
