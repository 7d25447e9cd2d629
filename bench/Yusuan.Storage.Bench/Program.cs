using System.Diagnostics;
using System.Globalization;
using Dapper;
using Yusuan.Core.Reading;
using Yusuan.Storage;
using Yusuan.Storage.Importing;
using Yusuan.Storage.Tests.Synthetic;

// Import throughput of the corpus store. Timing lives here, not in the tests (docs/storage.md has the figures).
//
//   dotnet run -c Release --project bench/Yusuan.Storage.Bench -- [--docs 10000] [--source synthetic|generator|files] [--check]
//       [--db FILE | --pg CONNSTR] [--jobs 2]
//
// synthetic: generated disclosure models (tables T1–T11, claims, projects, targets): measures the store itself.
// generator: disclosures made by Core/Generation from samples/input (varied units, years, scale).
// files:     the real seeds and corpus files, copied with a unique trailing line: read + check + store, end to end.
var ci = CultureInfo.InvariantCulture;
string Arg(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

var docs = int.Parse(Arg("--docs", "10000"), ci);
var source = Arg("--source", "synthetic");
var check = args.Contains("--check");
var jobs = int.Parse(Arg("--jobs", "2"), ci);
var pg = Arg("--pg", string.Empty);
var db = Arg("--db", Path.Combine(Path.GetTempPath(), $"yusuan-bench-{Environment.ProcessId}.db"));
var location = pg.Length > 0 ? StoreLocation.Postgres(pg) : StoreLocation.Sqlite(db);
if (pg.Length == 0)
{
    foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
}

IReadOnlyList<ImportSource> sources;
var prepare = Stopwatch.StartNew();
if (source == "files")
{
    var root = FindRoot();
    var originals = Directory.GetFiles(Path.Combine(root, "samples", "seeds"), "*.txt").Concat(Directory.GetFiles(Path.Combine(root, "samples", "corpus"), "*.txt")).ToList();
    var texts = originals.Select(File.ReadAllText).ToList();
    var folder = Directory.CreateTempSubdirectory("yusuan-bench-files-").FullName;
    for (var i = 0; i < docs; i++) File.WriteAllText(Path.Combine(folder, $"{i:D6}.txt"), texts[i % texts.Count] + $"\n（副本 {i}）\n");
    sources = FileImportSource.Expand([folder], out _);
}
else if (source == "generator")
{
    // The real generator (Core/Generation) from samples/input, 4 consecutive years per unit.
    var corpus = GeneratedCorpus.FromSample(Path.Combine(FindRoot(), "samples", "input", "bazhou-office-2025.json"));
    sources = corpus.Documents(units: (docs + 3) / 4, years: 4).Take(docs)
        .Select(d => (ImportSource)new DisclosureImportSource(d.Name, d.Document, ImportSource.Hash(System.Text.Encoding.UTF8.GetBytes(d.Name)))).ToList();
}
else
{
    // 4 consecutive years per unit, so the YOY pass has prior years to find.
    var corpus = new SyntheticCorpus();
    sources = corpus.Documents(units: (docs + 3) / 4, years: 4).Take(docs)
        .Select(d => (ImportSource)new DisclosureImportSource(d.Name, d.Document, ImportSource.Hash(System.Text.Encoding.UTF8.GetBytes(d.Name)))).ToList();
}
Console.WriteLine(string.Create(ci, $"prepared {sources.Count} {source} documents in {prepare.Elapsed.TotalSeconds:0.0} s"));

var store = CorpusStore.Open(location);
var importer = new CorpusImporter(store, new ImportOptions { Parallelism = jobs, Checker = check ? ImportOptions.CoreChecker : null });
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var lastReport = Stopwatch.StartNew();
var report = importer.Import(sources, new Progress(p =>
{
    if (lastReport.Elapsed.TotalSeconds < 10 && p.Done != p.Total) return;
    lastReport.Restart();
    Console.WriteLine(string.Create(ci, $"  {p.Done}/{p.Total}"));
}));

var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
using var connection = store.OpenConnection();
var cells = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM cells");
var claims = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM claims");
var findings = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM findings");
var rate = report.Imported / report.Elapsed.TotalSeconds;
Console.WriteLine(string.Create(ci, $"engine {location.Engine}, source {source}, checker {(check ? "on" : "off")}, jobs {jobs}, {Environment.ProcessorCount} cores"));
Console.WriteLine(string.Create(ci, $"imported {report.Imported} documents ({report.Failed} failed) in {report.Elapsed.TotalSeconds:0.0} s: {rate:0.0} docs/s"));
Console.WriteLine(string.Create(ci, $"rows: {cells} cells ({cells / Math.Max(1, report.Imported)} per document), {claims} claims, {findings} findings"));
Console.WriteLine(string.Create(ci, $"CPU time {cpu:0.0} s: {report.Imported / cpu:0.0} docs per CPU-second (the machine is shared; wall-clock rate depends on load)"));
Console.WriteLine(string.Create(ci, $"projection: 100,000 documents in {100_000 / rate / 60:0.0} min at the measured wall-clock rate, {100_000 / (report.Imported / cpu) / 60:0.0} min of CPU"));
if (pg.Length == 0) Console.WriteLine(string.Create(ci, $"database: {db} ({new FileInfo(db).Length / 1024.0 / 1024.0:0.0} MB + WAL)"));
return 0;

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Yusuan.slnx"))) dir = dir.Parent;
    return dir?.FullName ?? throw new InvalidOperationException("Yusuan.slnx not found");
}

internal sealed class Progress(Action<ImportProgress> report) : IProgress<ImportProgress>
{
    public void Report(ImportProgress value) => report(value);
}
