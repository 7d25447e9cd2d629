using System.Globalization;
using System.Text.RegularExpressions;
using Yusuan.Core.Reading.Meta;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading;

/// <summary>
/// Groups the files of a folder into disclosures, for <c>check DIR</c> and <c>import</c>: a unit that publishes its
/// narrative (附件1 情况说明) and its tables (附件2 预算报表) as two files gets one disclosure of both.
/// <list type="number">
/// <item>By name: files whose names differ only by their part marker — <c>附件1</c>/<c>附件2</c> (with 情况说明, 预算报表 …)
/// or a trailing <c>.a</c>/<c>.b</c> — are one disclosure.</item>
/// <item>By title and content: a narrative file (a disclosure title, no table's 单位：万元 line) is joined with the tables
/// file (no disclosure title, tables) whose figures its 万元 amounts are found in — at least
/// <see cref="MinimumSharedAmounts"/> of them, the file sharing most winning. Tables files name no unit (Beijing's do
/// not), so the figures are what ties them.</item>
/// </list>
/// Every other file is a disclosure on its own.
/// </summary>
public static partial class DisclosurePairing
{
    public const int MinimumSharedAmounts = 3;

    public static IReadOnlyList<IReadOnlyList<DisclosurePart>> Group(IReadOnlyList<DisclosurePart> parts)
    {
        var groups = new List<List<DisclosurePart>>();
        var left = new List<DisclosurePart>();
        foreach (var byName in parts.GroupBy(p => NameStem(p.Name), StringComparer.Ordinal))
        {
            var members = byName.ToList();
            if (members.Count > 1 && byName.Key.Length > 0 && members.All(HasPartMarker)) groups.Add(members);
            else left.AddRange(members);
        }
        var narratives = left.Where(IsNarrativeOnly).ToList();
        var tables = left.Where(IsTablesOnly).Select(p => (Part: p, Amounts: TableAmounts(p.Text))).ToList();
        var candidates = new List<(DisclosurePart Narrative, DisclosurePart Tables, int Shared)>();
        foreach (var n in narratives)
        {
            var stated = NarrativeAmounts(n.Text);
            foreach (var t in tables)
            {
                var shared = stated.Count(t.Amounts.Contains);
                if (shared >= MinimumSharedAmounts) candidates.Add((n, t.Part, shared));
            }
        }
        var paired = new HashSet<DisclosurePart>();
        foreach (var c in candidates.OrderByDescending(c => c.Shared))
        {
            if (paired.Contains(c.Narrative) || paired.Contains(c.Tables)) continue;
            paired.Add(c.Narrative);
            paired.Add(c.Tables);
            groups.Add([c.Narrative, c.Tables]);
        }
        groups.AddRange(left.Where(p => !paired.Contains(p)).Select(p => new List<DisclosurePart> { p }));
        // In the folder's order: by each group's first file as given.
        var order = parts.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        return [.. groups.OrderBy(g => g.Min(p => order[p])).Select(g => (IReadOnlyList<DisclosurePart>)DisclosureParts.Order(g))];
    }

    /// <summary>The file name without extension, part marker and part words: equal for a unit's 附件1 and 附件2.</summary>
    internal static string NameStem(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        name = PartLetter().Replace(name, string.Empty);
        name = PartMarker().Replace(name, string.Empty);
        return Squash.Whitespace(name).Trim('-', '_', '.', '（', '）', '(', ')');
    }

    private static bool HasPartMarker(DisclosurePart part)
    {
        var name = Path.GetFileNameWithoutExtension(part.Name);
        return PartLetter().IsMatch(name) || Attachment().IsMatch(name);
    }

    private static bool IsNarrativeOnly(DisclosurePart part) =>
        CoverTitle.Find(SourceText.From(part.Text).Lines) is not null && !TableUnitLine().IsMatch(part.Text);

    private static bool IsTablesOnly(DisclosurePart part) =>
        CoverTitle.Find(SourceText.From(part.Text).Lines) is null && TableUnitLine().Matches(part.Text).Count >= 2;

    /// <summary>Amounts the narrative states in 万元, to the cent; amounts under 1 万元 tie nothing.</summary>
    private static HashSet<decimal> NarrativeAmounts(string text)
    {
        var amounts = new HashSet<decimal>();
        foreach (Match m in WanYuan().Matches(text))
        {
            if (TryAmount(m.Groups[1].Value, out var v) && v >= 1m) amounts.Add(decimal.Round(v, 2));
        }
        return amounts;
    }

    /// <summary>The tables' figures in 万元 to the cent, read as 万元 and as 元 (a tables file may be in either).</summary>
    private static HashSet<decimal> TableAmounts(string text)
    {
        var amounts = new HashSet<decimal>();
        foreach (Match m in Figure().Matches(text))
        {
            if (!TryAmount(m.Value, out var v)) continue;
            amounts.Add(decimal.Round(v, 2));
            amounts.Add(decimal.Round(v / 10000m, 2));
        }
        return amounts;
    }

    private static bool TryAmount(string text, out decimal value) =>
        decimal.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out value);

    [GeneratedRegex(@"[._-][ab]$")]
    private static partial Regex PartLetter();

    [GeneratedRegex(@"附件\s*\d{1,2}")]
    private static partial Regex Attachment();

    [GeneratedRegex(@"附件\s*\d{1,2}|情况说明|预算报表|决算报表|公开报表|报表|文字说明|说明")]
    private static partial Regex PartMarker();

    [GeneratedRegex(@"(?:金额)?单位\s*[:：]\s*(?:万元|元)")]
    private static partial Regex TableUnitLine();

    [GeneratedRegex(@"(\d[\d,]*(?:\.\d+)?)\s*万元")]
    private static partial Regex WanYuan();

    [GeneratedRegex(@"\d[\d,]*\.\d+")]
    private static partial Regex Figure();
}
