using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Yusuan.Core.Reading.Formats;
using Yusuan.Storage;
using Yusuan.Storage.Engines;
using Yusuan.Storage.Importing;
using Yusuan.Storage.Web;

namespace Yusuan.Web.Services;

/// <summary>
/// The corpus in the store of src/Yusuan.Storage (SQLite or PostgreSQL), shared with <c>yusuan import/list/query</c>.
/// A document's id is the first 16 hex digits of the SHA-256 of its file (documents.content_hash), so it is the same after
/// a restart and the same file saved twice is one document. Saving keeps the file as uploaded next to the database
/// (<c>&lt;db&gt;.files/&lt;id&gt;.pdf</c>) and imports it with the check just made, in one transaction; its summary is stored
/// with it (web_documents), so a restart loads summaries and reads no document. Documents without a summary made by this
/// checker (imported by the CLI, or checked by an older version) are summarised once, in the background.
/// </summary>
public sealed class StoreCorpus : ICorpus, IDisposable
{
    private sealed record Known(CorpusEntry Entry, string Hash, string? File, string SourcePath);

    private readonly CorpusStore store;
    private readonly WebDocuments table;
    private readonly IDisclosureChecker checker;
    private readonly WebOptions options;
    private readonly string filesFolder;
    private readonly string? databaseFolder;
    private readonly string version;
    private readonly ConcurrentDictionary<string, Known> known = new(StringComparer.Ordinal);
    private readonly DocumentCache cache;
    private readonly CancellationTokenSource stopping = new();
    private int pending;
    private int unreadable;
    private Action<string>? log;

    // Serialises writes only: SQLite has one writer. Reading and checking happen before the lock is taken.
    private readonly SemaphoreSlim writer = new(1, 1);

    private StoreCorpus(CorpusStore store, IDisclosureChecker checker, WebOptions options, string filesFolder)
    {
        this.store = store;
        this.checker = checker;
        this.options = options;
        this.filesFolder = filesFolder;
        table = new WebDocuments(store);
        databaseFolder = store.Location.Engine == StoreEngine.Sqlite ? Path.GetDirectoryName(store.Location.Display) : null;
        version = CheckerVersion.Of(checker);
        cache = new DocumentCache(Math.Max(1, options.CachedDocuments));
    }

    /// <summary>Completes when every stored document has a current summary (the background pass after start).</summary>
    public Task Ready { get; private set; } = Task.CompletedTask;

    public CorpusStore Store => store;

    /// <summary>Where the app keeps the files it saves (and, under batches/, batch uploads until they are done).</summary>
    public string FilesFolder => filesFolder;

    public string Description
    {
        get
        {
            var name = store.Location.Engine == StoreEngine.Sqlite ? $"SQLite 数据库 {Path.GetFileName(store.Location.Display)}" : "PostgreSQL 数据库";
            var text = $"语料库：{name}（{known.Count} 份";
            if (Volatile.Read(ref pending) > 0) text += $"；另有 {pending} 份正在整理，稍后显示";
            if (Volatile.Read(ref unreadable) > 0) text += $"；{unreadable} 份的原文件已不在原处或已改动，未载入";
            return text + "）";
        }
    }

    /// <summary>Opens (creating and migrating if needed) the store and loads its documents' summaries.</summary>
    /// <exception cref="StoreException">The store cannot be opened; the message is one sentence.</exception>
    public static StoreCorpus Open(StoreLocation location, IDisclosureChecker checker, WebOptions? options = null, Action<string>? log = null)
    {
        options ??= new WebOptions();
        var store = CorpusStore.Open(location);
        var folder = options.StoreFiles ?? (location.Engine == StoreEngine.Sqlite
            ? location.Display + ".files"
            : Path.Combine(Environment.CurrentDirectory, "yusuan-files"));
        var corpus = new StoreCorpus(store, checker, options, Path.GetFullPath(folder)) { log = log };
        corpus.Load();
        return corpus;
    }

    public IReadOnlyList<CorpusEntry> List(CorpusFilter filter) => CorpusExtensions.Ordered(known.Values.Select(k => k.Entry).Where(filter.Matches));

    public CorpusEntry? Entry(string id) => known.TryGetValue(id, out var k) ? k.Entry : null;

    public CheckedFile? Get(string id)
    {
        if (!known.TryGetValue(id, out var k)) return null;
        if (cache.Get(id) is { } hit) return hit;
        var document = Read(k.Hash, k.Entry.Name, k.File, k.SourcePath);
        if (document is not null) cache.Put(document);
        return document;
    }

    public byte[]? Original(string id) => known.TryGetValue(id, out var k) ? Kept(k.Hash, k.File, k.SourcePath) : null;

