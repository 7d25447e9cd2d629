using System.Collections.Immutable;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading.Tables;

/// <summary>
/// The value columns a table has, in printed order, with where each stands: the cell index in tab-separated text
/// (exact), the character column of its header in pdftotext -layout text (approximate), or nothing for PDF text whose
/// empty cells vanished (then the column-assignment solver decides from the table's identities).
/// </summary>
public sealed class HeaderMap
{
    private HeaderMap(ImmutableArray<ColumnSpec> columns, ImmutableArray<double?> positions, bool exact, string text)
    {
        Columns = columns;
        Positions = positions;
        Exact = exact;
        Text = text;
    }

    public ImmutableArray<ColumnSpec> Columns { get; }

    public ImmutableArray<double?> Positions { get; }

    /// <summary>Tab mode: a figure's cell index names its column.</summary>
    public bool Exact { get; }

    /// <summary>The folded header text (all header lines).</summary>
    public string Text { get; }

    /// <summary>Layout text: keys of the columns whose header words stand nowhere in a header that places at least two
    /// other columns (a 决算 公开07表 prints four of T7's eleven economic columns). Wrapped header words still count as
    /// printed: a column whose words are all four characters or longer is unprinted only when no pattern occurs in the header text and no header word begins one of its
    /// patterns (unless that word is itself another column's pattern: 资本性支出 is not the start of 资本性支出(基本建设)).</summary>
    public ImmutableArray<string> Unprinted { get; private init; } = [];

    public int? ClassIndex { get; private init; }
    public int? SectionIndex { get; private init; }
    public int? ItemIndex { get; private init; }
    public int? NameIndex { get; private init; }
    public int? ProjectIndex { get; private init; }

    /// <summary>Tab mode: cells printing a whole code (科目编码); several (部门经济 × 政府经济) make a cross-classified key.</summary>
    public ImmutableArray<int> CodeIndexes { get; private init; } = [];

    /// <summary>Tab mode: cells printing a unit's own code (单位编码: 201 for the department, 201001 for its units), which is
    /// neither a classification code nor part of the unit's name.</summary>
    public ImmutableArray<int> UnitCodeIndexes { get; private init; } = [];

    /// <summary>Tab mode: the 序号 / 行次 cell, which is neither label nor figure.</summary>
    public int? OrdinalIndex { get; private init; }

    /// <summary>Tab mode: two tables printed side by side (编码 名称 金额 | 编码 名称 金额); the cell where the right half starts,
    /// whose cells are read as a row of their own with the left half's columns.</summary>
    public int? HalfWidth { get; private init; }

    /// <summary>Tab mode: the cells under the latest of several periods printed side by side (2021年 | 2022年 | 增减变化情况,
    /// Xi'an's 三公 table): figures outside it belong to another year and to no column of this table.</summary>
    public (int From, int To)? Period { get; private init; }

    /// <summary>Tab mode: how many cells the header rows span.</summary>
    public int Width { get; private init; }

    /// <summary>Layout text with a column-number line: the character column where the first numbered (value) column
    /// begins. Whatever stands right of it is a cell of a value column, so a bare integer there is a figure.</summary>
    public double? NumberedFrom { get; private init; }

    public int IndexOf(string key)
    {
        for (var i = 0; i < Columns.Length; i++)
        {
            if (Columns[i].Key == key) return i;
        }
        return -1;
    }

    /// <summary>Tab mode: the column a figure in cell <paramref name="cell"/> belongs to. A figure past the last column
    /// belongs to the last column (trailing empty header cells shift the figures of some generators by one).</summary>
    public int ColumnAtCell(int cell)
    {
        if (Period is { } period && (cell < period.From || cell >= period.To)) return -1;
        var best = -1;
        var max = -1.0;
        for (var i = 0; i < Columns.Length; i++)
        {
            if (Positions[i] is not { } p) continue;
            if (Math.Abs(p - cell) < 0.1) return i;
            if (p > max)
            {
                max = p;
                best = i;
            }
        }
        return cell > max ? best : -1;
    }

