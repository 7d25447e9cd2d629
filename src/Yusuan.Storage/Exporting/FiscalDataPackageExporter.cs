using System.Data.Common;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Yusuan.Storage.Importing;
using Yusuan.Storage.Querying;

namespace Yusuan.Storage.Exporting;

/// <summary>
/// Writes the corpus as a Fiscal Data Package (datapackage.json + CSV): amounts in 万元 (currency CNY, factor 10000),
/// one measure per phase (预算 → proposed, 决算 → executed), dimensions for the unit, the fiscal year and the
/// functional / economic classification.
/// </summary>
/// <remarks>
/// Only leaf rows are written (a code none of whose sub-codes appear in the same table), so summing a column never
/// counts a 类 together with its 款 and 项. Expenditure by function comes from T3 (支出总体情况表, all funds),
/// by economic class from T6 (一般公共预算基本支出), revenue from the T1 income lines by source.
/// </remarks>
public static class FiscalDataPackageExporter
{
    private static readonly string[] RevenueLines =
        ["income.gpb", "income.gf", "income.sc", "income.special", "income.unit", "carryover.fiscal", "carryover.nonfiscal"];

    public static IReadOnlyList<string> Export(CorpusStore store, string directory)
    {
        Directory.CreateDirectory(directory);
        using var connection = store.OpenConnection(readOnly: true);
        var names = connection.Query<(string, string, string)>("SELECT kind, code, name FROM classification")
            .ToDictionary(r => (r.Item1, r.Item2), r => r.Item3);
        var documents = connection.Query<DocumentListItem>("SELECT id, unit, region, level, year, kind FROM documents WHERE status = 'ok'")
            .ToDictionary(d => d.Id);

        var functional = Leaves(connection, "T3", "total", code => code.Length is 3 or 5 or 7 && code[0] == '2')
            .Select(c => Row(documents[c.DocumentId], c.Value, c.Row, c.Row[..3], c.Row.Length >= 5 ? c.Row[..5] : null, names.GetValueOrDefault(("function", c.Row))));
        var economic = Leaves(connection, "T6", "total", code => code.Length is 3 or 5 && code[0] is '3' or '5')
            .Select(c => Row(documents[c.DocumentId], c.Value, c.Row, c.Row[..3], null, names.GetValueOrDefault(("economic", c.Row))));
        var revenue = Lines(connection)
            .Select(c => Row(documents[c.DocumentId], c.Value, c.Row, null, null, RevenueLabel(c.Row)));

        string[] header = ["document_id", "unit", "region", "level", "fiscal_year", "kind", "code", "class_code", "section_code", "label", "proposed", "executed"];
        var written = new List<string>();
        foreach (var (name, rows) in new[] { ("expenditure-functional", functional), ("expenditure-economic", economic), ("revenue", revenue) })
        {
            var path = Path.Combine(directory, name + ".csv");
            CsvExporter.Write(path, header, rows);
            written.Add(path);
        }
        var descriptor = Path.Combine(directory, "datapackage.json");
        File.WriteAllText(descriptor, Descriptor().ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
        written.Add(descriptor);
        return written;
    }

    private sealed record Amount(long DocumentId, string Row, decimal Value);

    private sealed class RawCell
    {
        public long DocumentId { get; set; }
        public string RowKey { get; set; } = string.Empty;
        public object? Value { get; set; }
    }

    /// <summary>Rows of <paramref name="table"/> whose key is a code and no longer code of the same document extends it.</summary>
    private static IEnumerable<Amount> Leaves(DbConnection connection, string table, string column, Func<string, bool> isCode)
    {
        var cells = connection.Query<RawCell>(
            "SELECT c.document_id, c.row_key, c.value FROM cells c JOIN documents d ON d.id = c.document_id AND d.status = 'ok' WHERE c.table_id = @table AND c.column_key = @column AND c.unit = '' ORDER BY c.document_id, c.seq",
            new { table, column }, buffered: false);
        foreach (var document in Group(cells))
        {
            var codes = document.Where(c => isCode(c.RowKey)).ToList();
            foreach (var c in codes)
            {
                if (codes.Any(o => o.RowKey.Length > c.RowKey.Length && o.RowKey.StartsWith(c.RowKey, StringComparison.Ordinal))) continue;
                if (StoredValues.Decimal(c.Value) is { } v) yield return new Amount(c.DocumentId, c.RowKey, v);
            }
        }
    }

    private static IEnumerable<Amount> Lines(DbConnection connection)
    {
        var cells = connection.Query<RawCell>(
            "SELECT c.document_id, c.row_key, c.value FROM cells c JOIN documents d ON d.id = c.document_id AND d.status = 'ok' WHERE c.table_id = 'T1' AND c.column_key = 'amount' AND c.unit = '' ORDER BY c.document_id, c.seq",
            buffered: false);
        foreach (var c in cells)
        {
            if (RevenueLines.Contains(c.RowKey) && StoredValues.Decimal(c.Value) is { } v) yield return new Amount(c.DocumentId, c.RowKey, v);
        }
    }

    private static IEnumerable<List<RawCell>> Group(IEnumerable<RawCell> cells)
    {
        var current = new List<RawCell>();
        foreach (var c in cells)
        {
            if (current.Count > 0 && current[0].DocumentId != c.DocumentId)
            {
                yield return current;
                current = [];
            }
            current.Add(c);
        }
        if (current.Count > 0) yield return current;
    }

    private static object?[] Row(DocumentListItem d, decimal value, string code, string? classCode, string? sectionCode, string? label)
    {
        var executed = d.Kind == "final";
        return [d.Id, d.Unit, d.Region, d.Level, d.Year is { } y ? (long)y : null, d.Kind, code, classCode, sectionCode, label, executed ? null : value, executed ? value : null];
    }

    private static string RevenueLabel(string line) => line switch
    {
        "income.gpb" => "一般公共预算拨款",
        "income.gf" => "政府性基金预算拨款",
        "income.sc" => "国有资本经营预算拨款",
        "income.special" => "财政专户管理资金",
        "income.unit" => "单位资金",
        "carryover.fiscal" => "上年财政拨款结转",
        "carryover.nonfiscal" => "上年非财政拨款结转结余",
        _ => line,
    };

    private static JsonObject Descriptor()
    {
        JsonObject Field(string name, string type, string title) => new() { ["name"] = name, ["type"] = type, ["title"] = title };
        JsonArray Fields(string codeTitle) =>
        [
            Field("document_id", "integer", "语料库文档编号"), Field("unit", "string", "预算单位"), Field("region", "string", "地区"), Field("level", "string", "行政级次"),
            Field("fiscal_year", "integer", "预算年度"), Field("kind", "string", "budget=预算, final=决算"), Field("code", "string", codeTitle),
            Field("class_code", "string", "类"), Field("section_code", "string", "款"), Field("label", "string", "名称"),
            Field("proposed", "number", "预算数（万元）"), Field("executed", "number", "决算数（万元）"),
        ];
        JsonObject Resource(string name, string title, string codeTitle) => new()
        {
            ["name"] = name,
            ["title"] = title,
            ["path"] = name + ".csv",
            ["profile"] = "tabular-data-resource",
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8",
            ["schema"] = new JsonObject { ["fields"] = Fields(codeTitle), ["missingValues"] = new JsonArray("") },
        };
        JsonObject Measure(string resource, string source, string direction, string phase) => new()
        {
            ["resource"] = resource,
            ["source"] = source,
            ["currency"] = "CNY",
            ["factor"] = 10000,
            ["direction"] = direction,
            ["phase"] = phase,
        };
        JsonObject Dimension(string type, JsonObject attributes, string primaryKey, string? classificationType = null)
        {
            var d = new JsonObject { ["dimensionType"] = type, ["attributes"] = attributes, ["primaryKey"] = primaryKey };
            if (classificationType is not null) d["classificationType"] = classificationType;
            return d;
        }
        JsonObject Attr(string source) => new() { ["source"] = source };

        var measures = new JsonObject();
        var dimensions = new JsonObject
        {
            ["document"] = Dimension("other", new JsonObject { ["document_id"] = Attr("document_id"), ["kind"] = Attr("kind") }, "document_id"),
            ["administrative"] = Dimension("entity", new JsonObject { ["unit"] = Attr("unit"), ["region"] = Attr("region"), ["level"] = Attr("level") }, "unit"),
            ["date"] = Dimension("datetime", new JsonObject { ["fiscal_year"] = Attr("fiscal_year") }, "fiscal_year"),
            ["functional-classification"] = Dimension("classification",
                new JsonObject { ["code"] = Attr("code"), ["class_code"] = Attr("class_code"), ["section_code"] = Attr("section_code"), ["label"] = Attr("label") }, "code", "functional"),
            ["economic-classification"] = Dimension("classification",
                new JsonObject { ["code"] = Attr("code"), ["class_code"] = Attr("class_code"), ["label"] = Attr("label") }, "code", "economic"),
            ["revenue-source"] = Dimension("classification", new JsonObject { ["code"] = Attr("code"), ["label"] = Attr("label") }, "code", "revenue"),
        };
        foreach (var (resource, direction) in new[] { ("expenditure-functional", "expenditure"), ("expenditure-economic", "expenditure"), ("revenue", "revenue") })
        {
            measures[$"{resource}-proposed"] = Measure(resource, "proposed", direction, "proposed");
            measures[$"{resource}-executed"] = Measure(resource, "executed", direction, "executed");
        }
        return new JsonObject
        {
            ["profile"] = "fiscal-data-package",
            ["name"] = "yusuan-corpus",
            ["title"] = "部门预算/决算公开数据（Yusuan 语料库导出）",
            ["countryCode"] = "CN",
            ["resources"] = new JsonArray(
                Resource("expenditure-functional", "支出按功能分类（支出总体情况表，末级科目）", "支出功能分类科目编码"),
                Resource("expenditure-economic", "一般公共预算基本支出按经济分类（末级科目）", "支出经济分类科目编码"),
                Resource("revenue", "收入按来源（收支总体情况表）", "收入来源（spec/cells.md 行键）")),
            ["model"] = new JsonObject { ["measures"] = measures, ["dimensions"] = dimensions },
        };
    }
}
