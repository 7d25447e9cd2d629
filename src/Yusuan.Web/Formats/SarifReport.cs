using System.Text.Encodings.Web;
using System.Text.Json;
using Yusuan.Core.Checking;
using Yusuan.Web.Services;

namespace Yusuan.Web.Formats;

/// <summary>SARIF 2.1.0 of a check report, so findings open in code-scanning viewers (line = physical location,
/// table/row/column = logical location).</summary>
public static class SarifReport
{
    public static string Write(DocumentReport report)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            w.WriteStartObject("tool");
            w.WriteStartObject("driver");
            w.WriteString("name", "yusuan");
            w.WriteString("informationUri", "https://github.com/yusuan/yusuan");
            w.WriteStartArray("rules");
            foreach (var rule in report.Findings.Select(f => f.Rule).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                w.WriteStartObject();
                w.WriteString("id", rule);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("results");
            foreach (var f in report.Findings) WriteResult(w, f, report.Source ?? "document.txt");
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteResult(Utf8JsonWriter w, Finding f, string uri)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", f.Rule);
        w.WriteString("level", f.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" });
        w.WriteStartObject("message");
        w.WriteString("text", f.Message);
        w.WriteEndObject();
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", uri);
        w.WriteEndObject();
        if (f.Location.Line > 0)
        {
            w.WriteStartObject("region");
            w.WriteNumber("startLine", f.Location.Line);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        var logical = string.Join('/', new[] { f.Location.Table, f.Location.Unit, f.Location.Row, f.Location.Column, f.Location.Section }.Where(p => !string.IsNullOrEmpty(p)));
        if (logical.Length > 0)
        {
            w.WriteStartArray("logicalLocations");
            w.WriteStartObject();
            w.WriteString("fullyQualifiedName", logical);
            w.WriteEndObject();
            w.WriteEndArray();
        }
        w.WriteEndObject();
        w.WriteEndArray();
        if (f.Expected is not null || f.Actual is not null)
        {
            w.WriteStartObject("properties");
            if (f.Expected is not null) w.WriteString("expected", f.Expected);
            if (f.Actual is not null) w.WriteString("actual", f.Actual);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }
}
