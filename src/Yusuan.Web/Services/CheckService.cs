using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Yusuan.Core.Checking;
using Yusuan.Core.Reading;
using Yusuan.Core.Reading.Formats;
using Yusuan.Web.Http;
using Yusuan.Web.Security;

namespace Yusuan.Web.Services;

/// <summary>
/// Reads and checks uploaded documents. Stateless apart from a bounded cache of recent results (for the result page and
/// its download links); nothing is written anywhere. Safe to call concurrently.
/// </summary>
/// <remarks>Memory per upload is bounded three times over: the body by <see cref="WebOptions.MaxUploadBytes"/>, what a
/// zip-based file expands to by <see cref="PackageGuard"/>, and the extracted text by <see cref="WebOptions.MaxTextChars"/>;
/// and at most <see cref="WebOptions.MaxConcurrentChecks"/> uploads are being expanded and read at once.</remarks>
public sealed class CheckService
{
    private readonly IDisclosureChecker checker;
    private readonly WebOptions options;
    private readonly ConcurrentDictionary<string, CheckedFile> recent = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> order = new();
    private long recentBytes;

    // Checks are CPU-bound: running more at once than there are cores only makes each slower and starves the thread pool
    // that serves the pages. Callers beyond the limit wait asynchronously, holding no thread; beyond the waiting limit they
    // are told to come back (503) instead of piling up uploads in memory.
    private readonly SemaphoreSlim running;
    private int waiting;

    public CheckService(IDisclosureChecker checker, WebOptions options)
    {
        this.checker = checker;
        this.options = options;
        running = new SemaphoreSlim(options.MaxConcurrentChecks, options.MaxConcurrentChecks);
    }

    public IDisclosureChecker Checker => checker;

    /// <summary>Reads and checks an upload off the request thread, at most one check per core at a time.</summary>
    public async Task<(CheckedFile? Document, UploadError? Error)> CheckAsync(Upload upload, CancellationToken cancel = default)
    {
        var id = Identify(upload);
        // A document checked a moment ago (a reviewer re-submitting it, several clients sending the same file) is
        // answered from the cache without queueing behind the checks in progress.
        if (Cached(id, upload.Name) is { } hit) return (hit, null);
        if (Interlocked.Increment(ref waiting) > options.MaxConcurrentChecks + options.MaxWaitingChecks)
        {
            Interlocked.Decrement(ref waiting);
            return (null, Busy);
        }
        try
        {
            await running.WaitAsync(cancel).ConfigureAwait(false);
            try
            {
                return await Task.Run(() => Check(upload, id), cancel).ConfigureAwait(false);
            }
            finally
            {
                running.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref waiting);
        }
    }

    /// <summary>
    /// Runs other work that expands an upload — the generator reading an XLSX template — in the same slots as the checks,
    /// off the request thread. Reading a workbook or a Word file takes many times its expanded size in memory (a 60 MB
    /// sheet, which passes the 64 MB bound, about 650 MB of heap), so the number of such reads at once is what bounds the
    /// server's memory, however the uploads arrive. Beyond the waiting limit the caller is told the server is busy (503).
    /// </summary>
    public async Task<(bool Admitted, T Result)> RunInSlotAsync<T>(Func<T> work, CancellationToken cancel = default)
    {
        if (Interlocked.Increment(ref waiting) > options.MaxConcurrentChecks + options.MaxWaitingChecks)
        {
            Interlocked.Decrement(ref waiting);
            return (false, default!);
        }
        try
        {
            await running.WaitAsync(cancel).ConfigureAwait(false);
            try
            {
                return (true, await Task.Run(work, cancel).ConfigureAwait(false));
            }
            finally
            {
                running.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref waiting);
        }
    }

    /// <summary>The sentence of a refusal because every slot and the waiting room are full.</summary>
    public static UploadError Busy => new(StatusCodes.Status503ServiceUnavailable, "服务器正忙（排队检查的文件太多），请稍后再试。");

