using System.Collections.Immutable;

namespace Yusuan.Core.Reading.Tables.Templates;

/// <summary>Every table description the reader knows, most specific first. Adding an edition = adding a file here.</summary>
public static class TemplateCatalog
{
    public static ImmutableArray<TableTemplate> All { get; } = [.. Jiangsu.All, .. Shanghai.All, .. Xinjiang.All, .. National.All];

    /// <summary>A table whose title matches no description: read with columns taken from its own header.</summary>
    public static TableTemplate Generic { get; } = new()
    {
        Edition = "generic",
        Title = TitleRule.Of(string.Empty),
        Shape = TableShape.Items,
        ItemsKeyedByLabel = true,
    };
}
