using System.Globalization;
using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Yusuan.Web.Batches;
using Yusuan.Web.Http;
using Yusuan.Web.Security;
using Yusuan.Web.Services;

namespace Yusuan.Web.Pages;

/// <summary>批量: upload many files or zips as one batch job, follow its progress, filter its documents, download every
/// document's 检查表 and the batch summary in one zip.</summary>
internal static class BatchEndpoints
{
    public static void Map(WebApplication app, WebOptions options)
    {
        // A batch request may carry up to the batch limit (set per request before anything reads the body).
        var limit = new UploadLimit(options.MaxBatchBytes);
        app.MapGet("/batches", (HttpContext c, BatchService batches) => PageEndpoints.Html(BatchPage.List(PageContext.Of(c), batches.List(), options, null)));
        app.MapPost("/batches", async (HttpContext c, BatchService batches) =>
        {
            var (batch, error) = await CreateAsync(c, options, batches).ConfigureAwait(false);
            return batch is null
                ? PageEndpoints.Html(BatchPage.List(PageContext.Of(c), batches.List(), options, error!.Message), error.Status)
                : Results.Redirect($"/batches/{batch.Id}");
        }).WithMetadata(limit);
        app.MapGet("/batches/{id}", (HttpContext c, string id, BatchService batches, ICorpus corpus) =>
            batches.Get(id) is { } b
                ? PageEndpoints.Html(BatchPage.One(PageContext.Of(c), b, corpus))
                : PageEndpoints.Html(BatchPage.List(PageContext.Of(c), batches.List(), options, "找不到这个批次。"), StatusCodes.Status404NotFound));
        app.MapGet("/batches/{id}/review.zip", (HttpContext c, string id, BatchService batches, ICorpus corpus, Backends backends, Renders renders) =>
            DownloadAsync(c, id, batches, corpus, backends, renders));
        app.MapPost("/batches/{id}/delete", (string id, BatchService batches) =>
        {
            batches.Remove(id);
            return Results.Redirect("/batches");
        }).RequireAuthorization(Authentication.AdminPolicy);
    }

    /// <summary>Reads a batch upload: every file field of a multipart form (and zips of files), plus an optional name.</summary>
    public static async Task<(Batch? Batch, UploadError? Error)> CreateAsync(HttpContext context, WebOptions options, BatchService batches)
    {
        var request = context.Request;
        if (Uploads.MissingBoundary(request)) return (null, new UploadError(StatusCodes.Status400BadRequest, "multipart/form-data 请求缺少 boundary 参数，无法读取上传的文件。"));
        if (!request.HasFormContentType)
        {
            return (null, new UploadError(StatusCodes.Status415UnsupportedMediaType, "批量上传请用 multipart/form-data：每个文件一个 files 字段，或上传一个 zip。"));
        }
        if (request.ContentLength is { } length && length > options.MaxBatchBytes + 1024 * 1024)
        {
            return (null, new UploadError(StatusCodes.Status413PayloadTooLarge, $"这一批文件合计超过 {options.MaxBatchBytes / 1024 / 1024} MB。"));
        }
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (Uploads.IsMalformedBody(e) && !context.RequestAborted.IsCancellationRequested)
        {
            return (null, new UploadError(Uploads.StatusOf(e, request), Uploads.MessageOf(e, request)));
        }
        var builder = batches.Begin(form["name"].ToString(), context.User.Identity?.Name);
        try
        {
            var uploads = form.Files.Select(f => (Path.GetFileName(f.FileName), (Func<byte[]>)(() => ReadAll(f))));
            var refusal = BatchUpload.Expand(uploads, options, builder.Add);
            if (refusal is not null)
            {
                builder.Abort();
                return (null, new UploadError(refusal.Contains("MB", StringComparison.Ordinal) ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest, refusal));
            }
            return (builder.Commit(), null);
        }
        catch (Yusuan.Storage.StoreException e)
        {
            builder.Abort();
            return (null, new UploadError(StatusCodes.Status503ServiceUnavailable, Redact.Paths(e.Message)));
        }
    }

    private static byte[] ReadAll(IFormFile file)
    {
        using var stream = file.OpenReadStream();
        using var ms = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
        stream.CopyTo(ms);
        return ms.ToArray();
    }

    /// <summary>One zip: 检查表/&lt;序号&gt;-&lt;单位&gt;.xlsx for every document checked so far, and 批次汇总.xlsx. Written to a
    /// temp file (deleted when sent), one document in memory at a time.</summary>
    public static async Task<IResult> DownloadAsync(HttpContext context, string id, BatchService batches, ICorpus corpus, Backends backends, Renders renders)
    {
        if (batches.Get(id) is not { } batch) return Problem.Result(StatusCodes.Status404NotFound, "找不到这个批次。");
        var review = backends.ReviewWorkbook;
        var path = Path.Combine(Path.GetTempPath(), $"yusuan-review-{Guid.NewGuid():N}.zip");
        var written = await renders.Office.RunAsync(() =>
        {
            using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
            {
                var rows = new List<BatchSummaryRow>();
                var used = new HashSet<string>(StringComparer.Ordinal);
                foreach (var item in batch.Items)
                {
                    var entry = item.DocumentId is { } docId ? corpus.Entry(docId) : null;
                    rows.Add(new BatchSummaryRow(item.Seq, item.Name, entry, item.Status == BatchItemStatus.Failed ? item.Error ?? "无法读取" : null));
                    if (entry is null || corpus.Get(entry.Id) is not { } document) continue;
                    var stem = Safe($"{item.Seq.ToString("000", CultureInfo.InvariantCulture)}-{entry.Unit ?? Path.GetFileNameWithoutExtension(item.Name)}"
                                    + (entry.Year is { } y ? $"-{y.ToString(CultureInfo.InvariantCulture)}" : string.Empty));
                    var name = stem;
                    for (var n = 2; !used.Add(name); n++) name = $"{stem}({n.ToString(CultureInfo.InvariantCulture)})";
                    using var s = zip.CreateEntry($"检查表/{name}.xlsx", CompressionLevel.Fastest).Open();
                    s.Write(review.Document(document));
                }
                using var summary = zip.CreateEntry("批次汇总.xlsx", CompressionLevel.Fastest).Open();
                summary.Write(review.Summary($"批量检查：{batch.Name}（{batch.Done}/{batch.Total} 份已检查）", rows));
            }
            return [1];
        }, context.RequestAborted).ConfigureAwait(false);
        if (written is null)
        {
            File.Delete(path);
            return PageEndpoints.Busy();
        }
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        return Results.File(stream, "application/zip", $"检查表-{Safe(batch.Name)}.zip");
    }

    private static string Safe(string name)
    {
        var cleaned = new string([.. name.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c)]).Trim();
        return cleaned.Length > 80 ? cleaned[..80] : cleaned.Length == 0 ? "文档" : cleaned;
    }
}
