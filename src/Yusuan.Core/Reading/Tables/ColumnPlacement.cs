using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading.Tables;

/// <summary>Places every figure of a row in a column: from the cell index (tab text), or with the
/// <see cref="ColumnSolver"/> narrowed by hints, mirrored tables, header positions and the 类=Σ款=Σ项 hierarchy
/// (<see cref="Propagate"/>), a template's prior deciding what is left (reported as ambiguous with its alternatives).</summary>
internal static class ColumnPlacement
{
    public static List<IndexIdentity> IndexIdentities(TableTemplate template, string[] keys)
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

    public static HashSet<int> Forbidden(ImmutableArray<ColumnSpec> columns, DocumentContext ctx, List<TableRow> ownRows)
    {
        var set = new HashSet<int>();
        for (var i = 0; i < columns.Length; i++)
        {
            if (columns[i].EmptyUnless is { } line && ctx.LineIsEmpty(line, ownRows) == true) set.Add(i);
        }
        return set;
    }

    /// <summary>Layout text: the columns the header does not print (<see cref="HeaderMap.Unprinted"/>) hold no figure.</summary>
    public static IEnumerable<int> Unprinted(ImmutableArray<ColumnSpec> columns, HeaderMap header)
    {
        foreach (var key in header.Unprinted)
        {
            if (ValueColumns.IndexOfKey(columns, key) is var i && i >= 0) yield return i;
        }
    }

    public static void Candidates(RowState s, RawTable raw, ImmutableArray<ColumnSpec> columns, List<IndexIdentity> identities, HashSet<int> forbidden,
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
                    c = h < 0 ? -1 : ValueColumns.IndexOfKey(columns, header.Columns[h].Key);
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
            ? columns.Select(c => ValueColumns.IndexOfKey(layoutHeader.Columns, c.Key) is var h && h >= 0 ? layoutHeader.Positions[h] : null).ToList()
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

    public static void ApplyHints(List<RowState> states, TableTemplate template, string[] keys)
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
    public static void ApplyMirrors(List<RowState> states, TableTemplate template, DocumentContext ctx, string[] keys)
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

    public static void ApplyPositions(List<RowState> states, CellMode mode, double lead)
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
    public static int[] Priority(TableTemplate template, string[] keys) =>
        [.. keys.Select((k, i) => template.LikelyColumns.IndexOf(k) is var p && p >= 0 ? p : 100 + i)];

    /// <summary>The first of the readings whose columns are likeliest together (<see cref="Priority"/>).</summary>
    public static Assignment Likeliest(List<Assignment> candidates, int[] priority)
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

    public static TableRow Finish(RowState s, string[] keys, int[] priority, RawTable raw, DiagnosticBag diagnostics)
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
