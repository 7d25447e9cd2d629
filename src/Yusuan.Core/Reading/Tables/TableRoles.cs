using Yusuan.Core.Model;

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
