using Dapper;
using Npgsql;

namespace Yusuan.Storage.Tests;

/// <summary>The throwaway PostgreSQL server the engine tests use; skipped, with the reason, where none can be started.</summary>
[Collection(StoreCollection.Name)]
public sealed class PostgresServerTests(PostgresServer postgres)
{
    [PostgresFact]
    public void The_test_server_runs_on_loopback_and_gives_each_test_its_own_database()
    {
        var a = postgres.CreateDatabase();
        var b = postgres.CreateDatabase();
        Assert.NotEqual(new NpgsqlConnectionStringBuilder(a).Database, new NpgsqlConnectionStringBuilder(b).Database);
        using var connection = new NpgsqlConnection(a);
        connection.Open();
        Assert.Equal("127.0.0.1", new NpgsqlConnectionStringBuilder(a).Host);
        Assert.StartsWith("PostgreSQL", connection.ExecuteScalar<string>("SELECT version()"), StringComparison.Ordinal);
    }
}
