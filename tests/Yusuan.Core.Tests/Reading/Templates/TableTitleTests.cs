using Yusuan.Core.Model;
using Yusuan.Core.Reading.Tables;
using Yusuan.Core.Reading.Tables.Templates;

namespace Yusuan.Core.Tests.Reading.Templates;

/// <summary>The titles of the national budget and 决算 templates (and their provincial wordings) are table titles, and
/// every description whose title rule they meet plays the same canonical role.</summary>
public sealed class TableTitleTests
{
    public static TheoryData<string, TableId?> Titles => new()
    {
        { "部门收支总表", TableId.T1 }, { "收支总表", TableId.T1 }, { "2025年收支总表", TableId.T1 }, { "表1 部门收支预算总表", TableId.T1 }, { "收入支出决算总表", TableId.T1 },
        { "部门收入总表", TableId.T2 }, { "收入总表", TableId.T2 }, { "附表2 部门收入预算表", TableId.T2 }, { "收入决算表", TableId.T2 },
        { "部门支出总表", TableId.T3 }, { "支出总表", TableId.T3 }, { "2024年度部门支出预算表", TableId.T3 }, { "支出决算表", TableId.T3 },
        { "财政拨款收支总表", TableId.T4 }, { "财政拨款收支预算总表", TableId.T4 }, { "财政拨款收入支出决算总表 公开04表", TableId.T4 },
        { "一般公共预算支出表", TableId.T5 }, { "一般公共预算财政拨款支出表", TableId.T5 }, { "一般公共预算支出预算表", TableId.T5 },
        { "一般公共预算财政拨款支出决算表", TableId.T5 },
        { "一般公共预算基本支出表", TableId.T6 }, { "一般公共预算财政拨款基本支出表", TableId.T6 }, { "一般公共预算基本支出经济分类表", TableId.T6 },
        { "一般公共预算财政拨款基本支出决算表", TableId.T6 },
        { "项目支出表", TableId.T7 }, { "一般公共预算项目支出表", TableId.T7 }, { "项目支出预算表", TableId.T7 }, { "一般公共预算财政拨款项目支出决算表", TableId.T7 },
        { "政府性基金预算支出表", TableId.T8 }, { "政府性基金预算财政拨款支出表", TableId.T8 }, { "政府性基金预算财政拨款收入支出决算表", TableId.T8 },
        { "国有资本经营预算支出表", TableId.T9 }, { "国有资本经营预算财政拨款支出决算表", TableId.T9 },
        { "一般公共预算“三公”经费支出表", TableId.T10 }, { "财政拨款“三公”经费支出表", TableId.T10 }, { "\"三公\"经费支出预算表", TableId.T10 },
        { "财政拨款'三公'经费支出决算表", TableId.T10 },
        { "政府采购预算表", null }, { "政府购买服务预算表", null },
    };

    [Theory]
    [MemberData(nameof(Titles))]
    public void National_template_titles_are_titles_of_their_canonical_table(string printed, TableId? canonical)
    {
        Assert.True(TableLocator.IsTitleCandidate(printed), printed);
        var title = HeaderText.FoldTitle(printed);
        var roles = TemplateCatalog.All.Where(t => t.Title.Matches(title)).Select(t => t.Canonical).Distinct().ToList();
        if (canonical is null)
        {
            Assert.DoesNotContain(roles, r => r is not null);
            return;
        }
        Assert.Equal([canonical], roles);
    }
}
