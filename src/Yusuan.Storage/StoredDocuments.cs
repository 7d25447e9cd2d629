using System.Collections.Immutable;
using System.Data.Common;
using Dapper;
using Yusuan.Core.Comparing;
using Yusuan.Core.Export;
using Yusuan.Core.Model;
using Yusuan.Storage.Importing;

namespace Yusuan.Storage;

/// <summary>Reads stored parts of a document back into core types (cells, claims), so core logic runs on them unchanged.</summary>
public static class StoredDocuments
{
    public static IReadOnlyList<CellRecord> Cells(DbConnection connection, DbTransaction? tx, long documentId) =>
        connection.Query("SELECT table_id, unit, row_key, column_key, value FROM cells WHERE document_id = @documentId ORDER BY seq", new { documentId }, tx)
            .Select(r => new CellRecord((string)r.table_id, (string)r.unit, (string)r.row_key, (string)r.column_key, StoredValues.Decimal((object)r.value) ?? 0m))
            .ToList();

    public static YearFigures Figures(DbConnection connection, DbTransaction? tx, long documentId, string? unit, int year, DisclosureKind kind) =>
        new(unit, year, kind, Cells(connection, tx, documentId));

    public static IReadOnlyList<Claim> Claims(DbConnection connection, DbTransaction? tx, long documentId) =>
        connection.Query(
                "SELECT subject_key, subject_code, subject_label, amount, share, change_amount, direction, amount_word, change_percent, percent_word, compared_with, section, line, reason, text FROM claims WHERE document_id = @documentId ORDER BY seq",
                new { documentId }, tx)
            .Select(r => (Claim)ToClaim(r))
            .ToList();

    private static Claim ToClaim(dynamic r)
    {
        var line = Convert.ToInt32((object)r.line, System.Globalization.CultureInfo.InvariantCulture);
        var span = SourceSpan.At(line);
        Figure? Fig(object? v) => StoredValues.Decimal(v) is { } d ? new Figure(d, span) : null;
        FunctionCode? code = FunctionCode.TryParse((string?)r.subject_code, out var c) ? c : null;
        return new Claim
        {
            Subject = new ClaimSubject((string)r.subject_key, (string)r.subject_label) { Code = code, PrintedPath = ImmutableArray<string>.Empty },
            Amount = Fig((object?)r.amount),
            Share = Fig((object?)r.share),
            ChangeAmount = Fig((object?)r.change_amount),
            Direction = StoredValues.ParseDirection((string?)r.direction),
            AmountWord = (string?)r.amount_word,
            ChangePercent = Fig((object?)r.change_percent),
            PercentWord = (string?)r.percent_word,
            ComparedWith = (string?)r.compared_with,
            Section = (string?)r.section,
            Reason = (string?)r.reason,
            Text = (string)r.text,
            Span = span,
        };
    }
}
