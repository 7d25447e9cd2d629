using Yusuan.Core.Model;

namespace Yusuan.Core.Checking.Rules.Arithmetic;

/// <summary>表2 收入总体情况表: 类 = Σ款、款 = Σ项（各列）. Protects against subtotals that do not add up.</summary>
public sealed class T2HierarchySum : HierarchySumRule
{
    public override RuleDescriptor Descriptor { get; } = Describe("T2.hierarchy-sum", "表2 收入总体情况表：类 = Σ款、款 = Σ项（各列）",
        "表2 中每个类行应等于其下各款行之和，每个款行应等于其下各项行之和，各资金列分别检查；同一差额出现在一行的多列时只在总计列报告一次。差额在舍入误差以内、或只超出几分（不超过 0.05 与两倍舍入误差中的较大者）时为警告，更大时多是漏列了一个项行，或上级行未随下级更新。");

    protected override TableId Table => TableId.T2;
}

/// <summary>表3 支出总体情况表: 类 = Σ款、款 = Σ项（各列）. Protects against subtotals that do not add up.</summary>
public sealed class T3HierarchySum : HierarchySumRule
{
    public override RuleDescriptor Descriptor { get; } = Describe("T3.hierarchy-sum", "表3 支出总体情况表：类 = Σ款、款 = Σ项（各列）",
        "表3 中每个类行应等于其下各款行之和，每个款行应等于其下各项行之和，合计、基本支出、项目支出各列分别检查；同一差额出现在多列时只在合计列报告一次。差额在舍入误差以内、或只超出几分（不超过 0.05 与两倍舍入误差中的较大者）时为警告，更大时多是漏列了一个项行。");

    protected override TableId Table => TableId.T3;
}

/// <summary>表5 一般公共预算支出情况表: 类 = Σ款、款 = Σ项（各列）. Protects against subtotals that do not add up.</summary>
public sealed class T5HierarchySum : HierarchySumRule
{
    public override RuleDescriptor Descriptor { get; } = Describe("T5.hierarchy-sum", "表5 一般公共预算支出情况表：类 = Σ款、款 = Σ项（各列）",
        "表5 中每个类行应等于其下各款行之和，每个款行应等于其下各项行之和，合计、基本支出、项目支出各列分别检查；同一差额出现在多列时只在合计列报告一次。差额在舍入误差以内、或只超出几分（不超过 0.05 与两倍舍入误差中的较大者）时为警告，更大时多是漏列了一个项行。");

    protected override TableId Table => TableId.T5;
}

/// <summary>表6 一般公共预算基本支出情况表: 经济分类类 = Σ款（各列）. Protects against subtotals that do not add up.</summary>
public sealed class T6HierarchySum : HierarchySumRule
{
    public override RuleDescriptor Descriptor { get; } = Describe("T6.hierarchy-sum", "表6 一般公共预算基本支出情况表：经济分类类 = Σ款（各列）",
        "表6 中每个经济分类类（301、302、303 等）应等于其下各款之和，合计、人员经费、公用经费各列分别检查。如 000 的 303 对个人和家庭的补助印作 99.08，而其下 3 个款之和为 99.09（相差 0.01，在舍入误差 0.02 以内，报为警告）；差额更大时多是漏列了一个款。");

    protected override TableId Table => TableId.T6;
}

/// <summary>表7 一般公共预算项目支出情况表: 类 = Σ款 = Σ项 = Σ项目（各列）. Protects against subtotals that do not add up.</summary>
public sealed class T7HierarchySum : HierarchySumRule
{
    public override RuleDescriptor Descriptor { get; } = Describe("T7.hierarchy-sum", "表7 一般公共预算项目支出情况表：类 = Σ款 = Σ项 = Σ项目（各列）",
        "表7 中类 = Σ款、款 = Σ项，最下一级科目行应等于其下各项目行之和，各经济分类列分别检查。不符多是新增或调整项目后科目行未更新。");

    protected override TableId Table => TableId.T7;
}

/// <summary>表8 政府性基金预算支出情况表: 类 = Σ款、款 = Σ项（各列）. Protects against subtotals that do not add up.</summary>
public sealed class T8HierarchySum : HierarchySumRule
{
    public override RuleDescriptor Descriptor { get; } = Describe("T8.hierarchy-sum", "表8 政府性基金预算支出情况表：类 = Σ款、款 = Σ项（各列）",
        "表8 中每个类行应等于其下各款行之和，每个款行应等于其下各项行之和，各列分别检查。差额在舍入误差以内、或只超出几分（不超过 0.05 与两倍舍入误差中的较大者）时为警告，更大时多是漏列了一个项行。");

    protected override TableId Table => TableId.T8;
}

