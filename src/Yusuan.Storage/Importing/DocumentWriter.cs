using System.Data.Common;
using System.Globalization;
using Dapper;
using Yusuan.Core.Checking;
using Yusuan.Core.Comparing;
using Yusuan.Core.Export;
using Yusuan.Core.Json;
using Yusuan.Core.Model;
using Yusuan.Storage.Engines;

namespace Yusuan.Storage.Importing;

public enum WriteStatus
{
    Imported,
    Failed,
    AlreadyStored,
}

public sealed record WriteResult(WriteStatus Status, long? DocumentId);

/// <summary>
/// Writes one prepared document, with everything read from it, in ONE transaction: a document is in the store whole
/// or not at all, so killing an import loses nothing already committed and leaves nothing half-written. In the same
/// transaction it runs the YOY rules against the same unit's prior-year disclosures (and re-runs them for the next
/// year's, whose prior year has just arrived).
/// </summary>
/// <remarks>Several writers may run at once (parallel importers on PostgreSQL, or processes on one SQLite file). The
/// writes of one unit are serialised, so each YOY pass sees every committed document of the unit's adjacent years:
/// SQLite's write transactions are serial anyway (BEGIN IMMEDIATE), and on PostgreSQL each transaction first takes a
/// transaction-scoped advisory lock on the unit. The pass itself reads only what is stored (claims and figures as read
/// back, candidates in content-hash order), so its findings do not depend on the order documents arrive in.</remarks>
internal sealed class DocumentWriter : IDisposable
{
    private static readonly string[] DocumentColumns =
    [
        "content_hash", "source_path", "unit", "region", "level", "year", "kind", "scope", "template", "money_unit", "imported_at",
        "status", "failure_reason", "diagnostics_count", "diagnostics_json", "tables_present", "completeness", "checked",
    ];

    private readonly DbConnection connection;
    private readonly SqlDialect dialect;
    private readonly string upsertDocument;
    private readonly BulkInserter cells;
    private readonly BulkInserter claims;
    private readonly BulkInserter projects;
    private readonly BulkInserter targets;
    private readonly BulkInserter indicators;
    private readonly BulkInserter findings;

    // Figures of recently written documents: an import usually meets a unit's years one after another, so the prior
    // year was written moments ago and need not be read back. Only committed documents are cached (see Write).
    private readonly Dictionary<long, YearFigures> recent = [];
    private readonly Queue<long> recentOrder = new();
    private const int RecentCapacity = 512;

    public DocumentWriter(CorpusStore store)
    {
        connection = store.OpenConnection();
        var d = dialect = store.Dialect;
        // A failed document is retried when met again (the reader may have improved); a stored one is left alone.
        upsertDocument = d.Upsert("documents", DocumentColumns, ["content_hash"], DocumentColumns.Skip(1).ToList(),
            updateWhere: "documents.status = 'failed'", returning: "id");
        cells = new BulkInserter(connection, d, "cells", "document_id", "seq", "table_id", "unit", "row_key", "column_key", "value");
        claims = new BulkInserter(connection, d, "claims", "document_id", "seq", "subject_key", "subject_code", "subject_label", "amount", "share",
            "change_amount", "direction", "amount_word", "change_percent", "percent_word", "compared_with", "section", "line", "reason", "text");
        projects = new BulkInserter(connection, d, "projects", "document_id", "seq", "name", "amount", "implementing_unit", "execution_period", "policy_basis", "line");
        targets = new BulkInserter(connection, d, "targets", "document_id", "seq", "kind", "budget_unit", "project_name", "funds_total", "funds_fiscal",
            "funds_other", "overall_goal", "line");
        indicators = new BulkInserter(connection, d, "indicators", "document_id", "target_seq", "seq", "level1", "level2", "level3", "value_raw",
            "operator", "number", "value_unit", "weight", "line");
        findings = new BulkInserter(connection, d, "findings", "document_id", "seq", "rule", "severity", "message", "table_id", "unit", "row_key",
            "column_key", "section", "line", "expected", "actual");
    }

    public WriteResult Write(PreparedDocument prepared)
    {
        if (prepared.AlreadyStored) return new WriteResult(WriteStatus.AlreadyStored, null);
        using var tx = connection.BeginTransaction();
        try
        {
            if (dialect.Engine == StoreEngine.Postgres && UnitKey(prepared.Document) is { } unitKey)
            {
                // Taken before the document row: two writers of one unit (or of one file) never interleave.
                connection.Execute("SELECT pg_advisory_xact_lock(@key)", new { key = LockKey(unitKey) }, tx);
            }
            var id = connection.QuerySingleOrDefault<long?>(upsertDocument, DocumentRow(prepared), tx);
            if (id is null)
            {
                tx.Rollback();
                return new WriteResult(WriteStatus.AlreadyStored, null);
            }
            if (prepared.Document is not { } document)
            {
                tx.Commit();
                return new WriteResult(WriteStatus.Failed, id);
            }
            var cellRecords = CellsProjection.Cells(document).Select(AsStored).ToList();
            WriteCells(tx, id.Value, cellRecords);
            WriteClaims(tx, id.Value, document);
            WriteProjects(tx, id.Value, document);
            WriteTargets(tx, id.Value, document);
            var checkFindings = prepared.Check?.Findings ?? [];
            var seq = WriteFindings(tx, id.Value, 0, checkFindings);
            var figures = YearOverYear(tx, id.Value, prepared.ContentHash, document, cellRecords, seq);
            tx.Commit();
            if (figures is not null) Remember(id.Value, figures);
            return new WriteResult(WriteStatus.Imported, id);
        }
        catch
        {
            foreach (var inserter in new[] { cells, claims, projects, targets, indicators, findings }) inserter.Discard();
            throw;
        }
    }

