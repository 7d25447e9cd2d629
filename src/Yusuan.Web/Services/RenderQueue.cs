namespace Yusuan.Web.Services;

/// <summary>
/// A bounded queue for renders: at most <c>concurrent</c> run at once, at most <c>waiting</c> more wait for a slot, and
/// beyond that the caller is told the queue is full (the endpoint answers 503 with Retry-After). A PDF export starts a
/// headless Chromium; twelve requests at once used to start about 120 Chromium processes.
/// </summary>
public sealed class RenderQueue(int concurrent, int waiting, Action<string>? log = null)
{
    /// <summary>Where render failures are logged (their detail never reaches the client).</summary>
    public Action<string>? Log => log;

    private readonly SemaphoreSlim slots = new(Math.Max(1, concurrent), Math.Max(1, concurrent));
    private int admitted;

    /// <summary>Renders running now (for tests and diagnostics).</summary>
    public int Running => Math.Max(1, concurrent) - slots.CurrentCount;

    /// <summary>Runs the render off the request thread once a slot is free; null when the queue is full.</summary>
    public async Task<byte[]?> RunAsync(Func<byte[]> render, CancellationToken cancel = default)
    {
        if (Interlocked.Increment(ref admitted) > Math.Max(1, concurrent) + Math.Max(0, waiting))
        {
            Interlocked.Decrement(ref admitted);
            return null;
        }
        try
        {
            await slots.WaitAsync(cancel).ConfigureAwait(false);
            try
            {
                return await Task.Run(render, CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                slots.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref admitted);
        }
    }
}

/// <summary>The app's two render queues: Chromium (PDF) and in-process renderers (XLSX, DOCX, 检查表).</summary>
public sealed class Renders(WebOptions options, Action<string>? log = null)
{
    public RenderQueue Pdf { get; } = new(options.MaxConcurrentPdf, options.MaxWaitingPdf, log);

    public RenderQueue Office { get; } = new(options.MaxConcurrentChecks, 32, log);
}
