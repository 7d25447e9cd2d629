using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;

namespace Yusuan.Core.Checking;

/// <summary>
/// A severity profile: which rules are off and which severities differ from the catalog's defaults, globally and per
/// template edition, plus the rounding policy. Loaded from a small JSON file (docs/checking.md):
/// <code>{ "rounding": { "withinTolerance": "warning" }, "rules": { "K.glossary": "info", "C.function-code-known": "off" },
///   "templates": { "shanghai-budget": { "rules": { "K.narrative-section": "info" } } } }</code>
/// </summary>
public sealed record SeverityProfile
{
    /// <summary>The built-in profile (Checking/Profiles/default.json), fitted to the 2025 Xinjiang template and the 2022 layout.</summary>
    public static SeverityProfile Default { get; } = LoadEmbedded();

    /// <summary>No overrides at all: every rule at its catalog severity.</summary>
    public static SeverityProfile Empty { get; } = new();

    public string? Name { get; init; }

    public RoundingPolicy Rounding { get; init; } = RoundingPolicy.Default;

    /// <summary>Rule id → severity, or null for "off".</summary>
    public ImmutableDictionary<string, Severity?> Rules { get; init; } = ImmutableDictionary<string, Severity?>.Empty;

    /// <summary>Template id → rule id → severity (null = off); applied after <see cref="Rules"/>.</summary>
    public ImmutableDictionary<string, ImmutableDictionary<string, Severity?>> Templates { get; init; } =
        ImmutableDictionary<string, ImmutableDictionary<string, Severity?>>.Empty;

    /// <summary>The override for a rule in a template, if any: (true, severity-or-null-for-off) or (false, _).</summary>
    public bool TryGetOverride(string ruleId, string? template, out Severity? severity)
    {
        if (template is not null && Templates.TryGetValue(template, out var t) && t.TryGetValue(ruleId, out severity)) return true;
        return Rules.TryGetValue(ruleId, out severity);
    }

    /// <summary>Maps a finding's severity through the profile. A rule's default-severity findings take the override;
    /// findings a rule already graded lower (rounding slips) never rise above it. Null = rule switched off.</summary>
    public Severity? Apply(RuleDescriptor rule, Severity found, string? template)
    {
        if (!TryGetOverride(rule.Id, template, out var over)) return found;
        if (over is null) return null;
        return found >= rule.DefaultSeverity ? over.Value : (found < over.Value ? found : over.Value);
    }

    public static SeverityProfile Parse(string json, string? name = null)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new FormatException("配置文件的根必须是 JSON 对象。");
        var profile = new SeverityProfile { Name = name };
        if (root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String) profile = profile with { Name = n.GetString() };
        if (root.TryGetProperty("rounding", out var r)) profile = profile with { Rounding = ParseRounding(r) };
        if (root.TryGetProperty("rules", out var rules)) profile = profile with { Rules = ParseRules(rules, "rules") };
        if (root.TryGetProperty("templates", out var templates))
        {
            if (templates.ValueKind != JsonValueKind.Object) throw new FormatException("“templates”必须是对象。");
            var b = ImmutableDictionary.CreateBuilder<string, ImmutableDictionary<string, Severity?>>();
            foreach (var t in templates.EnumerateObject())
            {
                if (!t.Value.TryGetProperty("rules", out var tr)) throw new FormatException($"模板“{t.Name}”缺少“rules”。");
                b[t.Name] = ParseRules(tr, $"templates.{t.Name}.rules");
            }
            profile = profile with { Templates = b.ToImmutable() };
        }
        return profile;
    }

    public static SeverityProfile Load(string path) => Parse(File.ReadAllText(path), Path.GetFileNameWithoutExtension(path));

    public static Severity? ParseSeverity(string? text, string where) => text?.Trim().ToLowerInvariant() switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "info" => Severity.Info,
        "off" or "none" => null,
        _ => throw new FormatException($"{where}: 无效的严重程度“{text}”（应为 error、warning、info 或 off）。"),
    };

    private static ImmutableDictionary<string, Severity?> ParseRules(JsonElement element, string where)
    {
        if (element.ValueKind != JsonValueKind.Object) throw new FormatException($"“{where}”必须是对象。");
        var b = ImmutableDictionary.CreateBuilder<string, Severity?>();
        foreach (var p in element.EnumerateObject())
        {
            if (RuleCatalog.Default.Find(p.Name) is null) throw new FormatException($"{where}: 未知的规则“{p.Name}”。");
            b[p.Name] = ParseSeverity(p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.ToString(), $"{where}.{p.Name}");
        }
        return b.ToImmutable();
    }

    private static RoundingPolicy ParseRounding(JsonElement r)
    {
        if (r.ValueKind != JsonValueKind.Object) throw new FormatException("“rounding”必须是对象。");
        var policy = RoundingPolicy.Default;
        if (r.TryGetProperty("withinTolerance", out var w)) policy = policy with { WithinTolerance = ParseSeverity(w.GetString(), "rounding.withinTolerance") };
        if (r.TryGetProperty("slip", out var s)) policy = policy with { Slip = ParseSeverity(s.GetString(), "rounding.slip") ?? Severity.Info };
        if (r.TryGetProperty("minimumSlip", out var m)) policy = policy with { MinimumSlip = m.GetDecimal() };
        if (r.TryGetProperty("slipFactor", out var f)) policy = policy with { SlipFactor = f.GetDecimal() };
        if (r.TryGetProperty("percentSlip", out var p)) policy = policy with { PercentSlip = p.GetDecimal() };
        return policy;
    }

    private static SeverityProfile LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Yusuan.Core.Checking.Profiles.default.json")
            ?? throw new InvalidOperationException("内置配置 default.json 缺失。");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "default");
    }
}