/// <summary>表9 国有资本经营预算支出情况表: 类 = Σ款、款 = Σ项（各列）. Protects against subtotals that do not add up.</summary>
public sealed class T9HierarchySum : HierarchySumRule
{
    public override RuleDescriptor Descriptor { get; } = Describe("T9.hierarchy-sum", "表9 国有资本经营预算支出情况表：类 = Σ款、款 = Σ项（各列）",
        "表9 中每个类行应等于其下各款行之和，每个款行应等于其下各项行之和，各列分别检查。差额在舍入误差以内、或只超出几分（不超过 0.05 与两倍舍入误差中的较大者）时为警告，更大时多是漏列了一个项行。");

    protected override TableId Table => TableId.T9;
}

/// <summary>表2: 合计行 = Σ各类（各列）.</summary>
public sealed class T2TotalSum : TotalSumRule
{
    public override RuleDescriptor Descriptor { get; } = new("T2.total-sum", "表2合计行 = Σ各类（各列）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "表2 总计行各列应等于各类（3 位科目）行之和，没有类行的表按各明细行相加。某个类行与其款不符而总计与各款相符时，只由 T2.hierarchy-sum 在该类行报告，不在总计行重复。",
    };

    protected override TableId Table => TableId.T2;
}

/// <summary>表3: 合计行 = Σ各类（各列）.</summary>
public sealed class T3TotalSum : TotalSumRule
{
    public override RuleDescriptor Descriptor { get; } = new("T3.total-sum", "表3合计行 = Σ各类（各列）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "表3 合计行的合计、基本支出、项目支出等各列应等于各类（3 位科目）行之和，没有类行的表按各明细行相加。某个类行与其款不符而合计与各款相符时，只由 T3.hierarchy-sum 报告。",
    };

    protected override TableId Table => TableId.T3;
}

/// <summary>表5: 合计行 = Σ各类（各列）.</summary>
public sealed class T5TotalSum : TotalSumRule
{
    public override RuleDescriptor Descriptor { get; } = new("T5.total-sum", "表5合计行 = Σ各类（各列）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "表5 合计行的合计、基本支出、项目支出各列应等于各类行之和，没有类行的表按各明细行相加。某个类行与其款不符而合计与各款相符时，只由 T5.hierarchy-sum 报告。",
    };

    protected override TableId Table => TableId.T5;
}

/// <summary>表6: 合计行 = Σ各类（各列）.</summary>
public sealed class T6TotalSum : TotalSumRule
{
    public override RuleDescriptor Descriptor { get; } = new("T6.total-sum", "表6合计行 = Σ各类（各列）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "表6 合计行各列应等于各经济分类类行之和；人员经费、公用经费分两半印的表（只有人员经费合计和公用经费合计），分别与 301+303 和其余各类比较。某个类与其款不符而合计与各款相符时（如 000 的 303），只由 T6.hierarchy-sum 报告。",
    };

    protected override TableId Table => TableId.T6;
}

/// <summary>表7: 合计行 = Σ各类（各列）.</summary>
public sealed class T7TotalSum : TotalSumRule
{
    public override RuleDescriptor Descriptor { get; } = new("T7.total-sum", "表7合计行 = Σ各类（各列）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "表7 合计行各列应等于各类行之和，没有类行的表按各项目行相加。不符多是新增或删减项目后合计未更新。",
    };

    protected override TableId Table => TableId.T7;
}

/// <summary>表8: 合计行 = Σ各类（各列）.</summary>
public sealed class T8TotalSum : TotalSumRule
{
    public override RuleDescriptor Descriptor { get; } = new("T8.total-sum", "表8合计行 = Σ各类（各列）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "表8 合计行各列应等于各类行之和，没有类行的表按各明细行相加。空表不检查。",
    };

    protected override TableId Table => TableId.T8;
}

/// <summary>表9: 合计行 = Σ各类（各列）.</summary>
public sealed class T9TotalSum : TotalSumRule
{
    public override RuleDescriptor Descriptor { get; } = new("T9.total-sum", "表9合计行 = Σ各类（各列）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "表9 合计行各列应等于各类行之和，没有类行的表按各明细行相加。空表不检查。",
    };

    protected override TableId Table => TableId.T9;
}

/// <summary>表11: 合计行 = Σ各明细项目（各列）.</summary>
public sealed class T11TotalSum : TotalSumRule
{
    public override RuleDescriptor Descriptor { get; } = new("T11.total-sum", "表11合计行 = Σ各明细项目（各列）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic)
    {
        Help = "表11 合计行各列应等于其上各结转项目行之和。不符多是漏加了某个项目，或合计未随明细更新。",
    };

    protected override TableId Table => TableId.T11;
}
