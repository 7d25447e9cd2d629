using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Threading.Channels;
using Yusuan.Storage;
using Yusuan.Storage.Web;
using Yusuan.Web.Services;

namespace Yusuan.Web.Batches;

public enum BatchItemStatus
{
    Queued,
    Done,
    Failed,
}

/// <summary>One file of a batch: where it stands, and the document it became.</summary>
public sealed record BatchItem(int Seq, string Name, string File, BatchItemStatus Status, string? DocumentId, string? Error);

/// <summary>A batch review job as the pages and the API show it.</summary>
public sealed record Batch(string Id, string Name, string? CreatedBy, DateTimeOffset CreatedAt, IReadOnlyList<BatchItem> Items)
{
    public int Total => Items.Count;
    public int Done => Items.Count(i => i.Status == BatchItemStatus.Done);
    public int Failed => Items.Count(i => i.Status == BatchItemStatus.Failed);
    public int Queued => Items.Count(i => i.Status == BatchItemStatus.Queued);
    public bool Finished => Queued == 0;
}

/// <summary>
/// Batch review: many files (or zips of them) become one job whose files are read, checked and saved to the corpus one
/// after another in the background, beside the users' own checks (they share the check slots). The job and each file's
/// state are written to the store as they change, and the uploaded files are kept next to the database until done, so a
/// restarted app carries on with what was left. Without a store a batch lives in memory.
/// </summary>
public sealed class BatchService : IDisposable
{
    private readonly CheckService checks;
    private readonly ICorpus corpus;
    private readonly WebOptions options;
    private readonly WebBatches? table;
    private readonly string folder;
    private readonly bool ownsFolder;
    private readonly Action<string>? log;
    private readonly ConcurrentDictionary<string, Batch> batches = new(StringComparer.Ordinal);
    private readonly Channel<(string Batch, int Seq)> work = Channel.CreateUnbounded<(string, int)>(new UnboundedChannelOptions { SingleReader = false });
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock gate = new();
    private readonly List<Task> workers = [];

    public BatchService(CheckService checks, ICorpus corpus, WebOptions options, CorpusStore? store, string? folder, Action<string>? log = null)
    {
        this.checks = checks;
        this.corpus = corpus;
        this.options = options;
        this.log = log;
        table = store is null ? null : new WebBatches(store);
        ownsFolder = folder is null;
        this.folder = folder ?? Directory.CreateTempSubdirectory("yusuan-batches-").FullName;
        Directory.CreateDirectory(this.folder);
        if (table is not null) Restore();
    }

    /// <summary>Starts the background workers (one fewer than the check slots, at least one, so a page's own check
    /// always finds a free slot).</summary>
    public void Start()
    {
        var count = Math.Max(1, options.MaxConcurrentChecks - 1);
        for (var i = 0; i < count; i++) workers.Add(Task.Run(WorkAsync));
    }

    public IReadOnlyList<Batch> List() => [.. batches.Values.OrderByDescending(b => b.CreatedAt)];

    public Batch? Get(string id) => batches.GetValueOrDefault(id);

    /// <summary>Starts a batch: add its files one by one (each is written to disk at once), then commit.</summary>
    public BatchBuilder Begin(string name, string? createdBy) => new(this, name, createdBy);

    /// <summary>Creates a batch of the given files and queues them.</summary>
    /// <exception cref="StoreException">The job cannot be written to the store or the files to disk.</exception>
    public Batch Create(string name, string? createdBy, IEnumerable<BatchFile> files)
    {
        var builder = Begin(name, createdBy);
        try
        {
            foreach (var f in files) builder.Add(f);
            return builder.Commit();
        }
        catch
        {
            builder.Abort();
            throw;
        }
    }

    /// <summary>A batch being uploaded: nothing is queued or recorded until <see cref="Commit"/>.</summary>
    public sealed class BatchBuilder
    {
        private readonly BatchService owner;
        private readonly string name;
        private readonly string? createdBy;
        private readonly List<BatchItem> items = [];

