using Yusuan.Core.Model;

namespace Yusuan.Core.Checking.Rules.Arithmetic;

/// <summary>表2 收入总体情况表: 类 = Σ款、款 = Σ项（各列）. Protects against subtotals that do not add up.</summary>
public sealed class T2HierarchySum : HierarchySumRule
{
    public override RuleDescriptor Descriptor { get; } = Describe("T2.hierarchy-sum", "表2 收入总体情况表：类 = Σ款、款 = Σ项（各列）");

    protected override TableId Table => TableId.T2;
}

/// <summary>表3 支出总体情况表: 类 = Σ款、款 = Σ项（各列）. Protects against subtotals that do not add up.</summary>
public sealed class T3HierarchySum : HierarchySumRule
{
    public override RuleDescriptor Descriptor { get; } = Describe("T3.hierarchy-sum", "表3 支出总体情况表：类 = Σ款、款 = Σ项（各列）");

    protected override TableId Table => TableId.T3;
}

/// <summary>表5 一般公共预算支出情况表: 类 = Σ款、款 = Σ项（各列）. Protects against subtotals that do not add up.</summary>
public sealed class T5HierarchySum : HierarchySumRule
{
    public override RuleDescriptor Descriptor { get; } = Describe("T5.hierarchy-sum", "表5 一般公共预算支出情况表：类 = Σ款、款 = Σ项（各列）");

    protected override TableId Table => TableId.T5;
}

/// <summary>表6 一般公共预算基本支出情况表: 经济分类类 = Σ款（各列）. Protects against subtotals that do not add up.</summary>
public sealed class T6HierarchySum : HierarchySumRule
{
    public override RuleDescriptor Descriptor { get; } = Describe("T6.hierarchy-sum", "表6 一般公共预算基本支出情况表：经济分类类 = Σ款（各列）");

    protected override TableId Table => TableId.T6;
}

/// <summary>表7 一般公共预算项目支出情况表: 类 = Σ款 = Σ项 = Σ项目（各列）. Protects against subtotals that do not add up.</summary>
public sealed class T7HierarchySum : HierarchySumRule
{
    public override RuleDescriptor Descriptor { get; } = Describe("T7.hierarchy-sum", "表7 一般公共预算项目支出情况表：类 = Σ款 = Σ项 = Σ项目（各列）");

    protected override TableId Table => TableId.T7;
}

/// <summary>表8 政府性基金预算支出情况表: 类 = Σ款、款 = Σ项（各列）. Protects against subtotals that do not add up.</summary>
public sealed class T8HierarchySum : HierarchySumRule
{
    public override RuleDescriptor Descriptor { get; } = Describe("T8.hierarchy-sum", "表8 政府性基金预算支出情况表：类 = Σ款、款 = Σ项（各列）");

    protected override TableId Table => TableId.T8;
}

/// <summary>表9 国有资本经营预算支出情况表: 类 = Σ款、款 = Σ项（各列）. Protects against subtotals that do not add up.</summary>
public sealed class T9HierarchySum : HierarchySumRule
{
    public override RuleDescriptor Descriptor { get; } = Describe("T9.hierarchy-sum", "表9 国有资本经营预算支出情况表：类 = Σ款、款 = Σ项（各列）");

    protected override TableId Table => TableId.T9;
}

/// <summary>表2: 合计行 = Σ各类（各列）.</summary>
public sealed class T2TotalSum : TotalSumRule
{
    public override RuleDescriptor Descriptor { get; } = new("T2.total-sum", "表2合计行 = Σ各类（各列）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

    protected override TableId Table => TableId.T2;
}

/// <summary>表3: 合计行 = Σ各类（各列）.</summary>
public sealed class T3TotalSum : TotalSumRule
{
    public override RuleDescriptor Descriptor { get; } = new("T3.total-sum", "表3合计行 = Σ各类（各列）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

    protected override TableId Table => TableId.T3;
}

/// <summary>表5: 合计行 = Σ各类（各列）.</summary>
public sealed class T5TotalSum : TotalSumRule
{
    public override RuleDescriptor Descriptor { get; } = new("T5.total-sum", "表5合计行 = Σ各类（各列）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

    protected override TableId Table => TableId.T5;
}

/// <summary>表6: 合计行 = Σ各类（各列）.</summary>
public sealed class T6TotalSum : TotalSumRule
{
    public override RuleDescriptor Descriptor { get; } = new("T6.total-sum", "表6合计行 = Σ各类（各列）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

    protected override TableId Table => TableId.T6;
}

/// <summary>表7: 合计行 = Σ各类（各列）.</summary>
public sealed class T7TotalSum : TotalSumRule
{
    public override RuleDescriptor Descriptor { get; } = new("T7.total-sum", "表7合计行 = Σ各类（各列）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

    protected override TableId Table => TableId.T7;
}

/// <summary>表8: 合计行 = Σ各类（各列）.</summary>
public sealed class T8TotalSum : TotalSumRule
{
    public override RuleDescriptor Descriptor { get; } = new("T8.total-sum", "表8合计行 = Σ各类（各列）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

    protected override TableId Table => TableId.T8;
}

/// <summary>表9: 合计行 = Σ各类（各列）.</summary>
public sealed class T9TotalSum : TotalSumRule
{
    public override RuleDescriptor Descriptor { get; } = new("T9.total-sum", "表9合计行 = Σ各类（各列）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

    protected override TableId Table => TableId.T9;
}

/// <summary>表11: 合计行 = Σ各明细项目（各列）.</summary>
public sealed class T11TotalSum : TotalSumRule
{
    public override RuleDescriptor Descriptor { get; } = new("T11.total-sum", "表11合计行 = Σ各明细项目（各列）", RuleCategory.Arithmetic, Severity.Error, Basis.Arithmetic);

    protected override TableId Table => TableId.T11;
}
