using System.Collections.Immutable;

namespace Yusuan.Core.Model;

/// <summary>One project described in 项目支出情况说明.</summary>
public sealed record ProjectDescription
{
    public required string Name { get; init; }

    /// <summary>设立的政策依据.</summary>
    public string? PolicyBasis { get; init; }

    /// <summary>预算安排规模.</summary>
    public Figure? Amount { get; init; }

    /// <summary>项目承担单位.</summary>
    public string? ImplementingUnit { get; init; }

    /// <summary>资金分配情况 as printed.</summary>
    public string? AllocationText { get; init; }

    /// <summary>资金分配情况, item by item where the text gives amounts.</summary>
    public ImmutableArray<AllocationItem> Allocations { get; init; } = [];

    /// <summary>资金执行时间 as printed.</summary>
    public string? ExecutionPeriod { get; init; }

    public SourceSpan Span { get; init; }
}

/// <summary>"购置办公用品 66.50 万元". Amount is in 万元 unless <see cref="Unit"/> says 元.</summary>
public sealed record AllocationItem(string Name, Figure Amount)
{
    public MoneyUnit Unit { get; init; } = MoneyUnit.WanYuan;
}
