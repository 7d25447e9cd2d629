using System.Collections.Concurrent;
using Yusuan.Core.Reading;
using Yusuan.Core.Reading.Formats;

namespace Yusuan.Web.Services;

/// <summary>
/// A corpus held in memory, optionally loaded from a folder of disclosures at start. Used when no database
/// store is configured; documents added through the app live until it stops.
/// </summary>
public sealed class InMemoryCorpus : ICorpus
{
    private readonly ConcurrentDictionary<string, CheckedFile> documents = new(StringComparer.Ordinal);
    private readonly string? folder;

    public InMemoryCorpus(string? folder = null) => this.folder = folder;

    public string Description => folder is null
        ? $"内存语料库（{documents.Count} 份，重启后清空）"
        : $"内存语料库（来自 {folder}，{documents.Count} 份，重启后清空）";

    /// <summary>Reads and checks every disclosure file (text, Markdown, PDF, DOCX, XLSX, HTML) under <paramref name="root"/>; unreadable files are skipped and reported.</summary>
    public static InMemoryCorpus Load(string root, IDisclosureChecker checker, Action<string>? report = null)
    {
        var corpus = new InMemoryCorpus(root);
        if (!Directory.Exists(root))
        {
            report?.Invoke($"语料目录不存在：{root}");
            return corpus;
        }
        var files = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(DocumentText.IsDisclosureFile)
            .Order(StringComparer.Ordinal)
            .ToList();
        Parallel.ForEach(files, file =>
        {
            var name = Path.GetRelativePath(root, file);
            var extracted = DocumentText.Extract(File.ReadAllBytes(file), name);
            if (!extracted.Success)
            {
                report?.Invoke($"跳过 {name}：{CheckService.ChineseOnly(extracted.Error)}");
                return;
            }
            var text = extracted.Text!;
            var read = DisclosureReader.Read(text, name);
            if (read.Value is not { } document)
            {
                report?.Invoke($"跳过 {name}：{CheckService.ChineseOnly(read.Error)}");
                return;
            }
            corpus.Add(new CheckedFile(CheckedFile.IdOf(text), name, text, checker.Report(document, name)));
        });
        return corpus;
    }

    public IReadOnlyList<CheckedFile> List(CorpusFilter filter) =>
        documents.Values.Where(d => filter.Matches(d.Report.Document))
            .OrderBy(d => d.Report.Document.Meta.Region, StringComparer.Ordinal)
            .ThenBy(d => d.Report.Document.Meta.UnitName, StringComparer.Ordinal)
            .ThenBy(d => d.Report.Document.Meta.Year)
            .ThenBy(d => d.Name, StringComparer.Ordinal)
            .ToList();

    public CheckedFile? Get(string id) => documents.TryGetValue(id, out var d) ? d : null;

    public CheckedFile Add(CheckedFile document) => documents.GetOrAdd(document.Id, document);
}
