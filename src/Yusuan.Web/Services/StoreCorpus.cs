using System.Collections.Concurrent;
using System.Text;
using Yusuan.Core.Reading;
using Yusuan.Storage;
using Yusuan.Storage.Engines;
using Yusuan.Storage.Importing;
using Yusuan.Storage.Querying;

namespace Yusuan.Web.Services;

/// <summary>
/// The corpus in the SQLite/PostgreSQL store of src/Yusuan.Storage (the one `yusuan import`, `list`, `query` use).
/// At start every stored document whose source file is still there (same content hash) is read and checked
/// into memory for the pages; a document saved from the web app has its text written next to the database
/// first and is then imported in one transaction, so a failed save leaves neither a row nor a file behind.
/// </summary>
public sealed class StoreCorpus : ICorpus
{
    private readonly CorpusStore store;
    private readonly IDisclosureChecker checker;
    private readonly string filesFolder;
    private readonly InMemoryCorpus memory = new();
    private readonly ConcurrentBag<string> missing = [];

    // Serialises writes only: SQLite has one writer. Reading and checking happen before the lock is taken.
    private readonly SemaphoreSlim writer = new(1, 1);

    private StoreCorpus(CorpusStore store, IDisclosureChecker checker, string filesFolder)
    {
        this.store = store;
        this.checker = checker;
        this.filesFolder = filesFolder;
    }

    public string Description =>
        $"语料库：{store.Location.Display}（已载入 {memory.List(new CorpusFilter()).Count} 份"
        + (missing.IsEmpty ? "）" : $"；另有 {missing.Count} 份的原文件已不在原处，未载入）");

    /// <summary>Opens (creating and migrating if needed) the store and loads its documents.</summary>
    /// <exception cref="StoreException">The store cannot be opened; the message is one sentence.</exception>
    public static StoreCorpus Open(StoreLocation location, IDisclosureChecker checker, string? filesFolder = null, Action<string>? log = null)
    {
        var store = CorpusStore.Open(location);
        var folder = filesFolder ?? (location.Engine == StoreEngine.Sqlite
            ? location.Display + ".files"
            : Path.Combine(Environment.CurrentDirectory, "yusuan-files"));
        var corpus = new StoreCorpus(store, checker, Path.GetFullPath(folder));
        corpus.Load(location, log);
        return corpus;
    }

    public IReadOnlyList<CheckedFile> List(CorpusFilter filter) => memory.List(filter);

    public CheckedFile? Get(string id) => memory.Get(id);

    public CheckedFile Add(CheckedFile document)
    {
        if (memory.Get(document.Id) is { } known) return known;
        Directory.CreateDirectory(filesFolder);
        var path = Path.Combine(filesFolder, document.Id + ".txt");
        writer.Wait();
        try
        {
            var existed = File.Exists(path);
            if (!existed) File.WriteAllText(path, document.Text, new UTF8Encoding(false));
            var report = new CorpusImporter(store, new ImportOptions { Parallelism = 1, Checker = Outcome }).Import([new FileImportSource(path)]);
            if (report.Failed > 0 || report.Cancelled)
            {
                if (!existed) File.Delete(path);
                var reason = report.Failures.FirstOrDefault()?.Reason ?? "未知原因";
                throw new StoreException($"无法保存到语料库：{CheckService.ChineseOnly(reason)}");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"无法保存到语料库：{e.Message}", e);
        }
        finally
        {
            writer.Release();
        }
        return memory.Add(document);
    }

    private CheckOutcome Outcome(Core.Model.Disclosure d)
    {
        var report = checker.Check(d, null);
        return new CheckOutcome(report.Findings, report.Summary.Completeness);
    }

    private void Load(StoreLocation location, Action<string>? log)
    {
        IReadOnlyList<DocumentListItem> stored;
        using (var connection = store.OpenConnection(readOnly: true))
        {
            stored = new CorpusQueries(connection).List(new DocumentFilter(Status: "ok"));
        }
        var databaseFolder = location.Engine == StoreEngine.Sqlite ? Path.GetDirectoryName(location.Display) : null;
        Parallel.ForEach(stored, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) }, item =>
        {
            var path = Locate(item.SourcePath, databaseFolder);
            if (path is null)
            {
                missing.Add(item.SourcePath);
                return;
            }
            var bytes = File.ReadAllBytes(path);
            if (!string.Equals(ImportSource.Hash(bytes), item.ContentHash, StringComparison.OrdinalIgnoreCase))
            {
                // The file changed since it was imported: what is stored no longer describes it.
                missing.Add(item.SourcePath);
                return;
            }
            var text = new UTF8Encoding(false, false).GetString(bytes);
            var name = Path.GetFileName(item.SourcePath);
            if (DisclosureReader.Read(text, name).Value is not { } document)
            {
                missing.Add(item.SourcePath);
                return;
            }
            memory.Add(new CheckedFile(CheckedFile.IdOf(text), name, text, checker.Report(document, name)));
        });
        if (!missing.IsEmpty) log?.Invoke($"语料库中有 {missing.Count} 份文档的原文件已不在原处（或已改动），网页中不显示。");
    }

    private static string? Locate(string sourcePath, string? databaseFolder)
    {
        if (File.Exists(sourcePath)) return sourcePath;
        if (databaseFolder is not null && !Path.IsPathRooted(sourcePath))
        {
            var beside = Path.Combine(databaseFolder, sourcePath);
            if (File.Exists(beside)) return beside;
        }
        return null;
    }
}
