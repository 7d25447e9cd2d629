using System.Collections.Immutable;
using Yusuan.Core.Model;
using Yusuan.Core.Model.Schema;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading.Tables;

/// <summary>
/// The columns of a tab-separated (ruled) table header read from what its cells say, not from a template: each value
/// column's header path (the cell over it in every header row, a lower cell bounded by the span of the one above) is
/// looked up in the national <see cref="HeaderVocabulary"/>. A template's column words only decide where the
/// vocabulary has no word, so a province whose template is not in the repository is still read column by column.
/// </summary>
internal static class ConceptHeader
{
    /// <summary>One header column: its cell index and the header texts over it, top to bottom.</summary>
    internal readonly record struct HeaderColumn(int Cell, ImmutableArray<string> Path);

    public static HeaderMap Build(ImmutableArray<ColumnSpec> templateColumns, TableId? role, IReadOnlyList<SourceLine> headerLines)
    {
        var rows = Rows(headerLines);
        var text = string.Concat(headerLines.Select(l => l.Folded));
        var labels = new LabelColumns();
        var specs = new List<ColumnSpec>();
        var positions = new List<double?>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var paths = new List<ImmutableArray<string>>();
        foreach (var column in Paths(rows))
        {
            var leaf = column.Path[^1];
            var concept = HeaderVocabulary.Find(leaf);
            if (concept is { Kind: ConceptKind.Label } || concept is null && IsLabelWord(leaf))
            {
                labels.Add(leaf, column.Cell);
                continue;
            }
            var key = KeyFor(column.Path, role, templateColumns);
            // The fund a table is about (一般公共预算 in T5, 政府性基金 in T8) heading its money is the table's total.
            // 财政拨款支出 heading a 财政拨款支出预算表 (西南大学) is its total as well.
            if ((key == OwnFund(role) || key == Col.Fiscal && role == TableId.T5) && !used.Contains(Col.Total)) key = Col.Total;
            key = Unique(key, column.Path, role, used);
            used.Add(key);
            var printed = string.Concat(column.Path);
            var spec = templateColumns.FirstOrDefault(c => c.Key == key) is { } named
                ? named.Patterns.FirstOrDefault() == printed ? named : named with { Printed = printed }
                : new ColumnSpec(key, [printed]);
            specs.Add(spec);
            paths.Add(column.Path);
            positions.Add(column.Cell);
        }
        WithParents(specs, paths);
        // Codes with figures between them are two tables printed side by side (编码 名称 决算数 | 编码 名称 决算数), each
        // half's code its own row's: read as before, from the row's first cell.
        // So are 类 | 款 code cells printed twice (上海 决算 表6: 类 款 名称 决算数 | 类 款 名称 决算数).
        var halves = labels.Codes.Count > 1 ? labels.Codes : labels.Classes;
        var sideBySide = halves.Count > 1 && positions.Any(p => p > halves[0] && p < halves[^1]);
        if (sideBySide && halves[0] == 0)
        {
            var half = halves[1];
            var keep = Enumerable.Range(0, specs.Count).Where(k => positions[k] < half).ToList();
            return HeaderMap.FromTabColumns([.. keep.Select(k => specs[k])], [.. keep.Select(k => positions[k])], text, labels.Class, labels.Section, labels.Item,
                labels.Name, labels.Project, [], labels.Ordinal, half, Width(headerLines), [.. labels.UnitCodes]);
        }
        return HeaderMap.FromTabColumns([.. specs], [.. positions], text, labels.Class, labels.Section, labels.Item, labels.Name, labels.Project,
            sideBySide ? [] : [.. labels.Codes], labels.Ordinal, null, Width(headerLines), [.. labels.UnitCodes]);
    }

