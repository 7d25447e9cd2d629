using System.Text;
using Microsoft.AspNetCore.Http;
using Yusuan.Core.Reading.Formats;

namespace Yusuan.Web.Services;

/// <summary>An uploaded document (name and bytes), or the HTTP status and Chinese sentence saying why it was refused.</summary>
public sealed record Upload(string Name, byte[] Bytes)
{
    public static UploadError Error(int status, string message) => new(status, message);
}

public sealed record UploadError(int Status, string Message);

/// <summary>What kind of file an upload must be.</summary>
public enum UploadKind
{
    /// <summary>A disclosure: UTF-8 text, Markdown, PDF-extracted text, or a PDF, Word, Excel or HTML file.</summary>
    DisclosureText,

    /// <summary>The generator's input: the XLSX template, or the same data as JSON.</summary>
    GenerationInput,
}

/// <summary>
/// Reads an upload from a request: multipart field <c>file</c> (or a pasted <c>text</c> field), or the raw body.
/// Enforces the size limit and the file type before anything is parsed; never throws on bad input.
/// </summary>
public static class UploadReader
{
    private static readonly string[] TextExtensions = [".txt", ".md", ".markdown", ".text", ".tsv", ".csv", ""];

    public static async Task<(Upload? Upload, UploadError? Error)> ReadAsync(HttpRequest request, long limit, UploadKind kind, CancellationToken cancel)
    {
        if (request.ContentLength is { } length && length > limit + 64 * 1024)
        {
            return await RefuseAsync(request, limit, cancel).ConfigureAwait(false);
        }
        if (Http.Uploads.MissingBoundary(request))
        {
            return (null, Upload.Error(StatusCodes.Status400BadRequest, "multipart/form-data 请求缺少 boundary 参数，无法读取上传的文件。"));
        }
        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(cancel).ConfigureAwait(false);
                var file = form.Files.GetFile("file");
                if (file is not null && file.Length > 0)
                {
                    if (file.Length > limit) return (null, TooLarge(limit));
                    using var ms = new MemoryStream((int)file.Length);
                    await file.CopyToAsync(ms, cancel).ConfigureAwait(false);
                    return Validate(new Upload(Path.GetFileName(file.FileName), ms.ToArray()), kind);
                }
                var text = form["text"].ToString();
                if (kind == UploadKind.DisclosureText && !string.IsNullOrWhiteSpace(text))
                {
                    var bytes = Encoding.UTF8.GetBytes(text);
                    if (bytes.Length > limit) return (null, TooLarge(limit));
                    return Validate(new Upload("粘贴的文本.txt", bytes), kind);
                }
                return (null, Upload.Error(StatusCodes.Status400BadRequest,
                    kind == UploadKind.GenerationInput ? "没有收到文件：请选择一个 XLSX 模板或 JSON 输入文件。" : "没有收到文件：请选择一个公开文件，或把文本粘贴到文本框中。"));
            }
            var contentType = request.ContentType ?? string.Empty;
            if (kind == UploadKind.DisclosureText && contentType.Length > 0
                && !contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
                && !contentType.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase)
                && !contentType.StartsWith("application/pdf", StringComparison.OrdinalIgnoreCase)
                && !contentType.StartsWith("application/vnd.openxmlformats-officedocument.", StringComparison.OrdinalIgnoreCase))
            {
                return (null, Upload.Error(StatusCodes.Status415UnsupportedMediaType,
                    $"不支持的内容类型“{contentType}”：请用 multipart/form-data 的 file 字段上传，或以 text/plain、application/pdf 等发送文件本身。"));
            }
            var body = await ReadLimitedAsync(request.Body, limit, cancel).ConfigureAwait(false);
            if (body is null) return await RefuseAsync(request, limit, cancel).ConfigureAwait(false);
            if (body.Length == 0) return (null, Upload.Error(StatusCodes.Status400BadRequest, "请求正文为空：请上传一个公开文件。"));
            return Validate(new Upload(kind == UploadKind.GenerationInput ? "template.xlsx" : "document.txt", body), kind);
        }
        catch (Exception e) when (Http.Uploads.IsMalformedBody(e) && !cancel.IsCancellationRequested)
        {
            // A truncated body, a boundary with no body, a form over FormOptions' limits: the client's error, said in one sentence.
            var status = Http.Uploads.StatusOf(e, request);
            if (status == StatusCodes.Status413PayloadTooLarge) return await RefuseAsync(request, limit, cancel).ConfigureAwait(false);
            return (null, Upload.Error(status, Http.Uploads.MessageOf(e, request)));
        }
    }

    /// <summary>The type check: by the first bytes (and for text, by extension); a zip that is neither Word nor Excel is refused.</summary>
    public static (Upload? Upload, UploadError? Error) Validate(Upload upload, UploadKind kind)
    {
        var ext = Path.GetExtension(upload.Name).ToLowerInvariant();
        var bytes = upload.Bytes;
        if (bytes.Length == 0) return (null, Upload.Error(StatusCodes.Status400BadRequest, $"“{upload.Name}”是空文件。"));
        var isZip = bytes.Length >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 0x03 && bytes[3] == 0x04;
        if (kind == UploadKind.GenerationInput)
        {
            var isJson = ext == ".json" && bytes.SkipWhile(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF).FirstOrDefault() == (byte)'{';
            if (!(ext == ".xlsx" && isZip) && !isJson)
            {
                return (null, Upload.Error(StatusCodes.Status415UnsupportedMediaType, $"“{upload.Name}”不是 XLSX 模板或 JSON 输入：请上传 Excel 工作簿（.xlsx）或 .json 文件。"));
            }
            if (isZip && FormatDetector.Detect(bytes, upload.Name) != SourceFormat.Xlsx)
            {
                // A zip named .xlsx that holds no workbook (or a Word file renamed).
                return (null, Upload.Error(StatusCodes.Status400BadRequest, $"“{upload.Name}”是压缩包，但不是 Excel 工作簿：请上传用“下载空白模板”得到的 XLSX 模板。"));
            }
            return (upload, null);
        }
        // PDF, Word, Excel and HTML are told by their bytes (FormatDetector), whatever the name says; the text is extracted
        // when the document is checked.
        var format = FormatDetector.Detect(bytes, upload.Name);
        if (format is null || (format == SourceFormat.Text && !TextExtensions.Contains(ext)))
        {
            return (null, Upload.Error(StatusCodes.Status415UnsupportedMediaType,
                $"不支持“{upload.Name}”这种文件：请上传文本（.txt、.md）、PDF、Word（.docx）、Excel（.xlsx）或网页（.html）格式的公开文件。"));
        }
        if (format != SourceFormat.Text) return (upload, null);
        if (Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, 8192)) >= 0)
        {
            return (null, Upload.Error(StatusCodes.Status415UnsupportedMediaType, $"“{upload.Name}”是二进制文件，不是文本：请上传 UTF-8 文本（.txt、.md）格式的公开文件。"));
        }
        try
        {
            _ = new UTF8Encoding(false, true).GetCharCount(bytes);
        }
        catch (DecoderFallbackException)
        {
            return (null, Upload.Error(StatusCodes.Status415UnsupportedMediaType, $"“{upload.Name}”不是 UTF-8 编码的文本：请另存为 UTF-8 后再上传。"));
        }
        return (upload, null);
    }

    /// <summary>
    /// Reads and discards the rest of an oversized body before answering 413: a client still sending would
    /// otherwise see the connection reset instead of the Chinese message. Kestrel's own cap (a few times the
    /// upload limit) bounds how much is drained.
    /// </summary>
    private static async Task<(Upload?, UploadError?)> RefuseAsync(HttpRequest request, long limit, CancellationToken cancel)
    {
        try
        {
            var buffer = new byte[81920];
            while (await request.Body.ReadAsync(buffer, cancel).ConfigureAwait(false) > 0)
            {
            }
        }
        catch (BadHttpRequestException)
        {
            // Beyond Kestrel's cap: the connection will be closed after the response.
        }
        catch (IOException)
        {
            // The client gave up sending.
        }
        return (null, TooLarge(limit));
    }

    private static UploadError TooLarge(long limit) =>
        Upload.Error(StatusCodes.Status413PayloadTooLarge, $"文件太大：上传上限为 {limit / 1024 / 1024.0:0.#} MB。");

    private static async Task<byte[]?> ReadLimitedAsync(Stream body, long limit, CancellationToken cancel)
    {
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = await body.ReadAsync(buffer, cancel).ConfigureAwait(false)) > 0)
        {
            if (ms.Length + n > limit) return null;
            ms.Write(buffer, 0, n);
        }
        return ms.ToArray();
    }
}