    private static string? UnitKey(Disclosure? d) => d?.Meta.UnitName is { } name ? StoredValues.Text(CellsProjection.Key(name)) : null;

    /// <summary>The advisory lock of a unit: the first 8 bytes of the SHA-256 of its key.</summary>
    private static long LockKey(string unit) => BitConverter.ToInt64(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(unit)), 0);

    /// <summary>A cell as it reads back from either engine (NUL-free keys, trailing zeros dropped), so figures taken from
    /// memory and figures read from the store give the same findings.</summary>
    private static CellRecord AsStored(CellRecord c) =>
        c with { Unit = StoredValues.Text(c.Unit)!, Row = StoredValues.Text(c.Row)!, Column = StoredValues.Text(c.Column)!, Value = StoredValues.Normalize(c.Value) };

    private static object DocumentRow(PreparedDocument p)
    {
        var d = p.Document;
        var meta = d?.Meta;
        var unit = UnitKey(d);
        return new
        {
            content_hash = p.ContentHash,
            source_path = StoredValues.Text(p.SourcePath),
            unit,
            region = StoredValues.Text(meta?.Region),
            level = StoredValues.Level(unit),
            year = meta?.Year,
            kind = meta is null ? null : StoredValues.Kind(meta.Kind),
            scope = meta is null ? null : StoredValues.Scope(meta.Scope),
            template = StoredValues.Text(meta?.Template),
            money_unit = meta is null ? null : StoredValues.MoneyUnitName(meta.MoneyUnit),
            imported_at = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            status = d is null ? "failed" : "ok",
            failure_reason = d is null ? StoredValues.Text(p.Failure) ?? "未知原因 / unknown reason" : null,
            diagnostics_count = d?.Diagnostics.Length ?? 0,
            diagnostics_json = d is null || d.Diagnostics.IsDefaultOrEmpty ? null : StoredValues.Text(ModelJson.Serialize(d.Diagnostics)),
            tables_present = d is null ? 0 : Enum.GetValues<TableId>().Count(t => d.StatusOf(t) != TableStatus.Absent),
            completeness = p.Check?.Completeness,
            @checked = p.Check is null ? 0 : 1,
        };
    }

    private void WriteCells(DbTransaction tx, long id, List<CellRecord> records)
    {
        var seq = 0;
        foreach (var c in records) cells.Add(tx, id, seq++, c.Table, c.Unit, c.Row, c.Column, c.Value);
        cells.Flush(tx);
    }

    private void WriteClaims(DbTransaction tx, long id, Disclosure d)
    {
        var seq = 0;
        foreach (var c in d.Narrative.Claims)
        {
            claims.Add(tx, id, seq++, c.Subject.Key, c.Subject.Code?.Digits, c.Subject.Label, c.Amount?.Value, c.Share?.Value, c.ChangeAmount?.Value,
                StoredValues.Direction(c.Direction), c.AmountWord, c.ChangePercent?.Value, c.PercentWord, c.ComparedWith, c.Section, c.Span.Line, c.Reason, c.Text);
        }
        claims.Flush(tx);
    }

    private void WriteProjects(DbTransaction tx, long id, Disclosure d)
    {
        var seq = 0;
        foreach (var p in d.Projects)
        {
            projects.Add(tx, id, seq++, p.Name, p.Amount?.Value, p.ImplementingUnit, p.ExecutionPeriod, p.PolicyBasis, p.Span.Line);
        }
        projects.Flush(tx);
    }

    private void WriteTargets(DbTransaction tx, long id, Disclosure d)
    {
        var seq = 0;
        foreach (var t in d.Targets)
        {
            targets.Add(tx, id, seq, t.Kind == TargetTableKind.Project ? "project" : "department", t.BudgetUnit, t.ProjectName, t.FundsTotal?.Value,
                t.FundsFiscal?.Value, t.FundsOther?.Value, t.OverallGoal, t.Span.Line);
            var i = 0;
            foreach (var n in t.Indicators)
            {
                indicators.Add(tx, id, seq, i++, n.Level1, n.Level2, n.Level3, n.Value.Raw, StoredValues.Operator(n.Value.Operator), n.Value.Number,
                    n.Value.Unit, n.Weight?.Value, n.Span.Line);
            }
            seq++;
        }
        targets.Flush(tx);
        indicators.Flush(tx);
    }

    private int WriteFindings(DbTransaction tx, long id, int seq, IEnumerable<Finding> list)
    {
        foreach (var f in list)
        {
            var l = f.Location;
            findings.Add(tx, id, seq++, f.Rule, StoredValues.Severity(f.Severity), f.Message, l.Table, l.Unit, l.Row, l.Column, l.Section, l.Line, f.Expected, f.Actual);
        }
        findings.Flush(tx);
        return seq;
    }

    /// <summary>YOY rules both ways: this document against its prior year, and next year's against this one. Candidates
    /// are offered in (kind, content hash) order and claims are read back from the store, whatever the order of arrival.</summary>
    private YearFigures? YearOverYear(DbTransaction tx, long id, string hash, Disclosure document, List<CellRecord> cellRecords, int seq)
    {
        if (document.Meta.Year is not { } year || UnitKey(document) is not { } unit) return null;
        var self = new YearFigures(unit, year, document.Meta.Kind, cellRecords);
        var neighbours = connection.Query<Neighbour>(
            "SELECT id AS Id, year AS Year, kind AS Kind, money_unit AS MoneyUnit, content_hash AS ContentHash FROM documents WHERE unit = @unit AND year >= @from AND year <= @to AND status = 'ok' AND id <> @id",
            new { unit, from = year - 1, to = year + 1, id }, tx)
            .OrderBy(n => n.Kind, StringComparer.Ordinal).ThenBy(n => n.ContentHash, StringComparer.Ordinal).ToList();
        if (!neighbours.Any(n => n.Year != year)) return self;

        YearFigures Figures(Neighbour n) => recent.TryGetValue(n.Id, out var known)
            ? known
            : StoredDocuments.Figures(connection, tx, n.Id, unit, n.Year, StoredValues.ParseKind(n.Kind));
        var priors = neighbours.Where(n => n.Year == year - 1).Select(Figures).ToList();
        if (priors.Count > 0)
        {
            var claims = StoredDocuments.Claims(connection, tx, id);
            WriteFindings(tx, id, seq, Check(claims, document.Meta.MoneyUnit, year, document.Meta.Kind, priors));
        }
        var nexts = neighbours.Where(n => n.Year == year + 1).ToList();
        if (nexts.Count == 0) return self;
        // Next year's claims may compare with this year's budget or final account: offer every document of this year.
        var thisYear = neighbours.Where(n => n.Year == year).Select(n => (n.Kind, n.ContentHash, Figures: Figures(n)))
            .Append((Kind: StoredValues.Kind(document.Meta.Kind), ContentHash: hash, Figures: self))
            .OrderBy(n => n.Kind, StringComparer.Ordinal).ThenBy(n => n.ContentHash, StringComparer.Ordinal)
            .Select(n => n.Figures).ToList();
        foreach (var next in nexts)
        {
            var nextClaims = StoredDocuments.Claims(connection, tx, next.Id);
            var yoy = Check(nextClaims, StoredValues.ParseMoneyUnit(next.MoneyUnit), year + 1, StoredValues.ParseKind(next.Kind), thisYear);
            connection.Execute("DELETE FROM findings WHERE document_id = @id AND rule LIKE 'YOY.%'", new { id = next.Id }, tx);
            var nextSeq = connection.ExecuteScalar<long?>("SELECT MAX(seq) FROM findings WHERE document_id = @id", new { id = next.Id }, tx) ?? -1;
            WriteFindings(tx, next.Id, checked((int)nextSeq + 1), yoy);
        }
        return self;
    }

    /// <summary>The YOY rules, claim by claim when the whole set overflows: a figure at the edge of decimal (prior = current
    /// − change beyond 7.9 × 10²⁸) cannot be compared, and must not keep the document out of the store.</summary>
    private static IEnumerable<Finding> Check(IReadOnlyList<Claim> claims, MoneyUnit unit, int year, DisclosureKind kind, IReadOnlyList<YearFigures> priors)
    {
        try
        {
            return YearOverYearCheck.Check(claims, unit, year, kind, priors);
        }
        catch (OverflowException)
        {
            var findings = new List<Finding>();
            foreach (var claim in claims)
            {
                try
                {
                    findings.AddRange(YearOverYearCheck.Check([claim], unit, year, kind, priors));
                }
                catch (OverflowException)
                {
                }
            }
            return findings;
        }
    }

    private void Remember(long id, YearFigures figures)
    {
        recent[id] = figures;
        recentOrder.Enqueue(id);
        if (recentOrder.Count > RecentCapacity) recent.Remove(recentOrder.Dequeue());
    }

    private sealed class Neighbour
    {
        public long Id { get; set; }
        public int Year { get; set; }
        public string Kind { get; set; } = "budget";
        public string? MoneyUnit { get; set; }
        public string ContentHash { get; set; } = string.Empty;
    }

    public void Dispose()
    {
        foreach (var inserter in new[] { cells, claims, projects, targets, indicators, findings }) inserter.Dispose();
        connection.Dispose();
    }
}