    /// <summary>Each column under a group that prints its own 小计 (当年预算: 小计 | 基本支出 | 项目支出; 上年结转结余: 小计 |
    /// …) gets that subtotal as its parent, the nearest group first.</summary>
    private static void WithParents(List<ColumnSpec> specs, List<ImmutableArray<string>> paths)
    {
        for (var i = 0; i < specs.Count; i++)
        {
            var path = paths[i];
            for (var depth = path.Length - 1; depth >= 1; depth--)
            {
                var subtotal = -1;
                for (var j = 0; j < specs.Count && subtotal < 0; j++)
                {
                    if (j == i || paths[j].Length != depth + 1 || !SamePrefix(paths[j], path, depth)) continue;
                    if (IsGroupTotal(paths[j][^1])) subtotal = j;
                }
                if (subtotal < 0) continue;
                specs[i] = specs[i] with { Parent = specs[subtotal].Key };
                break;
            }
        }
    }

    /// <summary>A group's own total: 小计/合计, or 金额 beside a 其中 (事业收入: 金额 | 其中:教育收费).</summary>
    private static bool IsGroupTotal(string leaf) => leaf == "金额" || HeaderVocabulary.Find(leaf)?.Kind == ConceptKind.Subtotal;

    private static bool SamePrefix(ImmutableArray<string> a, ImmutableArray<string> b, int length)
    {
        for (var k = 0; k < length; k++)
        {
            if (a[k] != b[k]) return false;
        }
        return true;
    }

    /// <summary>How many cells the header lines span (trailing empty cells left out).</summary>
    private static int Width(IReadOnlyList<SourceLine> headerLines) =>
        headerLines.Where(l => !HeaderMap.IsNumbering(l.Text)).Select(l => l.Text.TrimEnd().Split('\t').Length).DefaultIfEmpty(0).Max();

    private static string? OwnFund(TableId? role) => role switch
    {
        TableId.T5 or TableId.T6 or TableId.T7 => Col.Gpb,
        TableId.T8 => Col.Gf,
        TableId.T9 => Col.Sc,
        _ => null,
    };

    /// <summary>The folded header rows (column-number lines left out), one array of cells per line.</summary>
    private static List<string[]> Rows(IReadOnlyList<SourceLine> headerLines)
    {
        var rows = new List<string[]>(headerLines.Count);
        foreach (var l in headerLines)
        {
            if (HeaderMap.IsNumbering(l.Text)) continue;
            var cells = l.Text.Split('\t');
            for (var c = 0; c < cells.Length; c++) cells[c] = HeaderText.Fold(cells[c]);
            if (cells.Any(c => c.Length > 0)) rows.Add(cells);
        }
        return rows;
    }

