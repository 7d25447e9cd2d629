using Yusuan.Core.Reading;

namespace Yusuan.Core.Tests.Reading.Corpus;

/// <summary>Every line of the corpus manifests (tests/golden/corpus/manifest-*.csv), read from the published files as a
/// user has them (PDF, HTML; several files as one disclosure): the unit, year, kind and scope a person read off the
/// document, or — for a document that is not a disclosure — a refusal in one sentence.</summary>
public sealed class CorpusManifestTests
{
    public static TheoryData<string> Documents => [.. CorpusManifest.Entries.Select(e => e.Document)];

    public static TheoryData<string> Disclosures => [.. CorpusManifest.Entries.Where(e => e.IsDisclosure).Select(e => e.Document)];

    [Fact]
    public void The_manifests_list_every_corpus_file_once_and_only_files_that_exist()
    {
        var files = CorpusManifest.Entries.SelectMany(e => e.Paths).ToList();
        Assert.Equal(files.Count, files.Distinct(StringComparer.Ordinal).Count());
        Assert.All(files, f => Assert.True(File.Exists(f), f));
        Assert.Contains(CorpusManifest.Entries, e => !e.IsDisclosure);
        Assert.Contains(CorpusManifest.Entries, e => e.Files.Length > 1);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Each_manifest_document_reads_its_unit_year_kind_and_scope_or_is_refused(string name)
    {
        var entry = CorpusManifest.Entry(name);
        var result = DisclosureReader.ReadFiles(entry.Paths);
        if (!entry.IsDisclosure)
        {
            Assert.False(result.Success, $"{name} 不是公开文件，却读出了“{result.Value?.Meta.UnitName}”");
            Assert.False(string.IsNullOrWhiteSpace(result.Error));
            Assert.DoesNotContain('\n', result.Error!.Trim());
            return;
        }
        Assert.True(result.Success, result.Error);
        var meta = result.Value!.Meta;
        Assert.Equal((entry.Unit, entry.Year, entry.ExpectedKind, entry.ExpectedScope), (meta.UnitName, meta.Year, meta.Kind, meta.Scope));
    }

    [Theory]
    [MemberData(nameof(Disclosures))]
    public void Each_manifest_document_reads_the_tables_it_prints_under_their_canonical_ids(string name)
    {
        var entry = CorpusManifest.Entry(name);
        var document = DisclosureReader.ReadFiles(entry.Paths).GetValueOrThrow();
        Assert.Empty(ManifestTables.Differences(entry, document));
    }
}
