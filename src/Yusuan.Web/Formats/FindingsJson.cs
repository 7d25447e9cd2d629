using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Yusuan.Core.Checking;
using Yusuan.Core.Model;
using Yusuan.Web.Services;

namespace Yusuan.Web.Formats;

/// <summary>The findings JSON of spec/findings.md: { document, summary, findings }.</summary>
public static class FindingsJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(DocumentReport report)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            Write(w, report);
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Utf8JsonWriter w, DocumentReport report)
    {
        var meta = report.Document.Meta;
        w.WriteStartObject();
        w.WriteStartObject("document");
        WriteNullable(w, "unit", meta.UnitName);
        if (meta.Year is { } year) w.WriteNumber("year", year); else w.WriteNull("year");
        w.WriteString("kind", KindKey(meta.Kind));
        WriteNullable(w, "source", report.Source);
        w.WriteEndObject();

        w.WriteStartObject("summary");
        w.WriteNumber("errors", report.Count(Severity.Error));
        w.WriteNumber("warnings", report.Count(Severity.Warning));
        w.WriteNumber("infos", report.Count(Severity.Info));
        if (report.Completeness is { } score) w.WriteNumber("completeness", score); else w.WriteNull("completeness");
        w.WriteEndObject();

        w.WriteStartArray("findings");
        foreach (var f in report.Findings) WriteFinding(w, f);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteFinding(Utf8JsonWriter w, Finding f)
    {
        w.WriteStartObject();
        w.WriteString("rule", f.Rule);
        w.WriteString("severity", SeverityKey(f.Severity));
        w.WriteString("message", f.Message);
        w.WriteStartObject("location");
        WriteNullable(w, "table", f.Location.Table);
        if (f.Location.Unit is not null) w.WriteString("unit", f.Location.Unit);
        WriteNullable(w, "row", f.Location.Row);
        WriteNullable(w, "column", f.Location.Column);
        WriteNullable(w, "section", f.Location.Section);
        if (f.Location.Line > 0) w.WriteNumber("line", f.Location.Line); else w.WriteNull("line");
        w.WriteEndObject();
        WriteNullable(w, "expected", f.Expected);
        WriteNullable(w, "actual", f.Actual);
        w.WriteEndObject();
    }

    public static string SeverityKey(Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    public static string KindKey(DisclosureKind kind) => kind == DisclosureKind.Budget ? "budget" : "final";

    public static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }
}
