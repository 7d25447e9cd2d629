using Yusuan.Core.Model;
using Yusuan.Core.Model.Schema;

namespace Yusuan.Core.Reading.Tables.Shapes;

/// <summary>The keys of a coded table's rows: a row's code (<c>2010301</c>, <c>30101</c>), a T7 project
/// <c>&lt;code&gt;|&lt;project&gt;</c>, <c>total</c> for 合计/总计 and for unit headers (the rows under a unit carry its
/// name); names of rows that print only a code from the other tables or the catalog; parents and children by code.</summary>
internal static class CodedKeys
{
    public static List<RowState> States(RawTable raw, DocumentContext ctx, DiagnosticBag diagnostics)
    {
        var template = raw.Template;
        var columns = ValueColumns.Of(raw);
        // A project table without a 项目名称 column (决算 公开07表) lists function codes only.
        var projects = template.HasProjects && raw.Header.Text.Contains("项目名称", StringComparison.Ordinal);
        var states = new List<RowState>();
        string? unit = null;
        RowState? previousCoded = null;
        var unitProjects = UnitRows.ProjectsUnderUnits(raw);
        foreach (var row in raw.Rows)
        {
            var label = row.Label.Trim();
            if (unit is not null && unitProjects.TryGetValue(row, out var isCategory))
            {
                states.Add(UnitRows.ProjectOfUnit(row, columns, unit, isCategory));
                continue;
            }
            if (row.Code is null && !BodyLines.IsTotalLabel(label) && row.Figures.Count == 0 && row.Project is null)
            {
                // A fragment left over from a name wrapped across a page break ("相关机构事务支出").
                var fn = previousCoded is { } p ? HeaderText.Fold(ctx.NameOf(template.Codes, p.Code!) ?? string.Empty) : string.Empty;
                var folded = HeaderText.Fold(label);
                if (folded.Length > 0 && fn.EndsWith(folded, StringComparison.Ordinal)) continue;
                if (folded.Length > 0) diagnostics.Info("read.table.stray-text", $"表中的文字“{label}”不属于任何行，已忽略。/ Text in a table belongs to no row.", row.Span);
                continue;
            }
            var s = new RowState(row, columns, [.. row.Figures]);
            if (row.Code is null)
            {
                // 总计/合计, or a row of figures with no name at all (002 表3 prints its total row without a label).
                // A table of the document's own unit with no 合计 row prints the unit's row as its total (B088 本级, 039).
                var role = UnitRows.RoleOf(row, label + (row.Project ?? string.Empty), raw, states, ctx);
                if (role == UnitRowRole.SameAsTotal)
                {
                    unit = null;
                    continue;
                }
                if (role == UnitRowRole.Total)
                {
                    s.Key = "total";
                    s.Kind = RowKind.Total;
                    s.Label = HeaderText.Fold(label.Length > 0 ? label : row.Project ?? string.Empty);
                    unit = null;
                }
                else
                {
                    unit = RowKeys.Squash(label + (row.Project ?? string.Empty));
                    s.Key = "total";
                    s.Kind = RowKind.UnitHeader;
                    s.Label = label;
                    s.Unit = unit;
                }
                states.Add(s);
                continue;
            }
            s.Unit = unit;
            s.Code = row.Code;
            var known = ctx.NameOf(template.Codes, row.Code);
            var depth = row.Code.Length;
            var isLeaf = template.Codes == CodeScheme.Economic ? depth == 5 : depth == 7;
            if (projects && isLeaf)
            {
                var (name, project) = SplitProject(label, row.Project, known);
                s.Label = name.Length > 0 ? name : known ?? string.Empty;
                if (project.Length > 0)
                {
                    s.Project = project;
                    s.Key = row.Code + "|" + RowKeys.Squash(project);
                    s.Kind = RowKind.Detail;
                }
                else
                {
                    s.Key = row.Code;
                    s.Kind = RowKind.Subtotal;
                }
            }
            else
            {
                s.Label = label.Length > 0 ? label : known ?? string.Empty;
                if (label.Length == 0 && known is null)
                {
                    diagnostics.Info("read.table.unnamed-code", $"科目编码 {row.Code} 没有名称，分类目录中也没有。/ Code {row.Code} has no name.", row.Span);
                }
                s.Key = row.Code;
                s.Kind = isLeaf ? RowKind.Detail : RowKind.Subtotal;
                if (label.Length > 0 && !projects) ctx.Learn(template.Codes, row.Code, label);
            }
            previousCoded = s;
            states.Add(s);
        }
        LinkCoded(states);
        return states;
    }

