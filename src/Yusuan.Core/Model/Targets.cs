using System.Collections.Immutable;

namespace Yusuan.Core.Model;

public enum TargetTableKind
{
    /// <summary>项目支出绩效目标表.</summary>
    Project,

    /// <summary>部门整体绩效目标表.</summary>
    Department,
}

/// <summary>A performance-target table and its indicators.</summary>
public sealed record PerformanceTargetTable
{
    public TargetTableKind Kind { get; init; }

    /// <summary>预算单位 / 部门名称.</summary>
    public string? BudgetUnit { get; init; }

    public string? ProjectName { get; init; }

    /// <summary>项目负责人 / 部门联系人.</summary>
    public string? Manager { get; init; }

    /// <summary>年度预算总额 (万元).</summary>
    public Figure? FundsTotal { get; init; }

    /// <summary>其中：财政拨款.</summary>
    public Figure? FundsFiscal { get; init; }

    /// <summary>上年结转: printed between 财政拨款 and 其他资金 in the central 项目支出绩效目标表 (教育部 105, 西南大学).</summary>
    public Figure? FundsCarryover { get; init; }

    /// <summary>其他资金.</summary>
    public Figure? FundsOther { get; init; }

    /// <summary>项目总体目标 / 年度绩效目标.</summary>
    public string? OverallGoal { get; init; }

    public ImmutableArray<Indicator> Indicators { get; init; } = [];

    public SourceSpan Span { get; init; }
}

/// <summary>One indicator row: 一级/二级/三级指标, 指标值, 设置依据, 上年完成值, 分值权重, 赋分规则, 佐证资料.</summary>
public sealed record Indicator
{
    public string? Level1 { get; init; }
    public string? Level2 { get; init; }
    public required string Level3 { get; init; }
    public required IndicatorValue Value { get; init; }
    public string? Basis { get; init; }
    public string? PriorValue { get; init; }
    public Figure? Weight { get; init; }
    public string? ScoringRule { get; init; }
    public string? Evidence { get; init; }
    public SourceSpan Span { get; init; }
}

public enum Comparison
{
    Equal,
    GreaterOrEqual,
    LessOrEqual,
    Greater,
    Less,
}

/// <summary>指标值: an operator, a number and a unit ("&gt;=4 批", "≤15.34 万元"), or a qualitative phrase ("有所提升").</summary>
public sealed record IndicatorValue(string Raw)
{
    public Comparison? Operator { get; init; }
    public decimal? Number { get; init; }
    public string? Unit { get; init; }

    public bool IsQualitative => Number is null;
}
