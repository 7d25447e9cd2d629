using Dapper;
using Yusuan.Storage.Importing;

namespace Yusuan.Storage.Web;

/// <summary>A document as the web app lists it: the corpus row joined with the web app's stored check summary (null
/// for a document imported by <c>yusuan import</c> that the web app has not summarised yet).</summary>
public sealed class WebDocumentRow
{
    public string ContentHash { get; set; } = string.Empty;
    public string SourcePath { get; set; } = string.Empty;
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? File { get; set; }
    public string? Checker { get; set; }
    public string? SummaryJson { get; set; }
}

/// <summary>The web_documents table (migration 010) and removing a document from the corpus.</summary>
public sealed class WebDocuments(CorpusStore store)
{
    static WebDocuments() => Querying.DapperSetup.Initialize();

    /// <summary>Every readable stored document with its summary, if any.</summary>
    public IReadOnlyList<WebDocumentRow> List()
    {
        using var c = store.OpenConnection(readOnly: true);
        return c.Query<WebDocumentRow>(
            """
            SELECT d.content_hash, d.source_path, w.id, w.name, w.file, w.checker, w.summary_json
            FROM documents d LEFT JOIN web_documents w ON w.content_hash = d.content_hash
            WHERE d.status = 'ok'
            ORDER BY d.id
            """).ToList();
    }

    /// <summary>Stores (or replaces) the summary of a document.</summary>
    public void Save(string contentHash, string id, string name, string? file, string checker, string summaryJson, string? savedBy)
    {
        using var c = store.OpenConnection();
        c.Execute(store.Dialect.Upsert("web_documents", ["content_hash", "id", "name", "file", "checker", "summary_json", "saved_by", "saved_at"], ["content_hash"],
                ["name", "file", "checker", "summary_json"]),
            new { content_hash = contentHash, id, name, file, checker, summary_json = summaryJson, saved_by = savedBy, saved_at = WebAccounts.Now() });
    }

    /// <summary>Removes a document from the corpus with everything stored about it (cells, claims, findings, summary) in one
    /// transaction. False when there was no such document.</summary>
    public bool Remove(string contentHash)
    {
        using var c = store.OpenConnection();
        using var tx = c.BeginTransaction();
        c.Execute("DELETE FROM web_documents WHERE content_hash = @contentHash", new { contentHash }, tx);
        var id = c.QuerySingleOrDefault<long?>("SELECT id FROM documents WHERE content_hash = @contentHash", new { contentHash }, tx);
        if (id is not null)
        {
            // Explicit, not only ON DELETE CASCADE: a connection without foreign keys enforced must not leave orphans.
            foreach (var table in new[] { "cells", "claims", "projects", "indicators", "targets", "findings" })
            {
                c.Execute($"DELETE FROM {table} WHERE document_id = @id", new { id }, tx);
            }
            c.Execute("DELETE FROM documents WHERE id = @id", new { id }, tx);
        }
        tx.Commit();
        return id is not null;
    }

    /// <summary>The content hash of a stored document by its web id (first 16 hex digits of the hash).</summary>
    public string? HashOf(string id)
    {
        if (id.Length != 16 || !id.All(char.IsAsciiHexDigitLower)) return null;
        using var c = store.OpenConnection(readOnly: true);
        return c.QueryFirstOrDefault<string>("SELECT content_hash FROM documents WHERE content_hash LIKE @prefix AND status = 'ok'", new { prefix = id + "%" });
    }

    /// <summary>SHA-256 of content, as stored in documents.content_hash.</summary>
    public static string Hash(ReadOnlySpan<byte> content) => ImportSource.Hash(content);
}
