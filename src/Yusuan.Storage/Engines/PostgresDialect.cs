using System.Data.Common;
using System.Globalization;
using Npgsql;

namespace Yusuan.Storage.Engines;

/// <summary>PostgreSQL (and Citus, see docs/storage.md), reached by a connection string.</summary>
public sealed class PostgresDialect : SqlDialect
{
    public static PostgresDialect Instance { get; } = new();

    public override StoreEngine Engine => StoreEngine.Postgres;

    public override string Name => "postgres";

    public override DbConnection CreateConnection(string connectionString, bool readOnly) => new NpgsqlConnection(connectionString);

    public override void Configure(DbConnection connection, bool readOnly)
    {
        if (!readOnly) return;
        using var command = connection.CreateCommand();
        command.CommandText = "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY";
        command.ExecuteNonQuery();
    }

    // Positional placeholders: Npgsql sends them as they are, without rewriting named parameters.
    public override string Placeholder(int index) => "$" + (index + 1).ToString(CultureInfo.InvariantCulture);

    public override DbParameter CreateParameter(DbCommand command, int index) => new NpgsqlParameter();

    public override string? ReadOnlyTransactionStatement => "SET TRANSACTION READ ONLY";
}
