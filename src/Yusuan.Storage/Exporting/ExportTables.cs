using System.Data.Common;
using System.Globalization;
using Yusuan.Storage.Importing;

namespace Yusuan.Storage.Exporting;

/// <summary>One exported table: a file/sheet name and the SELECT that fills it.</summary>
public sealed record ExportTable(string Name, string Sql);

/// <summary>The tables every export format writes (csv, xlsx): the corpus in long, tidy form.</summary>
public static class ExportTables
{
    public static IReadOnlyList<ExportTable> All { get; } =
    [
        new("documents", "SELECT id, unit, region, level, year, kind, scope, template, money_unit, source_path, content_hash, imported_at, status, failure_reason, diagnostics_count, tables_present, completeness FROM documents ORDER BY id"),
        new("unit_year_summary", "SELECT * FROM unit_year_summary ORDER BY unit, year, kind, document_id"),
        new("cells", "SELECT document_id, table_id AS \"table\", unit, row_key AS \"row\", column_key AS \"column\", value FROM cells ORDER BY document_id, seq"),
        new("claims", "SELECT document_id, seq, subject_key, subject_code, subject_label, amount, share, change_amount, direction, change_percent, compared_with, section, line, text FROM claims ORDER BY document_id, seq"),
        new("projects", "SELECT document_id, seq, name, amount, implementing_unit, execution_period, line FROM projects ORDER BY document_id, seq"),
        new("indicators", "SELECT i.document_id, i.target_seq, t.project_name, i.seq, i.level1, i.level2, i.level3, i.value_raw, i.operator, i.number, i.value_unit, i.weight, i.line FROM indicators i JOIN targets t ON t.document_id = i.document_id AND t.seq = i.target_seq ORDER BY i.document_id, i.target_seq, i.seq"),
        new("findings", "SELECT document_id, seq, rule, severity, message, table_id, unit, row_key, column_key, section, line, expected, actual FROM findings ORDER BY document_id, seq"),
    ];

    /// <summary>Streams the rows of <paramref name="table"/>: header first, then each row's values as text (numbers plain, invariant).</summary>
    public static IEnumerable<(string[] Header, object?[] Row)> Rows(DbConnection connection, ExportTable table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = table.Sql;
        using var reader = command.ExecuteReader();
        var header = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : Plain(reader.GetValue(i));
            yield return (header, row);
        }
    }

    public static string[] Header(DbConnection connection, ExportTable table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = table.Sql;
        using var reader = command.ExecuteReader(System.Data.CommandBehavior.SchemaOnly);
        return Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
    }

    /// <summary>Numbers as decimals (a SQLite REAL as the decimal it stands for), integers as long, blobs as hex text
    /// (<c>0x00ff10</c>), the rest as text. A double no decimal can hold (<c>1e300</c>, infinity) stays a double.</summary>
    public static object? Plain(object? value) => value switch
    {
        null or DBNull => null,
        decimal d => StoredValues.Normalize(d),
        double d => StoredValues.FromDouble(d) is { } exact ? StoredValues.Normalize(exact) : d,
        float f => StoredValues.FromDouble(f) is { } exact ? StoredValues.Normalize(exact) : (double)f,
        byte[] bytes => "0x" + Convert.ToHexStringLower(bytes),
        int i => (long)i,
        long or short => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        string s => s,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    public static string Text(object? value) => value switch
    {
        null => string.Empty,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
