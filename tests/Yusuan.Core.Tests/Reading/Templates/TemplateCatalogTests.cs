using System.Collections.Immutable;
using System.Reflection;
using Yusuan.Core.Model;
using Yusuan.Core.Reading;
using Yusuan.Core.Reading.Tables;
using Yusuan.Core.Reading.Tables.Templates;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Tests.Reading.Templates;

/// <summary>A province's templates are its file under Reading/Tables/Templates/: what the file declares is what the
/// catalog, the reader and the checker know, with nothing else to edit.</summary>
public sealed class TemplateCatalogTests
{
    private static IEnumerable<Type> TemplateFiles() =>
        typeof(TemplateCatalog).Assembly.GetTypes().Where(t => t.Namespace == typeof(TemplateCatalog).Namespace && t.IsAbstract && t.IsSealed);

    private static IEnumerable<(string Member, object? Value)> Statics(Type t) =>
        t.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static).Select(p => (t.Name + "." + p.Name, p.GetValue(null)))
            .Concat(t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static).Select(f => (t.Name + "." + f.Name, f.GetValue(null))));

    [Fact]
    public void Every_edition_a_template_file_declares_is_in_the_catalog()
    {
        var declared = TemplateFiles().Where(t => t != typeof(TemplateCatalog)).SelectMany(Statics)
            .SelectMany(s => s.Value switch
            {
                TemplateEdition e => [(s.Member, e)],
                ImmutableArray<TemplateEdition> list => list.Select(e => (s.Member, e)),
                _ => [],
            })
            .ToList();
        Assert.NotEmpty(declared);
        Assert.Empty(declared.Where(d => !TemplateCatalog.Editions.Contains(d.e)).Select(d => $"{d.Member}: {d.e.Id}"));
    }

    [Fact]
    public void Every_table_description_a_template_file_lists_is_in_the_catalog()
    {
        var declared = TemplateFiles().Where(t => t != typeof(TemplateCatalog)).SelectMany(Statics)
            .SelectMany(s => s.Value switch
            {
                TableTemplate t => [(s.Member, t)],
                ImmutableArray<TableTemplate> list => list.Select(t => (s.Member, t)),
                _ => [],
            })
            .ToList();
        Assert.NotEmpty(declared);
        Assert.Empty(declared.Where(d => !TemplateCatalog.All.Contains(d.t)).Select(d => $"{d.Member}: {d.t.Edition} {d.t.Canonical} {d.t.Title}"));
    }

    [Fact]
    public void Region_words_belong_to_an_edition_of_one_region()
    {
        Assert.All(TemplateCatalog.Editions.Where(e => !e.Signature.RegionWords.IsEmpty), e => Assert.Single(e.Signature.Regions));
    }

    [Theory]
    [InlineData("巴州某某局2025年单位预算公开\n", "新疆")]
    [InlineData("乌鲁木齐市某某局2022年部门预算公开\n", "新疆")]
    [InlineData("某某市某某局2025年部门预算公开\n", null)]
    public void A_unit_is_placed_in_the_region_its_editions_words_name(string text, string? region)
    {
        Assert.Equal(region, DisclosureReader.Read(SourceText.From(text)).Meta.Region);
    }
}
