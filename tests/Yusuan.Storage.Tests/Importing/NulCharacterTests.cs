using Dapper;
using Yusuan.Storage.Importing;

namespace Yusuan.Storage.Tests.Importing;

/// <summary>A NUL byte inside a document's text (PostgreSQL text cannot hold one) does not abort the import.</summary>
[Collection(StoreCollection.Name)]
public sealed class NulCharacterTests(PostgresServer postgres) : IDisposable
{
    private readonly TestStores stores = new(postgres);

    public static TheoryData<string> Engines => TestStores.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public void A_file_with_a_nul_inside_a_sentence_or_a_table_cell_does_not_stop_the_import(string engine)
    {
        var store = stores.Create(engine);
        var folder = stores.NewFolder();
        var lines = File.ReadAllLines(Samples.Seed("000")).ToList();
        var sentence = lines.FindIndex(l => l.Contains("万元", StringComparison.Ordinal) && l.Contains('，'));
        lines[sentence] = lines[sentence].Insert(lines[sentence].IndexOf('，', StringComparison.Ordinal), "\0");
        var cell = lines.FindIndex(l => l.Contains('\t') && l.Contains("支出", StringComparison.Ordinal) && l.Any(char.IsAsciiDigit));
        lines[cell] = lines[cell].Replace("支出", "支\0出", StringComparison.Ordinal);
        File.WriteAllLines(Path.Combine(folder, "a_nul.txt"), lines);
        File.Copy(Samples.Seed("002"), Path.Combine(folder, "b_seed.txt"));

        var report = new CorpusImporter(store).Import(FileImportSource.Expand([folder], out _));

        // Stored whole without the NUL, or (when the reader takes it for a binary file) recorded as failed with one sentence.
        Assert.Equal(2, report.Imported + report.Failed);
        Assert.All(report.Failures, f => Assert.DoesNotContain('\n', f.Reason));
        Assert.Contains(report.Failures, f => f.Path.EndsWith("a_nul.txt", StringComparison.Ordinal)); // the reader's verdict today
        using var connection = store.OpenConnection();
        Assert.Equal(1, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM documents WHERE status = 'ok' AND source_path LIKE '%b_seed.txt'"));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void A_nul_that_reaches_the_store_in_a_claim_a_name_or_a_label_is_dropped_on_both_engines(string engine)
    {
        var store = stores.Create(engine);
        var doc = new Synthetic.SyntheticCorpus(seed: 8).Document(unit: 2, year: 2025);
        var d = doc.Document;
        var withNul = d with
        {
            Meta = d.Meta with { Region = d.Meta.Region + "\0" },
            Narrative = d.Narrative with { Claims = [.. d.Narrative.Claims.Select(c => c with { Text = c.Text.Insert(1, "\0"), Section = "一、\0说明" })] },
            Projects = [.. d.Projects.Select(p => p with { Name = "\0" + p.Name })],
        };

        var report = new CorpusImporter(store).Import([new DisclosureImportSource(doc.Name, withNul)]);

        Assert.Equal((1, 0), (report.Imported, report.Failed));
        using var connection = store.OpenConnection();
        Assert.Equal(d.Narrative.Claims.Select(c => c.Text), connection.Query<string>("SELECT text FROM claims ORDER BY seq"));
        Assert.Equal(d.Projects.Select(p => p.Name), connection.Query<string>("SELECT name FROM projects ORDER BY seq"));
        Assert.Equal(d.Meta.Region, connection.ExecuteScalar<string>("SELECT region FROM documents"));
    }

    public void Dispose() => stores.Dispose();
}
