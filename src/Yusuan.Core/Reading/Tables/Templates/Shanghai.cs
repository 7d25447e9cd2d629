using System.Collections.Immutable;
using Yusuan.Core.Model;
using static Yusuan.Core.Reading.Tables.ColumnSpec;

namespace Yusuan.Core.Reading.Tables.Templates;

/// <summary>Shanghai district 部门预算 (9 tables, 1–8 in 元, the 三公 table in 万元) and 部门决算 (9 决算 tables in 万元).</summary>
internal static class Shanghai
{
    public const string Budget = "shanghai-budget";
    public const string Final = "shanghai-final";

    private static readonly ImmutableArray<TableId> Tables = [TableId.T1, TableId.T2, TableId.T3, TableId.T4, TableId.T5, TableId.T6, TableId.T8, TableId.T9, TableId.T10];

    /// <summary>区级/市级 部门 and 单位 budgets: 部门财务收支预算总表 (预算单位财务收支预算总表) … “三公”经费和机关运行经费预算表.</summary>
    public static TemplateEdition BudgetEdition { get; } = new(Budget, "上海区级部门预算公开模板")
    {
        Signature = new() { Regions = ["上海"], Kind = DisclosureKind.Budget, Markers = ["财务收支预算总表$"] },
        RequiredTables = Tables,
    };

    public static TemplateEdition FinalEdition { get; } = new(Final, "上海部门决算公开模板")
    {
        Signature = new() { Regions = ["上海"], Kind = DisclosureKind.FinalAccount },
        RequiredTables = Tables,
    };

    public static ImmutableArray<TemplateEdition> Editions => [BudgetEdition, FinalEdition];

    public static ImmutableArray<TableTemplate> All { get; } =
    [
        Shared.TwoSided(Budget, TableId.T1),
        new()
        {
            Edition = Budget,
            Canonical = TableId.T2,
            Title = Shared.IncomeTitle,
            Shape = TableShape.Coded,
            Codes = CodeScheme.Function,
            HeaderAnyOf = ["科目编码", "功能分类"],
            Columns = [Of("total", "合计"), Of("fiscal", "财政拨款收入"), Of("business", "事业收入"), Of("operating", "事业单位经营收入|经营收入"), Of("other", "其他收入")],
            Identities = [Identity.Of("total", "fiscal + business + operating + other")],
        },
        new()
        {
            Edition = Final,
            Canonical = TableId.T2,
            Title = Shared.IncomeTitle,
            Shape = TableShape.Coded,
            Codes = CodeScheme.Function,
            HeaderAnyOf = ["上级补助收入"],
            Columns =
            [
                Of("total", "本年收入合计|合计"), Of("fiscal", "财政拨款收入"), Of("upper", "上级补助收入"), Of("business", "事业收入"),
                Of("operating", "经营收入"), Of("affiliated", "附属单位上缴收入"), Of("other", "其他收入"),
            ],
            Identities = [Identity.Of("total", "fiscal + upper + business + operating + affiliated + other")],
        },
        new()
        {
            Edition = Final,
            Canonical = TableId.T3,
            Title = Shared.ExpenseTitle,
            Shape = TableShape.Coded,
            Codes = CodeScheme.Function,
            HeaderAnyOf = ["上缴上级支出", "经营支出"],
            Columns =
            [
                Of("total", "本年支出合计|合计"), Common.Basic, Common.Project, Of("upper_remit", "上缴上级支出"),
                Of("operating", "经营支出"), Of("subsidy", "对附属单位补助支出"),
            ],
            Identities = [Identity.Of("total", "basic + project + upper_remit + operating + subsidy")],
        },
        Shared.TwoSided(Budget, TableId.T4),
        new()
        {
            Edition = Budget,
            Canonical = TableId.T6,
            Title = Shared.BasicExpenseTitle,
            Shape = TableShape.Coded,
            Codes = CodeScheme.Economic,
            HeaderAnyOf = ["决算数"],
            Columns = [Of("total", "决算数|合计")],
        },
        new()
        {
            Edition = Final,
            Canonical = TableId.T8,
            Title = Shared.GovFundTitle,
            Shape = TableShape.Coded,
            Codes = CodeScheme.Function,
            HeaderAnyOf = ["年初结转"],
            Columns = [Of("carry_begin", "年初结转和结余"), Of("income", "本年收入"), Of("total", "小计"), Common.Basic, Common.Project, Of("carry_end", "年末结转和结余")],
            Identities = Common.BasicPlusProject,
        },
        new()
        {
            Edition = Final,
            Canonical = TableId.T9,
            Title = Shared.StateCapitalTitle,
            Shape = TableShape.Coded,
            Codes = CodeScheme.Function,
            HeaderAnyOf = ["年初结转"],
            Columns = [Of("carry_begin", "年初结转和结余"), Of("income", "本年收入"), Of("total", "小计"), Common.Basic, Common.Project, Of("carry_end", "年末结转和结余")],
            Identities = Common.BasicPlusProject,
        },
        new()
        {
            Edition = Budget,
            Canonical = TableId.T10,
            Title = Shared.ThreePublicTitle,
            Shape = TableShape.Horizontal,
            HeaderAnyOf = ["机关运行"],
            TransposeInto = "total",
            Columns =
            [
                Of("total", "合计"), Of("overseas", "因公出国(境)费|因公出国"), Of("reception", "公务接待费"),
                Of("vehicles", "小计|公务用车购置及运行费"), Of("vehicle_purchase", "购置费"), Of("vehicle_operation", "运行费"),
                Of("operating_cost", "机关运行经费|机关运行经"),
            ],
            Identities = [Identity.Of("total", "overseas + vehicles + reception"), Identity.Of("vehicles", "vehicle_purchase + vehicle_operation")],
        },
        new()
        {
            Edition = Final,
            Canonical = TableId.T10,
            Title = Shared.ThreePublicTitle,
            Shape = TableShape.Horizontal,
            // 预算数 and 决算数 alternate under each item; the national 公开10表 prints all 预算数 first (National.ThreePublicFinal).
            HeaderAnyOf = ["决算数预算数"],
            TransposeInto = "final",
            Columns =
            [
                // The item headers span two sub-columns each; the 预算数/决算数 line under them places the figures.
                Of("total.budget", "预算数"), Of("total.final", "决算数"),
                Of("overseas.budget", "预算数"), Of("overseas.final", "决算数"),
                Of("vehicles.budget", "预算数"), Of("vehicles.final", "决算数"),
                Of("vehicle_purchase.budget", "预算数"), Of("vehicle_purchase.final", "决算数"),
                Of("vehicle_operation.budget", "预算数"), Of("vehicle_operation.final", "决算数"),
                Of("reception.budget", "预算数"), Of("reception.final", "决算数"),
            ],
            Identities =
            [
                Identity.Of("total.budget", "overseas.budget + vehicles.budget + reception.budget"),
                Identity.Of("total.final", "overseas.final + vehicles.final + reception.final"),
                Identity.Of("vehicles.budget", "vehicle_purchase.budget + vehicle_operation.budget"),
                Identity.Of("vehicles.final", "vehicle_purchase.final + vehicle_operation.final"),
            ],
        },
    ];
}
