using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Yusuan.Core.Checking;
using Yusuan.Core.Checking.Output;
using Yusuan.Core.Export;
using Yusuan.Web.Batches;
using Yusuan.Web.Http;
using Yusuan.Web.Pages;
using Yusuan.Web.Security;
using Yusuan.Web.Services;

namespace Yusuan.Web.Api;

/// <summary>The REST API (described by /openapi.json). Errors are problem details (<c>application/problem+json</c>) with the
/// Chinese sentence in <c>detail</c> and <c>error</c>. Reading and checking need a reviewer, deleting an admin; scripts
/// authenticate with an API token (<c>Authorization: Bearer ysk_…</c>).</summary>
internal static class ApiEndpoints
{
    /// <summary>API JSON: camelCase, enums as strings, CJK written as is (responses are application/json, never inlined in HTML).</summary>
    private static readonly JsonSerializerOptions Json = new(CorpusPage.JsonOptions)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Map(WebApplication app, WebOptions options)
    {
        app.MapGet("/openapi.json", () => StaticAssets.Get("openapi.json") is { } bytes
            ? Results.Bytes(bytes, "application/json; charset=utf-8")
            : Error(StatusCodes.Status404NotFound, "找不到 OpenAPI 文档。")).AllowAnonymous();

        app.MapGet("/api/antiforgery", (HttpContext context, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            return Results.Json(new { token = tokens.RequestToken, headerName = Csrf.HeaderName }, Json);
        });

        app.MapPost("/api/check", async (HttpRequest request, WebOptions o, CheckService checks, string? format, CancellationToken cancel) =>
        {
            var (upload, error) = await UploadReader.ReadAsync(request, o.MaxUploadBytes, UploadKind.DisclosureText, cancel).ConfigureAwait(false);
            if (upload is null) return Error(error!.Status, error.Message);
            var (d, readError) = await checks.CheckAsync(upload, cancel).ConfigureAwait(false);
            if (d is null) return Error(readError!.Status, readError.Message);
            return format == "sarif"
                ? Results.Text(Sarif.Write(RuleCatalog.Default, [d.Report.Check]), "application/sarif+json; charset=utf-8", Encoding.UTF8)
                : Results.Text(FindingsJson.Write(d.Report.Check), "application/json; charset=utf-8", Encoding.UTF8);
        });

        app.MapGet("/api/documents", (ICorpus corpus, string? region, string? level, string? year, string? unit, string? kind, string? q) =>
        {
            var docs = corpus.List(PageEndpoints.Filter(region, level, year, unit, kind))
                .Where(d => string.IsNullOrWhiteSpace(q) || (d.Unit ?? string.Empty).Contains(q.Trim(), StringComparison.Ordinal)
                            || d.Name.Contains(q.Trim(), StringComparison.OrdinalIgnoreCase))
                .Select(DocumentSummary.Of);
            return Results.Json(docs, Json);
        });

        app.MapPost("/api/documents", async (HttpContext context, WebOptions o, CheckService checks, ICorpus corpus, CancellationToken cancel) =>
        {
            var (upload, error) = await UploadReader.ReadAsync(context.Request, o.MaxUploadBytes, UploadKind.DisclosureText, cancel).ConfigureAwait(false);
            if (upload is null) return Error(error!.Status, error.Message);
            var (d, readError) = await checks.CheckAsync(upload, cancel).ConfigureAwait(false);
            if (d is null) return Error(readError!.Status, readError.Message);
            try
            {
                var known = corpus.Entry(d.Id) is not null;
                var stored = corpus.Add(d, context.User.Identity?.Name);
                return Results.Json(DocumentSummary.Of(stored), Json, statusCode: known ? StatusCodes.Status200OK : StatusCodes.Status201Created);
            }
            catch (Yusuan.Storage.StoreException e)
            {
                return Error(StatusCodes.Status503ServiceUnavailable, e.Message);
            }
        });

        app.MapGet("/api/documents/{id}", (string id, ICorpus corpus) =>
            corpus.Get(id) is { } d
                ? Results.Text(Yusuan.Core.Json.ModelJson.Serialize(d.Report.Document), "application/json; charset=utf-8", Encoding.UTF8)
                : Missing());

        app.MapDelete("/api/documents/{id}", (string id, ICorpus corpus) =>
        {
            try
            {
                return corpus.Remove(id) ? Results.NoContent() : Missing();
            }
            catch (Yusuan.Storage.StoreException e)
            {
                return Error(StatusCodes.Status503ServiceUnavailable, e.Message);
            }
        }).RequireAuthorization(Authentication.AdminPolicy);

        app.MapGet("/api/documents/{id}/findings", (string id, ICorpus corpus) =>
            corpus.Get(id) is { } d ? Results.Text(FindingsJson.Write(d.Report.Check), "application/json; charset=utf-8", Encoding.UTF8) : Missing());

        app.MapGet("/api/documents/{id}/cells", (string id, ICorpus corpus, string? table, string? row, string? column, string? format) =>
        {
            if (corpus.Get(id) is not { } d) return Missing();
            var cells = CellsProjection.Cells(d.Report.Document)
                .Where(c => (table is null || c.Table == table) && (row is null || c.Row == row) && (column is null || c.Column == column))
                .ToList();
            return format == "csv"
                ? Results.Text(CellsCsv.Write(cells), "text/csv; charset=utf-8", Encoding.UTF8)
                : Results.Json(cells.Select(c => new { c.Table, c.Unit, c.Row, c.Column, c.Value }), Json);
        });

        app.MapGet("/api/documents/{id}/compare", (string id, ICorpus corpus, string? with) =>
        {
            if (corpus.Get(id) is not { } d) return Missing();
            var other = string.IsNullOrEmpty(with) ? (corpus.Prior(d) is { } prior ? corpus.Get(prior.Id) : null) : corpus.Get(with);
            if (other is null)
            {
                return Error(StatusCodes.Status404NotFound, string.IsNullOrEmpty(with) ? "语料库中没有同一单位上一年度的公开文件。" : "找不到要比较的文档。");
            }
            var changes = DocumentComparison.Compare(other.Report.Document, d.Report.Document)
                .Select(c => new { c.Table, c.Unit, c.Row, c.Label, c.Column, before = c.Before, after = c.After, change = c.Change, percent = c.Percent });
            return Results.Json(new { document = id, with = other.Id, unit = "万元", changes }, Json);
        });

        app.MapGet("/api/documents/{id}/export", async (HttpContext context, string id, ICorpus corpus, Backends backends, Renders renders, string? format) =>
        {
            if (corpus.Get(id) is not { } d) return Missing();
            var file = format switch
            {
                null or "json" => "findings.json",
                "sarif" => "findings.sarif",
                "csv" => "cells.csv",
                "model" => "model.json",
                "text" => "document.txt",
                "xlsx" => "tables.xlsx",
                "review" => "review.xlsx",
                "docx" => "disclosure.docx",
                "pdf" => "report.pdf",
                _ => null,
            };
            return file is null
                ? Error(StatusCodes.Status400BadRequest, "format 只能是 json、sarif、csv、model、text、xlsx、review、docx 或 pdf。")
                : await PageEndpoints.DownloadAsync(d, file, backends, renders, context.RequestAborted).ConfigureAwait(false);
        });

        app.MapGet("/api/cells", (ICorpus corpus, string? region, string? level, string? year, string? unit, string? kind, string? table, string? row, string? column) =>
        {
            if (table is null && row is null && column is null) return Error(StatusCodes.Status400BadRequest, "请至少给出 table、row、column 中的一个。");
            var hits = Documents(corpus, PageEndpoints.Filter(region, level, year, unit, kind))
                .SelectMany(d => CellsProjection.Cells(d.Report.Document)
                    .Where(c => (table is null || c.Table == table) && (row is null || c.Row == row) && (column is null || c.Column == column))
                    .Select(c => new CellHit(d.Id, d.Report.Document.Meta.UnitName, d.Report.Document.Meta.Year, c.Table, c.Unit.Length == 0 ? null : c.Unit, c.Row, c.Column, c.Value)));
            return Results.Json(hits, Json);
        });

        app.MapGet("/api/findings", (ICorpus corpus, string? region, string? level, string? year, string? unit, string? kind, string? rule, string? severity) =>
        {
            var hits = Documents(corpus, PageEndpoints.Filter(region, level, year, unit, kind))
                .SelectMany(d => d.Report.Findings
                    .Where(f => (rule is null || f.Rule == rule || f.Rule.StartsWith(rule + ".", StringComparison.Ordinal))
                                && (severity is null || FindingsJson.Level(f.Severity) == severity))
                    .Select(f => new FindingHit(d.Id, d.Report.Document.Meta.UnitName, d.Report.Document.Meta.Year, f.Rule, FindingsJson.Level(f.Severity),
                        f.Message, f.Location.Table, f.Location.Row, f.Location.Column, f.Location.Line > 0 ? f.Location.Line : null, f.Expected, f.Actual)));
            return Results.Json(hits, Json);
        });

        app.MapGet("/api/corpus/stats", (ICorpus corpus, string? region, string? level, string? year, string? unit, string? kind) =>
        {
            var filter = PageEndpoints.Filter(region, level, year, unit, kind);
            return Results.Json(CorpusStats.Of(corpus.List(filter), filter), Json);
        });

        app.MapGet("/api/batches", (BatchService batches, ICorpus corpus) => Results.Json(batches.List().Select(b => BatchSummary.Of(b, corpus, false)), Json));

        app.MapPost("/api/batches", async (HttpContext context, WebOptions o, BatchService batches, ICorpus corpus) =>
        {
            var (batch, error) = await BatchEndpoints.CreateAsync(context, o, batches).ConfigureAwait(false);
            return batch is null
                ? Error(error!.Status, error.Message)
                : Results.Json(BatchSummary.Of(batch, corpus, true), Json, statusCode: StatusCodes.Status201Created);
        }).WithMetadata(new UploadLimit(options.MaxBatchBytes));

        app.MapGet("/api/batches/{id}", (string id, BatchService batches, ICorpus corpus) =>
            batches.Get(id) is { } b ? Results.Json(BatchSummary.Of(b, corpus, true), Json) : Error(StatusCodes.Status404NotFound, "找不到这个批次。"));

        app.MapGet("/api/batches/{id}/review.zip", (HttpContext context, string id, BatchService batches, ICorpus corpus, Backends backends, Renders renders) =>
            BatchEndpoints.DownloadAsync(context, id, batches, corpus, backends, renders));

        app.MapDelete("/api/batches/{id}", (string id, BatchService batches) =>
            batches.Remove(id) ? Results.NoContent() : Error(StatusCodes.Status404NotFound, "找不到这个批次。"))
            .RequireAuthorization(Authentication.AdminPolicy);
    }

    /// <summary>The whole documents behind a filter, one at a time (a store reads each from its kept file).</summary>
    private static IEnumerable<CheckedFile> Documents(ICorpus corpus, CorpusFilter filter) =>
        corpus.List(filter).Select(e => corpus.Get(e.Id)).OfType<CheckedFile>();

    public static IResult Error(int status, string message) => Problem.Result(status, message);

    private static IResult Missing() => Error(StatusCodes.Status404NotFound, "找不到这份文档。");

    internal static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);
}
