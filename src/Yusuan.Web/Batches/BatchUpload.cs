using System.IO.Compression;
using System.Text;
using Yusuan.Core.Reading.Formats;
using Yusuan.Web.Services;

namespace Yusuan.Web.Batches;

/// <summary>One file of a batch as it arrived (from the form, or out of a zip), or why it cannot be taken.</summary>
public sealed record BatchFile(string Name, byte[]? Bytes, string? Refusal);

/// <summary>
/// Turns what a batch upload sent — many files, zips of files, or both — into its files. A zip is opened in place; its
/// disclosure files (by extension, as for <c>yusuan check DIR</c>) become files of the batch, each inflated through a
/// counting stream so that no entry may pass the single-upload limit and all together not the batch limit, whatever the
/// archive's headers claim. Names without the zip's UTF-8 flag are read as UTF-8 when they are, else as GB18030 (zips made
/// on Chinese Windows).
/// </summary>
public static class BatchUpload
{
    /// <summary>Hands each file to <paramref name="add"/> as soon as it is read (one file in memory at a time); the refusal
    /// of the whole upload, or null.</summary>
    public static string? Expand(IEnumerable<(string Name, Func<byte[]> Read)> uploads, WebOptions options, Action<BatchFile> add)
    {
        var count = 0;
        long total = 0;
        void Add(BatchFile f)
        {
            count++;
            add(f);
        }
        foreach (var (name, read) in uploads)
        {
            var bytes = read();
            if (bytes.Length == 0) continue;
            if (IsBatchZip(name, bytes))
            {
                if (ExpandZip(name, bytes, options, Add, ref count, ref total) is { } error) return error;
            }
            else
            {
                total += bytes.Length;
                if (count >= options.MaxBatchFiles) return $"一批最多 {options.MaxBatchFiles} 个文件。";
                if (total > options.MaxBatchBytes) return $"这一批文件合计超过 {options.MaxBatchBytes / 1024 / 1024} MB。";
                Add(bytes.Length > options.MaxUploadBytes
                    ? new BatchFile(name, null, $"文件太大：上传上限为 {options.MaxUploadBytes / 1024 / 1024} MB。")
                    : new BatchFile(name, bytes, null));
            }
        }
        return count == 0 ? "没有收到可检查的文件：请选择公开文件（PDF、Word、Excel、网页、文本），或把它们打包成 zip。" : null;
    }

    /// <summary>A zip of files, not a Word or Excel file (which are zips too).</summary>
    private static bool IsBatchZip(string name, byte[] bytes) =>
        bytes.AsSpan().StartsWith("PK\u0003\u0004"u8)
        && (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) || FormatDetector.Detect(bytes, name) is null);

    private static string? ExpandZip(string zipName, byte[] bytes, WebOptions options, Action<BatchFile> add, ref int count, ref long total)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read, leaveOpen: false, entryNameEncoding: ZipNames.Instance);
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                var path = entry.FullName.Replace('\\', '/');
                if (path.EndsWith('/') || path.StartsWith("__MACOSX/", StringComparison.Ordinal) || Path.GetFileName(path).StartsWith('.')) continue;
                if (!DocumentText.IsDisclosureFile(path)) continue;
                if (count >= options.MaxBatchFiles) return $"一批最多 {options.MaxBatchFiles} 个文件。";
                using var stream = entry.Open();
                using var ms = new MemoryStream();
                int n;
                var tooLarge = false;
                while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += n;
                    if (total > options.MaxBatchBytes) return $"“{zipName}”解压后超过 {options.MaxBatchBytes / 1024 / 1024} MB。";
                    if (ms.Length + n > options.MaxUploadBytes)
                    {
                        tooLarge = true;
                        break;
                    }
                    ms.Write(buffer, 0, n);
                }
                add(tooLarge
                    ? new BatchFile(path, null, $"文件太大：上传上限为 {options.MaxUploadBytes / 1024 / 1024} MB。")
                    : new BatchFile(path, ms.ToArray(), null));
            }
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            return $"“{zipName}”无法打开（压缩包损坏、加密或不完整）。";
        }
    }

    /// <summary>Zip entry names: UTF-8 when the bytes are valid UTF-8, else GB18030.</summary>
    private sealed class ZipNames : Encoding
    {
        public static readonly ZipNames Instance = new();

        private static readonly Encoding Utf8 = new UTF8Encoding(false, true);
        private static readonly Lazy<Encoding> Chinese = new(() =>
        {
            RegisterProvider(CodePagesEncodingProvider.Instance);
            return GetEncoding("GB18030");
        });

        public override int GetByteCount(char[] chars, int index, int count) => UTF8.GetByteCount(chars, index, count);

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) =>
            UTF8.GetBytes(chars, charIndex, charCount, bytes, byteIndex);

        public override int GetCharCount(byte[] bytes, int index, int count) => Decode(bytes, index, count).Length;

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            var s = Decode(bytes, byteIndex, byteCount);
            s.CopyTo(0, chars, charIndex, s.Length);
            return s.Length;
        }

        public override string GetString(byte[] bytes, int index, int count) => Decode(bytes, index, count);

        public override int GetMaxByteCount(int charCount) => UTF8.GetMaxByteCount(charCount);

        public override int GetMaxCharCount(int byteCount) => byteCount;

        private static string Decode(byte[] bytes, int index, int count)
        {
            try
            {
                return Utf8.GetString(bytes, index, count);
            }
            catch (DecoderFallbackException)
            {
                return Chinese.Value.GetString(bytes, index, count);
            }
        }
    }
}
