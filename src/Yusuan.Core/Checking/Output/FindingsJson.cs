using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Yusuan.Core.Model;

namespace Yusuan.Core.Checking.Output;

/// <summary>The JSON report of spec/findings.md: { document, summary, findings }.</summary>
public static class FindingsJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(CheckReport report)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions)) WriteReport(w, report);
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Several documents: a JSON array of reports.</summary>
    public static string Write(IEnumerable<CheckReport> reports)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            w.WriteStartArray();
            foreach (var r in reports) WriteReport(w, r);
            w.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static string Kind(DisclosureKind kind) => kind == DisclosureKind.Budget ? "budget" : "final";

    public static string Level(Severity s) => s switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" };

    private static void WriteReport(Utf8JsonWriter w, CheckReport report)
    {
        w.WriteStartObject();
        w.WritePropertyName("document");
        w.WriteStartObject();
        w.WriteString("unit", report.Document.Unit);
        if (report.Document.Year is { } y) w.WriteNumber("year", y); else w.WriteNull("year");
        w.WriteString("kind", Kind(report.Document.Kind));
        w.WriteString("source", report.Document.Source);
        w.WriteEndObject();
        w.WritePropertyName("summary");
        w.WriteStartObject();
        w.WriteNumber("errors", report.Summary.Errors);
        w.WriteNumber("warnings", report.Summary.Warnings);
        w.WriteNumber("infos", report.Summary.Infos);
        w.WriteNumber("completeness", report.Summary.Completeness);
        if (report.Suppressed > 0) w.WriteNumber("suppressed", report.Suppressed);
        w.WriteEndObject();
        w.WritePropertyName("findings");
        w.WriteStartArray();
        foreach (var f in report.Findings) WriteFinding(w, f);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter w, Finding f)
    {
        w.WriteStartObject();
        w.WriteString("rule", f.Rule);
        w.WriteString("severity", Level(f.Severity));
        w.WriteString("message", f.Message);
        w.WritePropertyName("location");
        w.WriteStartObject();
        w.WriteString("table", f.Location.Table);
        if (f.Location.Unit is not null) w.WriteString("unit", f.Location.Unit);
        w.WriteString("row", f.Location.Row);
        w.WriteString("column", f.Location.Column);
        w.WriteString("section", f.Location.Section);
        w.WriteNumber("line", f.Location.Line);
        if (f.Location.Page is { } page) w.WriteNumber("page", page);
        if (f.Location.Box is { } box) WriteBox(w, box);
        w.WriteEndObject();
        w.WriteString("expected", f.Expected);
        w.WriteString("actual", f.Actual);
        if (f.Evidence is not null) w.WriteString("evidence", f.Evidence);
        if (f.Fingerprint is not null) w.WriteString("fingerprint", f.Fingerprint);
        w.WriteEndObject();
    }

    /// <summary>"box": [left, top, right, bottom] in points from the page's top-left corner, to 0.1 pt.</summary>
    internal static void WriteBox(Utf8JsonWriter w, PageBox box)
    {
        w.WriteStartArray("box");
        foreach (var v in new[] { box.Left, box.Top, box.Right, box.Bottom }) w.WriteNumberValue(Math.Round((decimal)v, 1));
        w.WriteEndArray();
    }

    internal static string Invariant(this int value) => value.ToString(CultureInfo.InvariantCulture);
}
