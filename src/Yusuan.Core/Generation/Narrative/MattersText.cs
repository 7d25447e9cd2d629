using Yusuan.Core.Model;
using static Yusuan.Core.Generation.Narrative.Phrasing;

namespace Yusuan.Core.Generation.Narrative;

/// <summary>The paragraphs of 十二、其他重要事项 (政府采购, 国有资产, 预算绩效) written from the model's figures.</summary>
public static class MattersText
{
    public static IEnumerable<string> Procurement(Procurement? p, string unit, int year)
    {
        if (p?.Total is not { } total || total.Value == 0m)
        {
            yield return $"{year}年，{unit}未安排政府采购预算。";
            yield break;
        }
        yield return $"{year}年，{unit}政府采购预算{Money(total.Value)}万元，其中：政府采购货物预算{M(p.Goods)}万元，政府采购工程预算{M(p.Works)}万元，政府采购服务预算{M(p.Services)}万元。";
        yield return $"{year}年，{unit}面向中小企业预留政府采购项目预算金额{M(p.Sme)}万元，其中：小微企业预留政府采购项目预算金额{M(p.SmallMicro)}万元。";
    }

    public static IEnumerable<string> Assets(AssetHoldings? a, string unit, int year, string scope)
    {
        if (a is null)
        {
            yield return $"{unit}没有需说明的国有资产占用使用情况。";
            yield break;
        }
        yield return $"截至{a.AsOfYear ?? year - 1}年底，{unit}占用使用国有资产总体情况为：";
        yield return $"1. 房屋{M(a.BuildingArea)}平方米，价值{M(a.BuildingValue)}万元。";
        var vehicles = a.Vehicles.IsDefaultOrEmpty
            ? string.Empty
            : "；其中：" + string.Join("；", a.Vehicles.Select(v => $"{v.Name}{C(v.Count)}辆，价值{M(v.Value)}万元"));
        yield return $"2. 车辆{C(a.VehicleCount)}辆，价值{M(a.VehicleValue)}万元{vehicles}。";
        yield return $"3. 办公家具价值{M(a.FurnitureValue)}万元。";
        yield return $"4. 其他资产价值{M(a.OtherValue)}万元。";
        yield return $"单位价值50万元以上大型设备{C(a.Equipment50)}台，单位价值100万元以上大型设备{C(a.Equipment100)}台。";
        var vehiclesPlanned = a.PlannedVehicles is { Value: > 0m } pv ? $"安排购置车辆{C(pv)}辆" : "未安排购置车辆经费";
        yield return $"{year}年{scope}预算{vehiclesPlanned}，安排购置50万元以上大型设备{C(a.PlannedEquipment50)}台，单位价值100万元以上大型设备{C(a.PlannedEquipment100)}台。";
    }

    public static IEnumerable<string> Performance(PerformanceSummary? p, int year, string scope, bool hasTables)
    {
        if (p is null)
        {
            yield return $"{year}年，本{scope}未设置预算绩效目标。";
            yield break;
        }
        var tail = hasTables ? "具体情况见下表：" : string.Empty;
        yield return $"{year}年，本{scope}预算绩效管理整体预算绩效目标{C(p.OverallTargetCount)}个，涉及预算金额{M(p.OverallAmount)}万元；当年预算安排项目共{C(p.ProjectCount)}个，其中：财政拨款项目涉及预算金额{M(p.FiscalProjectAmount)}万元；非财政拨款项目涉及预算金额{M(p.NonFiscalProjectAmount)}万元。{tail}";
    }

    private static string M(Figure? f) => Money(f?.Value ?? 0m);

    private static string C(Figure? f) => Count(f?.Value ?? 0m);
}