    /// <summary>A tab-separated header read by <see cref="ConceptHeader"/>: the value columns with their cell indexes and the
    /// label cells.</summary>
    internal static HeaderMap FromTabColumns(ImmutableArray<ColumnSpec> columns, ImmutableArray<double?> cells, string text,
        int? classIndex, int? sectionIndex, int? itemIndex, int? nameIndex, int? projectIndex, ImmutableArray<int> codeIndexes, int? ordinalIndex, int? halfWidth, int width,
        ImmutableArray<int> unitCodeIndexes = default) =>
        new(columns, cells, true, text)
        {
            ClassIndex = classIndex,
            SectionIndex = sectionIndex,
            ItemIndex = itemIndex,
            NameIndex = nameIndex,
            ProjectIndex = projectIndex,
            CodeIndexes = codeIndexes,
            UnitCodeIndexes = unitCodeIndexes.IsDefault ? [] : unitCodeIndexes,
            OrdinalIndex = ordinalIndex,
            HalfWidth = halfWidth,
            Width = width,
        };

    /// <summary>A header cell naming a unit's own code column (单位编码, 部门代码, 预算单位编码).</summary>
    internal static bool IsUnitCodeHeader(string folded) =>
        !folded.Contains("科目", StringComparison.Ordinal)
        && (folded.Contains("单位编码", StringComparison.Ordinal) || folded.Contains("单位代码", StringComparison.Ordinal) || folded.Contains("单位编号", StringComparison.Ordinal)
            || folded.Contains("部门编码", StringComparison.Ordinal) || folded.Contains("部门代码", StringComparison.Ordinal));

    /// <summary>Tab mode: whether a value column stands exactly at cell <paramref name="cell"/>.</summary>
    public bool IsValueCell(int cell)
    {
        foreach (var p in Positions)
        {
            if (p is { } v && Math.Abs(v - cell) < 0.1) return true;
        }
        return false;
    }

    /// <summary>Tab mode: whether cell <paramref name="cell"/> stands right of every value column (a 项目简介 or 备注 cell).</summary>
    public bool IsPastValues(int cell) => LastValueCell is { } last && cell > last + 0.1;

    /// <summary>Tab mode: the cell of the rightmost value column (asked of every cell of every row: computed once).</summary>
    private double? LastValueCell => lastValueCell ??= Positions.Max();

    private double? lastValueCell;

    public static HeaderMap Empty(ImmutableArray<ColumnSpec> columns) =>
        new(columns, [.. columns.Select(_ => (double?)null)], false, string.Empty);

    /// <summary>Header words the template knows, counted over the folded header text (used to pick an edition).</summary>
    public static int Recognised(ImmutableArray<ColumnSpec> columns, string foldedHeader)
    {
        // Runs for every template on every table: a plain loop (LINQ over an ImmutableArray boxes it).
        var n = 0;
        foreach (var c in columns)
        {
            if (c.MatchLength(foldedHeader) > 0) n++;
        }
        return n;
    }

    /// <param name="fundsUnderItems">A horizontal table whose items may each split into fund cells (Shenzhen's 三公 table:
    /// 因公出国(境)费 over 一般公共预算 | 政府性基金预算 | 国有资本经营预算): such a cell is the column
    /// <c>item.fund</c>.</param>
    public static HeaderMap Build(ImmutableArray<ColumnSpec> columns, IReadOnlyList<SourceLine> headerLines, CellMode mode, bool fundsUnderItems = false)
    {
        var text = string.Concat(headerLines.Select(l => l.Folded));
        return mode switch
        {
            CellMode.Tabs => BuildTabs(columns, headerLines, text, fundsUnderItems),
            CellMode.Layout => BuildLayout(columns, headerLines, text),
            _ => new HeaderMap(columns, [.. columns.Select(_ => (double?)null)], false, text),
        };
    }

