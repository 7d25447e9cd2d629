using Yusuan.Web.Security;

namespace Yusuan.Web.Services;

/// <summary>Settings of one running app (from `yusuan serve` options or a test).</summary>
public sealed record WebOptions
{
    /// <summary>Address to listen on; port 0 picks a free port.</summary>
    public string Url { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Accounts (the default), or no accounts on loopback (<c>--no-accounts</c>).</summary>
    public AccessMode Access { get; init; } = AccessMode.Accounts;

    /// <summary>Host names the app answers to (<c>--allowed-hosts</c>); empty: loopback names and the listen address.</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>Largest accepted upload, in bytes.</summary>
    public long MaxUploadBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Largest batch upload (all files of one request together), in bytes.</summary>
    public long MaxBatchBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Most files in one batch.</summary>
    public int MaxBatchFiles { get; init; } = 1000;

    /// <summary>What one zip-based upload (Word, Excel) may expand to, all parts together.</summary>
    public long MaxExpandedBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Deepest element nesting accepted in the XML parts of a Word or Excel upload.</summary>
    public int MaxXmlDepth { get; init; } = 256;

    /// <summary>Most characters of text one upload may give.</summary>
    public int MaxTextChars { get; init; } = 20_000_000;

    /// <summary>Checks running at once (CPU-bound: one per core).</summary>
    public int MaxConcurrentChecks { get; init; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>Checks waiting for a slot before new ones are refused with 503.</summary>
    public int MaxWaitingChecks { get; init; } = 256;

    /// <summary>PDF exports (each starts a headless Chromium) running at once, and waiting; more are refused with 503.</summary>
    public int MaxConcurrentPdf { get; init; } = 2;

    public int MaxWaitingPdf { get; init; } = 8;

    /// <summary>poppler's pdftoppm, which draws a PDF's pages for the document view: <c>YUSUAN_PDFTOPPM</c>, else found on the PATH.</summary>
    public string PdfToPpm { get; init; } = Environment.GetEnvironmentVariable("YUSUAN_PDFTOPPM") is { Length: > 0 } path ? path : "pdftoppm";

    /// <summary>Resolution of page images (a page whose longer side would pass 2400 px is drawn at less).</summary>
    public int PageImageDpi { get; init; } = 120;

    /// <summary>Page images drawn at once (each is a pdftoppm process) and waiting; more are refused with 503.</summary>
    public int MaxConcurrentPageImages { get; init; } = 2;

    public int MaxWaitingPageImages { get; init; } = 32;

    /// <summary>How long one page may take to draw before pdftoppm is stopped.</summary>
    public TimeSpan PageImageTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Bytes of page images kept in memory for the pages shown again.</summary>
    public long PageImageCacheBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>A folder of disclosures (*.txt, *.md) loaded into the corpus at start, if any.</summary>
    public string? CorpusFolder { get; init; }

    /// <summary>The corpus store (SQLite file or PostgreSQL); null keeps the corpus in memory only.</summary>
    public Yusuan.Storage.StoreLocation? Store { get; init; }

    /// <summary>Where files saved from the web app are kept (default: next to the SQLite file, "&lt;db&gt;.files").</summary>
    public string? StoreFiles { get; init; }

    /// <summary>How many recent check results the app keeps for their download links, and how many bytes they may hold.</summary>
    public int RecentChecks { get; init; } = 64;

    public long RecentBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Full documents of the corpus kept in memory for the document pages (the lists need only summaries).</summary>
    public int CachedDocuments { get; init; } = 32;
}
