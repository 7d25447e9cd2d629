using System.Collections.Immutable;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Tables.Templates;

namespace Yusuan.Core.Checking;

/// <summary>The <see cref="TemplateEdition"/> a document is checked against: the one its reader recorded
/// (<see cref="DisclosureMeta.Template"/>), else the one <see cref="TemplateCatalog.Detect"/> recognises from its region,
/// year, kind and table titles; generic when none (never another province's).</summary>
public static class Editions
{
    public static TemplateEdition Of(Disclosure d) => DocumentIndex.Of(d).Template;

    /// <summary><see cref="Of(Disclosure)"/> worked out (DocumentIndex keeps the answer: many rules ask).</summary>
    internal static TemplateEdition Infer(Disclosure d)
    {
        var meta = d.Meta;
        if (meta.Template is not null || meta.Region is not null) return Of(meta);
        var lines = d.Tables.Select(t => t.Title).Concat(d.Tables.Select(t => t.PreparedBy ?? string.Empty))
            .Concat(d.Narrative.Sections.Select(s => s.Title)).Append(meta.UnitName ?? string.Empty).ToImmutableArray();
        return TemplateCatalog.Detect(new EditionEvidence(null, meta.Year, meta.Kind, lines));
    }

    /// <summary>The edition from the metadata alone. An id of a known family with another year (jiangsu-2018) is that family's
    /// edition for the year.</summary>
    public static TemplateEdition Of(DisclosureMeta meta)
    {
        if (meta.Template is { } id)
        {
            if (TemplateCatalog.Edition(id) is { } known) return known;
            var family = id.Split('-')[0] + "-";
            var members = TemplateCatalog.Editions.Where(e => e.Id.StartsWith(family, StringComparison.Ordinal)).ToList();
            var fitting = members.FirstOrDefault(e => e.Signature.Score(new EditionEvidence(e.Signature.Regions.FirstOrDefault(), meta.Year, meta.Kind, [])) > 0);
            if ((fitting ?? members.FirstOrDefault()) is { } member) return member;
        }
        return TemplateCatalog.Detect(new EditionEvidence(meta.Region, meta.Year, meta.Kind, []));
    }
}
