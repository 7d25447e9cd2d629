using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading.Tables;

/// <summary>How a table body gives its cells: tab-separated cells (<see cref="CellMode.Tabs"/>), layout text whose
/// character positions stand under the header (<see cref="CellMode.Layout"/>), or PDF text that keeps only the order
/// of the figures (<see cref="CellMode.Spaces"/>).</summary>
internal static class CellModeDetection
{
    public static CellMode Detect(IReadOnlyList<SourceLine> body)
    {
        var tabs = body.Count(l => l.Text.Contains('\t', StringComparison.Ordinal));
        if (tabs >= 2 || tabs > 0 && tabs * 3 >= body.Count(l => !l.IsBlank)) return CellMode.Tabs;
        var wide = 0;
        var narrow = 0;
        foreach (var l in body)
        {
            var tokens = l.SpaceTokens;
            for (var i = 1; i < tokens.Length; i++)
            {
                if (!tokens[i].IsFigure) continue;
                if (tokens[i].Start - tokens[i - 1].End >= 2) wide++;
                else narrow++;
            }
        }
        if (wide == 0 && narrow == 0)
        {
            // Amounts printed as whole numbers only (427, 35): the gaps before bare integers after the first word tell.
            foreach (var l in body)
            {
                var tokens = l.SpaceTokens;
                for (var i = 1; i < tokens.Length; i++)
                {
                    if (!tokens[i].Text.All(char.IsAsciiDigit) || tokens[i - 1].Text.All(char.IsAsciiDigit)) continue;
                    if (tokens[i].Start - tokens[i - 1].End >= 2) wide++;
                    else narrow++;
                }
            }
        }
        return wide > narrow ? CellMode.Layout : CellMode.Spaces;
    }
}
