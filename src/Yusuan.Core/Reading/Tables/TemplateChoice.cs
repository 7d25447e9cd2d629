using Yusuan.Core.Reading.Tables.Templates;

namespace Yusuan.Core.Reading.Tables;

/// <summary>Which table description reads a table: among those whose title rule fits and whose required header words
/// (<see cref="TableTemplate.HeaderAnyOf"/>) the header prints, the one whose column words it prints most (then the
/// document's edition; the first listed on a tie); else a description of the role the title names; else
/// <see cref="TemplateCatalog.Generic"/>.</summary>
internal static class TemplateChoice
{
    public static TableTemplate Choose(string title, string headerText, string? edition)
    {
        TableTemplate? best = null;
        var bestScore = double.MinValue;
        foreach (var t in TemplateCatalog.All)
        {
            if (!t.Title.Matches(title)) continue;
            if (!t.HeaderAnyOf.IsEmpty && !t.HeaderAnyOf.Any(w => headerText.Contains(w, StringComparison.Ordinal))) continue;
            var score = HeaderMap.Recognised(t.Columns, headerText) + HeaderMap.Recognised(t.ExpenseColumns, headerText) * 0.5
                + (t.HeaderAnyOf.IsEmpty ? 0 : 0.75) + (t.Edition == edition ? 0.5 : 0);
            if (score > bestScore)
            {
                best = t;
                bestScore = score;
            }
        }
        if (best is not null) return best;
        // The title names the table's role but the header has none of the words a description expects (Xi'an's 支出总表
        // prints its money by source): the role still holds, its columns come from the header.
        foreach (var t in TemplateCatalog.All)
        {
            if (!t.Title.Matches(title) || t.Canonical is null) continue;
            var score = HeaderMap.Recognised(t.Columns, headerText) + (t.Edition == edition ? 0.5 : 0);
            if (score > bestScore)
            {
                best = t;
                bestScore = score;
            }
        }
        return best ?? TemplateCatalog.Generic;
    }
}
