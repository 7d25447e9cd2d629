using System.Collections.Immutable;
using Yusuan.Core.Model;
using static Yusuan.Core.Reading.Tables.ColumnSpec;

namespace Yusuan.Core.Reading.Tables.Templates;

/// <summary>Jiangsu provincial 部门预算 2019 (公开表一 … 公开表十二): one 金额 column in most tables, a three-part 收支预算总表,
/// a horizontal 支出预算总表, the 三公 table with 会议费/培训费, and tables that have no canonical role.</summary>
internal static class Jiangsu
{
    public const string Edition = "jiangsu-2019";

    /// <summary>Provincial budgets to 2020 (2018 and 2019 are in the corpus). Its 收入预算总表 is by source, not by
    /// function: it plays no T2 role, so T2 is not required.</summary>
    public static TemplateEdition Provincial { get; } = new(Edition, "江苏省级部门预算公开模板（2019）")
    {
        Signature = new() { Regions = ["江苏"], Kind = DisclosureKind.Budget, ToYear = 2020, Markers = ["^公开表[一二三四五六七八九十]{1,3}$"] },
        RequiredTables = [TableId.T1, TableId.T3, TableId.T4, TableId.T5, TableId.T6, TableId.T8, TableId.T10],
    };

    public static ImmutableArray<TemplateEdition> Editions => [Provincial];

    private static readonly ImmutableArray<ColumnSpec> Amount = [Of("total", "金额|合计")];

    public static ImmutableArray<TableTemplate> All { get; } =
    [
        // 财政拨款收支预算总表: expense side by purpose (基本支出/项目支出/单位预留机动经费), one 金额 column.
        Shared.TwoSided(Edition, TableId.T4) with { HeaderAnyOf = ["支出用途"], ExpenseColumns = [Of("total", "金额|合计")], Identities = [] },
        new()
        {
            Edition = Edition,
            Title = TitleRule.Of("收入预算总表", null, "财政拨款|收支"),
            Shape = TableShape.Items,
            HeaderAnyOf = ["项目名称", "金额"],
            ItemsKeyedByLabel = true,
            Columns = Amount,
            Lines = [LineRule.Of("total", LineSide.Income, "收入总计|合计|总计")],
        },
        new()
        {
            Edition = Edition,
            Canonical = TableId.T3,
            Title = Shared.ExpenseTitle,
            Shape = TableShape.Horizontal,
            HeaderAnyOf = ["单位预留机动经费"],
            Columns = [Of("total", "合计"), Common.Basic, Common.Project, Of("reserve", "单位预留机动经费"), Of("carryforward", "结转下年资金")],
            Identities = [Identity.Of("total", "basic + project + reserve + carryforward")],
        },
        new()
        {
            Edition = Edition,
            Title = TitleRule.Of("财政拨款支出预算表", null, "基本支出|一般公共预算|基金"),
            Shape = TableShape.Coded,
            Codes = CodeScheme.Function,
            Columns = Amount,
        },
        new()
        {
            Edition = Edition,
            Title = TitleRule.Of("财政拨款基本支出预算表", null, "一般公共预算"),
            Shape = TableShape.Coded,
            Codes = CodeScheme.Economic,
            Columns = Amount,
        },
        new()
        {
            Edition = Edition,
            Canonical = TableId.T5,
            Title = Shared.GeneralExpenseTitle,
            Shape = TableShape.Coded,
            Codes = CodeScheme.Function,
            HeaderAnyOf = ["金额", "科目编码"],
            Columns = [Of("total", "金额|合计|一般公共预算支出")],
        },
        new()
        {
            Edition = Edition,
            Canonical = TableId.T6,
            Title = Shared.BasicExpenseTitle,
            Shape = TableShape.Coded,
            Codes = CodeScheme.Economic,
            HeaderAnyOf = ["金额", "科目编码"],
            Columns = [Of("total", "金额|合计|基本支出")],
        },
        new()
        {
            Edition = Edition,
            Canonical = TableId.T8,
            Title = Shared.GovFundTitle,
            Shape = TableShape.Coded,
            Codes = CodeScheme.Function,
            HeaderAnyOf = ["金额", "科目编码"],
            Columns = Amount,
        },
        new()
        {
            Edition = Edition,
            Canonical = TableId.T10,
            Title = Shared.ThreePublicTitle,
            Shape = TableShape.Horizontal,
            HeaderAnyOf = ["会议费", "培训费"],
            TransposeInto = "total",
            Columns =
            [
                Of("total_with_meetings", "合计"),
                // 2026 (苏州, 无锡): “三公”经费合计 | 因公出国（境）费 | 公务用车购置及运行维护费 (小计 …) | 公务接待费 | 会议费 | 培训费.
                Of("total", "小计|三公经费合计"),
                Of("overseas", "因公出国"),
                Of("vehicles", "公务用车购置及运行维护费|公务用车购置及运行费"),
                Of("vehicle_purchase", "公务用车购置"),
                Of("vehicle_operation", "公务用车运行"),
                Of("reception", "公务接待费"),
                Of("meeting", "会议费"),
                Of("training", "培训费"),
            ],
            Identities =
            [
                Identity.Of("total_with_meetings", "total + meeting + training"),
                Identity.Of("total", "overseas + vehicles + reception"),
                Identity.Of("vehicles", "vehicle_purchase + vehicle_operation"),
            ],
        },
        new()
        {
            Edition = Edition,
            Title = TitleRule.Of("机关运行经费支出预算表"),
            Shape = TableShape.Coded,
            Codes = CodeScheme.Economic,
            Columns = [Of("total", "机关运行经费支出|金额")],
        },
        new()
        {
            Edition = Edition,
            Title = TitleRule.Of("政府采购", "预算表"),
            // Jiangsu lists purchases by 采购品目 with one 总计 column; other editions' procurement tables keep their own header.
            HeaderAnyOf = ["采购品目", "采购组织形式", "采购物品"],
            Shape = TableShape.Items,
            ItemsKeyedByLabel = true,
            Columns = [Of("total", "总计|合计|金额")],
            Lines = Common.TotalLines,
        },
    ];
}