    private static HeaderMap BuildTabs(ImmutableArray<ColumnSpec> columns, IReadOnlyList<SourceLine> headerLines, string text, bool fundsUnderItems)
    {
        var rows = new List<string[]>(headerLines.Count);
        foreach (var l in headerLines)
        {
            if (IsNumbering(l.Text)) continue;
            var cells = l.Text.Split('\t');
            for (var c = 0; c < cells.Length; c++) cells[c] = HeaderText.Fold(cells[c]);
            rows.Add(cells);
        }
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Length);
        var period = LatestPeriod(rows, width);
        int? cls = null, sec = null, item = null, name = null, project = null;
        var unitCodes = new List<int>();
        var keyAt = new Dictionary<int, int>();
        var breakdownAt = new Dictionary<int, string>();
        var fundCells = new List<(int Cell, ColumnSpec Spec)>();
        var taken = new bool[columns.Length];
        for (var i = 0; i < width; i++)
        {
            string? leaf = null;
            var leafRow = -1;
            for (var r = rows.Count - 1; r >= 0; r--)
            {
                if (i < rows[r].Length && rows[r][i].Length > 0)
                {
                    leaf = rows[r][i];
                    leafRow = r;
                    break;
                }
            }
            if (leaf is null) continue;
            // Under another year's group: neither a value column nor a label.
            if (period is { } p && i >= p.First && (i < p.From || i >= p.To)) continue;
            switch (leaf)
            {
                case "类": cls ??= i; continue;
                case "款": sec ??= i; continue;
                case "项": item ??= i; continue;
            }
            if (leaf.Contains("项目名称", StringComparison.Ordinal)) { project ??= i; continue; }
            if (IsUnitCodeHeader(leaf))
            {
                unitCodes.Add(i);
                continue;
            }

            if (fundsUnderItems && FundKey(leaf) is { } fund && ItemAbove(columns, rows, i, leafRow) is { } itemSpec)
            {
                fundCells.Add((i, new ColumnSpec($"{columns[itemSpec].Key}.{fund}", [columns[itemSpec].Patterns.FirstOrDefault() + leaf])));
                continue;
            }

            var spec = BestSpec(columns, leaf, taken);
            // An upper header cell standing alone over this index (not a group spanning several columns) names the
            // column even when a lower row prints something else there (002 表2: 财政专户 over a stray sub-header).
            for (var r = 0; r < leafRow; r++)
            {
                if (i >= rows[r].Length || rows[r][i].Length == 0) continue;
                var spanEnd = i + 1;
                while (spanEnd < rows[r].Length && rows[r][spanEnd].Length == 0) spanEnd++;
                if (spanEnd - i == 1 || spanEnd >= rows[r].Length && i == rows[r].Length - 1)
                {
                    var upper = BestSpec(columns, rows[r][i], taken);
                    if (upper >= 0) spec = upper;
                }
            }
            // A 小计 under a group spanning it is the group's own total (公务用车购置及运行维护费: 小计 | 购置费 | 运行维护费).
            if (leafRow > 0 && HeaderVocabulary.Find(leaf)?.Kind == ConceptKind.Subtotal && GroupOver(rows, i, leafRow) is { } group
                && BestSpec(columns, group, taken) is var own and >= 0)
            {
                spec = own;
            }
            if (spec < 0)
            {
                var path = PathAt(rows, i, leafRow);
                spec = BestSpec(columns, path, taken);
            }
            if (spec >= 0)
            {
                keyAt[i] = spec;
                taken[spec] = true;
                if (UnderBreakdown(rows, i, leafRow)) breakdownAt[i] = PathAt(rows, i, leafRow);
                continue;
            }
            if (IsNameHeader(leaf)) name ??= i;
        }
        var positions = new double?[columns.Length];
        foreach (var (cell, spec) in keyAt) positions[spec] ??= cell;
        var placed = Enumerable.Range(0, columns.Length).Where(s => positions[s] is not null)
            .Select(s => (Cell: positions[s]!.Value, Spec: breakdownAt.TryGetValue((int)positions[s]!.Value, out var path) ? columns[s] with { Printed = path } : columns[s]))
            .Concat(fundCells.Select(f => (Cell: (double)f.Cell, f.Spec))).OrderBy(p => p.Cell).ToList();
        return new HeaderMap([.. placed.Select(p => p.Spec)], [.. placed.Select(p => (double?)p.Cell)], true, text)
        {
            ClassIndex = cls,
            SectionIndex = sec,
            ItemIndex = item,
            NameIndex = name,
            ProjectIndex = project,
            Period = period is { } chosen ? (chosen.From, chosen.To) : null,
            UnitCodeIndexes = [.. unitCodes],
        };
    }

    private static string? FundKey(string folded) =>
        folded.Length > 10 ? null
        : folded.StartsWith("一般公共预算", StringComparison.Ordinal) ? "gpb"
        : folded.StartsWith("政府性基金", StringComparison.Ordinal) ? "gf"
        : folded.StartsWith("国有资本经营", StringComparison.Ordinal) ? "sc"
        : null;

    /// <summary>The item a fund cell stands under: the nearest header cell above it (a cell spanning several columns
    /// printed in the first of them) that names one of the table's columns.</summary>
    private static int? ItemAbove(ImmutableArray<ColumnSpec> columns, List<string[]> rows, int cell, int leafRow)
    {
        var none = new bool[columns.Length];
        int? subtotal = null;
        for (var r = leafRow - 1; r >= 0; r--)
        {
            var row = rows[r];
            for (var j = Math.Min(cell, row.Length - 1); j >= 0; j--)
            {
                if (row[j].Length == 0) continue;
                // 小计 under 公务用车购置及运行维护费 is that item's own sum: the item above names it.
                if (row[j] is "小计" or "合计")
                {
                    subtotal ??= BestSpec(columns, row[j], none) is var t and >= 0 ? t : null;
                    break;
                }
                if (BestSpec(columns, row[j], none) is var s and >= 0) return s;
                break;
            }
        }
        return subtotal;
    }

    /// <summary>A header row naming two or more years side by side, each over a group of cells (and perhaps a 增减 group):
    /// the span of the latest year's group and where the first group starts.</summary>
    private static (int First, int From, int To)? LatestPeriod(List<string[]> rows, int width)
    {
        foreach (var row in rows)
        {
            var groups = new List<(int Start, int End, int? Year)>();
            for (var c = 0; c < row.Length; c++)
            {
                if (row[c].Length == 0) continue;
                var end = c + 1;
                while (end < row.Length && row[end].Length == 0) end++;
                if (end >= row.Length) end = width;
                if (Periods.YearOf(row[c]) is { } year) groups.Add((c, end, year));
                else if (groups.Count > 0 && Periods.IsChange(row[c])) groups.Add((c, end, null));
            }
            var years = groups.Where(g => g.Year is not null).ToList();
            if (years.Count < 2 || years.Any(g => g.End - g.Start < 2) || years.Select(g => g.Year).Distinct().Count() != years.Count) continue;
            var latest = years.MaxBy(g => g.Year);
            return (groups[0].Start, latest.Start, latest.End);
        }
        return null;
    }

    private static bool IsNameHeader(string folded) =>
        folded.Contains("名称", StringComparison.Ordinal) || folded is "科目" or "项目" || folded.Contains("支出内容", StringComparison.Ordinal) || folded.Contains("编码", StringComparison.Ordinal);

    /// <summary>The header texts above index <paramref name="i"/>, each cell counted over the span up to the next cell in its row.</summary>
    /// <summary>The text of the header cell in the row above <paramref name="leafRow"/> that starts at
    /// <paramref name="i"/> and spans further right (a group over this column and the next); null when there is none.</summary>
    private static string? GroupOver(List<string[]> rows, int i, int leafRow)
    {
        var row = rows[leafRow - 1];
        if (i >= row.Length || row[i].Length == 0) return null;
        var spans = i + 1 < row.Length ? row[i + 1].Length == 0 : false;
        return spans ? row[i] : null;
    }

    /// <summary>Whether a 其中 cell in a header row above stands over index <paramref name="i"/> (the nearest cell at or
    /// left of it): the column is a part of another one (Beijing 预算03表: 其中 事业单位经营支出 | 上缴上级支出 | …).</summary>
    private static bool UnderBreakdown(List<string[]> rows, int i, int leafRow)
    {
        for (var r = 0; r < leafRow; r++)
        {
            var row = rows[r];
            for (var j = Math.Min(i, row.Length - 1); j >= 0; j--)
            {
                if (row[j].Length == 0) continue;
                if (row[j].StartsWith("其中", StringComparison.Ordinal)) return true;
                break;
            }
        }
        return false;
    }

    private static string PathAt(List<string[]> rows, int i, int leafRow)
    {
        var parts = new List<string>();
        for (var r = 0; r <= leafRow; r++)
        {
            var row = rows[r];
            for (var j = Math.Min(i, row.Length - 1); j >= 0; j--)
            {
                if (row[j].Length == 0) continue;
                parts.Add(row[j]);
                break;
            }
        }
        return string.Concat(parts);
    }

    private static int BestSpec(ImmutableArray<ColumnSpec> columns, string folded, bool[] taken)
    {
        var best = -1;
        var bestLength = 0;
        for (var s = 0; s < columns.Length; s++)
        {
            var length = columns[s].MatchLength(folded);
            if (length > bestLength && !taken[s])
            {
                best = s;
                bestLength = length;
            }
        }
        return best;
    }

    private static HeaderMap BuildLayout(ImmutableArray<ColumnSpec> columns, IReadOnlyList<SourceLine> headerLines, string text)
    {
        var tokens = headerLines.SelectMany(l => l.SpaceTokens).ToList();
        var positions = new double?[columns.Length];
        var last = double.NegativeInfinity;
        for (var s = 0; s < columns.Length; s++)
        {
            double? found = null;
            var bestLength = 0;
            foreach (var t in tokens)
            {
                if (t.Center <= last) continue;
                var folded = HeaderText.Fold(t.Text);
                if (folded.Length < 2) continue;
                var length = columns[s].MatchLength(folded);
                if (length == 0 && !IsOtherPattern(columns, folded, s))
                {
                    // A wrapped header: the token is the start of one of the patterns (本年收入合 / 计), unless it names
                    // another column in full (资本性支出 is not the start of 资本性支出(基本建设)).
                    foreach (var p in columns[s].Patterns)
                    {
                        if (p.Length > folded.Length && folded.Length >= 3 && p.StartsWith(folded, StringComparison.Ordinal)) length = folded.Length;
                    }
                }
                if (length > bestLength || length == bestLength && length > 0 && found is { } f && t.Center < f)
                {
                    if (length > bestLength || t.Center < found)
                    {
                        bestLength = length;
                        found = t.Center;
                    }
                }
            }
            if (found is { } c)
            {
                positions[s] = c;
                last = c;
            }
        }
        // Columns whose words the header does not print at all, judged before column numbers give every column a place.
        var unprinted = UnprintedColumns(columns, positions, tokens, text);
        double? numbered = null;
        if (ColumnNumbers(headerLines) is { Count: > 0 } anchors)
        {
            // A number for every column of the template: each one is printed, whatever its words.
            if (anchors.Count == positions.Length) unprinted = [];
            SnapToColumnNumbers(positions, anchors);
            numbered = anchors.Count > 1 ? anchors[0] - (anchors[1] - anchors[0]) / 2 : anchors[0] - 3;
        }
        return new HeaderMap(columns, [.. positions], false, text) { Unprinted = unprinted, NumberedFrom = numbered };
    }

    private static ImmutableArray<string> UnprintedColumns(ImmutableArray<ColumnSpec> columns, double?[] positions, List<Token> tokens, string text)
    {
        if (positions.Count(p => p is not null) < 2) return [];
        var words = tokens.Select(t => HeaderText.Fold(t.Text)).Where(w => w.Length >= 3).ToList();
        var result = ImmutableArray.CreateBuilder<string>();
        for (var s = 0; s < columns.Length; s++)
        {
            // Short words (合计, 小计) wrap and break apart too easily to say they are absent.
            if (positions[s] is not null || columns[s].Patterns.Any(p => p.Length < 4)) continue;
            var printed = columns[s].Patterns.Any(p => text.Contains(p, StringComparison.Ordinal))
                || words.Any(w => !IsOtherPattern(columns, w, s) && columns[s].Patterns.Any(p => p.Length > w.Length && p.StartsWith(w, StringComparison.Ordinal)));
            if (!printed) result.Add(columns[s].Key);
        }
        return result.ToImmutable();
    }

    private static bool IsOtherPattern(ImmutableArray<ColumnSpec> columns, string word, int self)
    {
        for (var s = 0; s < columns.Length; s++)
        {
            if (s != self && columns[s].Patterns.Contains(word)) return true;
        }
        return false;
    }

    /// <summary>The character columns of the numbers in a column-number line (※ ※ 1 2 3 / 栏次 1 2 3): each value
    /// column's exact position, where wrapped header words give only an approximate one.</summary>
    private static List<double>? ColumnNumbers(IReadOnlyList<SourceLine> headerLines)
    {
        for (var i = headerLines.Count - 1; i >= 0; i--)
        {
            if (!IsNumbering(headerLines[i].Text)) continue;
            var numbers = headerLines[i].SpaceTokens.Where(t => t.Text.All(char.IsAsciiDigit)).ToList();
            // Only a run 1, 2, 3 … names the value columns in order.
            var ordered = numbers.Count > 0 && numbers.Select((t, n) => t.Text == (n + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).All(x => x);
            return ordered ? [.. numbers.Select(t => t.Center)] : null;
        }
        return null;
    }

    /// <summary>Moves each header position to its column number: all columns in order when the line numbers exactly the
    /// template's columns, otherwise each located column to the nearest number, keeping their order.</summary>
    private static void SnapToColumnNumbers(double?[] positions, List<double> anchors)
    {
        if (anchors.Count == positions.Length)
        {
            for (var s = 0; s < positions.Length; s++) positions[s] = anchors[s];
            return;
        }
        var located = Enumerable.Range(0, positions.Length).Where(s => positions[s] is not null).ToList();
        if (located.Count == 0 || located.Count > anchors.Count) return;
        // Order-preserving assignment of the located columns to numbers, least total distance (a small dynamic programme).
        var m = located.Count;
        var n = anchors.Count;
        var cost = new double[m + 1, n + 1];
        for (var i = 1; i <= m; i++)
        {
            for (var j = 0; j <= n; j++) cost[i, j] = double.PositiveInfinity;
        }
        for (var i = 1; i <= m; i++)
        {
            for (var j = i; j <= n; j++)
            {
                var here = cost[i - 1, j - 1] + Math.Abs(positions[located[i - 1]]!.Value - anchors[j - 1]);
                cost[i, j] = Math.Min(cost[i, j - 1], here);
            }
        }
        for (int i = m, j = n; i > 0; j--)
        {
            if (cost[i, j] < cost[i, j - 1] || j == i)
            {
                positions[located[i - 1]] = anchors[j - 1];
                i--;
            }
        }
    }

    public static bool IsNumbering(string text)
    {
        var numbers = 0;
        var words = 0;
        var onlyMarks = true;
        foreach (var range in text.AsSpan().SplitAny("\t "))
        {
            var t = text.AsSpan(range);
            if (t.IsEmpty) continue;
            words++;
            if (t is "※" or "*" or "**") continue;
            onlyMarks = false;
            if (t is "栏次") continue;
            if (t.Length <= 2 && !t.ContainsAnyExceptInRange('0', '9')) numbers++;
            else return false;
        }
        return words > 0 && (numbers >= 1 || onlyMarks);
    }
}
