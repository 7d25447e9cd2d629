using System.Collections.Immutable;
using Yusuan.Core.Model;
using static Yusuan.Core.Reading.Tables.ColumnSpec;

namespace Yusuan.Core.Reading.Tables.Templates;

/// <summary>Xinjiang 部门/单位预算公开: the 2025 edition (11 tables, 表1–表11) and the 2022 edition (9 tables with the
/// 三公 table horizontal and 基本支出 not split into 人员经费/公用经费).</summary>
internal static class Xinjiang
{
    public const string Edition2025 = "xinjiang-2025";
    public const string Edition2022 = "xinjiang-2022";

    /// <summary>Prefectures and cities whose names tell a Xinjiang unit that does not print 新疆 (巴州人民政府办公室).</summary>
    private static readonly ImmutableArray<string> Prefectures =
        ["巴州", "喀什", "伊犁", "乌鲁木齐", "克拉玛依", "哈密", "阿克苏", "和田", "昌吉", "博州", "塔城", "阿勒泰", "吐鲁番", "克州"];

    private static readonly ImmutableArray<string> Topics2025 =
        ["收支总体", "收入预算", "支出预算", "财政拨款收支", "一般公共预算当年拨款", "基本支出", "项目支出", "政府性基金", "国有资本经营", "三公经费", "上年结转结余", "其他重要事项"];

    /// <summary>The 2025 edition (used from 2023): 11 tables, project descriptions and targets with 成本指标.</summary>
    public static TemplateEdition Y2025 { get; } = new(Edition2025, "新疆2025年部门/单位预算公开模板")
    {
        Signature = new() { Regions = ["新疆"], RegionWords = Prefectures, FromYear = 2023 },
        RequiredTables = [TableId.T1, TableId.T2, TableId.T3, TableId.T4, TableId.T5, TableId.T6, TableId.T7, TableId.T8, TableId.T9, TableId.T10, TableId.T11],
        RequiredTopics = Topics2025,
        ProjectDescriptions = true,
        ProjectTargets = true,
        CostIndicators = true,
    };

    /// <summary>The 2022 edition (to 2022): 9 tables, targets without 成本指标.</summary>
    public static TemplateEdition Y2022 { get; } = new(Edition2022, "新疆2022年部门预算公开版式")
    {
        Signature = new() { Regions = ["新疆"], RegionWords = Prefectures, ToYear = 2022 },
        RequiredTables = [TableId.T1, TableId.T2, TableId.T3, TableId.T4, TableId.T5, TableId.T6, TableId.T7, TableId.T8, TableId.T10],
        RequiredTopics = ["收支总体", "收入预算", "支出预算", "财政拨款收支", "一般公共预算当年拨款", "基本支出", "项目支出", "政府性基金", "三公经费", "其他重要事项"],
        ProjectDescriptions = true,
        ProjectTargets = true,
    };

    public static ImmutableArray<TemplateEdition> Editions => [Y2025, Y2022];

    public static readonly TableTemplate Income = new()
    {
        Edition = Edition2025,
        Canonical = TableId.T2,
        Title = Shared.IncomeTitle,
        Shape = TableShape.Coded,
        Codes = CodeScheme.Function,
        HeaderAnyOf = ["科目编码", "功能分类", "类"],
        Columns =
        [
            Of("total", "总计|合计"),
            Of("fiscal", "财政拨款(补助)小计|财政拨款(补助)"),
            Of("gpb", "一般公共预算"),
            Of("gpb_transfer", "上级一般公共预算安排的转移支付", "income.gpb.transfer"),
            Of("gf", "政府性基金预算", "income.gf"),
            Of("gf_transfer", "上级政府性基金安排的转移支付", "income.gf.transfer"),
            Of("sc", "国有资本经营预算", "income.sc"),
            Of("sc_transfer", "上级国有资本经营预算安排的转移支付", "income.sc.transfer"),
            Of("special", "财政专户(教育收费)|财政专户", "income.special"),
            Of("unit", "单位资金", "income.unit"),
            Of("fiscal_carryover", "财政拨款结转", "carryover.fiscal"),
            Of("nonfiscal_carryover", "非财政拨款结转结余|非财政拨款结余", "carryover.nonfiscal"),
        ],
        Identities =
        [
            Identity.Of("total", "fiscal + special + unit + fiscal_carryover + nonfiscal_carryover"),
            Identity.Of("fiscal", "gpb + gpb_transfer + gf + gf_transfer + sc + sc_transfer"),
        ],
    };

    public static readonly TableTemplate Expense = new()
    {
        Edition = Edition2025,
        Canonical = TableId.T3,
        Title = Shared.ExpenseTitle,
        Shape = TableShape.Coded,
        Codes = CodeScheme.Function,
        HeaderAnyOf = ["科目编码", "功能分类", "类"],
        Columns = [Of("total", "合计|总计"), Common.Basic, Common.Project],
        Identities = Common.BasicPlusProject,
    };

    public static readonly TableTemplate GeneralExpense = new()
    {
        Edition = Edition2025,
        Canonical = TableId.T5,
        Title = Shared.GeneralExpenseTitle,
        Shape = TableShape.Coded,
        Codes = CodeScheme.Function,
        Columns = [Of("total", "合计|总计"), Common.Basic, Common.Project],
        Identities = Common.BasicPlusProject,
        Mirrors = [TableId.T3],
    };

