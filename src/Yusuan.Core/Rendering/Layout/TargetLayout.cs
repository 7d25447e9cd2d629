using System.Collections.Immutable;
using Yusuan.Core.Model;
using static Yusuan.Core.Generation.Narrative.Phrasing;

namespace Yusuan.Core.Rendering.Layout;

/// <summary>项目支出绩效目标表 / 部门整体绩效目标表 in the nine-column layout of the template.</summary>
public static class TargetLayout
{
    public static GridTable For(PerformanceTargetTable t, int year)
    {
        static GridCell T(string? text, int span = 1) => new(text ?? string.Empty, null, span);
        static GridCell N(Figure? f) => f is { } v ? new GridCell(Money(v.Value), v.Value) : GridCell.Empty;
        var project = t.Kind == TargetTableKind.Project;
        var header = new List<ImmutableArray<GridCell>>();
        header.Add([T(project ? "预算单位" : "部门名称", 2), T(t.BudgetUnit, 7)]);
        if (project) header.Add([T("项目名称", 2), T(t.ProjectName, 3), T("项目负责人"), T(t.Manager, 3)]);
        else header.Add([T("部门联系人", 2), T(t.Manager, 7)]);
        header.Add([T(project ? "项目资金(万元)" : "年度预算(万元)", 2), T("年度预算总额"), N(t.FundsTotal), T("其中：财政拨款"), N(t.FundsFiscal), T("其他资金"), N(t.FundsOther), GridCell.Empty]);
        header.Add([T(project ? "项目总体目标" : "年度绩效目标", 2), T(t.OverallGoal, 7)]);
        header.Add([T("一级指标"), T("二级指标"), T("三级指标"), T("指标值"), T("指标值设置依据"), T("上年完成值"), T("指标分值权重"), T("指标赋分规则"), T("佐证资料")]);
        var body = new List<ImmutableArray<GridCell>>();
        string? last1 = null, last2 = null;
        foreach (var i in t.Indicators)
        {
            // Repeated 一级/二级 names are printed once, as in the template.
            var l1 = i.Level1 == last1 ? string.Empty : i.Level1;
            var l2 = i.Level1 == last1 && i.Level2 == last2 ? string.Empty : i.Level2;
            last1 = i.Level1;
            last2 = i.Level2;
            body.Add([T(l1), T(l2), T(i.Level3), T(i.Value.Raw), T(i.Basis), T(i.PriorValue), i.Weight is { } w ? new GridCell(Count(w.Value), w.Value) : GridCell.Empty, T(i.ScoringRule), T(i.Evidence)]);
        }
        return new GridTable
        {
            Title = project ? "项目支出绩效目标表" : "部门整体绩效目标表",
            UnitLine = $"（{year}年）",
            ColumnCount = 9,
            Landscape = false,
            Header = [.. header],
            Body = [.. body],
            Widths = [10, 10, 22, 12, 12, 10, 8, 14, 10],
        };
    }
}