        internal BatchBuilder(BatchService owner, string name, string? createdBy)
        {
            this.owner = owner;
            this.name = name;
            this.createdBy = createdBy;
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        }

        public string Id { get; }

        public int Count => items.Count;

        /// <exception cref="StoreException">The file cannot be written.</exception>
        public void Add(BatchFile f)
        {
            var seq = items.Count + 1;
            var file = $"{Id}/{seq.ToString("0000", CultureInfo.InvariantCulture)}{SafeExtension(f.Name)}";
            try
            {
                Directory.CreateDirectory(Path.Combine(owner.folder, Id));
                if (f.Bytes is not null) File.WriteAllBytes(Path.Combine(owner.folder, file), f.Bytes);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                owner.log?.Invoke($"无法保存批量上传的文件：{e.Message}");
                throw new StoreException("无法建立批量检查任务（无法写入文件），详情见服务器日志。", e);
            }
            items.Add(new BatchItem(seq, f.Name, file, f.Bytes is null ? BatchItemStatus.Failed : BatchItemStatus.Queued, null, f.Refusal));
        }

        /// <exception cref="StoreException">The job cannot be written to the store.</exception>
        public Batch Commit()
        {
            var batch = new Batch(Id, string.IsNullOrWhiteSpace(name) ? DefaultName(items.Count) : name.Trim(), createdBy, DateTimeOffset.UtcNow, [.. items]);
            try
            {
                owner.table?.Create(
                    new BatchRow { Id = Id, Name = batch.Name, CreatedBy = createdBy, CreatedAt = batch.CreatedAt.ToString("O", CultureInfo.InvariantCulture), Total = items.Count },
                    [.. items.Select(x => Row(Id, x))]);
            }
            catch (Exception e) when (e is System.Data.Common.DbException or StoreException)
            {
                owner.log?.Invoke($"无法记录批次：{e.Message}");
                Abort();
                throw new StoreException("无法建立批量检查任务（无法写入数据库），详情见服务器日志。", e);
            }
            owner.batches[Id] = batch;
            foreach (var item in items.Where(x => x.Status == BatchItemStatus.Queued)) owner.work.Writer.TryWrite((Id, item.Seq));
            return batch;
        }

        public void Abort() => TryDelete(Path.Combine(owner.folder, Id));
    }

    /// <summary>Removes a batch (its documents stay in the corpus).</summary>
    public bool Remove(string id)
    {
        if (!batches.TryRemove(id, out _)) return false;
        table?.Remove(id);
        TryDelete(Path.Combine(folder, id));
        return true;
    }

