using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Yusuan.Storage.Tests;

/// <summary>
/// A throwaway PostgreSQL server for the tests: initdb in a temp directory, started on a free loopback port with its
/// unix socket in that directory, stopped and deleted at the end. PostgreSQL refuses to run as root, so as root the
/// server runs as the <c>postgres</c> user (runuser). Started lazily, once per test run (collection fixture).
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly Lazy<string> adminConnection;
    private string? dataRoot;
    private int databases;

    public PostgresServer() => adminConnection = new Lazy<string>(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private static string? BinDir { get; } = Directory.Exists("/usr/lib/postgresql")
        ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")))
            .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0).FirstOrDefault()
        : null;

    private static bool IsRoot => Environment.UserName == "root";

    // Declared after BinDir on purpose: static initialisers run in text order.
    /// <summary>Null when a server can be started here, otherwise why not (the PostgreSQL tests are skipped with it).</summary>
    public static string? Unavailable { get; } = FindUnavailable();

    private static string? FindUnavailable()
    {
        if (!OperatingSystem.IsLinux()) return "PostgreSQL tests run on Linux only.";
        if (BinDir is null) return "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin (apt-get install postgresql).";
        if (IsRoot && !File.Exists("/usr/sbin/runuser") && !File.Exists("/sbin/runuser")) return "Running as root without runuser: cannot start PostgreSQL as the postgres user.";
        if (IsRoot && !UserExists("postgres")) return "Running as root and there is no postgres user to run the server as.";
        return null;
    }

    /// <summary>A fresh, empty database on the server; returns its connection string.</summary>
    public string CreateDatabase()
    {
        var admin = adminConnection.Value;
        var name = $"yusuan_test_{Interlocked.Increment(ref databases)}_{Environment.ProcessId}";
        using var connection = new NpgsqlConnection(admin);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        command.ExecuteNonQuery();
        return new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ConnectionString;
    }

    private string Start()
    {
        if (Unavailable is { } reason) throw new InvalidOperationException(reason);
        dataRoot = Directory.CreateTempSubdirectory("yusuan-pg-").FullName;
        var data = Path.Combine(dataRoot, "data");
        if (IsRoot) Run("/bin/chown", $"-R postgres {dataRoot}", asPostgres: false);
        var port = FreePort();
        Run(Path.Combine(BinDir!, "initdb"), $"-D {data} -U yusuan -A trust -E UTF8 --no-locale --no-sync", asPostgres: IsRoot);
        Run(Path.Combine(BinDir!, "pg_ctl"),
            $"-D {data} -l {Path.Combine(dataRoot, "log")} -w -t 60 -o \"-p {port} -k {dataRoot} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" start",
            asPostgres: IsRoot);
        return new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = "yusuan", Database = "postgres", Pooling = false }.ConnectionString;
    }

    public void Dispose()
    {
        if (!adminConnection.IsValueCreated || dataRoot is null) return;
        try
        {
            Run(Path.Combine(BinDir!, "pg_ctl"), $"-D {Path.Combine(dataRoot, "data")} -m immediate -w stop", asPostgres: IsRoot);
        }
        finally
        {
            try
            {
                Directory.Delete(dataRoot, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static void Run(string program, string arguments, bool asPostgres)
    {
        var info = asPostgres
            ? new ProcessStartInfo("runuser", $"-u postgres -- {program} {arguments}")
            : new ProcessStartInfo(program, arguments);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.WorkingDirectory = "/tmp";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(120_000)) process.Kill(true);
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} {arguments} failed ({process.ExitCode}): {stderr} {stdout.Result}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool UserExists(string name) => File.Exists("/etc/passwd") && File.ReadLines("/etc/passwd").Any(l => l.StartsWith(name + ":", StringComparison.Ordinal));
}

/// <summary>Every test class that needs PostgreSQL shares one server.</summary>
[CollectionDefinition(Name)]
public sealed class StoreCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "store";
}

/// <summary>A fact that is skipped, with the reason, when no PostgreSQL server can be started here.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.Unavailable is { } reason) Skip = reason;
    }
}
