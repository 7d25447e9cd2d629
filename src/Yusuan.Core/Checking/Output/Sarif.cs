using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Yusuan.Core.Checking.Output;

/// <summary>SARIF 2.1.0: tool.driver.rules from the catalog; one result per finding with a physical location (file, line,
/// the evidence line as snippet), its fingerprint (partialFingerprints "yusuan/v1") and, for a PDF, page and box.</summary>
public static class Sarif
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The partialFingerprints key of <see cref="FindingFingerprint"/>.</summary>
    public const string FingerprintKey = "yusuan/v1";

    public static string Write(RuleCatalog catalog, IEnumerable<CheckReport> reports)
    {
        var rules = catalog.Descriptors.ToList();
        var index = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", SchemaUri);
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            w.WriteStartObject("tool");
            w.WriteStartObject("driver");
            w.WriteString("name", "yusuan");
            w.WriteString("informationUri", "https://github.com/yusuan/yusuan/blob/main/docs/rules.md");
            w.WriteStartArray("rules");
            foreach (var r in rules)
            {
                w.WriteStartObject();
                w.WriteString("id", r.Id);
                w.WriteString("name", r.Id.Replace(".", "_", StringComparison.Ordinal).Replace("-", "_", StringComparison.Ordinal));
                w.WriteStartObject("shortDescription");
                w.WriteString("text", r.Title);
                w.WriteEndObject();
                w.WriteStartObject("fullDescription");
                w.WriteString("text", r.Help ?? r.Title);
                w.WriteEndObject();
                w.WriteStartObject("defaultConfiguration");
                w.WriteString("level", Level(r.DefaultSeverity));
                w.WriteEndObject();
                w.WriteStartObject("properties");
                w.WriteString("category", r.Category);
                w.WriteString("basis", r.Basis);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("results");
            foreach (var report in reports)
            {
                foreach (var f in report.Findings)
                {
                    w.WriteStartObject();
                    w.WriteString("ruleId", f.Rule);
                    if (index.TryGetValue(f.Rule, out var i)) w.WriteNumber("ruleIndex", i);
                    w.WriteString("level", Level(f.Severity));
                    w.WriteStartObject("message");
                    w.WriteString("text", f.Message);
                    w.WriteEndObject();
                    w.WriteStartArray("locations");
                    w.WriteStartObject();
                    w.WriteStartObject("physicalLocation");
                    w.WriteStartObject("artifactLocation");
                    w.WriteString("uri", Uri(report.Document.Source));
                    w.WriteEndObject();
                    if (f.Location.Line > 0)
                    {
                        w.WriteStartObject("region");
                        w.WriteNumber("startLine", f.Location.Line);
                        if (f.Evidence is not null)
                        {
                            w.WriteStartObject("snippet");
                            w.WriteString("text", f.Evidence);
                            w.WriteEndObject();
                        }
                        w.WriteEndObject();
                    }
                    w.WriteEndObject();
                    var logical = Logical(f.Location);
                    if (logical is not null)
                    {
                        w.WriteStartArray("logicalLocations");
                        w.WriteStartObject();
                        w.WriteString("fullyQualifiedName", logical);
                        w.WriteEndObject();
                        w.WriteEndArray();
                    }
                    w.WriteEndObject();
                    w.WriteEndArray();
                    if (f.Fingerprint is not null)
                    {
                        w.WriteStartObject("partialFingerprints");
                        w.WriteString(FingerprintKey, f.Fingerprint);
                        w.WriteEndObject();
                    }
                    if (f.Expected is not null || f.Actual is not null || f.Location.Page is not null)
                    {
                        w.WriteStartObject("properties");
                        if (f.Expected is not null || f.Actual is not null)
                        {
                            w.WriteString("expected", f.Expected);
                            w.WriteString("actual", f.Actual);
                        }
                        if (f.Location.Page is { } page) w.WriteNumber("page", page);
                        if (f.Location.Box is { } box) FindingsJson.WriteBox(w, box);
                        w.WriteEndObject();
                    }
                    w.WriteEndObject();
                }
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static string Level(Severity s) => s switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" };

    /// <summary>A relative path as a URI reference (forward slashes, percent-encoded where needed).</summary>
    public static string Uri(string? path)
    {
        if (string.IsNullOrEmpty(path)) return "input";
        var p = path.Replace('\\', '/');
        return string.Join('/', p.Split('/').Select(System.Uri.EscapeDataString));
    }

    private static string? Logical(FindingLocation l)
    {
        var parts = new[] { l.Table, l.Unit, l.Row, l.Column }.Where(x => !string.IsNullOrEmpty(x)).ToList();
        if (parts.Count == 0) return l.Section;
        return string.Join('/', parts);
    }
}