    private async Task WorkAsync()
    {
        var cancel = stopping.Token;
        try
        {
            await foreach (var (batchId, seq) in work.Reader.ReadAllAsync(cancel).ConfigureAwait(false))
            {
                if (!batches.TryGetValue(batchId, out var batch)) continue;
                var item = batch.Items.FirstOrDefault(i => i.Seq == seq);
                if (item is null || item.Status != BatchItemStatus.Queued) continue;
                var done = await ProcessAsync(batch, item, cancel).ConfigureAwait(false);
                if (done is null) return;
                Update(batchId, done);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: what is still queued stays queued in the store, and is taken up at the next start.
        }
    }

    /// <summary>Reads, checks and saves one file; null when the app is stopping (the file stays queued).</summary>
    private async Task<BatchItem?> ProcessAsync(Batch batch, BatchItem item, CancellationToken cancel)
    {
        var path = Path.Combine(folder, item.File);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancel).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return item with { Status = BatchItemStatus.Failed, Error = "上传的文件已不在服务器上，请重新上传。" };
        }
        var (upload, refused) = UploadReader.Validate(new Upload(Path.GetFileName(item.Name), bytes), UploadKind.DisclosureText);
        if (upload is null) return Finished(path, item with { Status = BatchItemStatus.Failed, Error = refused!.Message });
        CheckedFile? document;
        UploadError? error;
        try
        {
            // Stopping does not wait for a check in progress: its file stays queued and is checked again at the next start.
            (document, error) = await checks.CheckAsync(upload, cancel).WaitAsync(cancel).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception e)
        {
            log?.Invoke($"批量检查“{item.Name}”时出错：{e}");
            return Finished(path, item with { Status = BatchItemStatus.Failed, Error = "检查时出错，详情见服务器日志。" });
        }
        if (document is null)
        {
            // Busy (503) is not the file's fault: try it again a little later.
            if (error!.Status == Microsoft.AspNetCore.Http.StatusCodes.Status503ServiceUnavailable)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancel).ConfigureAwait(false);
                work.Writer.TryWrite((batch.Id, item.Seq));
                return item;
            }
            return Finished(path, item with { Status = BatchItemStatus.Failed, Error = error.Message });
        }
        try
        {
            var entry = corpus.Add(document, batch.CreatedBy);
            return Finished(path, item with { Status = BatchItemStatus.Done, DocumentId = entry.Id, Error = null });
        }
        catch (StoreException e)
        {
            return Finished(path, item with { Status = BatchItemStatus.Failed, Error = Http.Redact.Paths(e.Message) });
        }
    }

    /// <summary>The uploaded copy is not needed once the file is done: the corpus keeps its own.</summary>
    private static BatchItem Finished(string path, BatchItem item)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        return item;
    }

    private void Update(string batchId, BatchItem item)
    {
        lock (gate)
        {
            if (!batches.TryGetValue(batchId, out var batch)) return;
            batches[batchId] = batch with { Items = [.. batch.Items.Select(i => i.Seq == item.Seq ? item : i)] };
        }
        if (item.Status == BatchItemStatus.Queued) return;
        try
        {
            table?.Finish(batchId, item.Seq, Key(item.Status), item.DocumentId, item.Error);
        }
        catch (Exception e) when (e is StoreException or System.Data.Common.DbException)
        {
            // The item will be checked again after a restart (and found in the corpus); nothing is lost.
            log?.Invoke($"无法记录批次进度：{e.Message}");
        }
    }

    private void Restore()
    {
        var items = table!.Items().GroupBy(i => i.BatchId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var row in table.List())
        {
            var list = items.GetValueOrDefault(row.Id) ?? [];
            var batch = new Batch(row.Id, row.Name, row.CreatedBy,
                DateTimeOffset.TryParse(row.CreatedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : DateTimeOffset.UtcNow,
                [.. list.Select(i => new BatchItem(i.Seq, i.Name, i.File, Parse(i.Status), i.DocumentId, i.Error))]);
            batches[row.Id] = batch;
            foreach (var item in batch.Items.Where(i => i.Status == BatchItemStatus.Queued)) work.Writer.TryWrite((row.Id, item.Seq));
        }
        var left = batches.Values.Sum(b => b.Queued);
        if (left > 0) log?.Invoke($"继续上次未完成的批量检查：还有 {left} 个文件。");
    }

    private static BatchItemRow Row(string batchId, BatchItem i) =>
        new() { BatchId = batchId, Seq = i.Seq, Name = i.Name, File = i.File, Status = Key(i.Status), DocumentId = i.DocumentId, Error = i.Error };

    public static string Key(BatchItemStatus s) => s switch
    {
        BatchItemStatus.Done => "done",
        BatchItemStatus.Failed => "failed",
        _ => "queued",
    };

    private static BatchItemStatus Parse(string s) => s switch
    {
        "done" => BatchItemStatus.Done,
        "failed" => BatchItemStatus.Failed,
        _ => BatchItemStatus.Queued,
    };

    private static string DefaultName(int files) =>
        $"{DateTime.Now.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} 上传的 {files} 个文件";

    private static string SafeExtension(string name)
    {
        var ext = Path.GetExtension(name).ToLowerInvariant();
        return ext.Length is > 1 and <= 9 && ext.Skip(1).All(char.IsAsciiLetterOrDigit) ? ext : ".bin";
    }

    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    public void Dispose()
    {
        stopping.Cancel();
        work.Writer.TryComplete();
        try
        {
            Task.WaitAll([.. workers], TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
        }
        stopping.Dispose();
        if (ownsFolder) TryDelete(folder);
    }
}
