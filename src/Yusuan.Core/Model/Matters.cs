using System.Collections.Immutable;

namespace Yusuan.Core.Model;

/// <summary>十二、其他重要事项的情况说明 (or the template's equivalent): 机关运行经费, 政府采购, 国有资产, 预算绩效.</summary>
public sealed record OtherMatters
{
    public static OtherMatters Empty { get; } = new();

    /// <summary>机关运行经费 with its change and reason (subject key <see cref="ClaimKeys.OperatingCost"/>).</summary>
    public Claim? OperatingCost { get; init; }

    public Procurement? Procurement { get; init; }

    public AssetHoldings? Assets { get; init; }

    public PerformanceSummary? Performance { get; init; }

    /// <summary>"其他需说明的事项" text, as printed.</summary>
    public string? Other { get; init; }
}

/// <summary>政府采购: total = goods + works + services; reservations for SMEs and small/micro enterprises.</summary>
public sealed record Procurement
{
    public Figure? Total { get; init; }
    public Figure? Goods { get; init; }
    public Figure? Works { get; init; }
    public Figure? Services { get; init; }

    /// <summary>面向中小企业预留.</summary>
    public Figure? Sme { get; init; }

    /// <summary>其中：小微企业预留.</summary>
    public Figure? SmallMicro { get; init; }

    public SourceSpan Span { get; init; }
}

/// <summary>国有资产占用使用情况.</summary>
public sealed record AssetHoldings
{
    /// <summary>"截至 2024 年底": the year-end the holdings are stated for.</summary>
    public int? AsOfYear { get; init; }

    /// <summary>房屋 m².</summary>
    public Figure? BuildingArea { get; init; }

    public Figure? BuildingValue { get; init; }
    public Figure? VehicleCount { get; init; }
    public Figure? VehicleValue { get; init; }

    /// <summary>Vehicles by type (一般公务用车, 执法执勤用车, 其他车辆 …).</summary>
    public ImmutableArray<VehicleCategory> Vehicles { get; init; } = [];

    public Figure? FurnitureValue { get; init; }
    public Figure? OtherValue { get; init; }

    /// <summary>单位价值 50 万元以上大型设备 台数.</summary>
    public Figure? Equipment50 { get; init; }

    /// <summary>单位价值 100 万元以上大型设备 台数.</summary>
    public Figure? Equipment100 { get; init; }

    /// <summary>Planned purchases for the budget year (车辆, 50万元以上, 100万元以上设备), when stated.</summary>
    public Figure? PlannedVehicles { get; init; }

    public Figure? PlannedEquipment50 { get; init; }
    public Figure? PlannedEquipment100 { get; init; }

    public SourceSpan Span { get; init; }
}

public sealed record VehicleCategory(string Name, Figure? Count, Figure? Value);

/// <summary>预算绩效情况 summary figures.</summary>
public sealed record PerformanceSummary
{
    /// <summary>整体预算绩效目标 个数.</summary>
    public Figure? OverallTargetCount { get; init; }

    /// <summary>整体绩效目标涉及预算金额.</summary>
    public Figure? OverallAmount { get; init; }

    /// <summary>当年预算安排项目 个数 (or 财政拨款项目 个数 in older layouts).</summary>
    public Figure? ProjectCount { get; init; }

    public Figure? FiscalProjectAmount { get; init; }
    public Figure? NonFiscalProjectAmount { get; init; }
    public SourceSpan Span { get; init; }
}