    /// <summary>Reads and checks an upload; a document that cannot be read gives 400 and one sentence.</summary>
    public (CheckedFile? Document, UploadError? Error) Check(Upload upload) => Check(upload, Identify(upload));

    private (CheckedFile? Document, UploadError? Error) Check(Upload upload, string id)
    {
        if (Cached(id, upload.Name) is { } hit) return (hit, null);
        var (document, error) = Read(upload, id, checker, options);
        if (document is not null) Remember(document);
        return (document, error);
    }

    /// <summary>Extracts, reads and checks one file within the web layer's bounds (no cache, no queue).</summary>
    public static (CheckedFile? Document, UploadError? Error) Read(Upload upload, string id, IDisclosureChecker checker, WebOptions options)
    {
        if (PackageGuard.Inspect(upload.Bytes, upload.Name, options) is { } refused) return (null, refused);
        // PDF, Word, Excel and HTML become text here; the text is what the page shows and what findings' lines refer to.
        var extracted = DocumentText.Extract(upload.Bytes, upload.Name);
        if (!extracted.Success)
        {
            return (null, new UploadError(StatusCodes.Status400BadRequest, ChineseOnly(extracted.Error)));
        }
        var text = extracted.Text!;
        if (text.Length > options.MaxTextChars)
        {
            return (null, new UploadError(StatusCodes.Status413PayloadTooLarge,
                $"“{upload.Name}”的文字超过 {options.MaxTextChars / 1_000_000} 百万字，不像一份公开文件，已拒绝。"));
        }
        var read = DisclosureReader.Read(extracted, upload.Name);
        if (read.Value is not { } document)
        {
            return (null, new UploadError(StatusCodes.Status400BadRequest, ChineseOnly(read.Error)));
        }
        // Evidence, page and box from the read text, as `yusuan check` gives them (JSON, SARIF and 检查表 downloads).
        var report = checker.Report(document, upload.Name);
        report = report with { Check = SourceEvidence.Attach(report.Check, read.Source!) };
        return (new CheckedFile(id, upload.Name, text, report) { Original = upload.Bytes, PageSizes = extracted.PageSizes }, null);
    }

    /// <summary>The id of an upload is the hash of its bytes (for text: of its UTF-8 text), so a repeated file is known
    /// before anything is extracted or read, and is the same id the corpus gives the file once saved.</summary>
    private static string Identify(Upload upload) => CheckedFile.IdOf(upload.Bytes);

    private CheckedFile? Cached(string id, string name) => recent.TryGetValue(id, out var cached) && cached.Name == name ? cached : null;

    public CheckedFile? Recent(string id) => recent.TryGetValue(id, out var d) ? d : null;

    private void Remember(CheckedFile d)
    {
        if (!recent.TryAdd(d.Id, d))
        {
            recent[d.Id] = d;
            return;
        }
        order.Enqueue(d.Id);
        Interlocked.Add(ref recentBytes, d.Footprint);
        // Bounded by count and by bytes held (text and original), so a run of large uploads cannot fill the memory.
        while ((recent.Count > options.RecentChecks || Interlocked.Read(ref recentBytes) > options.RecentBytes) && order.TryDequeue(out var oldest))
        {
            if (recent.TryRemove(oldest, out var gone)) Interlocked.Add(ref recentBytes, -gone.Footprint);
        }
    }

    /// <summary>Reader messages are "中文。/ English."; the web UI shows the Chinese half, without any server path.</summary>
    internal static string ChineseOnly(string? message)
    {
        if (string.IsNullOrEmpty(message)) return "无法读取该文件。";
        var slash = message.IndexOf(" / ", StringComparison.Ordinal);
        if (slash < 0) slash = message.IndexOf("。/", StringComparison.Ordinal) is var stop and >= 0 ? stop + 1 : -1;
        return Redact.Paths(slash > 0 ? message[..slash].TrimEnd() : message);
    }
}
