using System.Text;

namespace Yusuan.Core.Reading.Formats;

/// <summary>
/// The rows of a Word or HTML table laid out on the table's column grid: a cell spanning columns is followed by empty cells
/// and a cell spanning rows leaves empty cells below it, so that every figure keeps its column index. Each row becomes one
/// tab-separated line, the form whose cell positions the text reader takes as exact.
/// </summary>
internal sealed class CellGrid(long maxCells = 4_000_000)
{
    private readonly List<List<string>> rows = [];
    private long cells;
    private readonly List<int> pendingRows = []; // per column: how many more rows a cell above still covers

    public void StartRow()
    {
        rows.Add([]);
        SkipCovered();
    }

    public void Add(string text, int columnSpan = 1, int rowSpan = 1)
    {
        if (rows.Count == 0) StartRow();
        var row = rows[^1];
        var start = row.Count;
        // Spans are the file's say: a Word gridSpan can claim 2,147,483,647 columns. Past the bound the file is refused.
        var span = Math.Max(1, columnSpan);
        cells += span;
        if (cells > maxCells || row.Count + (long)span > MaxColumns)
        {
            throw new InputRefusedException($"表格的单元格超过 {maxCells} 个（或一行超过 {MaxColumns} 列），不像正常的公开文件，已拒绝。/ A table spans more cells than any disclosure.");
        }
        row.Add(text);
        for (var i = 1; i < span; i++) row.Add(string.Empty);
        for (var c = start; c < row.Count; c++)
        {
            while (pendingRows.Count <= c) pendingRows.Add(0);
            pendingRows[c] = Math.Max(0, rowSpan - 1);
        }
        SkipCovered();
    }

    /// <summary>Columns in one row (Excel's 16,384; no disclosure has more than some 30).</summary>
    private const int MaxColumns = 16_384;

    /// <summary>Appends the non-empty rows as tab-separated lines (trailing empty cells dropped).</summary>
    public void WriteTo(StringBuilder text)
    {
        foreach (var row in rows)
        {
            var last = row.FindLastIndex(c => c.Length > 0);
            if (last < 0) continue;
            for (var i = 0; i <= last; i++)
            {
                if (i > 0) text.Append('\t');
                text.Append(row[i]);
            }
            text.Append('\n');
        }
    }

    /// <summary>Columns still covered by a cell from a row above are filled with empty cells.</summary>
    private void SkipCovered()
    {
        var row = rows[^1];
        while (row.Count < pendingRows.Count && pendingRows[row.Count] > 0)
        {
            pendingRows[row.Count]--;
            row.Add(string.Empty);
        }
    }

    /// <summary>Text of a cell on one line: whitespace runs become one space, and line breaks between two CJK characters vanish
    /// (a name wrapped inside its cell, "一般公共服务\n支出").</summary>
    public static string CellText(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        var pendingBreak = false;
        var pendingSpace = false;
        foreach (var ch in raw)
        {
            if (ch is '\n' or '\r') { pendingBreak = true; continue; }
            if (char.IsWhiteSpace(ch) || ch == '\u00A0') { pendingSpace = true; continue; }
            if (sb.Length > 0 && (pendingSpace || pendingBreak))
            {
                var joinsCjk = pendingBreak && !pendingSpace && IsCjk(sb[^1]) && IsCjk(ch);
                if (!joinsCjk) sb.Append(' ');
            }
            pendingBreak = pendingSpace = false;
            sb.Append(ch);
        }
        return sb.ToString();
    }

    private static bool IsCjk(char c) => c is >= '\u3000' and <= '\u9FFF' or >= '\uFF00' and <= '\uFFEF';
}
