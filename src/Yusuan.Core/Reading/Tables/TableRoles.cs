using Yusuan.Core.Model;
using Yusuan.Core.Reading.Tables.Templates;

namespace Yusuan.Core.Reading.Tables;

/// <summary>
/// A table's role checked against what it holds: the title proposes a role (<see cref="BodyReader"/> picks the
/// description), the rows confirm it. A table whose rows are economic codes is not a by-function table, whatever its
/// title, and a 基本支出 table by function code is not T6 (which is by economic class), so that of Xi'an's 基本支出明细表
/// 按功能科目 and 按经济科目 only the second is T6.
/// </summary>
internal static class TableRoles
{
    private static readonly TableId[] ByFunction = [TableId.T2, TableId.T3, TableId.T5, TableId.T8, TableId.T9];

    public static TableId? Confirm(RawTable raw)
    {
        var role = raw.Template.Canonical;
        if (role is null) return null;
        var (function, economic) = CodeKinds(raw);
        if (function + economic < 2) return role;
        if (role == TableId.T6 && function > economic) return null;
        if (Array.IndexOf(ByFunction, role.Value) >= 0 && economic > function)
        {
            return raw.Region.Title.Contains("基本支出", StringComparison.Ordinal) ? TableId.T6 : null;
        }
        return role;
    }

    /// <summary>A document with no 一般公共预算 expense table but a 财政拨款支出 table by function code (basic / project)
    /// prints its T5 under that name (西南大学: 财政拨款支出预算表, 高等学校财政拨款支出决算表). Returns the index of the
    /// table to read again as T5; the caller keeps that reading only if its rows are function codes.</summary>
    public static int? VacantGeneralExpenseCandidate(IReadOnlyList<RawTable> raws)
    {
        if (raws.Any(r => r.Template.Canonical == TableId.T5)) return null;
        for (var i = 0; i < raws.Count; i++)
        {
            var r = raws[i];
            var title = r.Region.Title;
            if (r.Template.Canonical is not null) continue;
            if (!title.Contains("财政拨款", StringComparison.Ordinal) || !title.Contains("支出", StringComparison.Ordinal)) continue;
            if (title.Contains("基本支出", StringComparison.Ordinal) || title.Contains("项目支出", StringComparison.Ordinal) || title.Contains("三公", StringComparison.Ordinal)
                || title.Contains("收支", StringComparison.Ordinal) || title.Contains("结转", StringComparison.Ordinal) || title.Contains("经济分类", StringComparison.Ordinal)) continue;
            return i;
        }
        return null;
    }

    /// <summary>The T5 description of the document's edition, or else one with basic and project columns.</summary>
    public static TableTemplate GeneralExpenseTemplate(string? edition) =>
        TemplateCatalog.All.Where(t => t.Canonical == TableId.T5 && t.Shape == TableShape.Coded)
            .OrderByDescending(t => t.Edition == edition).ThenByDescending(t => t.Columns.Any(c => c.Key == "basic") && t.Columns.Any(c => c.Key == "project")).First();

    public static bool HoldsFunctionCodes(RawTable raw)
    {
        var (function, economic) = CodeKinds(raw);
        return function >= 2 && function > economic;
    }

    /// <summary>How many rows print a function code (2xx) and how many an economic code (3xx, 5xx); a cross-classified
    /// key counts by its first code.</summary>
    private static (int Function, int Economic) CodeKinds(RawTable raw)
    {
        var function = 0;
        var economic = 0;
        foreach (var r in raw.Rows)
        {
            if (r.Code is not { Length: >= 3 } code || !char.IsAsciiDigit(code[0])) continue;
            if (code[0] == '2') function++;
            else if (code[0] is '3' or '5') economic++;
        }
        return (function, economic);
    }
}
