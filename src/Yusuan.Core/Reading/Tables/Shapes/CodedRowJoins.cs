using static Yusuan.Core.Reading.Tables.BodyLines;

namespace Yusuan.Core.Reading.Tables.Shapes;

/// <summary>Coded rows of tab text whose cells a tall or wrapped row spread over several lines, joined back into one
/// row: figures at the top of the cells, a code above its row, a name wrapped upwards or onto the next line.</summary>
internal static class CodedRowJoins
{
    /// <summary>Figures printed at the top of a tall row's cells, a line above its code, name and centred total (上海 决算
    /// 支出决算表: "  1,503.52  603.14" / "201  一般公共服务支出  2,106.66"): a line of figures only, in cells the coded
    /// row below leaves empty, is that row's. A line whose figures share a cell with the row below is a row of its own.</summary>
    public static void JoinFiguresAbove(List<RawRow> rows)
    {
        for (var r = rows.Count - 2; r >= 0; r--)
        {
            var above = rows[r];
            var below = rows[r + 1];
            if (above.Code is not null || above.UnitCode is not null || above.Project is not null || above.HasLabel || above.Figures.Count == 0) continue;
            if (below.Code is null && !IsTotalLabel(below.Label) || below.Figures.Count == 0 || below.FirstLine != above.LastLine + 1 || below.Page != above.Page) continue;
            if (above.Figures.Any(a => below.Figures.Any(b => Math.Abs(a.Position - b.Position) < 0.5))) continue;
            below.Figures.InsertRange(0, above.Figures);
            below.Figures.Sort((a, b) => a.Position.CompareTo(b.Position));
            below.FirstLine = above.FirstLine;
            rows.RemoveAt(r);
        }
    }

    /// <summary>A code printed at the top of a tall cell, alone on the line above its row's name and figures (003 表5 at the
    /// top of a page: "22102" / "住房改革支出 461.08 461.08 0.00"): the code of the row below, not a row of its own.</summary>
    public static void JoinCodesAbove(List<RawRow> rows)
    {
        for (var r = rows.Count - 2; r >= 0; r--)
        {
            var above = rows[r];
            var below = rows[r + 1];
            if (above.Code is null || above.HasLabel || above.Figures.Count > 0 || above.Project is not null || above.UnitCode is not null) continue;
            if (below.Code is not null || below.UnitCode is not null || below.Figures.Count == 0 || IsTotalLabel(below.Label) || !Tokenizer.HasCjk(below.Label)) continue;
            if (below.FirstLine != above.LastLine + 1 || below.Page != above.Page) continue;
            below.Code = above.Code;
            below.FirstLine = above.FirstLine;
            rows.RemoveAt(r);
        }
    }

    /// <summary>A name wrapped upwards: its first characters alone on the line above the row's figures ("中共西安市委理" /
    /// "201002 论讲师团 800,000.00", "精" / "神文明建设相关活动经费 800,000.00" where the 项目简介 beside it runs two lines).
    /// A short fragment with no code and no figure is the start of the uncoded row below it.</summary>
    public static void JoinNameStarts(List<RawRow> rows)
    {
        for (var r = rows.Count - 2; r >= 0; r--)
        {
            var above = rows[r];
            var below = rows[r + 1];
            var fragment = HeaderText.Fold(above.Label);
            if (above.Code is not null || above.UnitCode is not null || above.Figures.Count > 0 || above.Project is not null) continue;
            if (fragment.Length is 0 or > 8 || IsTotalLabel(fragment) || !Tokenizer.HasCjk(fragment)) continue;
            if (below.Code is not null || below.Figures.Count == 0 || below.FirstLine != above.LastLine + 1 || !Tokenizer.HasCjk(below.Label)) continue;
            below.Label = above.Label.Trim() + below.Label.Trim();
            below.FirstLine = above.FirstLine;
            rows.RemoveAt(r);
        }
    }

    /// <summary>A tab row that only completes the coded row above: no code, a short piece of name, figures only in cells
    /// the row above leaves empty, on the next line.</summary>
    public static bool ContinuesCodedRow(RawRow above, RawRow row)
    {
        if (row.Code is not null || above.Code is null || row.Project is not null || row.FirstLine != above.LastLine + 1) return false;
        var label = HeaderText.Fold(row.Label);
        if (label.Length is 0 or > 8 || IsTotalLabel(label) || label.Any(char.IsAsciiDigit)) return false;
        // A note under the table's last row ("注：无。", 广州) is no part of that row's name.
        if (IsNote(label)) return false;
        return row.Figures.All(f => above.Figures.All(a => Math.Abs(a.Position - f.Position) > 0.1)) && row.Figures.Count < above.Figures.Count;
    }

    private static bool IsNote(string folded) => folded.StartsWith("注:", StringComparison.Ordinal) || folded.StartsWith("注：", StringComparison.Ordinal) || folded.StartsWith("说明:", StringComparison.Ordinal) || folded.StartsWith("说明：", StringComparison.Ordinal);
}
