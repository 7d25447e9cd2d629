namespace Yusuan.Web.Services;

/// <summary>Settings of one running app (from `yusuan serve` options or a test).</summary>
public sealed record WebOptions
{
    /// <summary>Address to listen on; port 0 picks a free port.</summary>
    public string Url { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Largest accepted upload, in bytes.</summary>
    public long MaxUploadBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>A folder of disclosures (*.txt, *.md) loaded into the corpus at start, if any.</summary>
    public string? CorpusFolder { get; init; }

    /// <summary>The corpus store (SQLite file or PostgreSQL); null keeps the corpus in memory only.</summary>
    public Yusuan.Storage.StoreLocation? Store { get; init; }

    /// <summary>Where texts saved from the web app are kept (default: next to the SQLite file, "&lt;db&gt;.files").</summary>
    public string? StoreFiles { get; init; }

    /// <summary>How many recent check results the app keeps for their download links.</summary>
    public int RecentChecks { get; init; } = 64;
}
