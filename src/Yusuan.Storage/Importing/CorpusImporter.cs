using System.Threading.Channels;
using Dapper;
using Yusuan.Core.Model;

namespace Yusuan.Storage.Importing;

public sealed record ImportOptions
{
    /// <summary>Documents read and checked at once. Two by default: the machine has two cores.</summary>
    public int Parallelism { get; init; } = 2;

    /// <summary>Run on each document read; its findings and completeness score are stored with it. The core checker by
    /// default; null stores documents unchecked (the YOY rules still run, against the corpus).</summary>
    public Func<Disclosure, CheckOutcome>? Checker { get; init; } = CoreChecker;

    /// <summary>The rule catalog of <c>yusuan check</c> with its default options.</summary>
    public static CheckOutcome CoreChecker(Disclosure document)
    {
        var report = Core.Checking.Checker.Default.Check(document);
        return new CheckOutcome(report.Findings, report.Summary.Completeness);
    }
}

public sealed record ImportProgress(int Done, int Total, int Imported, int AlreadyStored, int Failed, string? Current);

public sealed record ImportFailure(string Path, string Reason);

public sealed record ImportReport(int Total, int Imported, int AlreadyStored, int Failed, IReadOnlyList<ImportFailure> Failures, bool Cancelled, TimeSpan Elapsed)
{
    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? (Imported + AlreadyStored + Failed) / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Imports many documents: read and check in parallel (bounded), write one document per transaction on a single
/// writer. Idempotent by content hash, so re-running an interrupted import completes it; a file that cannot be read
/// is recorded as failed with its reason and the import goes on.
/// </summary>
/// <remarks>One writer, not several: SQLite has one writer anyway, and a single writer lets the YOY pass of each
/// document see every document committed before it, so consecutive years meet whatever order they arrive in.</remarks>
public sealed class CorpusImporter(CorpusStore store, ImportOptions? options = null)
{
    private readonly ImportOptions options = options ?? new ImportOptions();

    public ImportReport Import(IReadOnlyList<ImportSource> sources, IProgress<ImportProgress>? progress = null, CancellationToken cancellation = default)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var stored = LoadStoredHashes();
        var channel = Channel.CreateBounded<PreparedDocument>(new BoundedChannelOptions(Math.Max(4, options.Parallelism * 8)) { SingleReader = true });
        int imported = 0, already = 0, failed = 0, done = 0;
        var failures = new List<ImportFailure>();

        var producer = Task.Run(async () =>
        {
            try
            {
                await Parallel.ForEachAsync(sources, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellation },
                    async (source, ct) => await channel.Writer.WriteAsync(source.Prepare(stored.Contains, options.Checker), ct).ConfigureAwait(false)).ConfigureAwait(false);
                channel.Writer.Complete();
            }
            catch (Exception e)
            {
                channel.Writer.Complete(e is OperationCanceledException ? null : e);
            }
        }, CancellationToken.None);

        var cancelled = false;
        using (var writer = new DocumentWriter(store))
        {
            foreach (var prepared in channel.Reader.ReadAllAsync(CancellationToken.None).ToBlockingEnumerable())
            {
                // Cancellation is honoured between documents: the one being written is committed or not begun.
                if (cancellation.IsCancellationRequested)
                {
                    cancelled = true;
                    break;
                }
                var result = writer.Write(prepared);
                switch (result.Status)
                {
                    case WriteStatus.Imported: imported++; break;
                    case WriteStatus.AlreadyStored: already++; break;
                    default:
                        failed++;
                        failures.Add(new ImportFailure(prepared.SourcePath, prepared.Failure ?? string.Empty));
                        break;
                }
                done++;
                progress?.Report(new ImportProgress(done, sources.Count, imported, already, failed, prepared.SourcePath));
            }
        }
        cancelled |= cancellation.IsCancellationRequested;
        try
        {
            producer.Wait(CancellationToken.None);
        }
        catch (AggregateException) when (cancelled)
        {
        }
        if (!cancelled && producer.Exception is { } error) throw error.InnerException ?? error;
        return new ImportReport(sources.Count, imported, already, failed, failures, cancelled, started.Elapsed);
    }

    private HashSet<string> LoadStoredHashes()
    {
        using var connection = store.OpenConnection();
        return connection.Query<string>("SELECT content_hash FROM documents WHERE status = 'ok'").ToHashSet(StringComparer.Ordinal);
    }
}
