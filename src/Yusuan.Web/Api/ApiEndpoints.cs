using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Yusuan.Core.Checking;
using Yusuan.Core.Checking.Output;
using Yusuan.Core.Export;
using Yusuan.Web.Pages;
using Yusuan.Web.Services;

namespace Yusuan.Web.Api;

/// <summary>The REST API (described by /openapi.json). Errors are <c>{ "error": "中文说明" }</c> with a 4xx/5xx status.</summary>
internal static class ApiEndpoints
{
    /// <summary>API JSON: camelCase, enums as strings, CJK written as is (responses are application/json, never inlined in HTML).</summary>
    private static readonly JsonSerializerOptions Json = new(CorpusPage.JsonOptions)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Map(WebApplication app)
    {
        app.MapGet("/openapi.json", () => StaticAssets.Get("openapi.json") is { } bytes
            ? Results.Bytes(bytes, "application/json; charset=utf-8")
            : Error(StatusCodes.Status404NotFound, "找不到 OpenAPI 文档。"));

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
                .Where(d => string.IsNullOrWhiteSpace(q) || (d.Report.Document.Meta.UnitName ?? string.Empty).Contains(q.Trim(), StringComparison.Ordinal)
                            || d.Name.Contains(q.Trim(), StringComparison.OrdinalIgnoreCase))
                .Select(DocumentSummary.Of);
            return Results.Json(docs, Json);
        });

        app.MapPost("/api/documents", async (HttpRequest request, WebOptions o, CheckService checks, ICorpus corpus, CancellationToken cancel) =>
        {
            var (upload, error) = await UploadReader.ReadAsync(request, o.MaxUploadBytes, UploadKind.DisclosureText, cancel).ConfigureAwait(false);
            if (upload is null) return Error(error!.Status, error.Message);
            var (d, readError) = await checks.CheckAsync(upload, cancel).ConfigureAwait(false);
            if (d is null) return Error(readError!.Status, readError.Message);
            try
            {
                var stored = corpus.Add(d);
                return Results.Json(DocumentSummary.Of(stored), Json, statusCode: StatusCodes.Status201Created);
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
            var other = string.IsNullOrEmpty(with) ? corpus.Prior(d) : corpus.Get(with);
            if (other is null)
            {
                return Error(StatusCodes.Status404NotFound, string.IsNullOrEmpty(with) ? "语料库中没有同一单位上一年度的公开文件。" : "找不到要比较的文档。");
            }
            var changes = DocumentComparison.Compare(other.Report.Document, d.Report.Document)
                .Select(c => new { c.Table, c.Unit, c.Row, c.Label, c.Column, before = c.Before, after = c.After, change = c.Change, percent = c.Percent });
            return Results.Json(new { document = id, with = other.Id, unit = "万元", changes }, Json);
        });

        app.MapGet("/api/documents/{id}/export", async (string id, ICorpus corpus, Backends backends, string? format) =>
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
                "pdf" => "report.pdf",
                _ => null,
            };
            return file is null
                ? Error(StatusCodes.Status400BadRequest, "format 只能是 json、sarif、csv、model、text、xlsx 或 pdf。")
                : await PageEndpoints.DownloadAsync(d, file, backends).ConfigureAwait(false);
        });

        app.MapGet("/api/cells", (ICorpus corpus, string? region, string? level, string? year, string? unit, string? kind, string? table, string? row, string? column) =>
        {
            if (table is null && row is null && column is null) return Error(StatusCodes.Status400BadRequest, "请至少给出 table、row、column 中的一个。");
            var hits = corpus.List(PageEndpoints.Filter(region, level, year, unit, kind))
                .SelectMany(d => CellsProjection.Cells(d.Report.Document)
                    .Where(c => (table is null || c.Table == table) && (row is null || c.Row == row) && (column is null || c.Column == column))
                    .Select(c => new CellHit(d.Id, d.Report.Document.Meta.UnitName, d.Report.Document.Meta.Year, c.Table, c.Unit.Length == 0 ? null : c.Unit, c.Row, c.Column, c.Value)));
            return Results.Json(hits, Json);
        });

        app.MapGet("/api/findings", (ICorpus corpus, string? region, string? level, string? year, string? unit, string? kind, string? rule, string? severity) =>
        {
            var hits = corpus.List(PageEndpoints.Filter(region, level, year, unit, kind))
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
            return Results.Json(CorpusStats.Of(corpus.List(filter), filter.Unit), Json);
        });
    }

    public static IResult Error(int status, string message) =>
        Results.Json(new { error = message }, Json, contentType: "application/json; charset=utf-8", statusCode: status);

    private static IResult Missing() => Error(StatusCodes.Status404NotFound, "找不到这份文档。");

    internal static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);
}
