using System.Collections.Immutable;
using Yusuan.Core.Model;

namespace Yusuan.Core.Reading.Tables.Templates;

/// <summary>Every template edition and table description the reader knows, most specific first. A new province or
/// edition is one file here: its <see cref="TemplateEdition"/>s (signature with the words that tell its region,
/// requirements) and its table descriptions, listed in <see cref="Editions"/> and <see cref="All"/> (the two orders break
/// ties: an edition listed first wins a tie in <see cref="Detect"/>, a description listed first a tie in the reader's
/// choice of description).</summary>
public static class TemplateCatalog
{
    public static ImmutableArray<TableTemplate> All { get; } = [.. Jiangsu.All, .. Shanghai.All, .. Xinjiang.All, .. National.All];

    /// <summary>Every edition; <see cref="GenericEdition"/> last.</summary>
    public static ImmutableArray<TemplateEdition> Editions { get; } = [.. Xinjiang.Editions, .. Shanghai.Editions, .. Jiangsu.Editions, National.GenericEdition];

    /// <summary>The words each region's editions add for telling it (<see cref="EditionSignature.RegionWords"/>), one entry
    /// per region in the order the editions are listed.</summary>
    public static ImmutableArray<(string Region, ImmutableArray<string> Words)> RegionWords { get; } =
    [
        .. Editions.Where(e => !e.Signature.RegionWords.IsEmpty)
            .GroupBy(e => e.Signature.Regions.Single())
            .Select(g => (g.Key, g.SelectMany(e => e.Signature.RegionWords).Distinct().ToImmutableArray())),
    ];

    /// <summary>The edition of documents no regional edition recognises.</summary>
    public static TemplateEdition GenericEdition => National.GenericEdition;

    /// <summary>A table whose title matches no description: read with columns taken from its own header.</summary>
    public static TableTemplate Generic { get; } = new()
    {
        Edition = "generic",
        Title = TitleRule.Of(string.Empty),
        Shape = TableShape.Items,
        ItemsKeyedByLabel = true,
    };

    /// <summary>The edition whose signature fits best (region over marker, first listed on a tie); generic when none fits.</summary>
    public static TemplateEdition Detect(EditionEvidence evidence)
    {
        var best = GenericEdition;
        var bestScore = 0;
        foreach (var e in Editions)
        {
            var score = e.Signature.Score(evidence);
            if (score > bestScore)
            {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /// <summary>The edition with this id; null when none has it.</summary>
    public static TemplateEdition? Edition(string? id) => id is null ? null : Editions.FirstOrDefault(e => e.Id == id);
}
