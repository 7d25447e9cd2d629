using Yusuan.Core.Model;

namespace Yusuan.Core.Reading.Tables.Shapes;

/// <summary>The keys of a two-sided table's lines (T1/T4): each segment's side (income or expense) and line key from
/// the template's line rules (<c>income.gpb</c>, <c>carryover.fiscal.gpb</c>, <c>expense.total</c>), an expense 类 by its
/// code or catalog name (<c>expense.201</c>), <c>line.&lt;label&gt;</c> for a label no rule knows.</summary>
internal static class LineKeys
{
    public static List<RowState> States(RawTable raw, DocumentContext ctx, DiagnosticBag diagnostics)
    {
        var template = raw.Template;
        var incomeColumns = ValueColumns.Of(raw);
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
}
