using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Yusuan.Core.Checking;
using Yusuan.Core.Model;

namespace Yusuan.Web.Services;

/// <summary>
/// What the lists, filters and corpus charts need of one stored document, without the document: its facts, finding
/// counts, key figures and rule counts. Made once when the document is checked and stored with it (table web_documents),
/// so a restart loads summaries instead of reading and checking every document again.
/// </summary>
public sealed record CorpusEntry
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Unit { get; init; }
    public int? Year { get; init; }
    public DisclosureKind Kind { get; init; }
    public DisclosureScope Scope { get; init; }
    public string? Region { get; init; }
    public int Tables { get; init; }

    /// <summary>The checker's counts (warnings include differences within rounding).</summary>
    public int Errors { get; init; }
    public int Warnings { get; init; }
    public int Infos { get; init; }

    /// <summary>Findings that are only a difference within rounding tolerance (<see cref="FindingKinds.IsWithinRounding"/>).</summary>
    public int WithinRounding { get; init; }

    /// <summary>读取存疑: what the reader read with doubt (<see cref="ReadingDoubts.Count"/>).</summary>
    public int Uncertain { get; init; }

    public decimal Completeness { get; init; }
    public KeyFigures Figures { get; init; } = new();
    public ImmutableArray<RuleCount> Rules { get; init; } = [];

    /// <summary>Warnings a reviewer has to look at: the checker's warnings without the differences within rounding.</summary>
    [JsonIgnore]
    public int RealWarnings => Warnings - Rules.Where(r => r.Severity == Severity.Warning).Sum(r => r.WithinRounding);

    public static CorpusEntry Of(CheckedFile d)
    {
        var document = d.Report.Document;
        var m = document.Meta;
        var findings = d.Report.Findings;
        return new CorpusEntry
        {
            Id = d.Id,
            Name = d.Name,
            Unit = m.UnitName,
            Year = m.Year,
            Kind = m.Kind,
            Scope = m.Scope,
            Region = m.Region,
            Tables = document.Tables.Length,
            Errors = d.Report.Count(Severity.Error),
            Warnings = d.Report.Count(Severity.Warning),
            Infos = d.Report.Count(Severity.Info),
            WithinRounding = findings.Count(FindingKinds.IsWithinRounding),
            Uncertain = ReadingDoubts.Count(document),
            Completeness = d.Report.Completeness,
            Figures = KeyFigures.Of(document),
            Rules = findings.GroupBy(f => (f.Rule, f.Severity))
                .Select(g => new RuleCount(g.Key.Rule, g.Key.Severity, g.Count(), g.Count(FindingKinds.IsWithinRounding)))
                .OrderBy(r => r.Rule, StringComparer.Ordinal).ThenByDescending(r => r.Severity)
                .ToImmutableArray(),
        };
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>A stored summary, or null when it cannot be read (then the document is summarised again).</summary>
    public static CorpusEntry? FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<CorpusEntry>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
