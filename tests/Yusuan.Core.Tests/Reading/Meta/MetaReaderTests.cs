using Yusuan.Core.Model;
using Yusuan.Core.Reading;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Tests.Reading.Meta;

/// <summary>Meta read by content, in forms the corpus does not hold (other units, years, wrappings): each row is the
/// beginning of a document and the unit, year, kind and scope a person reads off it.</summary>
public sealed class MetaReaderTests
{
    private const string Body = "\n\n目  录\n第一部分 概况\n一、主要职能\n";

    public static TheoryData<string, string, int, DisclosureKind, DisclosureScope> Covers => new()
    {
        // Year first, the title split over three lines.
        { "2027年度\n某某县水利局\n部门预算" + Body, "某某县水利局", 2027, DisclosureKind.Budget, DisclosureScope.Department },
        // Year after the name, 决算 公开.
        { "   某某市文化和旅游局 2024 年度部门决算公开" + Body, "某某市文化和旅游局", 2024, DisclosureKind.FinalAccount, DisclosureScope.Department },
        // Letter-spaced over three lines.
        { "2 0 2 6 年 度\n某 某 市 财 政 局\n单 位 预 算 公 开" + Body, "某某市财政局", 2026, DisclosureKind.Budget, DisclosureScope.Unit },
        // 情况说明, the year between name and 部门预算.
        { "某某区卫生健康委员会2025年部门预算情况说明\n一、单位基本情况\n", "某某区卫生健康委员会", 2025, DisclosureKind.Budget, DisclosureScope.Department },
        // Year first, name after it, wrapped inside 部门.
        { "2025年某某市自然资源和规划局（本级）部\n门预算" + Body, "某某市自然资源和规划局（本级）", 2025, DisclosureKind.Budget, DisclosureScope.Department },
        // The qualifier after the title.
        { "某某市民政局2026年单位预算(本级)" + Body, "某某市民政局(本级)", 2026, DisclosureKind.Budget, DisclosureScope.Unit },
        // 综合预算 with the name on the line above.
        { "某某市统计局\n2023年部门综合预算" + Body, "某某市统计局", 2023, DisclosureKind.Budget, DisclosureScope.Department },
        // 关于…的说明.
        { "某某县发展和改革局关于2025年度部门预算的说明\n一、部门基本情况\n", "某某县发展和改革局", 2025, DisclosureKind.Budget, DisclosureScope.Department },
        // 部门预算及“三公”经费预算公开.
        { "某某市司法局2024年部门预算及“三公”经费预算公开" + Body, "某某市司法局", 2024, DisclosureKind.Budget, DisclosureScope.Department },
        // The year last, in brackets.
        { "某某县教育局单位决算（2023年度）" + Body, "某某县教育局", 2023, DisclosureKind.FinalAccount, DisclosureScope.Unit },
        // A nameless title; the name from a table's 单位名称 label with a unit code, 单位：万元 on the same line.
        { "2026年部门预算\n\n收支总表\n单位名称：301001 某某市档案馆        单位：万元\n项目 金额\n", "某某市档案馆", 2026, DisclosureKind.Budget, DisclosureScope.Department },
        // 编制部门 with a bracketed code.
        { "2026年单位预算\n\n收支总表\n编制部门：[112]某某市审计局  金额单位：万元\n", "某某市审计局", 2026, DisclosureKind.Budget, DisclosureScope.Unit },
        // An image cover: the name from the first sentence on the unit's duties.
        { "第一部分 2026年度部门预算情况说明\n一、部门基本情况\n（一）主要职责\n某某市气象局是市政府直属事业单位，负责全市气象工作。\n", "某某市气象局", 2026, DisclosureKind.Budget, DisclosureScope.Department },
    };

    [Theory]
    [MemberData(nameof(Covers))]
    public void The_unit_year_kind_and_scope_are_read_from_the_cover_labels_or_body(string text, string unit, int year, DisclosureKind kind, DisclosureScope scope)
    {
        var meta = DisclosureReader.Read(SourceText.From(text)).Meta;
        Assert.Equal((unit, year, kind, scope), (meta.UnitName, meta.Year, meta.Kind, meta.Scope));
    }

    [Theory]
    [InlineData("某某市商务局2026年部门预算\n部门收支总体情况表\n单位：万元\n", "generic")]
    [InlineData("某某省交通运输厅2026年部门预算\n收支预算总表\n公开表一\n", "generic")]
    [InlineData("新疆某某县人民政府办公室2025年单位预算公开\n单位收支总体情况表\n", "xinjiang-2025")]
    [InlineData("新疆某某县人民政府办公室2022年部门预算公开\n部门收支总体情况表\n", "xinjiang-2022")]
    [InlineData("上海市普陀区某某局2025年度部门预算\n部门财务收支预算总表\n", "shanghai-budget")]
    [InlineData("2025年度部门预算\n部门财务收支预算总表\n", "shanghai-budget")]
    [InlineData("江苏省某某厅2019年度部门预算公开\n", "jiangsu-2019")]
    [InlineData("喀什地区某某局2025年部门预算公开\n部门收支总体情况表\n", "xinjiang-2025")]
    public void The_edition_is_a_regional_one_only_when_its_region_or_its_own_tables_say_so(string text, string edition)
    {
        Assert.Equal(edition, DisclosureReader.Read(SourceText.From(text)).Meta.Template);
    }

    [Fact]
    public void A_tables_file_without_a_title_is_a_disclosure_when_its_tables_have_unit_lines()
    {
        const string text = "部门收支总表\n单位：万元\n收入 支出\n一般公共预算拨款收入 100.00 一般公共服务支出 100.00\n\n"
            + "部门支出总表\n金额单位：万元\n科目 合计 基本支出 项目支出\n201 一般公共服务支出 100.00 60.00 40.00\n";
        Assert.True(DisclosureReader.Read(text, "tables.txt").Success);
    }

    [Theory]
    [InlineData("某某市财政项目支出绩效评价报告\n评价项目名称：2020年度专项资金绩效评价\n项目预算 1,000万元，支出 900万元，收入 0万元。\n收支情况：万元\n支出明细：万元\n")]
    [InlineData("某府办发〔2026〕11号\n关于印发某某规划的通知\n预算安排的资金用于支出，收入 12万元；支出 10万元；收支平衡，三公经费 0 万元。\n")]
    public void A_document_that_is_not_a_disclosure_is_refused_in_one_sentence(string text)
    {
        var result = DisclosureReader.Read(text, "x.txt");
        Assert.False(result.Success);
        Assert.DoesNotContain('\n', result.Error!.Trim());
    }
}