    public static readonly TableTemplate BasicExpense = new()
    {
        Edition = Edition2025,
        Canonical = TableId.T6,
        Title = Shared.BasicExpenseTitle,
        Shape = TableShape.Coded,
        Codes = CodeScheme.Economic,
        Columns = [Of("total", "合计|总计"), Common.Personnel, Common.Public],
        Identities = Common.PersonnelPlusPublic,
        Hints = Common.EconomicHints,
    };

    public static readonly TableTemplate ProjectExpense = new()
    {
        Edition = Edition2025,
        Canonical = TableId.T7,
        Title = Shared.ProjectExpenseTitle,
        Shape = TableShape.Coded,
        Codes = CodeScheme.Function,
        HasProjects = true,
        Columns = Common.ProjectEconomics,
        LikelyColumns = ["total", "goods", "capital", "individuals", "other", "capital_construction", "wages"],
        Identities = Common.ProjectEconomicSum,
    };

    public static TableTemplate FundExpense(TableId id, TitleRule title) => new()
    {
        Edition = Edition2025,
        Canonical = id,
        Title = title,
        Shape = TableShape.Coded,
        Codes = CodeScheme.Function,
        HeaderAnyOf = ["人员经费"],
        Columns = [Of("total", "合计|总计"), Common.Personnel, Common.Public, Common.Project],
        Identities = [Identity.Of("total", "personnel + public + project")],
    };

    public static TableTemplate FundExpense2022(TableId id, TitleRule title) => new()
    {
        Edition = Edition2022,
        Canonical = id,
        Title = title,
        Shape = TableShape.Coded,
        Codes = CodeScheme.Function,
        Columns = [Of("total", "合计|总计"), Common.Basic, Common.Project],
        Identities = Common.BasicPlusProject,
    };

    public static readonly TableTemplate ThreePublicVertical = new()
    {
        Edition = Edition2025,
        Canonical = TableId.T10,
        Title = Shared.ThreePublicTitle,
        Shape = TableShape.Items,
        HeaderAnyOf = ["资金来源", "支出内容"],
        Columns = [Of("total", "合计"), Common.Gpb, Common.Gf, Common.Sc],
        Identities = [Identity.Of("total", "gpb + gf + sc")],
        Lines = Common.ThreePublicLines,
    };

    public static readonly TableTemplate ThreePublicHorizontal = new()
    {
        Edition = Edition2022,
        Canonical = TableId.T10,
        Title = Shared.ThreePublicTitle,
        Shape = TableShape.Horizontal,
        HeaderAnyOf = ["因公出国"],
        TransposeInto = "total",
        Columns =
        [
            Of("total", "合计|总计|小计"),
            Of("overseas", "因公出国(境)费|因公出国"),
            Of("vehicles", "公务用车购置及运行费|公务用车购置及运行维护费"),
            Of("vehicle_purchase", "公务用车购置费|购置费|公务用车购置"),
            Of("vehicle_operation", "公务用车运行费|公务用车运行维护费|运行费"),
            Of("reception", "公务接待费"),
        ],
        Identities = [Identity.Of("total", "overseas + vehicles + reception"), Identity.Of("vehicles", "vehicle_purchase + vehicle_operation")],
    };

    public static readonly TableTemplate Carryover = new()
    {
        Edition = Edition2025,
        Canonical = TableId.T11,
        Title = TitleRule.Of(string.Empty, "上年结转结余情况明细表|结转结余情况表|结转结余明细表|结转资金支出表"),
        Shape = TableShape.Items,
        ItemsKeyedByLabel = true,
        Columns =
        [
            Of("total", "合计|总计|金额"),
            Of("fiscal", "财政拨款小计"),
            Of("fiscal_personnel", "财政拨款基本支出人员经费"),
            Of("fiscal_public", "财政拨款基本支出公用经费"),
            Of("fiscal_project", "财政拨款项目支出"),
            Of("nonfiscal", "非财政拨款小计"),
            Of("nonfiscal_personnel", "非财政拨款基本支出人员经费"),
            Of("nonfiscal_public", "非财政拨款基本支出公用经费"),
            Of("nonfiscal_project", "非财政拨款项目支出"),
        ],
        Identities =
        [
            Identity.Of("total", "fiscal + nonfiscal"),
            Identity.Of("fiscal", "fiscal_personnel + fiscal_public + fiscal_project"),
            Identity.Of("nonfiscal", "nonfiscal_personnel + nonfiscal_public + nonfiscal_project"),
        ],
        Hints = [new("fiscal_project", LabelContains: "特定目标"), new("fiscal_project", LabelContains: "项目"), new("fiscal_project", LabelContains: "经费")],
        Lines = Common.TotalLines,
    };

    public static ImmutableArray<TableTemplate> All { get; } =
    [
        Shared.TwoSided(Edition2025, TableId.T1),
        Income,
        Expense,
        Shared.TwoSided(Edition2025, TableId.T4),
        GeneralExpense,
        BasicExpense,
        ProjectExpense,
        FundExpense(TableId.T8, Shared.GovFundTitle),
        FundExpense(TableId.T9, Shared.StateCapitalTitle),
        FundExpense2022(TableId.T8, Shared.GovFundTitle),
        FundExpense2022(TableId.T9, Shared.StateCapitalTitle),
        ThreePublicVertical,
        ThreePublicHorizontal,
        Carryover,
    ];
}
