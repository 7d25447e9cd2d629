using System.Diagnostics;
using Dapper;
using Yusuan.Storage.Engines;
using Yusuan.Storage.Importing;
using Yusuan.Storage.Tests.Synthetic;

namespace Yusuan.Storage.Tests.Importing;

/// <summary>
/// An import stopped part-way (cancelled between documents, or the process killed) loses nothing it committed,
/// leaves no document half-written, and a re-run completes the rest.
/// </summary>
[Collection(StoreCollection.Name)]
public sealed class InterruptedImportTests(PostgresServer postgres) : IDisposable
{
    private readonly TestStores stores = new(postgres);

    public static TheoryData<string> Engines => TestStores.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public void An_import_cancelled_at_a_random_point_keeps_what_it_committed_and_a_rerun_finishes(string engine)
    {
        var store = stores.Create(engine);
        var docs = new SyntheticCorpus(seed: 77).Documents(units: 20, years: 3).ToList();
        var sources = TestStores.Sources(docs);
        var stopAfter = new Random().Next(5, docs.Count - 5);
        using var cancel = new CancellationTokenSource();
        var progress = new InlineProgress(p =>
        {
            if (p.Done == stopAfter) cancel.Cancel();
        });
        var options = new ImportOptions { Checker = null };

        var first = new CorpusImporter(store, options).Import(sources, progress, cancel.Token);

        Assert.True(first.Cancelled);
        Assert.Equal(stopAfter, first.Imported);
        AssertEveryStoredDocumentIsWhole(store, docs);
        var second = new CorpusImporter(store, options).Import(sources);
        Assert.Equal((docs.Count - stopAfter, stopAfter, 0), (second.Imported, second.AlreadyStored, second.Failed));
        AssertEveryStoredDocumentIsWhole(store, docs);
        using var connection = store.OpenConnection();
        Assert.Equal(docs.Count, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM documents"));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Killing_the_import_process_loses_nothing_committed_and_a_rerun_completes_it(string engine)
    {
        var folder = stores.NewFolder();
        var files = Path.Combine(folder, "in");
        Directory.CreateDirectory(files);
        // Real disclosures, each copy made unique by a trailing line, so the child reads and checks real text.
        var originals = Samples.All().ToList();
        const int copies = 64;
        for (var i = 0; i < copies; i++)
        {
            var source = originals[i % originals.Count];
            File.WriteAllText(Path.Combine(files, $"{i:D4}_{Path.GetFileName(source)}"), File.ReadAllText(source) + $"\n（副本 {i}）\n");
        }
        var location = engine == TestStores.Sqlite ? StoreLocation.Sqlite(Path.Combine(folder, "corpus.db")) : stores.Location(engine);
        string[] db = engine == TestStores.Sqlite ? ["--db", location.Display] : ["--pg", location.ConnectionString];

        using (var child = StartImport(files, db))
        {
            var killAt = new Random().Next(5, 30);
            var watch = Stopwatch.StartNew();
            while (Committed(location) < killAt && !child.HasExited && watch.Elapsed < TimeSpan.FromMinutes(4)) Thread.Sleep(20);
            Assert.False(child.HasExited, "the import finished before it could be killed; raise the number of copies");
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }
        var afterKill = Committed(location);
        Assert.InRange(afterKill, 5, copies - 1);

        // What the killed run committed is whole: each document has all its cells and claims, as a full import of the
        // same file gives (all copies of one original read alike).
        var reference = Path.Combine(folder, "reference.db");
        var store = CorpusStore.Open(location);
        var referenceStore = CorpusStore.Open(StoreLocation.Sqlite(reference));
        new CorpusImporter(referenceStore).Import(originals.Select(o => (ImportSource)new FileImportSource(o)).ToList());
        var expected = Counts(referenceStore).ToDictionary(c => Path.GetFileName(c.Path), c => c);
        foreach (var c in Counts(store))
        {
            var e = expected[Original(c.Path)];
            Assert.Equal((e.Cells, e.Claims, e.Findings), (c.Cells, c.Claims, c.Findings));
        }

        using (var rerun = StartImport(files, db))
        {
            Assert.True(rerun.WaitForExit(TimeSpan.FromMinutes(10)));
            Assert.Equal(0, rerun.ExitCode);
        }
        Assert.Equal(copies, Committed(location));
        Assert.Equal(copies, Counts(store).Select(c => c.Path).Distinct().Count());
    }

    private static string Original(string path) => Path.GetFileName(path)[5..];

    private static Process StartImport(string files, string[] store)
    {
        var info = new ProcessStartInfo("dotnet", [YusuanDll(), "import", files, .. store, "--quiet", "--jobs", "2"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>The CLI built next to this test assembly's configuration (the test project builds it first).</summary>
    private static string YusuanDll()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var path = Path.Combine(Samples.Root, "src", "Yusuan.Cli", "bin", configuration, "net10.0", "yusuan.dll");
        Assert.True(File.Exists(path), $"yusuan.dll not built at {path}");
        return path;
    }

    private static long Committed(StoreLocation location)
    {
        if (location.Engine == StoreEngine.Sqlite && !File.Exists(location.Display)) return 0;
        try
        {
            using System.Data.Common.DbConnection connection = location.Engine == StoreEngine.Sqlite
                ? new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={location.Display};Mode=ReadOnly;Pooling=False")
                : new Npgsql.NpgsqlConnection(location.ConnectionString);
            connection.Open();
            return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM documents WHERE status = 'ok'");
        }
        catch (System.Data.Common.DbException)
        {
            return 0; // not created or not migrated yet
        }
    }

    private sealed record DocumentCounts(string Path, long Cells, long Claims, long Findings);

    private static List<DocumentCounts> Counts(CorpusStore store)
    {
        using var connection = store.OpenConnection();
        return connection.Query<(string, long, long, long)>(
                "SELECT d.source_path, (SELECT COUNT(*) FROM cells c WHERE c.document_id = d.id), (SELECT COUNT(*) FROM claims c WHERE c.document_id = d.id), " +
                "(SELECT COUNT(*) FROM findings f WHERE f.document_id = d.id AND f.rule NOT LIKE 'YOY.%') FROM documents d WHERE d.status = 'ok'")
            .Select(r => new DocumentCounts(r.Item1, r.Item2, r.Item3, r.Item4)).ToList();
    }

    private static void AssertEveryStoredDocumentIsWhole(CorpusStore store, List<SyntheticDocument> docs)
    {
        var byName = docs.ToDictionary(d => d.Name);
        using var connection = store.OpenConnection();
        var rows = connection.Query<(string, long, long, long)>(
            "SELECT d.source_path, (SELECT COUNT(*) FROM cells c WHERE c.document_id = d.id), (SELECT COUNT(*) FROM claims c WHERE c.document_id = d.id), " +
            "(SELECT COUNT(*) FROM indicators i WHERE i.document_id = d.id) FROM documents d").ToList();
        foreach (var (path, cells, claims, indicators) in rows)
        {
            var d = byName[path].Document;
            Assert.Equal(Core.Export.CellsProjection.Cells(d).Count(), cells);
            Assert.Equal(d.Narrative.Claims.Length, claims);
            Assert.Equal(d.Targets.Sum(t => t.Indicators.Length), indicators);
        }
    }

    private sealed class InlineProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }

    public void Dispose() => stores.Dispose();
}
