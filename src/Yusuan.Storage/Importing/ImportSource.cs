using System.Collections.Immutable;
using System.Security.Cryptography;
using Yusuan.Core.Checking;
using Yusuan.Core.Model;
using Yusuan.Core.Reading;
using Yusuan.Core.Reading.Formats;

namespace Yusuan.Storage.Importing;

/// <summary>What the checker says about a document: its findings and completeness score (0–100), stored with it.</summary>
public sealed record CheckOutcome(ImmutableArray<Finding> Findings, decimal? Completeness);

/// <summary>A document ready to be written: read (or failed to read), hashed and checked. Built in parallel, written one at a time.</summary>
public sealed record PreparedDocument(string SourcePath, string ContentHash)
{
    public Disclosure? Document { get; init; }

    /// <summary>Why the document could not be read; it is recorded with status 'failed'.</summary>
    public string? Failure { get; init; }

    public CheckOutcome? Check { get; init; }

    /// <summary>Already in the store with this content: nothing to do.</summary>
    public bool AlreadyStored { get; init; }
}

/// <summary>One thing to import: a file, or (for tests and benchmarks) an already-built disclosure.</summary>
public abstract class ImportSource
{
    public abstract string Path { get; }

    /// <summary>Hashes, and unless <paramref name="isStored"/> says the content is already in, reads and checks.</summary>
    public abstract PreparedDocument Prepare(Func<string, bool> isStored, Func<Disclosure, CheckOutcome>? checker);

    public static string Hash(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    internal static PreparedDocument Checked(PreparedDocument prepared, Func<Disclosure, CheckOutcome>? checker)
    {
        if (prepared.Document is null || checker is null) return prepared;
        try
        {
            return prepared with { Check = checker(prepared.Document) };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A checker bug must not lose the document: store it unchecked and say so.
            return prepared with
            {
                Failure = null,
                Check = null,
                Document = prepared.Document with
                {
                    Diagnostics = prepared.Document.Diagnostics.Add(
                new ParseDiagnostic(DiagnosticSeverity.Error, "store.check-failed", $"检查时出错：{e.Message} / The checker failed.", SourceSpan.None))
                }
            };
        }
    }
}

/// <summary>A disclosure file on disk. Its identity is the SHA-256 of its bytes.</summary>
public sealed class FileImportSource(string path) : ImportSource
{
    public override string Path { get; } = path;

    public override PreparedDocument Prepare(Func<string, bool> isStored, Func<Disclosure, CheckOutcome>? checker)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new PreparedDocument(Path, "unreadable:" + System.IO.Path.GetFullPath(Path)) { Failure = $"无法读取文件：{e.Message} / Cannot read the file." };
        }
        var hash = Hash(bytes);
        if (isStored(hash)) return new PreparedDocument(Path, hash) { AlreadyStored = true };
        ReadResult result;
        try
        {
            result = DisclosureReader.ReadBytes(bytes, Path);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The reader promises not to throw; if it does, the file is recorded as failed and the import goes on.
            return new PreparedDocument(Path, hash) { Failure = $"读取时出错：{e.GetType().Name}: {e.Message} / The reader failed." };
        }
        var prepared = result.Value is { } document
            ? new PreparedDocument(Path, hash) { Document = document }
            : new PreparedDocument(Path, hash) { Failure = result.Error };
        return Checked(prepared, checker);
    }

    /// <summary>The files named, and the disclosure files (text, Markdown, PDF, DOCX, XLSX, HTML; not README*) under the directories
    /// named, in a stable order. In each directory a unit's 附件1 情况说明 and 附件2 预算报表 become one source
    /// (<see cref="DisclosurePairing"/>: by name, then by title and shared figures — which reads every file's text once more).</summary>
    public static IReadOnlyList<ImportSource> Expand(IEnumerable<string> paths, out IReadOnlyList<string> missing)
    {
        var sources = new List<ImportSource>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var notFound = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    // A folder of disclosures often carries a README about them; it is not one of them.
                    .Where(DocumentText.IsDisclosureFile)
                    .Where(seen.Add)
                    .Order(StringComparer.Ordinal).ToList();
                foreach (var folder in files.GroupBy(f => System.IO.Path.GetDirectoryName(f) ?? string.Empty, StringComparer.Ordinal))
                    sources.AddRange(Paired([.. folder]));
            }
            else if (File.Exists(path))
            {
                if (seen.Add(path)) sources.Add(new FileImportSource(path));
            }
            else
            {
                notFound.Add(path);
            }
        }
        missing = notFound;
        return sources;
    }

    /// <summary>One folder's files: the groups <see cref="DisclosurePairing"/> finds become one source each; a file that cannot
    /// be read stays a source of its own (its import records the failure).</summary>
    private static IEnumerable<ImportSource> Paired(IReadOnlyList<string> files)
    {
        var parts = new DisclosurePart?[files.Count];
        Parallel.For(0, files.Count, i => parts[i] = DisclosureReader.ReadPart(files[i]).Part);
        var readable = parts.OfType<DisclosurePart>().ToList();
        var groups = DisclosurePairing.Group(readable).ToDictionary(g => g[0].Name, StringComparer.Ordinal);
        var inGroup = groups.Values.SelectMany(g => g.Skip(1)).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (inGroup.Contains(file)) continue;
            if (groups.TryGetValue(file, out var group) && group.Count > 1) yield return new FileGroupImportSource([.. group.Select(p => p.Name)]);
            else yield return new FileImportSource(file);
        }
    }
}

