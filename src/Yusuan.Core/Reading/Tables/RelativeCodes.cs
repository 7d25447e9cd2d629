using Yusuan.Core.Classification;

namespace Yusuan.Core.Reading.Tables;

/// <summary>
/// Codes printed relative to the row above: a 款 or 项 row that prints only its own two digits ("05 行政事业单位离退休"
/// under "208 社会保障和就业支出") is given its whole code from its parent. Which parent — the 类 (so it is a 款) or
/// the 款 (so it is a 项) — is decided by the name the classification gives the candidate code, and where the name
/// does not decide, by what the table does elsewhere: a table that prints its 项 in full prints only its 款 short.
/// </summary>
internal static class RelativeCodes
{
    public static void Resolve(List<RawRow> rows)
    {
        if (!rows.Any(r => r.Code is { Length: 2 })) return;
        var fullItems = rows.Any(r => r.Code is { Length: 7 } c && c.All(char.IsAsciiDigit));
        string? cls = null;
        string? section = null;
        foreach (var row in rows)
        {
            if (row.Code is not { } code || code.Contains('/', StringComparison.Ordinal)) continue;
            switch (code.Length)
            {
                case 3:
                    cls = code;
                    section = null;
                    continue;
                case 5:
                    cls = code[..3];
                    section = code;
                    continue;
                case 7:
                    cls = code[..3];
                    section = code[..5];
                    continue;
                case 2 when cls is not null:
                    row.Code = Whole(code, cls, section, row.Label, fullItems);
                    if (row.Code.Length == 5) section = row.Code;
                    continue;
            }
        }
    }

    private static string Whole(string digits, string cls, string? section, string label, bool fullItems)
    {
        var asSection = cls + digits;
        // Economic classes have two levels only (类 301, 款 30101).
        if (section is null || cls[0] != '2') return asSection;
        var asItem = section + digits;
        var catalog = ClassificationCatalog.Default;
        var name = HeaderText.FoldLabel(label);
        if (name.Length > 0)
        {
            var itemNamed = catalog.FunctionsNamed(name, section).Any(e => e.Code == asItem);
            var sectionNamed = catalog.FunctionsNamed(name, cls).Any(e => e.Code == asSection);
            if (itemNamed && !sectionNamed) return asItem;
            if (sectionNamed && !itemNamed) return asSection;
        }
        return fullItems ? asSection : asItem;
    }
}
