using Yusuan.Core.Model;

namespace Yusuan.Core.Tests.Reading.Corpus;

/// <summary>The manifest's <c>tables</c> column against what was read: <c>T5</c> is a table printed with figures,
/// <c>T8!</c> one printed empty (or declared empty); a canonical table read but not listed is extra. Reports every
/// difference, so the column can be asserted once table finding reads every corpus template.</summary>
public static class ManifestTables
{
    public static IReadOnlyList<string> Differences(ManifestEntry entry, Disclosure document)
    {
        var differences = new List<string>();
        var listed = new HashSet<TableId>();
        foreach (var token in entry.Tables.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var empty = token.EndsWith('!');
            var id = Enum.Parse<TableId>(token.TrimEnd('!'));
            listed.Add(id);
            var table = document.Table(id);
            var hasFigures = table is not null && !table.IsDeclaredEmpty && table.Rows.Any(r => r.Cells.Count > 0);
            // Printed empty (`T8!`): no figures, or only zeros (a 合计 row of 0.00 under a note that nothing was spent).
            var hasMoney = table is not null && !table.IsDeclaredEmpty && table.Rows.Any(r => r.Cells.Values.Any(c => c.Value != 0));
            if (table is null) differences.Add($"{token}：未找到");
            else if (empty && hasMoney) differences.Add($"{token}：应为空表，读到了数字（{table.Title}）");
            else if (!empty && !hasFigures) differences.Add($"{token}：读到的“{table.Title}”没有数字");
        }
        foreach (var t in document.Tables.Where(t => t.Canonical is { } id && !listed.Contains(id)))
            differences.Add($"{t.Canonical}：多出“{t.Title}”");
        return differences;
    }
}
