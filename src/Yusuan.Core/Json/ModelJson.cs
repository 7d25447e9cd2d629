using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Yusuan.Core.Model;

namespace Yusuan.Core.Json;

/// <summary>JSON form of the model: camelCase names, enums as camelCase strings, nulls omitted, CJK unescaped.
/// Codes serialise as their digit strings; figures as <c>{ "value": 2627.89, "line": 104 }</c>.</summary>
public static class ModelJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = null,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new FunctionCodeConverter());
        options.Converters.Add(new EconomicCodeConverter());
        options.Converters.Add(new SourceSpanConverter());
        options.Converters.Add(new FigureConverter());
        options.Converters.Add(new CellMapConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed class FunctionCodeConverter : JsonConverter<FunctionCode>
    {
        public override FunctionCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            FunctionCode.Parse(reader.GetString() ?? string.Empty);

        public override void Write(Utf8JsonWriter writer, FunctionCode value, JsonSerializerOptions options) => writer.WriteStringValue(value.Digits);
    }

    private sealed class EconomicCodeConverter : JsonConverter<EconomicCode>
    {
        public override EconomicCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            EconomicCode.Parse(reader.GetString() ?? string.Empty);

        public override void Write(Utf8JsonWriter writer, EconomicCode value, JsonSerializerOptions options) => writer.WriteStringValue(value.Digits);
    }

    private sealed class SourceSpanConverter : JsonConverter<SourceSpan>
    {
        public override SourceSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            int line = 0, end = 0;
            int? page = null;
            if (reader.TokenType == JsonTokenType.Number) { line = end = reader.GetInt32(); return new SourceSpan(line, end); }
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "line": line = reader.GetInt32(); break;
                    case "endLine": end = reader.GetInt32(); break;
                    case "page": page = reader.GetInt32(); break;
                    default: reader.Skip(); break;
                }
            }
            return new SourceSpan(line, end == 0 ? line : end, page);
        }

        public override void Write(Utf8JsonWriter writer, SourceSpan value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber("line", value.Line);
            if (value.EndLine > value.Line) writer.WriteNumber("endLine", value.EndLine);
            if (value.Page is { } page) writer.WriteNumber("page", page);
            writer.WriteEndObject();
        }
    }

    /// <summary>Cells as an object keyed by column, in the map's (ordinal) key order.</summary>
    private sealed class CellMapConverter : JsonConverter<CellMap>
    {
        public override CellMap Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var cells = JsonSerializer.Deserialize<Dictionary<string, Cell>>(ref reader, options) ?? [];
            return CellMap.Create(cells);
        }

        public override void Write(Utf8JsonWriter writer, CellMap value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var (key, cell) in value)
            {
                writer.WritePropertyName(key);
                JsonSerializer.Serialize(writer, cell, options);
            }
            writer.WriteEndObject();
        }
    }

    private sealed class FigureConverter : JsonConverter<Figure>
    {
        public override Figure Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            decimal value = 0;
            int line = 0, end = 0;
            if (reader.TokenType == JsonTokenType.Number) return new Figure(reader.GetDecimal(), default);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "value": value = reader.GetDecimal(); break;
                    case "line": line = reader.GetInt32(); break;
                    case "endLine": end = reader.GetInt32(); break;
                    default: reader.Skip(); break;
                }
            }
            return new Figure(value, new SourceSpan(line, end == 0 ? line : end));
        }

        public override void Write(Utf8JsonWriter writer, Figure value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber("value", value.Value);
            if (value.Span.IsKnown) writer.WriteNumber("line", value.Span.Line);
            if (value.Span.EndLine > value.Span.Line) writer.WriteNumber("endLine", value.Span.EndLine);
            writer.WriteEndObject();
        }
    }
}