    public CorpusEntry Add(CheckedFile document, string? savedBy = null)
    {
        if (known.TryGetValue(document.Id, out var existing)) return existing.Entry;
        var original = document.Original ?? Encoding.UTF8.GetBytes(document.Text);
        var hash = WebDocuments.Hash(original);
        var id = hash[..16];
        if (known.TryGetValue(id, out existing)) return existing.Entry;
        var entry = CorpusEntry.Of(document) with { Id = id };
        var file = id + Extension(original, document.Name);
        var path = Path.Combine(filesFolder, file);
        writer.Wait();
        try
        {
            Directory.CreateDirectory(filesFolder);
            var existed = File.Exists(path);
            if (!existed) File.WriteAllBytes(path, original);
            var outcome = new CheckOutcome(document.Report.Findings, document.Report.Completeness);
            var report = new CorpusImporter(store, new ImportOptions { Parallelism = 1, Checker = _ => outcome })
                .Import([new DisclosureImportSource(path, document.Report.Document, hash)]);
            if (report.Failed > 0 || report.Cancelled)
            {
                if (!existed) File.Delete(path);
                log?.Invoke($"保存失败：{report.Failures.FirstOrDefault()?.Reason}");
                throw new StoreException("无法保存到语料库（数据库拒绝了这份文档），详情见服务器日志。");
            }
            table.Save(hash, id, document.Name, file, version, entry.ToJson(), savedBy);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException)
        {
            log?.Invoke($"保存失败：{e.Message}");
            throw new StoreException("无法保存到语料库（无法写入文件或数据库），详情见服务器日志。", e);
        }
        finally
        {
            writer.Release();
        }
        known[id] = new Known(entry, hash, file, path);
        cache.Put(document with { Id = id, Original = null });
        return entry;
    }

