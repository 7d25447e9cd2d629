using System.Collections.Concurrent;

namespace Yusuan.Web.Services;

/// <summary>
/// A corpus held in memory, optionally loaded from a folder of disclosures at start. Used when no database
/// store is configured; documents added through the app live until it stops.
/// </summary>
public sealed class InMemoryCorpus : ICorpus
{
    private readonly ConcurrentDictionary<string, (CorpusEntry Entry, CheckedFile Document)> documents = new(StringComparer.Ordinal);

    // The files of PDFs, for their page images: a path for a file loaded from the folder (read again when asked for),
    // the bytes for a file saved through the app (there is nowhere else to keep it). Other formats need no original.
    private readonly ConcurrentDictionary<string, (string? Path, byte[]? Bytes)> originals = new(StringComparer.Ordinal);
    private readonly string? folder;

    public InMemoryCorpus(string? folder = null) => this.folder = folder is null ? null : Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));

    public string Description => folder is null
        ? $"内存语料库（{documents.Count} 份，重启后清空）"
        : $"内存语料库（来自目录 {folder}，{documents.Count} 份，重启后清空）";

    /// <summary>Reads and checks every disclosure file (text, Markdown, PDF, DOCX, XLSX, HTML) under <paramref name="root"/>; unreadable files are skipped and reported.</summary>
    public static InMemoryCorpus Load(string root, IDisclosureChecker checker, Action<string>? report = null, WebOptions? options = null)
    {
        var corpus = new InMemoryCorpus(root);
        if (!Directory.Exists(root))
        {
            report?.Invoke($"语料目录不存在：{root}");
            return corpus;
        }
        options ??= new WebOptions();
        Parallel.ForEach(DisclosureFiles(root), file =>
        {
            var name = Path.GetRelativePath(root, file);
            var bytes = File.ReadAllBytes(file);
            var (document, error) = CheckService.Read(new Upload(name, bytes), CheckedFile.IdOf(bytes), checker, options);
            if (document is null)
            {
                report?.Invoke($"跳过 {name}：{error!.Message}");
                return;
            }
            corpus.Add(document with { Original = null });
            if (document.HasPages) corpus.originals[document.Id] = (file, null);
        });
        return corpus;
    }

    /// <summary>The disclosure files (text, Markdown, PDF, DOCX, XLSX, HTML) under a folder, in a stable order.</summary>
    public static List<string> DisclosureFiles(string root) =>
        [.. Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(Yusuan.Core.Reading.Formats.DocumentText.IsDisclosureFile)
            .Order(StringComparer.Ordinal)];

    public IReadOnlyList<CorpusEntry> List(CorpusFilter filter) =>
        CorpusExtensions.Ordered(documents.Values.Select(d => d.Entry).Where(filter.Matches));

    public CorpusEntry? Entry(string id) => documents.TryGetValue(id, out var d) ? d.Entry : null;

    public CheckedFile? Get(string id) => documents.TryGetValue(id, out var d) ? d.Document : null;

    public CorpusEntry Add(CheckedFile document, string? savedBy = null)
    {
        if (document.HasPages && document.Original is { } bytes) originals.TryAdd(document.Id, (null, bytes));
        return documents.GetOrAdd(document.Id, _ => (CorpusEntry.Of(document), document with { Original = null })).Entry;
    }

    public byte[]? Original(string id)
    {
        if (!documents.ContainsKey(id) || !originals.TryGetValue(id, out var kept)) return null;
        if (kept.Bytes is not null) return kept.Bytes;
        try
        {
            var bytes = File.ReadAllBytes(kept.Path!);
            return CheckedFile.IdOf(bytes) == id ? bytes : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public bool Remove(string id)
    {
        originals.TryRemove(id, out _);
        return documents.TryRemove(id, out _);
    }
}
