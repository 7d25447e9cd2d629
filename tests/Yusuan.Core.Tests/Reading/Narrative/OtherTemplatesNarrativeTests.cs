using Yusuan.Core.Checking;
using Yusuan.Core.Reading;

namespace Yusuan.Core.Tests.Reading.Narrative;

/// <summary>Parts other provinces print under their own headings, read from the published PDFs: 主要职责 / 部门职责 as the
/// functions, 部门机构设置 / 单位预算单位构成 as the structure, a 预算绩效目标 section as the performance matter, and the goal of a
/// target table under 年度总体目标 / 项目实施期目标 / 年度目标.</summary>
public sealed class OtherTemplatesNarrativeTests
{
    private static string Bulk(string name) => Path.Combine(Samples.Root, "samples", "corpus", "bulk", name + ".pdf");

    private static string Named(string name) => Path.Combine(Samples.Root, "samples", "corpus", "pdf", name + ".pdf");

    private static List<string> Messages(string path, string rule) =>
        [.. Checker.Default.Check(DisclosureReader.ReadFile(path).GetValueOrThrow(), path).Findings.Where(f => f.Rule == rule).Select(f => f.Message)];

    [Theory]
    [InlineData("B126_gz")] // 广州: 一、主要职责 / 二、部门机构设置
    [InlineData("B088_sz")] // 深圳: 一、部门职责
    [InlineData("B178_fz")] // 福州: 一、单位主要职责 / 二、单位预算单位构成
    public void Functions_and_structure_under_other_headings_are_read(string name)
    {
        var profile = DisclosureReader.ReadFile(Bulk(name)).GetValueOrThrow().Profile;
        Assert.NotEmpty(profile.Functions);
        Assert.DoesNotContain(Messages(Bulk(name), "K.profile"), m => m.Contains("主要职能", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("B126_gz")] // 七、重点项目预算绩效目标情况
    [InlineData("B152_suz")] // 十五、预算绩效目标设置情况说明
    public void A_performance_section_under_its_own_heading_is_the_performance_matter(string name)
    {
        Assert.DoesNotContain(Messages(Bulk(name), "K.other-matters"), m => m.Contains("预算绩效", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("049_fj_quanzhou_gaj_2026_unit_budget")] // 项目实施期目标
    [InlineData("035_sx_xian_ajj_2019_dept_budget_tables")] // 年度总体目标
    public void A_goal_under_another_label_is_read(string name)
    {
        var targets = DisclosureReader.ReadFile(Named(name)).GetValueOrThrow().Targets;
        Assert.NotEmpty(targets);
        Assert.Contains(targets, t => !string.IsNullOrWhiteSpace(t.OverallGoal));
    }

    [Fact]
    public void A_note_under_a_tables_last_row_is_no_part_of_its_name()
    {
        // 广州 (B126) 表3: "2210203 购房补贴 22,997.84 …" then "注：无。" under the table.
        var t3 = DisclosureReader.ReadFile(Bulk("B126_gz")).GetValueOrThrow().Table(Yusuan.Core.Model.TableId.T3)!;
        var row = t3.Rows.First(r => r.Key == "2210203");
        Assert.DoesNotContain("注", row.Label, StringComparison.Ordinal);
    }
}