    /// <summary>
    /// Saves the disclosures of a folder (<c>yusuan serve --corpus DIR</c>) as an upload is saved: each file kept as it is,
    /// under the id of its bytes (a PDF keeps its pages for the document view). A file already stored is known by its
    /// hash and not read again, so a restart with the same folder checks nothing it checked before; files that are not
    /// disclosures are reported and skipped.
    /// </summary>
    /// <returns>How many files were added.</returns>
    public int AddFolder(string root, Action<string>? report = null)
    {
        if (!Directory.Exists(root))
        {
            report?.Invoke($"语料目录不存在：{Path.GetFileName(Path.TrimEndingDirectorySeparator(root))}");
            return 0;
        }
        var added = 0;
        Parallel.ForEach(InMemoryCorpus.DisclosureFiles(root), file =>
        {
            var name = Path.GetRelativePath(root, file);
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                report?.Invoke($"跳过 {name}：无法读取该文件。");
                return;
            }
            var id = CheckedFile.IdOf(bytes);
            if (known.ContainsKey(id)) return;
            var (document, error) = CheckService.Read(new Upload(name, bytes), id, checker, options);
            if (document is null)
            {
                report?.Invoke($"跳过 {name}：{error!.Message}");
                return;
            }
            Add(document);
            Interlocked.Increment(ref added);
        });
        return added;
    }

    public bool Remove(string id)
    {
        if (!known.TryGetValue(id, out var k)) return false;
        writer.Wait();
        try
        {
            table.Remove(k.Hash);
            // Only a file the app kept itself is deleted; a file `yusuan import` read stays where its owner put it.
            if (k.File is not null && Path.Combine(filesFolder, k.File) is var path && File.Exists(path)) File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException)
        {
            log?.Invoke($"删除失败：{e.Message}");
            throw new StoreException("无法从语料库删除这份文档，详情见服务器日志。", e);
        }
        finally
        {
            writer.Release();
        }
        known.TryRemove(id, out _);
        cache.Remove(id);
        return true;
    }

    private void Load()
    {
        var missing = new List<WebDocumentRow>();
        foreach (var row in table.List())
        {
            var id = row.Id ?? row.ContentHash[..Math.Min(16, row.ContentHash.Length)];
            if (row.SummaryJson is not null && row.Checker == version && CorpusEntry.FromJson(row.SummaryJson) is { } entry)
            {
                known[id] = new Known(entry with { Id = id }, row.ContentHash, row.File, row.SourcePath);
            }
            else
            {
                missing.Add(row);
            }
        }
        if (missing.Count == 0) return;
        pending = missing.Count;
        log?.Invoke($"语料库中有 {missing.Count} 份文档尚无本版本的检查摘要，正在后台整理。");
        var cancel = stopping.Token;
        Ready = Task.Run(() =>
        {
            // One at a time beside the users' own checks: a one-off pass, not worth slowing the pages for.
            foreach (var row in missing)
            {
                if (cancel.IsCancellationRequested) return;
                try
                {
                    Summarise(row);
                }
                finally
                {
                    Interlocked.Decrement(ref pending);
                }
            }
            if (unreadable > 0) log?.Invoke($"语料库中有 {unreadable} 份文档的原文件已不在原处（或已改动），网页中不显示。");
        }, CancellationToken.None);
    }

    private void Summarise(WebDocumentRow row)
    {
        var name = row.Name ?? Path.GetFileName(row.SourcePath);
        var document = Read(row.ContentHash, name, row.File, row.SourcePath);
        if (document is null)
        {
            Interlocked.Increment(ref unreadable);
            return;
        }
        var entry = CorpusEntry.Of(document);
        try
        {
            table.Save(row.ContentHash, document.Id, name, row.File, version, entry.ToJson(), null);
        }
        catch (Exception e) when (e is StoreException or System.Data.Common.DbException)
        {
            // Listed anyway; the summary is made again at the next start.
            log?.Invoke($"无法保存检查摘要：{e.Message}");
        }
        known[document.Id] = new Known(entry, row.ContentHash, row.File, row.SourcePath);
    }

    /// <summary>Reads and checks a stored document from its kept file (or the file it was imported from), if that file is
    /// still there with the same content.</summary>
    private CheckedFile? Read(string hash, string name, string? file, string sourcePath)
    {
        if (Kept(hash, file, sourcePath) is not { } bytes) return null;
        var (document, _) = CheckService.Read(new Upload(name, bytes), hash[..16], checker, options);
        return document is null ? null : document with { Original = null };
    }

    /// <summary>The bytes of a stored document's file, if it is still there with the same content.</summary>
    private byte[]? Kept(string hash, string? file, string sourcePath)
    {
        var path = Locate(file, sourcePath);
        if (path is null) return null;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        return string.Equals(WebDocuments.Hash(bytes), hash, StringComparison.OrdinalIgnoreCase) ? bytes : null;
    }

    private string? Locate(string? file, string sourcePath)
    {
        if (file is not null && Path.Combine(filesFolder, file) is var kept && File.Exists(kept)) return kept;
        if (File.Exists(sourcePath)) return sourcePath;
        if (databaseFolder is not null && !Path.IsPathRooted(sourcePath) && Path.Combine(databaseFolder, sourcePath) is var beside && File.Exists(beside))
        {
            return beside;
        }
        return null;
    }

    /// <summary>The kept file's extension, from what the bytes are (a PDF named .txt is kept as .pdf).</summary>
    private static string Extension(byte[] bytes, string name) => FormatDetector.Detect(bytes, name) switch
    {
        SourceFormat.Pdf => ".pdf",
        SourceFormat.Docx => ".docx",
        SourceFormat.Xlsx => ".xlsx",
        SourceFormat.Html => ".html",
        _ => Path.GetExtension(name).ToLowerInvariant() is ".md" or ".markdown" ? ".md" : ".txt",
    };

    public void Dispose()
    {
        stopping.Cancel();
        stopping.Dispose();
        writer.Dispose();
    }
}

/// <summary>Which checker made a stored summary: the checker's type and the builds of the core and the web app. A new
/// build summarises the corpus again (once, in the background), so stored counts never describe an older checker.</summary>
internal static class CheckerVersion
{
    public static string Of(IDisclosureChecker checker)
    {
        var text = string.Join('|', checker.GetType().FullName, typeof(Yusuan.Core.Checking.Checker).Assembly.ManifestModule.ModuleVersionId,
            typeof(CorpusEntry).Assembly.ManifestModule.ModuleVersionId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}

/// <summary>The last few whole documents the pages asked for (least recently used goes first).</summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly LinkedList<CheckedFile> order = new();
    private readonly Dictionary<string, LinkedListNode<CheckedFile>> byId = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public CheckedFile? Get(string id)
    {
        lock (gate)
        {
            if (!byId.TryGetValue(id, out var node)) return null;
            order.Remove(node);
            order.AddFirst(node);
            return node.Value;
        }
    }

    public void Put(CheckedFile document)
    {
        lock (gate)
        {
            if (byId.Remove(document.Id, out var old)) order.Remove(old);
            byId[document.Id] = order.AddFirst(document);
            while (order.Count > capacity)
            {
                byId.Remove(order.Last!.Value.Id);
                order.RemoveLast();
            }
        }
    }

    public void Remove(string id)
    {
        lock (gate)
        {
            if (byId.Remove(id, out var node)) order.Remove(node);
        }
    }
}