    /// <summary>Splits "其他政府办公厅（室）及相关机构事务支出 各项业务工作管理经费" into function name and project name, using the
    /// name the code has elsewhere (the name may be cut short by a page break).</summary>
    public static (string Name, string Project) SplitProject(string label, string? project, string? knownName)
    {
        if (project is not null) return (label, project.Trim());
        var squashed = RowKeys.Squash(label);
        if (knownName is not null)
        {
            var name = HeaderText.Fold(knownName);
            var i = 0;
            var j = 0;
            while (i < squashed.Length && j < name.Length)
            {
                var folded = HeaderText.Fold(squashed[i].ToString());
                if (folded.Length == 0)
                {
                    i++;
                    continue;
                }
                if (folded[0] != name[j]) break;
                i++;
                j++;
            }
            if (j >= Math.Min(4, name.Length) && j > 0) return (knownName, squashed[i..]);
        }
        var trimmed = label.Trim();
        var lastSpace = trimmed.LastIndexOf(' ');
        if (lastSpace > 0) return (trimmed[..lastSpace].Trim(), trimmed[(lastSpace + 1)..].Trim());
        return (knownName ?? string.Empty, trimmed);
    }

    private static void LinkCoded(List<RowState> states)
    {
        RowState? total = states.FirstOrDefault(s => s.Kind == RowKind.Total);
        var units = states.Where(s => s.Kind == RowKind.UnitHeader).ToList();
        RowState? scope = null;
        var open = new List<RowState>();
        foreach (var s in states)
        {
            if (s.Kind == RowKind.Total) continue;
            if (s.Kind == RowKind.UnitHeader)
            {
                scope = s;
                open.Clear();
                if (total is not null) total.AddChild(s);
                continue;
            }
            if (s.Code is null)
            {
                // A project printed under its unit without a code (ProjectsUnderUnits) is a part of the unit; a category
                // above projects is not (its projects are).
                if (s.Kind == RowKind.Detail) scope?.AddChild(s);
                continue;
            }
            RowState? parent = null;
            for (var i = open.Count - 1; i >= 0; i--)
            {
                var o = open[i];
                var properPrefix = o.Code!.Length < s.Code!.Length && s.Code.StartsWith(o.Code, StringComparison.Ordinal);
                var projectUnderItem = o.Code == s.Code && o.Project is null && s.Project is not null;
                if (properPrefix || projectUnderItem)
                {
                    if (parent is null || o.Code.Length > parent.Code!.Length || projectUnderItem) parent = o;
                }
            }
            if (parent is not null) parent.AddChild(s);
            else if (scope is not null) scope.AddChild(s);
            else if (total is not null && units.Count == 0) total.AddChild(s);
            open.Add(s);
        }
    }

    /// <summary>A 基本支出 table printed as two halves (人员经费 | 公用经费, 上海 决算 表6) ends each half with its own total
    /// (人员经费合计 2,152.26 | 公用经费合计 184.65): one 合计 row with each in its column, not two units.</summary>
    public static List<TableRow> SideTotals(List<TableRow> rows, List<TableColumn> columns)
    {
        var sides = rows.Where(r => r.Unit is { } u && SideOf(u) is not null).ToList();
        if (sides.Count == 0 || sides.Any(r => r.Kind != RowKind.UnitHeader || r.Cells.Count != 1) || rows.Any(r => r.Kind == RowKind.Total && r.Unit is null))
            return rows;
        if (sides.Select(r => SideOf(r.Unit!)).Distinct().Count() != sides.Count) return rows;
        var cells = sides.ToCellMap(r => SideOf(r.Unit!)!, r => r.Cells.Values[0]);
        foreach (var (key, header) in new[] { (Col.Personnel, "人员经费"), (Col.Public, "公用经费") })
        {
            if (cells.ContainsKey(key) && columns.All(c => c.Key != key)) columns.Add(new TableColumn(key, header));
        }
        var total = new TableRow { Key = "total", Label = "合计", Kind = RowKind.Total, Cells = cells, Span = sides[0].Span };
        var at = rows.IndexOf(sides[0]);
        var result = rows.Where(r => !sides.Contains(r)).ToList();
        result.Insert(Math.Min(at, result.Count), total);
        return result;
    }

    private static string? SideOf(string unit) => HeaderText.Fold(unit) switch
    {
        "人员经费合计" or "人员经费" => Col.Personnel,
        "公用经费合计" or "公用经费" => Col.Public,
        _ => null,
    };
}
