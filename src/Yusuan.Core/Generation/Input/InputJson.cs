using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Yusuan.Core.Model;

namespace Yusuan.Core.Generation.Input;

/// <summary>Reads and writes the JSON input (docs/input-schema.md). Property names are camelCase; unknown properties are errors,
/// because a misspelt figure silently dropped would make the document wrong.</summary>
public static class InputJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static InputReadResult Read(string json, string name = "输入")
    {
        try
        {
            var input = JsonSerializer.Deserialize<BudgetInput>(json, Options);
            if (input is null) return Fail(name, "input.json", "JSON 内容为空（null）。/ The JSON document is null.");
            return new InputReadResult(input, []);
        }
        catch (JsonException e)
        {
            var where = e.Path is { Length: > 0 } p ? p.TrimStart('$', '.') : name;
            var line = e.LineNumber is { } l ? $"（第 {l + 1} 行）" : string.Empty;
            return Fail(where, "input.json", $"JSON 无法读取{line}：{Explain(e)} / Invalid JSON input.");
        }
    }

    public static string Write(BudgetInput input) => JsonSerializer.Serialize(input, Options);

    private static InputReadResult Fail(string where, string code, string message) =>
        new(null, [new InputIssue(DiagnosticSeverity.Error, code, where, message)]);

    private static string Explain(JsonException e)
    {
        var m = e.Message;
        if (m.Contains("could not be mapped", StringComparison.Ordinal)) return "有无法识别的字段（请检查拼写）";
        if (m.Contains("could not be converted", StringComparison.Ordinal)) return "值的类型不对（金额应为数字，名称应为文本）";
        var cut = m.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? m[..cut] : m;
    }
}
