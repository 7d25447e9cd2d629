using Dapper;

namespace Yusuan.Storage.Web;

public sealed class BatchRow
{
    public string Id { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string? CreatedBy { get; set; }
    public string CreatedAt { get; set; } = string.Empty;
    public int Total { get; set; }
}

public sealed class BatchItemRow
{
    public string BatchId { get; set; } = string.Empty;
    public int Seq { get; set; }
    public string Name { get; set; } = string.Empty;
    public string File { get; set; } = string.Empty;
    public string Status { get; set; } = "queued";
    public string? DocumentId { get; set; }
    public string? Error { get; set; }
}

/// <summary>The web_batches and web_batch_items tables (migration 010): a batch review job and the state of each of its
/// files, written as each file is done, so a restarted app carries on where it stopped.</summary>
public sealed class WebBatches(CorpusStore store)
{
    static WebBatches() => Querying.DapperSetup.Initialize();

    /// <summary>Creates a batch with all its items queued, in one transaction.</summary>
    public void Create(BatchRow batch, IReadOnlyList<BatchItemRow> items)
    {
        using var c = store.OpenConnection();
        using var tx = c.BeginTransaction();
        c.Execute("INSERT INTO web_batches (id, name, created_by, created_at, total) VALUES (@Id, @Name, @CreatedBy, @CreatedAt, @Total)", batch, tx);
        c.Execute("INSERT INTO web_batch_items (batch_id, seq, name, file, status, document_id, error) VALUES (@BatchId, @Seq, @Name, @File, @Status, @DocumentId, @Error)",
            items, tx);
        tx.Commit();
    }

    public IReadOnlyList<BatchRow> List()
    {
        using var c = store.OpenConnection(readOnly: true);
        return c.Query<BatchRow>("SELECT id, name, created_by, created_at, total FROM web_batches ORDER BY created_at DESC").ToList();
    }

    public IReadOnlyList<BatchItemRow> Items(string? batchId = null)
    {
        using var c = store.OpenConnection(readOnly: true);
        return c.Query<BatchItemRow>(
            "SELECT batch_id, seq, name, file, status, document_id, error FROM web_batch_items WHERE (@batchId IS NULL OR batch_id = @batchId) ORDER BY batch_id, seq",
            new { batchId }).ToList();
    }

    public void Finish(string batchId, int seq, string status, string? documentId, string? error)
    {
        using var c = store.OpenConnection();
        c.Execute("UPDATE web_batch_items SET status = @status, document_id = @documentId, error = @error WHERE batch_id = @batchId AND seq = @seq",
            new { batchId, seq, status, documentId, error });
    }

    public bool Remove(string batchId)
    {
        using var c = store.OpenConnection();
        using var tx = c.BeginTransaction();
        c.Execute("DELETE FROM web_batch_items WHERE batch_id = @batchId", new { batchId }, tx);
        var removed = c.Execute("DELETE FROM web_batches WHERE id = @batchId", new { batchId }, tx) == 1;
        tx.Commit();
        return removed;
    }
}
