using System.Buffers;
using System.IO.Compression;
using Microsoft.AspNetCore.Http;
using Yusuan.Web.Services;

namespace Yusuan.Web.Security;

/// <summary>
/// The web layer's bound on what one zip-based upload (Word, Excel, the XLSX template) may grow into before any reader
/// opens it: every part is inflated into a counting sink (headers are not trusted), the total may not pass
/// <see cref="WebOptions.MaxExpandedBytes"/>, and XML parts may not nest deeper than <see cref="WebOptions.MaxXmlDepth"/>.
/// Memory stays at one buffer whatever the archive claims; a 3.5 MB .docx holding 1 GB of paragraphs is refused after
/// inflating the first <see cref="WebOptions.MaxExpandedBytes"/>. The core readers' own bounds (DocumentText) apply after this.
/// </summary>
public static class PackageGuard
{
    private const int MaxEntries = 10_000;

    /// <summary>Null when the upload is not a zip or stays within the bounds; otherwise the refusal.</summary>
    public static UploadError? Inspect(byte[] bytes, string name, WebOptions options)
    {
        if (bytes.Length < 4 || bytes[0] != 0x50 || bytes[1] != 0x4B || bytes[2] != 0x03 || bytes[3] != 0x04) return null;
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries) return TooBig(name, options);
            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                declared += entry.Length;
                if (declared > options.MaxExpandedBytes) return TooBig(name, options);
            }
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                var xml = IsXml(entry.FullName);
                var depth = new XmlDepth(options.MaxXmlDepth);
                using var stream = entry.Open();
                int n;
                while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += n;
                    if (total > options.MaxExpandedBytes) return TooBig(name, options);
                    if (xml && !depth.Feed(buffer.AsSpan(0, n)))
                    {
                        return new UploadError(StatusCodes.Status400BadRequest,
                            $"“{name}”中的 XML 嵌套超过 {options.MaxXmlDepth} 层，不像正常的 Office 文件，已拒绝。");
                    }
                }
            }
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            return new UploadError(StatusCodes.Status400BadRequest, $"“{name}”无法打开（压缩包损坏、加密或不完整）。");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static UploadError TooBig(string name, WebOptions options) =>
        new(StatusCodes.Status413PayloadTooLarge,
            $"“{name}”解压后超过 {options.MaxExpandedBytes / 1024 / 1024} MB（或包含过多部件），不像正常的公开文件，已拒绝。");

    private static bool IsXml(string entry) =>
        entry.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
        || entry.EndsWith(".vml", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Element depth of an XML byte stream, fed in chunks, in constant memory: no text, attribute or name is kept. Knows
    /// comments, CDATA, processing instructions, declarations and quoted attribute values; that is all Office XML uses.
    /// </summary>
    internal struct XmlDepth(int max)
    {
        private enum State : byte { Text, Open, Tag, Comment, CData, Instruction, Declaration }

        private State state;
        private bool closing;
        private byte quote;
        private byte previous;
        private int matched;
        private int depth;

        public readonly int Depth => depth;

        /// <summary>False as soon as the depth passes the maximum.</summary>
        public bool Feed(ReadOnlySpan<byte> chunk)
        {
            foreach (var b in chunk)
            {
                switch (state)
                {
                    case State.Text:
                        if (b == (byte)'<') state = State.Open;
                        break;
                    case State.Open:
                        if (b == (byte)'/') { closing = true; state = State.Tag; }
                        else if (b == (byte)'?') { state = State.Instruction; }
                        else if (b == (byte)'!') { state = State.Declaration; matched = 0; }
                        else { closing = false; state = State.Tag; }
                        break;
                    case State.Tag:
                        if (quote != 0)
                        {
                            if (b == quote) quote = 0;
                        }
                        else if (b is (byte)'"' or (byte)'\'')
                        {
                            quote = b;
                        }
                        else if (b == (byte)'>')
                        {
                            if (closing) depth = Math.Max(0, depth - 1);
                            else if (previous != (byte)'/' && ++depth > max) return false;
                            state = State.Text;
                        }
                        break;
                    case State.Declaration:
                        // "<!--" starts a comment, "<![CDATA[" a CDATA section; anything else (DOCTYPE) ends at '>'.
                        if (matched == 0 && b == (byte)'-') { matched = 1; }
                        else if (matched == 1 && b == (byte)'-') { state = State.Comment; matched = 0; }
                        else if (matched == 0 && b == (byte)'[') { state = State.CData; matched = 0; }
                        else if (b == (byte)'>') { state = State.Text; }
                        else { matched = 2; }
                        break;
                    case State.Comment:
                        if (b == (byte)'-') matched = Math.Min(2, matched + 1);
                        else if (b == (byte)'>' && matched == 2) state = State.Text;
                        else matched = 0;
                        break;
                    case State.CData:
                        if (b == (byte)']') matched = Math.Min(2, matched + 1);
                        else if (b == (byte)'>' && matched == 2) state = State.Text;
                        else matched = 0;
                        break;
                    case State.Instruction:
                        if (b == (byte)'>' && previous == (byte)'?') state = State.Text;
                        break;
                }
                previous = b;
            }
            return true;
        }
    }
}