    /// <summary>Every cell index with some header text over it, with its path: in each header row, the nearest cell at or
    /// left of the index that starts inside the span of the path's previous cell.</summary>
    internal static List<HeaderColumn> Paths(List<string[]> rows)
    {
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Length);
        var result = new List<HeaderColumn>(width);
        for (var i = 0; i < width; i++)
        {
            var path = ImmutableArray.CreateBuilder<string>(rows.Count);
            var from = 0;
            var ownsIndex = false;
            foreach (var row in rows)
            {
                for (var j = Math.Min(i, row.Length - 1); j >= from; j--)
                {
                    if (row[j].Length == 0) continue;
                    path.Add(row[j]);
                    from = j;
                    ownsIndex |= j == i;
                    break;
                }
            }
            // An index no header cell starts at, under a cell that does not span it either (a label column's second
            // cell, a figure column whose header is printed further left) holds nothing of its own.
            if (path.Count == 0 || !ownsIndex && !SpansIndex(rows, i)) continue;
            result.Add(new HeaderColumn(i, path.ToImmutable()));
        }
        return result;
    }

    /// <summary>Whether the deepest header cell over index <paramref name="i"/> is a group spanning it: some header row
    /// has a cell starting at <paramref name="i"/> or further right under the same group.</summary>
    private static bool SpansIndex(List<string[]> rows, int i)
    {
        for (var r = 1; r < rows.Count; r++)
        {
            if (i < rows[r].Length && rows[r][i].Length > 0) return true;
        }
        return false;
    }

    private static string KeyFor(ImmutableArray<string> path, TableId? role, ImmutableArray<ColumnSpec> templateColumns)
    {
        var key = HeaderVocabulary.KeyOf(path, role) ?? "col." + string.Concat(path);
        if (templateColumns.Any(c => c.Key == key)) return key;
        // The vocabulary names the column in words the template does not use, or not at all: a template word that
        // names the leaf (or the whole path) in full decides (年初结转和结余 is T8's carry_begin, not a carry-over group).
        var leaf = path[^1];
        var whole = string.Concat(path);
        ColumnSpec? best = null;
        var bestLength = 0;
        foreach (var c in templateColumns)
        {
            var length = Math.Max(c.MatchLength(leaf) == leaf.Length ? leaf.Length : 0, c.Patterns.Contains(whole) ? whole.Length : 0);
            if (length > bestLength)
            {
                best = c;
                bestLength = length;
            }
        }
        if (best is not null) return best.Key;
        if (key.StartsWith("col.", StringComparison.Ordinal))
        {
            foreach (var c in templateColumns)
            {
                var length = c.MatchLength(whole);
                if (length > bestLength)
                {
                    best = c;
                    bestLength = length;
                }
            }
            if (best is not null) return best.Key;
        }
        return key;
    }

    /// <summary>A key already given to a column further left: the same concept under another group (基本支出 under
    /// 上年结转结余 after 基本支出 under 当年预算) takes the group's prefix, anything else its printed path.</summary>
    private static string Unique(string key, ImmutableArray<string> path, TableId? role, HashSet<string> used)
    {
        if (!used.Contains(key)) return key;
        if (path.Length > 1 && HeaderVocabulary.KeyOf([path[0]], role) is { } group && !group.StartsWith("col.", StringComparison.Ordinal))
        {
            if (!used.Contains(group) && HeaderVocabulary.Find(path[^1])?.Kind == ConceptKind.Subtotal) return group;
            var prefixed = group + "_" + key;
            if (!used.Contains(prefixed)) return prefixed;
        }
        var printed = "col." + string.Concat(path);
        var n = 2;
        var candidate = printed;
        while (used.Contains(candidate)) candidate = printed + "#" + n++;
        return candidate;
    }

    private static bool IsLabelWord(string folded) =>
        folded.Contains("名称", StringComparison.Ordinal) || folded.Contains("编码", StringComparison.Ordinal) || folded.Contains("代码", StringComparison.Ordinal)
        || folded.Contains("科目", StringComparison.Ordinal) && !folded.Contains("支出", StringComparison.Ordinal) || folded is "项目" or "单位" or "序号";

    /// <summary>Where the label columns stand: 类/款/项 code cells, the row name, a project name.</summary>
    private sealed class LabelColumns
    {
        public int? Class { get; private set; }
        public int? Section { get; private set; }
        public int? Item { get; private set; }
        public int? Name { get; private set; }
        public int? Project { get; private set; }
        public int? Ordinal { get; private set; }

        /// <summary>Cells printing a whole classification code (科目编码, 部门经济科目编码 and 政府经济科目编码 side by side).</summary>
        public List<int> Codes { get; } = [];

        /// <summary>Every cell headed 类 (two when two tables are printed side by side).</summary>
        public List<int> Classes { get; } = [];

        /// <summary>Cells printing a unit's own code (单位编码).</summary>
        public List<int> UnitCodes { get; } = [];

        public void Add(string leaf, int cell)
        {
            switch (leaf)
            {
                case "类": Class ??= cell; Classes.Add(cell); return;
                case "款": Section ??= cell; return;
                case "项": Item ??= cell; return;
                case "序号" or "行次" or "栏次": Ordinal ??= cell; return;
            }
            if (leaf.Contains("项目名称", StringComparison.Ordinal)) Project ??= cell;
            else if (HeaderMap.IsUnitCodeHeader(leaf)) UnitCodes.Add(cell);
            else if (leaf.Contains("编码", StringComparison.Ordinal) || leaf.Contains("代码", StringComparison.Ordinal) || leaf.EndsWith("编号", StringComparison.Ordinal)) Codes.Add(cell);
            else Name ??= cell;
        }
    }
}
