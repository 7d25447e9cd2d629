using Yusuan.Core.Reading;
using Yusuan.Core.Reading.Formats;

namespace Yusuan.Core.Tests.Reading;

/// <summary>A folder's files grouped into disclosures: a unit's 附件1 情况说明 and 附件2 预算报表 by name, or by the narrative's
/// 万元 amounts printed in the tables file; everything else on its own.</summary>
public sealed class DisclosurePairingTests
{
    private const string Narrative = "某某市文化局\n2026年度部门预算信息公开\n\n第一部分 2026年度部门预算情况说明\n"
        + "收入预算12,345.67万元，其中一般公共预算拨款10,000.00万元，其他收入2,345.67万元。基本支出8,000.50万元。\n\n第二部分 2026年度部门预算报表\n";

    private const string Tables = "预算01表 收支总表\n金额单位：万元\n一、一般公共预算拨款收入 10,000.000000 一、一般公共服务支出 12,345.670000\n"
        + "二、其他收入 2,345.670000\n收入总计 12,345.670000 支出总计 12,345.670000\n预算03表 支出总表\n金额单位：万元\n合计 12,345.670000 8,000.500000 4,345.170000\n";

    private const string OtherTables = "预算01表 收支总表\n金额单位：万元\n收入总计 999.990000 支出总计 999.990000\n预算03表 支出总表\n金额单位：万元\n合计 999.990000\n";

    private static DisclosurePart Part(string name, string text) => new(name, ExtractedText.Ok(SourceFormat.Text, text));

    private static string[] Names(IReadOnlyList<IReadOnlyList<DisclosurePart>> groups) => [.. groups.Select(g => string.Join(" + ", g.Select(p => p.Name)))];

    [Fact]
    public void Files_named_as_one_units_attachments_are_one_disclosure_in_reading_order()
    {
        var groups = DisclosurePairing.Group([Part("d/市文化局附件2预算报表.pdf", Tables), Part("d/市文化局附件1情况说明.pdf", Narrative), Part("d/市水务局.pdf", Narrative)]);
        Assert.Equal(["d/市文化局附件1情况说明.pdf + d/市文化局附件2预算报表.pdf", "d/市水务局.pdf"], Names(groups));
    }

    [Fact]
    public void A_narrative_is_joined_with_the_tables_file_that_prints_its_amounts()
    {
        var groups = DisclosurePairing.Group([Part("d/B1.pdf", Narrative), Part("d/B2.pdf", OtherTables), Part("d/B3.pdf", Tables)]);
        Assert.Equal(["d/B1.pdf + d/B3.pdf", "d/B2.pdf"], Names(groups));
    }

    [Fact]
    public void Files_that_share_no_name_stem_and_no_amounts_stay_apart()
    {
        var groups = DisclosurePairing.Group([Part("d/B1.pdf", Narrative), Part("d/B2.pdf", OtherTables), Part("d/x.a.pdf", Narrative), Part("d/y.b.pdf", Narrative)]);
        Assert.Equal(4, groups.Count);
    }
}
