using Microsoft.AspNetCore.Http;
using Yusuan.Core.Reading.Formats;
using Yusuan.Web.Services;

namespace Yusuan.Web.Security;

/// <summary>
/// The web layer's bound on what one zip-based upload (Word, Excel, the XLSX template) may grow into before any reader
/// opens it: every part is inflated into a counting sink (headers are not trusted), the total may not pass
/// <see cref="WebOptions.MaxExpandedBytes"/>, and XML parts may not nest deeper than <see cref="WebOptions.MaxXmlDepth"/>.
/// Memory stays at one buffer whatever the archive claims; a 3.5 MB .docx holding 1 GB of paragraphs is refused after
/// inflating the first <see cref="WebOptions.MaxExpandedBytes"/>. The check itself is the core's <see cref="PackageBounds"/>,
/// with the web app's own bounds; the messages are the web's (HTTP status and all).
/// </summary>
public static class PackageGuard
{
    /// <summary>Null when the upload is not a zip or stays within the bounds; otherwise the refusal.</summary>
    public static UploadError? Inspect(byte[] bytes, string name, WebOptions options) =>
        PackageBounds.Inspect(bytes, new InputBounds { MaxExpandedBytes = options.MaxExpandedBytes, MaxXmlDepth = options.MaxXmlDepth }) switch
        {
            null => null,
            PackageRefusal.TooDeep => new UploadError(StatusCodes.Status400BadRequest,
                $"“{name}”中的 XML 嵌套超过 {options.MaxXmlDepth} 层，不像正常的 Office 文件，已拒绝。"),
            PackageRefusal.Damaged => new UploadError(StatusCodes.Status400BadRequest, $"“{name}”无法打开（压缩包损坏、加密或不完整）。"),
            _ => TooBig(name, options),
        };

    private static UploadError TooBig(string name, WebOptions options) =>
        new(StatusCodes.Status413PayloadTooLarge,
            $"“{name}”解压后超过 {options.MaxExpandedBytes / 1024 / 1024} MB（或包含过多部件），不像正常的公开文件，已拒绝。");
}
