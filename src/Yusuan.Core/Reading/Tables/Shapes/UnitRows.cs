using System.Collections.Immutable;
using Yusuan.Core.Model;

namespace Yusuan.Core.Reading.Tables.Shapes;

/// <summary>Rows naming a unit rather than a code or line (coded and horizontal tables): whether such a row is the
/// table's total, the total printed again or one of its units; and a unit's categories and projects printed under it
/// without codes (Xi'an 专项业务经费支出表).</summary>
internal static class UnitRows
{
    /// <summary>What a row naming a unit (no classification code) is: the table's total (合计/总计, a row with no name, the
    /// document's own unit before any total, the department's code over its units' codes — 201 over 201001 — when no
    /// total came first); the total printed again (the department's row or the own unit under a 合计 with the same
    /// figures); or one of its units.</summary>
    public static UnitRowRole RoleOf(RawRow row, string label, RawTable raw, List<RowState> states, DocumentContext ctx)
    {
        var total = states.FirstOrDefault(x => x.Kind == RowKind.Total && x.Unit is null);
        // The department's code over its units' (201 over 201001), or a one- or two-digit group code (Xi'an: 1 全额).
        var isGroup = row.UnitCode is { } code && (code.Length < 3 || raw.Rows.Any(r => r.UnitCode is { } other && other.Length > code.Length && other.StartsWith(code, StringComparison.Ordinal)));
        var isOwn = IsOwnUnit(label, ctx.Meta.UnitName);
        if ((isGroup || isOwn) && total is not null && total.Raw.Figures.Select(f => f.Value).SequenceEqual(row.Figures.Select(f => f.Value))) return UnitRowRole.SameAsTotal;
        if (isGroup && total is null) return UnitRowRole.Total;
        if (isOwn && !states.Any(x => x.Kind is RowKind.Total or RowKind.UnitHeader)) return UnitRowRole.Total;
        return BodyLines.IsTotalLabel(label) || HeaderText.Fold(label) is "合计" or "总计" or "" ? UnitRowRole.Total : UnitRowRole.Unit;
    }

    /// <summary>Whether a row's label names the document's own unit (（本级）/（汇总） and whitespace aside).</summary>
    private static bool IsOwnUnit(string label, string? unitName)
    {
        if (unitName is null) return false;
        static string Bare(string s) => HeaderText.Fold(s).Replace("(本级)", string.Empty, StringComparison.Ordinal).Replace("(汇总)", string.Empty, StringComparison.Ordinal);
        var own = Bare(unitName);
        return own.Length >= 4 && Bare(label) == own;
    }

    /// <summary>A project table printed by unit (Xi'an 专项业务经费支出表: 单位编码 | 单位（项目）名称 | 项目金额): the rows
    /// without a unit code under a unit row are that unit's categories and projects. A row is a category (true) when the
    /// rows after it, two or more, or one that is a category itself, add up to its amount; the others are projects (false).</summary>
    public static Dictionary<RawRow, bool> ProjectsUnderUnits(RawTable raw)
    {
        var result = new Dictionary<RawRow, bool>();
        if (raw.Template.Canonical != TableId.T7 || !raw.Rows.Any(r => r.UnitCode is { Length: >= 3 })) return result;
        var run = new List<RawRow>();
        foreach (var row in raw.Rows.Append(null))
        {
            var inRun = row is not null && row.UnitCode is null && row.Period is null && row.Figures.Count > 0
                && row.Label.Trim().Length > 0 && !BodyLines.IsTotalLabel(row.Label.Trim());
            if (inRun)
            {
                run.Add(row!);
                continue;
            }
            // A line of text without a figure (a wrapped 项目简介) neither joins nor ends the run.
            if (row is not null && row.UnitCode is null && row.Figures.Count == 0 && !BodyLines.IsTotalLabel(row.Label.Trim())) continue;
            MarkCategories(run, result);
            run.Clear();
        }
        return result;
    }

    public static RowState ProjectOfUnit(RawRow row, ImmutableArray<ColumnSpec> columns, string unit, bool isCategory)
    {
        var label = row.Label.Trim();
        return new RowState(row, columns, [.. row.Figures])
        {
            Key = "|" + RowKeys.Squash(label),
            Kind = isCategory ? RowKind.Subtotal : RowKind.Detail,
            Label = label,
            Project = isCategory ? null : label,
            Unit = unit,
        };
    }

    private static void MarkCategories(List<RawRow> run, Dictionary<RawRow, bool> result)
    {
        var group = run.Any(IsProjectKind) ? KindTree(run) : SumTree(run);
        for (var i = 0; i < run.Count; i++) result[run[i]] = group[i];
    }

    /// <summary>Without kinds: a row is a group when the rows after it, two or more, or one that is a group itself, add up
    /// to its amount.</summary>
    private static bool[] SumTree(List<RawRow> run)
    {
        var group = new bool[run.Count];
        for (var i = run.Count - 1; i >= 0; i--)
        {
            var amount = run[i].Figures[0].Value;
            var sum = 0m;
            for (var j = i + 1; j < run.Count && sum < amount; j++)
            {
                sum += run[j].Figures[0].Value;
                var children = j - i;
                if (Math.Abs(sum - amount) <= 0.01m * children && (children >= 2 || group[j]))
                {
                    group[i] = true;
                    break;
                }
            }
        }
        return group;
    }

    /// <summary>Xi'an's project kinds (专用项目, 通用项目) over groups (其他履职尽责专项业务费, 办公场所租赁) over projects: under a
    /// kind, each group is followed by the projects adding up to it, however many (one project of the same amount too).</summary>
    private static bool IsProjectKind(RawRow row) => HeaderText.Fold(row.Label) is "专用项目" or "通用项目";

    private static bool[] KindTree(List<RawRow> run)
    {
        var group = new bool[run.Count];
        var i = 0;
        while (i < run.Count)
        {
            if (IsProjectKind(run[i]))
            {
                group[i++] = true;
                continue;
            }
            // A group: the rows after it up to the next kind that add up to its amount are its projects.
            var amount = run[i].Figures[0].Value;
            var sum = 0m;
            var end = -1;
            for (var j = i + 1; j < run.Count && !IsProjectKind(run[j]) && sum < amount + 0.01m; j++)
            {
                sum += run[j].Figures[0].Value;
                if (Math.Abs(sum - amount) <= 0.01m * (j - i))
                {
                    end = j;
                    break;
                }
            }
            if (end < 0)
            {
                i++; // no projects add up to it: a project itself
                continue;
            }
            group[i] = true;
            i = end + 1;
        }
        return group;
    }
}

/// <summary>What a row naming a unit is (<see cref="UnitRows.RoleOf"/>).</summary>
internal enum UnitRowRole { Unit, Total, SameAsTotal }
