using System.Text;
using Yusuan.Core.Model;

namespace Yusuan.Core.Tests.Generation;

/// <summary>
/// The written 第三部分 for constructed inputs, compared with hand-written expected text (tests/golden/generation/*.narrative.txt):
/// increases and decreases with reasons, zero prior year (no percentage), flat items, an item dropped this year, empty tables,
/// "未安排" lines, a department with two budget units, 政府性基金 spending, carry-overs, and an input with no prior year at all.
/// </summary>
public class NarrativeGoldenTests
{
    [Theory]
    [InlineData("example-county-education-2025", true)]
    [InlineData("minimal-unit-2025", false)]
    public void The_narrative_reads_as_expected(string name, bool sample)
    {
        var input = sample ? GenerationSamples.Input(name + ".json") : GenerationSamples.Golden(name + ".json");
        var actual = Text(GenerationSamples.Generate(input));
        Golden.WriteActualIfAsked($"generation/{name}.narrative.txt", actual);
        Assert.Equal(Golden.Read($"generation/{name}.narrative.txt"), actual);
    }

    /// <summary>Figures read from seed 000 (新疆巴州人民政府办公室): the example input carries its current and prior-year
    /// figures, so the generated sentences must state what the real document states.</summary>
    [Theory]
    [InlineData("基本支出2,212.74万元，占支出预算的84.20%，比上年预算减少55.82万元，下降2.46%")]
    [InlineData("项目支出415.15万元，占支出预算的15.80%，比上年预算增加51.99万元，增长14.32%")]
    [InlineData("一般公共预算2,627.89万元，占收入预算的100.00%，比上年预算减少3.83万元，下降0.15%")]
    [InlineData("1、一般公共服务支出（类）2,079.35万元，占一般公共预算当年拨款的79.13%。")]
    [InlineData("3、社会保障和就业支出（类）283.88万元，占一般公共预算当年拨款的10.80%。")]
    [InlineData("行政运行（项）：2025年预算数为1,294.87万元，比上年预算增加4.28万元，增长0.33%")]
    [InlineData("培训支出（项）：2025年预算数为7.17万元，比上年预算减少16.18万元，下降69.29%")]
    [InlineData("机关事业单位职业年金缴费支出（项）：2025年预算数为0.00万元，比上年预算减少92.76万元，下降100.00%")]
    [InlineData("人员经费1,915.48万元，主要包括：基本工资、津贴补贴、奖金、")]
    [InlineData("财政拨款“三公”经费预算比上年预算减少6.00万元，下降6.67%")]
    [InlineData("公务用车运行费减少6.00万元，下降6.74%")]
    [InlineData("机关运行经费财政拨款预算297.26万元，比上年预算减少8.26万元，下降2.70%")]
    [InlineData("新疆巴州人民政府办公室2025年没有使用国有资本经营预算拨款安排的支出，国有资本经营预算支出情况表为空表。")]
    public void The_example_unit_states_the_figures_of_the_published_document(string sentence)
    {
        var text = Text(GenerationSamples.Generate(GenerationSamples.Input("bazhou-office-2025.json")));
        Assert.Contains(sentence, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_stated_figure_is_recorded_as_a_claim_in_its_section()
    {
        var document = GenerationSamples.Generate(GenerationSamples.Input("example-county-education-2025.json"));
        var claims = document.Narrative.Claims;
        var basic = claims.Single(c => c.Subject.Key == ClaimKeys.ExpenseBasic);
        Assert.Equal((1435.00m, 85.29m, 25.00m, ChangeDirection.Decrease, 1.71m), (basic.Amount!.Value.Value, basic.Share!.Value.Value, basic.ChangeAmount!.Value.Value, basic.Direction!.Value, basic.ChangePercent!.Value.Value));
        Assert.Equal("三", basic.Section);
        var gf = claims.Single(c => c.Subject.Key == ClaimKeys.IncomeGf);
        Assert.Null(gf.ChangePercent); // zero prior year: no percentage
        Assert.All(claims, c => Assert.Contains(document.Narrative.Sections, s => s.Key == c.Section));
    }

    private static string Text(Disclosure document)
    {
        var sb = new StringBuilder();
        foreach (var section in document.Narrative.Sections)
        {
            sb.Append(section.Title).Append('\n');
            foreach (var p in section.Paragraphs) sb.Append(p).Append('\n');
        }
        return sb.ToString();
    }
}
