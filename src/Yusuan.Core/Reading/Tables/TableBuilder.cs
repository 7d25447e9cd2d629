using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Yusuan.Core.Model;
using Yusuan.Core.Model.Schema;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading.Tables;

/// <summary>
/// Turns raw rows into a <see cref="DisclosureTable"/>: decides row keys (codes, line keys, project keys, unit headers),
/// names rows that print only a code, and places every figure in a column — from the cell index (tab text), or with the
/// <see cref="ColumnSolver"/> plus, in this order, facts from other tables (funds the document does not have), domain
/// hints, the 类=Σ款=Σ项 hierarchy, mirrored tables, and header positions. What stays ambiguous keeps its alternatives
/// and is reported.
/// </summary>
internal static class TableBuilder
{
    public static DisclosureTable Build(RawTable raw, DocumentContext ctx, DiagnosticBag diagnostics)
    {
        var template = raw.Template;
        var states = template.Shape switch
        {
            TableShape.Coded => CodedStates(raw, ctx, diagnostics),
            TableShape.Lines => LineStates(raw, ctx, diagnostics),
            TableShape.Horizontal => HorizontalStates(raw, ctx),
            _ => ItemStates(raw, ctx, diagnostics),
        };

        var ownRows = new List<TableRow>(states.Count);
        foreach (var (columns, list) in ByColumns(states))
        {
            var keys = columns.Select(c => c.Key).ToArray();
            var identities = IndexIdentities(template, keys);
            var forbidden = Forbidden(columns, ctx, ownRows);
            if (raw.Mode == CellMode.Layout && template.Shape == TableShape.Coded) forbidden.UnionWith(Unprinted(columns, raw.Header));
            // Rows that print the same figures (a project repeated on its 类, 款 and 项 lines) under the same header have
            // the same readings.
            var solved = new Dictionary<(HeaderMap?, string), List<Assignment>>();
            foreach (var s in list) Candidates(s, raw, columns, identities, forbidden, solved, diagnostics);
            ApplyHints(list, template, keys);
            ApplyMirrors(list, template, ctx, keys);
            // Under a column-number line the numbers stand centred over narrow cells and the figures right-aligned in
            // them, a character or two off their number: only a clear lead decides before the hierarchy has judged.
            var numbered = raw.Mode == CellMode.Layout && raw.Header.NumberedFrom is not null;
            ApplyPositions(list, raw.Mode, numbered ? 2.0 : 1.0);
            Propagate(list, columns.Length);
            // Still ambiguous above the detail rows: take the likeliest reading of the topmost ambiguous row (a prior
            // the template declares) and let the hierarchy decide the rows below it; that row stays reported.
            var priority = Priority(template, keys);
            for (var round = 0; round < 8; round++)
            {
                var top = list.FirstOrDefault(s => s.Candidates.Count > 1 && s.Children.Count > 0 && (s.Parent is null || s.Parent.Candidates.Count == 1));
                if (top is null) break;
                top.Guessed = [.. top.Candidates];
                top.Candidates = [Likeliest(top.Candidates, priority)];
                Propagate(list, columns.Length);
            }
            if (numbered) ApplyPositions(list, raw.Mode, 1.0);
            ownRows.AddRange(list.Select(s => Finish(s, keys, priority, raw, diagnostics)));
        }

        var ordered = states.Select(s => s.Result!).ToList();
        var allColumns = TableColumns(states);
        if (allColumns.Count == 0) allColumns.AddRange(raw.Header.Columns.Select(c => new TableColumn(c.Key, c.Patterns.FirstOrDefault() ?? c.Key) { Printed = c.Printed, Parent = c.Parent }));
        if (template.Shape == TableShape.Horizontal) (ordered, allColumns) = Transpose(ordered, template, allColumns);
        if (template.Codes == CodeScheme.Economic) ordered = SideTotals(ordered, allColumns);

        var lastLine = raw.Lines.Count == 0 ? raw.Region.TitleIndex + 1 : raw.Lines.Max();
        return new DisclosureTable
        {
            Title = raw.Region.Title,
            Canonical = template.Canonical,
            Number = raw.Region.Number,
            Unit = raw.Region.Unit,
            PreparedBy = raw.Region.PreparedBy,
            Columns = [.. allColumns],
            Rows = [.. ordered],
            // A note saying the table is empty over printed money (007 表9: 47.91 and "故本表为空表") is a slip in the
            // document: the figures are read, the note is kept for the checker.
            IsDeclaredEmpty = raw.EmptyNote is not null && !ordered.Any(r => r.Cells.Values.Any(c => c.Value != 0)),
            EmptyNote = raw.EmptyNote,
            Span = new SourceSpan(raw.Region.TitleIndex + 1, lastLine),
        };
    }

    /// <summary>A 基本支出 table printed as two halves (人员经费 | 公用经费, 上海 决算 表6) ends each half with its own total
    /// (人员经费合计 2,152.26 | 公用经费合计 184.65): one 合计 row with each in its column, not two units.</summary>
    private static List<TableRow> SideTotals(List<TableRow> rows, List<TableColumn> columns)
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

    /// <summary>Rows grouped by the column list they are placed in, groups and rows in order of first appearance (rows
    /// share one or two lists, compared by reference).</summary>
    private static List<(ImmutableArray<ColumnSpec> Columns, List<RowState> Rows)> ByColumns(List<RowState> states)
    {
        var groups = new List<(ImmutableArray<ColumnSpec> Columns, List<RowState> Rows)>();
        foreach (var s in states)
        {
            var g = groups.FindIndex(x => x.Columns == s.Columns);
            if (g < 0)
            {
                groups.Add((s.Columns, []));
                g = groups.Count - 1;
            }
            groups[g].Rows.Add(s);
        }
        return groups;
    }

