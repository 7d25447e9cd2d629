using System.Text;
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
            return Fail(where, "input.json", $"JSON 无法读取{line}：{Explain(e, json)} / Invalid JSON input.");
        }
    }

    /// <summary>The file's text: UTF-8 (a byte-order mark allowed), or UTF-16 with its mark; null for anything else
    /// (a GBK file read as UTF-8 would give every Chinese name as garbage).</summary>
    public static string? Decode(string path)
    {
        if (Reading.Formats.InputFile.ReadBytes(path, out _) is not { } bytes) return null;
        Encoding[] marked = [new UnicodeEncoding(false, true, true), new UnicodeEncoding(true, true, true)];
        try
        {
            foreach (var e in marked)
            {
                if (bytes.AsSpan().StartsWith(e.Preamble)) return e.GetString(bytes, e.Preamble.Length, bytes.Length - e.Preamble.Length);
            }
            var utf8 = new UTF8Encoding(false, true);
            return bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]) ? utf8.GetString(bytes, 3, bytes.Length - 3) : utf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    public static string Write(BudgetInput input) => JsonSerializer.Serialize(input, Options);

    private static InputReadResult Fail(string where, string code, string message) =>
        new(null, [new InputIssue(DiagnosticSeverity.Error, code, where, message)]);

    private static string Explain(JsonException e, string json)
    {
        var m = e.Message;
        if (m.Contains("could not be mapped", StringComparison.Ordinal)) return "有无法识别的字段（请检查拼写）";
        if (m.Contains("could not be converted", StringComparison.Ordinal))
        {
            return IsNumberAt(json, e) ? "数值超出该字段的范围（或该字段应为整数）" : "值的类型不对（金额应为数字，名称应为文本）";
        }
        var cut = m.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? m[..cut] : m;
    }

    /// <summary>Whether the token the serializer stopped at is a number: then the field took the value's type but not
    /// its size (99999999999 for a headcount) or its fraction (1.5 for a count).</summary>
    private static bool IsNumberAt(string json, JsonException e)
    {
        if (e.LineNumber is not { } line || e.BytePositionInLine is not { } position) return false;
        var lines = json.Split('\n');
        if (line >= lines.Length) return false;
        var bytes = Encoding.UTF8.GetBytes(lines[line]);
        // The position is just past the token: step back over it to its first character.
        var end = (int)Math.Min(position, bytes.Length);
        var start = end;
        while (start > 0 && (char.IsAsciiDigit((char)bytes[start - 1]) || bytes[start - 1] is (byte)'.' or (byte)'-' or (byte)'+' or (byte)'e' or (byte)'E')) start--;
        return start < end && (char.IsAsciiDigit((char)bytes[start]) || bytes[start] == (byte)'-');
    }
}
