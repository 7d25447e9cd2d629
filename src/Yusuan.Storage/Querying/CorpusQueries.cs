using System.Data.Common;
using System.Text;
using Dapper;
using Yusuan.Storage.Importing;

namespace Yusuan.Storage.Querying;

public sealed record DocumentFilter(int? Year = null, string? Unit = null, string? Region = null, string? Kind = null, string? Status = null);

/// <summary>One stored document as listed (the documents table plus finding counts).</summary>
public sealed class DocumentListItem
{
    public long Id { get; set; }
    public string? Unit { get; set; }
    public string? Region { get; set; }
    public string? Level { get; set; }
    public int? Year { get; set; }
    public string? Kind { get; set; }
    public string Status { get; set; } = "ok";
    public string? FailureReason { get; set; }
    public string SourcePath { get; set; } = string.Empty;
    public string ContentHash { get; set; } = string.Empty;
    public string? Template { get; set; }
    public string? MoneyUnit { get; set; }
    public string ImportedAt { get; set; } = string.Empty;
    public int TablesPresent { get; set; }
    public int DiagnosticsCount { get; set; }
    public int Errors { get; set; }
    public int Warnings { get; set; }
    public int Infos { get; set; }
}

/// <summary>A line of the <c>unit_year_summary</c> view. Money in 万元.</summary>
public sealed class UnitYearSummary
{
    public long DocumentId { get; set; }
    public string? Unit { get; set; }
    public string? Region { get; set; }
    public string? Level { get; set; }
    public int? Year { get; set; }
    public string? Kind { get; set; }
    public decimal? ExpenseTotal { get; set; }
    public decimal? ExpenseBasic { get; set; }
    public decimal? ExpenseProject { get; set; }
    public decimal? BasicShare { get; set; }
    public decimal? ProjectShare { get; set; }
    public decimal? IncomeTotal { get; set; }
    public decimal? ThreePublic { get; set; }
    public decimal? OperatingCost { get; set; }
    public decimal? Completeness { get; set; }
    public int TablesPresent { get; set; }
    public int Errors { get; set; }
    public int Warnings { get; set; }
    public int Infos { get; set; }
}

public sealed class StoredFinding
{
    public int Seq { get; set; }
    public string Rule { get; set; } = string.Empty;
    public string Severity { get; set; } = string.Empty;
    public string Message { get; set; } = string.Empty;
    public string? TableId { get; set; }
    public string? Unit { get; set; }
    public string? RowKey { get; set; }
    public string? ColumnKey { get; set; }
    public string? Section { get; set; }
    public int Line { get; set; }
    public string? Expected { get; set; }
    public string? Actual { get; set; }
}

/// <summary>The typed queries behind list, show, compare and export. Same SQL on both engines.</summary>
public sealed class CorpusQueries(DbConnection connection)
{
    private const string ListColumns =
        "d.id, d.unit, d.region, d.level, d.year, d.kind, d.status, d.failure_reason, d.source_path, d.content_hash, d.template, d.money_unit, d.imported_at, d.tables_present, d.diagnostics_count, " +
        "(SELECT COUNT(*) FROM findings f WHERE f.document_id = d.id AND f.severity = 'error') AS errors, " +
        "(SELECT COUNT(*) FROM findings f WHERE f.document_id = d.id AND f.severity = 'warning') AS warnings, " +
        "(SELECT COUNT(*) FROM findings f WHERE f.document_id = d.id AND f.severity = 'info') AS infos";

    public IReadOnlyList<DocumentListItem> List(DocumentFilter filter)
    {
        var (where, args) = Where(filter, "d.");
        return connection.Query<DocumentListItem>($"SELECT {ListColumns} FROM documents d{where} ORDER BY d.unit, d.year, d.kind, d.id", args).ToList();
    }

    public DocumentListItem? Document(long id) =>
        connection.QuerySingleOrDefault<DocumentListItem>($"SELECT {ListColumns} FROM documents d WHERE d.id = @id", new { id });

    public string? DiagnosticsJson(long id) => connection.QuerySingleOrDefault<string?>("SELECT diagnostics_json FROM documents WHERE id = @id", new { id });