    /// <summary>The columns of all rows, each key once, in order of first appearance (rows share a few column lists, so
    /// each distinct list is walked once).</summary>
    private static List<TableColumn> TableColumns(List<RowState> states)
    {
        var lists = new List<ImmutableArray<ColumnSpec>>();
        foreach (var s in states)
        {
            if (!lists.Contains(s.Columns)) lists.Add(s.Columns);
        }
        var result = new List<TableColumn>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in lists)
        {
            foreach (var c in list)
            {
                if (seen.Add(c.Key)) result.Add(new TableColumn(c.Key, c.Patterns.FirstOrDefault() ?? c.Key) { Printed = c.Printed, Parent = c.Parent });
            }
        }
        return result;
    }

    // ------------------------------------------------------------------ row identification

    private static List<RowState> CodedStates(RawTable raw, DocumentContext ctx, DiagnosticBag diagnostics)
    {
        var template = raw.Template;
        var columns = ValueColumns(raw);
        // A project table without a 项目名称 column (决算 公开07表) lists function codes only.
        var projects = template.HasProjects && raw.Header.Text.Contains("项目名称", StringComparison.Ordinal);
        var states = new List<RowState>();
        string? unit = null;
        RowState? previousCoded = null;
        var unitProjects = ProjectsUnderUnits(raw);
        foreach (var row in raw.Rows)
        {
            var label = row.Label.Trim();
            if (unit is not null && unitProjects.TryGetValue(row, out var isCategory))
            {
                states.Add(ProjectOfUnit(row, columns, unit, isCategory));
                continue;
            }
            if (row.Code is null && !BodyReader.IsTotalLabel(label) && row.Figures.Count == 0 && row.Project is null)
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
                var role = UnitRowRoleOf(row, label + (row.Project ?? string.Empty), raw, states, ctx);
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
                    unit = Squash(label + (row.Project ?? string.Empty));
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
                    s.Key = row.Code + "|" + Squash(project);
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
        var squashed = Squash(label);
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

    private static List<RowState> LineStates(RawTable raw, DocumentContext ctx, DiagnosticBag diagnostics)
    {
        var template = raw.Template;
        var incomeColumns = ValueColumns(raw);
        var expenseColumns = template.ExpenseColumns.IsEmpty ? incomeColumns : template.ExpenseColumns;
        var states = new List<RowState>();
        var bare = new List<(RowState, LineSide)>();
        string? incomeContext = null;
        double? expenseStart = null;
        foreach (var row in raw.Rows)
        {
            if (row.Segments.Count >= 2) expenseStart = expenseStart is { } e ? Math.Min(e, row.Segments[1].Position) : row.Segments[1].Position;
        }
        foreach (var row in raw.Rows)
        {
            for (var i = 0; i < row.Segments.Count; i++)
            {
                var seg = row.Segments[i];
                var folded = HeaderText.FoldLabel(seg.Label);
                if (folded.Length == 0 && seg.Figures.Length == 0) continue;
                // A line whose income cells are empty starts at the expense side's cell (tab text) or column (layout text).
                var expenseByPosition = expenseStart is { } es && (raw.Mode == CellMode.Layout ? seg.Position >= es - 3 : raw.Mode == CellMode.Tabs && seg.Position >= es);
                var side = i > 0 || expenseByPosition ? LineSide.Expense : SideOf(seg.Label, template);
                var s = new RowState(row, side == LineSide.Expense ? expenseColumns : incomeColumns, [.. seg.Figures])
                {
                    Label = seg.Label.Trim(),
                    Kind = RowKind.Line,
                };
                if (side == LineSide.Income)
                {
                    var key = LineKey(folded, LineSide.Income, template, incomeContext);
                    if (key is null)
                    {
                        if (seg.Figures.Length == 0 && folded.Length <= 4) continue;
                        key = "line." + folded;
                        if (folded != "合计") diagnostics.Warning("read.table.unknown-line", $"收入项目“{seg.Label.Trim()}”不是已知的行。/ Unknown income line.", row.Span);
                    }
                    else
                    {
                        incomeContext = key;
                    }
                    s.Key = key;
                    if (key == "income.total") s.Kind = RowKind.Total;
                }
                else
                {
                    s.Key = ExpenseKey(seg.Label, template, ctx, out var code) ?? "line." + folded;
                    if (code is not null) s.Code = code;
                    if (s.Key == "expense.total") s.Kind = RowKind.Total;
                    if (s.Key.StartsWith("line.", StringComparison.Ordinal))
                    {
                        if (seg.Figures.Length == 0 && folded.Length <= 4) continue;
                        if (folded != "合计") diagnostics.Warning("read.table.unknown-line", $"支出项目“{seg.Label.Trim()}”不是已知的行。/ Unknown expense line.", row.Span);
                    }
                }
                if (s.Key == "line.合计") bare.Add((s, side));
                states.Add(s);
            }
        }
        BareTotals(states, bare);
        var total = states.FirstOrDefault(s => s.Key == "expense.total");
        if (total is not null)
        {
            foreach (var s in states.Where(s => s.Code is not null)) total.AddChild(s);
        }
        return states;
    }

    /// <summary>A side printing its grand total as a bare 合计 (021 表1: 本年收入合计 … 年初结转和结余 … 合计) and no
    /// 总计: its last 合计 is the side's total.</summary>
    private static void BareTotals(List<RowState> states, List<(RowState State, LineSide Side)> bare)
    {
        foreach (var side in new[] { LineSide.Income, LineSide.Expense })
        {
            var key = side == LineSide.Income ? "income.total" : "expense.total";
            if (states.Any(s => s.Key == key) || bare.LastOrDefault(b => b.Side == side).State is not { } last) continue;
            last.Key = key;
            last.Kind = RowKind.Total;
        }
    }

    private static LineSide SideOf(string label, TableTemplate template)
    {
        var folded = HeaderText.FoldLabel(label);
        var raw = HeaderText.Fold(label);
        if (raw.Length >= 3 && Tokenizer.IsDigits(raw[..3], 3) && raw[0] == '2') return LineSide.Expense;
        var named = template.LinesNamed(folded);
        var income = named.Any(r => r.Side == LineSide.Income);
        var expense = named.Any(r => r.Side == LineSide.Expense);
        if (income && !expense) return LineSide.Income;
        if (expense && !income) return LineSide.Expense;
        if (income) return LineSide.Income;
        return folded.Contains("支出", StringComparison.Ordinal) ? LineSide.Expense : LineSide.Income;
    }

    /// <summary>The line key for a label; where several lines share a label (一般公共预算拨款 as income or as carry-over),
    /// the one closest to the line above wins (longest common key prefix).</summary>
    private static string? LineKey(string folded, LineSide side, TableTemplate template, string? context)
    {
        string? best = null;
        var bestScore = -1;
        foreach (var rule in template.LinesNamed(folded))
        {
            if (rule.Side != side) continue;
            var score = context is null ? 0 : CommonPrefix(rule.Key, context);
            if (score > bestScore)
            {
                best = rule.Key;
                bestScore = score;
            }
        }
        return best;
    }

    private static int CommonPrefix(string a, string b)
    {
        var pa = a.Split('.');
        var pb = b.Split('.');
        var n = 0;
        while (n < pa.Length && n < pb.Length && pa[n] == pb[n]) n++;
        return n;
    }

    private static string? ExpenseKey(string label, TableTemplate template, DocumentContext ctx, out string? code)
    {
        code = null;
        var raw = HeaderText.Fold(label);
        if (raw.Length >= 3 && Tokenizer.IsDigits(raw[..3], 3) && raw[0] == '2')
        {
            code = raw[..3];
            ctx.Learn(CodeScheme.Function, code, raw[3..]);
            return "expense." + code;
        }
        var folded = HeaderText.FoldLabel(label);
        var rule = template.LinesNamed(folded).FirstOrDefault(r => r.Side == LineSide.Expense);
        if (rule is not null) return rule.Key;
        // A 类 named without its 支出 (Xi'an: "8、社会保障和就业") is that class.
        var entry = ctx.Catalog.FunctionsNamed(folded).FirstOrDefault(e => e.Level == CodeLevel.Class)
            ?? (folded.EndsWith("支出", StringComparison.Ordinal) ? null : ctx.Catalog.FunctionsNamed(folded + "支出").FirstOrDefault(e => e.Level == CodeLevel.Class));
        if (entry is not null)
        {
            code = entry.Code;
            return "expense." + entry.Code;
        }
        return folded.EndsWith("支出", StringComparison.Ordinal) ? "expense." + folded : null;
    }

    private static List<RowState> ItemStates(RawTable raw, DocumentContext ctx, DiagnosticBag diagnostics)
    {
        var template = raw.Template;
        var columns = ValueColumns(raw);
        var states = new List<RowState>();
        string? unit = null;
        var unitName = ctx.Meta.UnitName is { } u ? HeaderText.Fold(u) : null;
        foreach (var row in raw.Rows)
        {
            var label = row.Label.Trim();
            var folded = HeaderText.FoldLabel(label);
            var s = new RowState(row, columns, [.. row.Figures]) { Label = label };
            var rule = template.LinesNamed(folded).FirstOrDefault();
            if (rule is not null)
            {
                s.Key = rule.Key;
                s.Kind = rule.Key == "total" ? RowKind.Total : RowKind.Line;
                if (s.Kind == RowKind.Total) unit = null;
            }
            else if (template.ItemsKeyedByLabel && folded.Length > 0)
            {
                if (template.Canonical == TableId.T11 && IsUnitName(HeaderText.Fold(label), unitName))
                {
                    unit = Squash(label);
                    s.Key = "total";
                    s.Kind = RowKind.UnitHeader;
                    s.Unit = unit;
                }
                else
                {
                    s.Key = Squash(label);
                    s.Kind = RowKind.Detail;
                    s.Unit = unit;
                }
            }
            else
            {
                if (folded.Length == 0 && row.Figures.Count == 0) continue;
                diagnostics.Warning("read.table.unknown-line", $"表中的项目“{label}”不是已知的行。/ Unknown table line.", row.Span);
                s.Key = "line." + folded;
            }
            states.Add(s);
        }
        // Sums down the rows: the 三公 total = 因公出国 + 公务接待 + 公务用车, 公务用车 = 购置 + 运行; a total = Σ its items.
        var byKey = states.Where(s => s.Unit is null).GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.First());
        if (template.Lines.Any(r => r.Key == "vehicles"))
        {
            if (byKey.TryGetValue("total", out var t))
            {
                foreach (var k in new[] { "overseas", "reception", "vehicles" }) if (byKey.TryGetValue(k, out var c)) t.AddChild(c);
            }
            if (byKey.TryGetValue("vehicles", out var v))
            {
                foreach (var k in new[] { "vehicle_purchase", "vehicle_operation" }) if (byKey.TryGetValue(k, out var c)) v.AddChild(c);
            }
        }
        else if (template.ItemsKeyedByLabel)
        {
            var total = states.FirstOrDefault(s => s.Kind == RowKind.Total);
            RowState? scope = null;
            foreach (var s in states)
            {
                if (s.Kind == RowKind.Total) continue;
                if (s.Kind == RowKind.UnitHeader)
                {
                    scope = s;
                    total?.AddChild(s);
                    continue;
                }
                if (scope is not null) scope.AddChild(s);
                else total?.AddChild(s);
            }
        }
        return states;
    }

    private enum UnitRowRole { Unit, Total, SameAsTotal }

    /// <summary>What a row naming a unit (no classification code) is: the table's total (合计/总计, a row with no name, the
    /// document's own unit before any total, the department's code over its units' codes — 201 over 201001 — when no
    /// total came first); the total printed again (the department's row or the own unit under a 合计 with the same
    /// figures); or one of its units.</summary>
    private static UnitRowRole UnitRowRoleOf(RawRow row, string label, RawTable raw, List<RowState> states, DocumentContext ctx)
    {
        var total = states.FirstOrDefault(x => x.Kind == RowKind.Total && x.Unit is null);
        // The department's code over its units' (201 over 201001), or a one- or two-digit group code (Xi'an: 1 全额).
        var isGroup = row.UnitCode is { } code && (code.Length < 3 || raw.Rows.Any(r => r.UnitCode is { } other && other.Length > code.Length && other.StartsWith(code, StringComparison.Ordinal)));
        var isOwn = IsOwnUnit(label, ctx.Meta.UnitName);
        if ((isGroup || isOwn) && total is not null && total.Raw.Figures.Select(f => f.Value).SequenceEqual(row.Figures.Select(f => f.Value))) return UnitRowRole.SameAsTotal;
        if (isGroup && total is null) return UnitRowRole.Total;
        if (isOwn && !states.Any(x => x.Kind is RowKind.Total or RowKind.UnitHeader)) return UnitRowRole.Total;
        return BodyReader.IsTotalLabel(label) || HeaderText.Fold(label) is "合计" or "总计" or "" ? UnitRowRole.Total : UnitRowRole.Unit;
    }

    /// <summary>Whether a row's label names the document's own unit (（本级）/（汇总） and whitespace aside).</summary>
    private static bool IsOwnUnit(string label, string? unitName)
    {
        if (unitName is null) return false;
        static string Bare(string s) => HeaderText.Fold(s).Replace("(本级)", string.Empty, StringComparison.Ordinal).Replace("(汇总)", string.Empty, StringComparison.Ordinal);
        var own = Bare(unitName);
        return own.Length >= 4 && Bare(label) == own;
    }

    private static bool IsUnitName(string folded, string? unitName)
    {
        if (folded.Contains("(本级)", StringComparison.Ordinal)) return true;
        if (unitName is not null && unitName.Length >= 4 && folded.StartsWith(unitName[..Math.Min(6, unitName.Length)], StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>A horizontal table's rows: one (the table's figures), or one per unit and period, of which the latest
    /// year's are read (the earlier year and the 增减 change rows are not this year's disclosure); a unit row naming the
    /// department, or the department's code over its units', is the table's total.</summary>
    private static List<RowState> HorizontalStates(RawTable raw, DocumentContext ctx)
    {
        var columns = ValueColumns(raw);
        if (raw.Rows.Length <= 1) return [.. raw.Rows.Select(r => new RowState(r, columns, [.. r.Figures]) { Key = "total", Kind = RowKind.Total })];
        var latest = raw.Rows.Select(r => r.Period is { } p ? Periods.YearOf(p) : null).Max();
        var states = new List<RowState>();
        string? unit = null;
        var skip = false;
        var projects = ProjectsUnderUnits(raw);
        foreach (var row in raw.Rows)
        {
            // A row with no name continues the unit above with another period (Shenzhen: 本级 2025年 / 2026年 / 增减).
            var label = row.Label.Trim();
            if (unit is not null && !skip && projects.TryGetValue(row, out var isGroup))
            {
                states.Add(ProjectOfUnit(row, columns, unit, isGroup));
                continue;
            }
            // A row per measure (决算 公开09表 printed with 预算数 / 决算数 rows under the items): the items' cells of that
            // measure, transposed into rows by item afterwards.
            if (MeasureOf(label) is not null)
            {
                states.Add(new RowState(row, columns, [.. row.Figures])
                {
                    Key = "total",
                    Kind = RowKind.Total,
                    Label = label,
                });
                continue;
            }
            if (label.Length > 0)
            {
                var role = UnitRowRoleOf(row, label, raw, states, ctx);
                skip = role == UnitRowRole.SameAsTotal;
                unit = role == UnitRowRole.Unit ? Squash(label) : null;
            }
            if (skip || row.Period is { } period && Periods.YearOf(period) != latest) continue;
            states.Add(new RowState(row, columns, [.. row.Figures])
            {
                Key = "total",
                Kind = unit is null ? RowKind.Total : RowKind.UnitHeader,
                Label = label,
                Unit = unit,
            });
        }
        return states;
    }

    /// <summary>A project table printed by unit (Xi'an 专项业务经费支出表: 单位编码 | 单位（项目）名称 | 项目金额): the rows
    /// without a unit code under a unit row are that unit's categories and projects. A row is a category (true) when the
    /// rows after it, two or more, or one that is a category itself, add up to its amount; the others are projects (false).</summary>
    private static Dictionary<RawRow, bool> ProjectsUnderUnits(RawTable raw)
    {
        var result = new Dictionary<RawRow, bool>();
        if (raw.Template.Canonical != TableId.T7 || !raw.Rows.Any(r => r.UnitCode is { Length: >= 3 })) return result;
        var run = new List<RawRow>();
        foreach (var row in raw.Rows.Append(null))
        {
            var inRun = row is not null && row.UnitCode is null && row.Period is null && row.Figures.Count > 0
                && row.Label.Trim().Length > 0 && !BodyReader.IsTotalLabel(row.Label.Trim());
            if (inRun)
            {
                run.Add(row!);
                continue;
            }
            // A line of text without a figure (a wrapped 项目简介) neither joins nor ends the run.
            if (row is not null && row.UnitCode is null && row.Figures.Count == 0 && !BodyReader.IsTotalLabel(row.Label.Trim())) continue;
            MarkCategories(run, result);
            run.Clear();
        }
        return result;
    }

    private static RowState ProjectOfUnit(RawRow row, ImmutableArray<ColumnSpec> columns, string unit, bool isCategory)
    {
        var label = row.Label.Trim();
        return new RowState(row, columns, [.. row.Figures])
        {
            Key = "|" + Squash(label),
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

    /// <summary>A row label naming a measure rather than a unit or line: 预算数 (budget), 决算数 (final).</summary>
    private static string? MeasureOf(string label) => HeaderText.Fold(label) switch
    {
        "预算数" or "年初预算数" or "全年预算数" => "budget",
        "决算数" or "支出决算数" => "final",
        _ => null,
    };

    private static (List<TableRow> Rows, List<TableColumn> Columns) Transpose(List<TableRow> rows, TableTemplate template, List<TableColumn> columns)
    {
        // Rows 预算数 / 决算数 under the items (决算 公开09表): each item becomes a row with a budget and a final cell.
        var byMeasure = rows.Count > 1 && rows.All(r => r.Unit is null && MeasureOf(r.Label) is not null);
        if (template.TransposeInto is null && !byMeasure) return (rows, columns);
        var result = new List<TableRow>();
        var newColumns = new List<TableColumn>();
        foreach (var row in rows)
        {
            foreach (var (cellKey, cell) in row.Cells.OrderBy(c => columns.FindIndex(x => x.Key == c.Key)))
            {
                var key = byMeasure && !cellKey.Contains('.', StringComparison.Ordinal) ? cellKey + "." + MeasureOf(row.Label) : cellKey;
                var dot = key.IndexOf('.', StringComparison.Ordinal);
                var rowKey = dot > 0 ? key[..dot] : key;
                var column = dot > 0 ? key[(dot + 1)..] : template.TransposeInto ?? "total";
                if (!newColumns.Any(c => c.Key == column)) newColumns.Add(new TableColumn(column, column));
                var existing = result.FindIndex(r => r.Key == rowKey && r.Unit == row.Unit);
                if (existing >= 0)
                {
                    result[existing] = result[existing] with { Cells = result[existing].Cells.SetItem(column, cell) };
                }
                else
                {
                    result.Add(new TableRow
                    {
                        Key = rowKey,
                        // An item split by fund is labelled with the item's own header (因公出国(境)费), not its fund cell's.
                        Label = columns.FirstOrDefault(c => c.Key == rowKey)?.Header ?? columns.FirstOrDefault(c => c.Key == key)?.Header ?? rowKey,
                        Kind = rowKey != "total" ? RowKind.Line : row.Unit is null ? RowKind.Total : RowKind.UnitHeader,
                        Unit = row.Unit,
                        Cells = CellMap.Empty.Add(column, cell),
                        Span = row.Span,
                    });
                }
            }
        }
        return (result, newColumns);
    }

    // ------------------------------------------------------------------ column assignment

    private static List<IndexIdentity> IndexIdentities(TableTemplate template, string[] keys)
    {
        var result = new List<IndexIdentity>();
        foreach (var id in template.Identities)
        {
            var total = Array.IndexOf(keys, id.Total);
            if (total < 0) continue;
            var parts = id.Parts.Select(p => Array.IndexOf(keys, p)).Where(i => i >= 0).ToImmutableArray();
            if (parts.IsEmpty) continue;
            result.Add(new IndexIdentity(total, parts));
        }
        return result;
    }

    private static HashSet<int> Forbidden(ImmutableArray<ColumnSpec> columns, DocumentContext ctx, List<TableRow> ownRows)
    {
        var set = new HashSet<int>();
        for (var i = 0; i < columns.Length; i++)
        {
            if (columns[i].EmptyUnless is { } line && ctx.LineIsEmpty(line, ownRows) == true) set.Add(i);
        }
        return set;
    }

    /// <summary>Layout text: the columns the header does not print (<see cref="HeaderMap.Unprinted"/>) hold no figure.</summary>
    private static IEnumerable<int> Unprinted(ImmutableArray<ColumnSpec> columns, HeaderMap header)
    {
        foreach (var key in header.Unprinted)
        {
            if (IndexOfKey(columns, key) is var i && i >= 0) yield return i;
        }
    }

    private static void Candidates(RowState s, RawTable raw, ImmutableArray<ColumnSpec> columns, List<IndexIdentity> identities, HashSet<int> forbidden,
        Dictionary<(HeaderMap?, string), List<Assignment>> solved, DiagnosticBag diagnostics)
    {
        var figures = s.Figures;
        if (figures.Count == 0)
        {
            s.Candidates = [new Assignment([], 0, true)];
            return;
        }
        if (raw.Mode == CellMode.Tabs)
        {
            // Tab text: the cell index says the column (Lines tables: the offset after the label).
            var header = s.Raw.Header ?? raw.Header;
            var picked = new List<int>();
            var kept = new List<RawFigure>();
            foreach (var f in figures)
            {
                int c;
                if (raw.Template.Shape == TableShape.Lines) c = (int)f.Position < columns.Length ? (int)f.Position : columns.Length - 1;
                else
                {
                    var h = header.ColumnAtCell((int)f.Position);
                    c = h < 0 ? -1 : IndexOfKey(columns, header.Columns[h].Key);
                }
                if (c < 0 || picked.Contains(c))
                {
                    diagnostics.Warning("read.table.unplaced-figure", $"数字 {f.Printed} 不在任何栏目下。/ Figure {f.Printed} is under no column.", f.Span);
                    continue;
                }
                picked.Add(c);
                kept.Add(f);
            }
            // Cells come left to right, so the columns are nearly always in order already.
            if (!IsAscending(picked))
            {
                var order = Enumerable.Range(0, kept.Count).OrderBy(i => picked[i]).ToList();
                kept = [.. order.Select(i => kept[i])];
                picked = [.. order.Select(i => picked[i])];
            }
            s.Figures = kept;
            s.Candidates = [new Assignment([.. picked], 0, true)];
            s.Exact = true;
            return;
        }
        var values = figures.Select(f => f.Value).ToList();
        var positions = figures.Select(f => raw.Mode == CellMode.Layout ? f.Position : double.NaN).ToList();
        var layoutHeader = s.Raw.Header ?? raw.Header;
        var columnPositions = raw.Mode == CellMode.Layout
            ? columns.Select(c => IndexOfKey(layoutHeader.Columns, c.Key) is var h && h >= 0 ? layoutHeader.Positions[h] : null).ToList()
            : [.. columns.Select(_ => (double?)null)];
        // A page's own column-number line re-anchors its rows: the header is part of what a reading depends on.
        var solveKey = (raw.Mode == CellMode.Layout ? layoutHeader : null, SolveKey(values, positions));
        if (!solved.TryGetValue(solveKey, out var found)) solved[solveKey] = found = ColumnSolver.Solve(values, positions, columnPositions, identities, forbidden);
        // Each row narrows its own list (Propagate tells changes apart by reference).
        found = [.. found];
        if (found.Count == 0)
        {
            diagnostics.Warning("read.table.too-many-figures", $"这一行有 {figures.Count} 个数字，但表只有 {columns.Length - forbidden.Count} 个可用栏目。/ More figures than columns.", s.Raw.Span);
            var n = Math.Min(figures.Count, columns.Length);
            s.Figures = [.. figures.Take(n)];
            s.Candidates = [new Assignment([.. Enumerable.Range(0, n)], 0, false)];
            return;
        }
        if (!found[0].SatisfiesIdentities && identities.Count > 0)
        {
            diagnostics.Warning("read.table.identity-mismatch", $"这一行的数字（{string.Join(' ', figures.Select(f => f.Printed))}）无论怎样放入栏目都不满足表内合计关系。/ No column assignment satisfies the table's sums.", s.Raw.Span);
        }
        s.Candidates = found;
    }

    /// <summary>What the solver's answer depends on within one group of rows: the figures with their printed precision
    /// (5.0 and 5.00 round differently) and their positions.</summary>
    private static string SolveKey(List<decimal> values, List<double> positions)
    {
        var key = new StringBuilder();
        for (var i = 0; i < values.Count; i++)
        {
            key.Append(values[i].ToString(CultureInfo.InvariantCulture)).Append('@').Append(positions[i].ToString("R", CultureInfo.InvariantCulture)).Append(' ');
        }
        return key.ToString();
    }

    private static bool IsAscending(List<int> values)
    {
        for (var i = 1; i < values.Count; i++)
        {
            if (values[i] < values[i - 1]) return false;
        }
        return true;
    }

    /// <summary>Names inside keys have all whitespace removed, nothing else (spec/cells.md).</summary>
    private static string Squash(string text) => Text.Squash.Whitespace(text);

    private static int IndexOfKey(ImmutableArray<ColumnSpec> columns, string key)
    {
        for (var i = 0; i < columns.Length; i++)
        {
            if (columns[i].Key == key) return i;
        }
        return -1;
    }

    /// <summary>The columns rows are placed in: the template's (all of them, whatever a page's header shows), or for a
    /// table without a description the columns its header names.</summary>
    private static ImmutableArray<ColumnSpec> ValueColumns(RawTable raw)
    {
        if (raw.Template.Columns.IsEmpty) return raw.Header.Columns;
        // A horizontal table whose items split by fund has the header's item.fund columns.
        if (raw.Mode == CellMode.Tabs && raw.Template.Shape == TableShape.Horizontal && raw.Header.Columns.Any(c => c.Key.Contains('.', StringComparison.Ordinal)))
        {
            return raw.Header.Columns;
        }
        var own = AsPrinted(raw.Template.Columns, raw);
        if (raw.Mode != CellMode.Tabs || raw.Template.Shape != TableShape.Coded) return own;
        // Tab text names its columns from the header cells: columns the template does not describe keep their place.
        var extra = raw.Rows.Select(r => r.Header ?? raw.Header).Distinct().SelectMany(h => h.Columns)
            .Where(c => IndexOfKey(raw.Template.Columns, c.Key) < 0).DistinctBy(c => c.Key).ToList();
        return extra.Count == 0 ? own : own.AddRange(extra);
    }

    /// <summary>The template's columns, each with the header path the document prints over it where the header read one
    /// (a 其中 over 上缴上级支出 is kept with the column).</summary>
    private static ImmutableArray<ColumnSpec> AsPrinted(ImmutableArray<ColumnSpec> columns, RawTable raw)
    {
        if (!raw.Header.Columns.Any(c => c.Printed is not null || c.Parent is not null)) return columns;
        return [.. columns.Select(c => raw.Header.Columns.FirstOrDefault(h => h.Key == c.Key && (h.Printed is not null || h.Parent is not null)) is { } printed ? c with { Printed = printed.Printed, Parent = printed.Parent } : c)];
    }

    private static void ApplyHints(List<RowState> states, TableTemplate template, string[] keys)
    {
        if (template.Hints.IsEmpty) return;
        var hinted = template.Hints.Select(h => Array.IndexOf(keys, h.Column)).Where(i => i >= 0).ToHashSet();
        foreach (var s in states.Where(s => s.Candidates.Count > 1))
        {
            var folded = HeaderText.Fold(s.Label + (s.Project ?? string.Empty) + s.Key);
            var hint = template.Hints.FirstOrDefault(h =>
                (h.CodePrefix is not null && s.Code is not null && s.Code.StartsWith(h.CodePrefix, StringComparison.Ordinal))
                || (h.LabelContains is not null && folded.Contains(h.LabelContains, StringComparison.Ordinal)));
            if (hint is null) continue;
            var column = Array.IndexOf(keys, hint.Column);
            if (column < 0) continue;
            var preferred = s.Candidates.Where(a => a.Uses(column) && !a.Columns.Any(c => c != column && hinted.Contains(c))).ToList();
            if (preferred.Count > 0) s.Candidates = preferred;
        }
    }

    /// <summary>Above this many combinations of readings a parent and its children are left to the other rules.</summary>
    private const long MaxCombinations = 4_096;

    private static readonly Assignment[] NoReading = [new Assignment([], 0, true)];

    /// <summary>Hierarchy: a parent's figure in each column is the sum of its children's (类=Σ款=Σ项, 总计=Σ类, a unit's
    /// subtotal = Σ its rows). Keeps only the assignments that take part in a consistent combination.</summary>
    public static void Propagate(List<RowState> states, int columnCount)
    {
        var groups = states.Where(s => s.Children.Count > 0).ToList();
        for (var pass = 0; pass < 6; pass++)
        {
            var changed = false;
            foreach (var parent in groups)
            {
                // Nothing to learn again from a group whose readings have not changed since it was last looked at.
                if (parent.PropagatedWith is { } seen && Unchanged(parent, seen)) continue;
                var seenNow = new List<Assignment>[parent.Children.Count + 1];
                seenNow[0] = parent.Candidates;
                for (var i = 0; i < parent.Children.Count; i++) seenNow[i + 1] = parent.Children[i].Candidates;
                parent.PropagatedWith = seenNow;
                // A child's column pattern must fit its parent's: a child cannot fill a column the parent leaves empty.
                if (parent.Candidates.Count == 1)
                {
                    var used = parent.Candidates[0].Columns;
                    foreach (var child in parent.Children)
                    {
                        if (child.Candidates.Count <= 1) continue;
                        var fits = 0;
                        foreach (var a in child.Candidates)
                        {
                            if (a.Within(used)) fits++;
                        }
                        if (fits > 0 && fits < child.Candidates.Count)
                        {
                            var fitting = child.Candidates.Where(a => a.Within(used)).ToList();
                            child.Candidates = fitting;
                            changed = true;
                        }
                    }
                }
                long product = Math.Max(1, parent.Candidates.Count);
                foreach (var m in parent.Children)
                {
                    if (product > MaxCombinations) break;
                    product *= Math.Max(1, m.Candidates.Count);
                }
                if (product <= 1 || product > MaxCombinations) continue;
                var members = new List<RowState>(parent.Children.Count + 1) { parent };
                members.AddRange(parent.Children);
                // A member without readings takes part with all its cells empty.
                var figures = new IReadOnlyList<RawFigure>[members.Count];
                var readings = new IReadOnlyList<Assignment>[members.Count];
                for (var m = 0; m < members.Count; m++)
                {
                    figures[m] = members[m].Figures;
                    readings[m] = members[m].Candidates.Count == 0 ? NoReading : members[m].Candidates;
                }
                if (ConsistentReadings.Find(figures, readings, columnCount) is not { } keep || !keep[0].Contains(true)) continue;
                for (var m = 0; m < members.Count; m++)
                {
                    var kept = keep[m];
                    if (members[m].Candidates.Count > 0 && kept.Contains(false))
                    {
                        members[m].Candidates = [.. members[m].Candidates.Where((_, i) => kept[i])];
                        changed = true;
                    }
                }
            }
            if (!changed) break;
        }
    }

    private static bool Unchanged(RowState parent, List<Assignment>[] seen)
    {
        if (seen.Length != parent.Children.Count + 1 || !ReferenceEquals(seen[0], parent.Candidates)) return false;
        for (var i = 0; i < parent.Children.Count; i++)
        {
            if (!ReferenceEquals(seen[i + 1], parent.Children[i].Candidates)) return false;
        }
        return true;
    }

    /// <summary>A table that repeats another's figures (T5 repeats T3 for 一般公共预算 money) puts them in the same columns.</summary>
    private static void ApplyMirrors(List<RowState> states, TableTemplate template, DocumentContext ctx, string[] keys)
    {
        foreach (var id in template.Mirrors)
        {
            var other = ctx.Table(id);
            if (other is null) continue;
            foreach (var s in states.Where(s => s.Candidates.Count > 1))
            {
                var row = other.Row(s.Key, s.Unit);
                if (row is null) continue;
                var scored = s.Candidates.Select(a => (a, score: Enumerable.Range(0, a.Columns.Length).Count(i =>
                    row.Cells.TryGetValue(keys[a.Columns[i]], out var cell) && cell.Value == s.Figures[i].Value))).ToList();
                var max = scored.Max(x => x.score);
                if (max > 0) s.Candidates = [.. scored.Where(x => x.score == max).Select(x => x.a)];
            }
        }
    }

    private static void ApplyPositions(List<RowState> states, CellMode mode, double lead)
    {
        if (mode != CellMode.Layout) return;
        foreach (var s in states.Where(s => s.Candidates.Count > 1))
        {
            var ordered = s.Candidates.OrderBy(a => a.PositionCost).ToList();
            if (ordered[1].PositionCost - ordered[0].PositionCost >= lead) s.Candidates = [ordered[0]];
        }
    }

    /// <summary>How likely each column is to hold a figure, lower first: the template's declared order of likelihood,
    /// then the printed order.</summary>
    private static int[] Priority(TableTemplate template, string[] keys) =>
        [.. keys.Select((k, i) => template.LikelyColumns.IndexOf(k) is var p && p >= 0 ? p : 100 + i)];

    /// <summary>The first of the readings whose columns are likeliest together (<see cref="Priority"/>).</summary>
    private static Assignment Likeliest(List<Assignment> candidates, int[] priority)
    {
        var best = candidates[0];
        var bestScore = Score(best);
        for (var i = 1; i < candidates.Count; i++)
        {
            var score = Score(candidates[i]);
            if (score < bestScore)
            {
                best = candidates[i];
                bestScore = score;
            }
        }
        return best;

        int Score(Assignment a)
        {
            var sum = 0;
            foreach (var c in a.Columns) sum += priority[c];
            return sum;
        }
    }

    private static TableRow Finish(RowState s, string[] keys, int[] priority, RawTable raw, DiagnosticBag diagnostics)
    {
        var options = s.Guessed ?? s.Candidates;
        var ambiguous = options.Count > 1;
        var chosen = s.Candidates.Count == 0 ? new Assignment([], 0, true)
            : s.Guessed is not null ? s.Candidates[0]
            : Likeliest(s.Candidates, priority);
        var cells = CellMap.CreateBuilder();
        for (var i = 0; i < chosen.Columns.Length && i < s.Figures.Count; i++)
        {
            var f = s.Figures[i];
            var key = keys[chosen.Columns[i]];
            var alternatives = ambiguous
                ? options.Where(a => i < a.Columns.Length).Select(a => keys[a.Columns[i]]).Where(k => k != key).Distinct().ToImmutableArray()
                : [];
            var cell = new Cell(f.Value, f.Span) { Alternatives = alternatives, Printed = Numbers.IsPlain(f.Printed, f.Value) ? null : f.Printed };
            cells[key] = cell;
        }
        if (ambiguous)
        {
            diagnostics.Add(new ParseDiagnostic(DiagnosticSeverity.Warning, "read.table.ambiguous-columns",
                $"无法确定“{s.Label}”一行的数字属于哪些栏目，暂按 {chosen.Describe(keys)} 读取。/ Columns of row '{s.Key}' are ambiguous.", s.Raw.Span)
            {
                Candidates = [.. options.Select(a => a.Describe(keys))],
            });
        }
        FunctionCode? function = null;
        EconomicCode? economic = null;
        if (s.Code is not null)
        {
            if (raw.Template.Codes == CodeScheme.Economic && EconomicCode.TryParse(s.Code, out var e)) economic = e;
            else if (FunctionCode.TryParse(s.Code, out var fc)) function = fc;
        }
        s.Result = new TableRow
        {
            Key = s.Key,
            Label = s.Label,
            Kind = s.Kind,
            FunctionCode = function,
            EconomicCode = economic,
            Project = s.Project,
            Unit = s.Unit,
            Cells = cells.ToImmutable(),
            Span = s.Raw.Span,
        };
        return s.Result;
    }
}

/// <summary>A row while its columns are being decided.</summary>
internal sealed class RowState(RawRow raw, ImmutableArray<ColumnSpec> columns, List<RawFigure> figures)
{
    public RawRow Raw { get; } = raw;

    public ImmutableArray<ColumnSpec> Columns { get; } = columns;

    public List<RawFigure> Figures { get; set; } = figures;

    public string Key { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    public RowKind Kind { get; set; } = RowKind.Detail;

    public string? Code { get; set; }

    public string? Project { get; set; }

    public string? Unit { get; set; }

    public bool Exact { get; set; }

    public List<Assignment> Candidates { get; set; } = [];

    public List<RowState> Children { get; } = [];

    public TableRow? Result { get; set; }

    public RowState? Parent { get; private set; }

    /// <summary>The candidate lists of this row and its children when <see cref="TableBuilder.Propagate"/> last looked at
    /// them (every narrowing assigns a new list, so an unchanged reference means unchanged readings).</summary>
    public List<Assignment>[]? PropagatedWith { get; set; }

    /// <summary>The readings a row had before a prior chose one (reported as ambiguous).</summary>
    public List<Assignment>? Guessed { get; set; }

    public void AddChild(RowState child)
    {
        Children.Add(child);
        child.Parent = this;
    }

    public decimal? ValueIn(int candidate, int column)
    {
        if (Candidates.Count == 0) return null;
        var a = Candidates[candidate];
        for (var i = 0; i < a.Columns.Length && i < Figures.Count; i++)
        {
            if (a.Columns[i] == column) return Figures[i].Value;
        }
        return null;
    }
}
