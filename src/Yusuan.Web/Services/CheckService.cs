using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Http;
using Yusuan.Core.Reading;
using Yusuan.Core.Reading.Formats;

namespace Yusuan.Web.Services;

/// <summary>
/// Reads and checks uploaded documents. Stateless apart from a bounded cache of recent results (for the
/// result page and its download links); nothing is written anywhere. Safe to call concurrently.
/// </summary>
public sealed class CheckService(IDisclosureChecker checker, WebOptions options)
{
    private readonly ConcurrentDictionary<string, CheckedFile> recent = new(StringComparer.Ordinal);

    // Checks are CPU-bound: running more at once than there are cores only makes each slower and starves the
    // thread pool that serves the pages. Callers beyond the limit wait asynchronously, holding no thread.
    private readonly SemaphoreSlim running = new(Math.Max(2, Environment.ProcessorCount), Math.Max(2, Environment.ProcessorCount));
    private readonly ConcurrentQueue<string> order = new();

    public IDisclosureChecker Checker => checker;

    /// <summary>Reads and checks an upload off the request thread, at most one check per core at a time.</summary>
    public async Task<(CheckedFile? Document, UploadError? Error)> CheckAsync(Upload upload, CancellationToken cancel = default)
    {
        var id = Identify(upload);
        // A document checked a moment ago (a reviewer re-submitting it, several clients sending the same file) is
        // answered from the cache without queueing behind the checks in progress.
        if (Cached(id, upload.Name) is { } hit) return (hit, null);
        await running.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            return Check(upload, id);
        }
        finally
        {
            running.Release();
        }
    }

    /// <summary>Reads and checks an upload; a document that cannot be read gives 400 and one sentence.</summary>
    public (CheckedFile? Document, UploadError? Error) Check(Upload upload)
    {
        return Check(upload, Identify(upload));
    }

    private (CheckedFile? Document, UploadError? Error) Check(Upload upload, string id)
    {
        if (Cached(id, upload.Name) is { } hit) return (hit, null);
        // PDF, Word, Excel and HTML become text here; the text is what the page shows and what findings' lines refer to.
        var extracted = DocumentText.Extract(upload.Bytes, upload.Name);
        if (!extracted.Success)
        {
            return (null, new UploadError(StatusCodes.Status400BadRequest, ChineseOnly(extracted.Error)));
        }
        var text = extracted.Text!;
        var read = DisclosureReader.Read(text, upload.Name);
        if (read.Value is not { } document)
        {
            return (null, new UploadError(StatusCodes.Status400BadRequest, ChineseOnly(read.Error)));
        }
        var checkedDocument = new CheckedFile(id, upload.Name, text, checker.Report(document, upload.Name));
        Remember(checkedDocument);
        return (checkedDocument, null);
    }

    /// <summary>The id of an upload is the hash of its bytes (for text: of its UTF-8 text), so a repeated file is known
    /// before anything is extracted or read.</summary>
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
        while (recent.Count > options.RecentChecks && order.TryDequeue(out var oldest)) recent.TryRemove(oldest, out _);
    }

    /// <summary>Reader messages are "中文。/ English."; the web UI shows the Chinese half.</summary>
    internal static string ChineseOnly(string? message)
    {
        if (string.IsNullOrEmpty(message)) return "无法读取该文件。";
        var slash = message.IndexOf(" / ", StringComparison.Ordinal);
        if (slash < 0) slash = message.IndexOf("。/", StringComparison.Ordinal) is var stop and >= 0 ? stop + 1 : -1;
        return slash > 0 ? message[..slash].TrimEnd() : message;
    }
}