    public UnitYearSummary? Summary(long id) =>
        connection.QuerySingleOrDefault<UnitYearSummary>("SELECT * FROM unit_year_summary WHERE document_id = @id", new { id });

    public IReadOnlyList<UnitYearSummary> Summaries(DocumentFilter filter)
    {
        var (where, args) = Where(filter with { Status = null }, string.Empty);
        return connection.Query<UnitYearSummary>($"SELECT * FROM unit_year_summary{where} ORDER BY unit, year, kind, document_id", args).ToList();
    }

    public IReadOnlyList<StoredFinding> Findings(long id) =>
        connection.Query<StoredFinding>("SELECT seq, rule, severity, message, table_id, unit, row_key, column_key, section, line, expected, actual FROM findings WHERE document_id = @id ORDER BY seq", new { id }).ToList();

    /// <summary>Cells per canonical table, for show.</summary>
    public IReadOnlyList<(string Table, int Cells)> TableCounts(long id) =>
        connection.Query<(string, long)>("SELECT table_id, COUNT(*) FROM cells WHERE document_id = @id GROUP BY table_id", new { id })
            .Select(t => (t.Item1, (int)t.Item2))
            .OrderBy(t => t.Item1 == "M" ? 99 : int.Parse(t.Item1[1..], System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

    public int Count(string table, long id) =>
        checked((int)connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM {Table(table)} WHERE document_id = @id", new { id }));

    /// <summary>Another stored document of the same unit for the given year, preferring the given kind.</summary>
    public long? Sibling(string unit, int year, string kind) =>
        connection.QueryFirstOrDefault<long?>(
            "SELECT id FROM documents WHERE unit = @unit AND year = @year AND status = 'ok' ORDER BY CASE WHEN kind = @kind THEN 0 ELSE 1 END, id DESC",
            new { unit, year, kind });

    private static string Table(string name) => name switch
    {
        "cells" or "claims" or "projects" or "targets" or "indicators" or "findings" => name,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static (string Where, DynamicParameters Args) Where(DocumentFilter f, string prefix)
    {
        var sql = new StringBuilder();
        var args = new DynamicParameters();
        void And(string condition) => sql.Append(sql.Length == 0 ? " WHERE " : " AND ").Append(condition);
        if (f.Year is { } year)
        {
            And($"{prefix}year = @year");
            args.Add("year", year);
        }
        if (!string.IsNullOrWhiteSpace(f.Unit))
        {
            And($"{prefix}unit LIKE @unit");
            args.Add("unit", "%" + Importing.StoredValuesText.Squash(f.Unit) + "%");
        }
        if (!string.IsNullOrWhiteSpace(f.Region))
        {
            And($"{prefix}region LIKE @region");
            args.Add("region", "%" + f.Region.Trim() + "%");
        }
        if (!string.IsNullOrWhiteSpace(f.Kind))
        {
            And($"{prefix}kind = @kind");
            args.Add("kind", f.Kind);
        }
        if (!string.IsNullOrWhiteSpace(f.Status))
        {
            And($"{prefix}status = @status");
            args.Add("status", f.Status);
        }
        return (sql.ToString(), args);
    }
}

/// <summary>Dapper settings for the whole assembly, set once before any query: snake_case columns map to PascalCase
/// properties, and NUMERIC reads the same from both engines.</summary>
internal static class DapperSetup
{
    private static int done;

    internal static void Initialize()
    {
        if (Interlocked.Exchange(ref done, 1) == 1) return;
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        SqlMapper.AddTypeHandler(new DecimalHandler());
    }

    /// <summary>SQLite hands back REAL/INTEGER for NUMERIC columns, PostgreSQL decimal: read both the same way.</summary>
    private sealed class DecimalHandler : SqlMapper.TypeHandler<decimal>
    {
        public override void SetValue(System.Data.IDbDataParameter parameter, decimal value) => parameter.Value = value;

        public override decimal Parse(object value) => StoredValues.Decimal(value) ?? 0m;
    }
}