/// <summary>Several files of one disclosure (a unit's 附件1 情况说明 and 附件2 预算报表), read as one. Its identity is the
/// SHA-256 of its files' hashes in reading order.</summary>
public sealed class FileGroupImportSource(IReadOnlyList<string> paths) : ImportSource
{
    public IReadOnlyList<string> Paths { get; } = paths;

    public override string Path { get; } = string.Join(" + ", paths);

    public override PreparedDocument Prepare(Func<string, bool> isStored, Func<Disclosure, CheckOutcome>? checker)
    {
        var contents = new List<byte[]>(Paths.Count);
        foreach (var p in Paths)
        {
            try
            {
                contents.Add(File.ReadAllBytes(p));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return new PreparedDocument(Path, "unreadable:" + System.IO.Path.GetFullPath(p)) { Failure = $"无法读取文件“{p}”：{e.Message} / Cannot read the file." };
            }
        }
        var hash = Hash(System.Text.Encoding.UTF8.GetBytes(string.Join("+", contents.Select(c => Hash(c)))));
        if (isStored(hash)) return new PreparedDocument(Path, hash) { AlreadyStored = true };
        ReadResult result;
        try
        {
            var parts = new List<DisclosurePart>(Paths.Count);
            for (var i = 0; i < Paths.Count; i++)
            {
                var extracted = DocumentText.Extract(contents[i], Paths[i]);
                if (!extracted.Success) return Checked(new PreparedDocument(Path, hash) { Failure = extracted.Error }, checker);
                parts.Add(new DisclosurePart(Paths[i], extracted));
            }
            result = DisclosureReader.Read(parts);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new PreparedDocument(Path, hash) { Failure = $"读取时出错：{e.GetType().Name}: {e.Message} / The reader failed." };
        }
        var prepared = result.Value is { } document
            ? new PreparedDocument(Path, hash) { Document = document }
            : new PreparedDocument(Path, hash) { Failure = result.Error };
        return Checked(prepared, checker);
    }
}

/// <summary>A disclosure already in memory (synthetic corpora, benchmarks). Its identity is the hash of its model JSON.</summary>
public sealed class DisclosureImportSource(string path, Disclosure document, string? contentHash = null) : ImportSource
{
    public override string Path { get; } = path;

    public override PreparedDocument Prepare(Func<string, bool> isStored, Func<Disclosure, CheckOutcome>? checker)
    {
        var hash = contentHash ?? Hash(System.Text.Encoding.UTF8.GetBytes(Core.Json.ModelJson.Serialize(document)));
        if (isStored(hash)) return new PreparedDocument(Path, hash) { AlreadyStored = true };
        return Checked(new PreparedDocument(Path, hash) { Document = document }, checker);
    }
}
