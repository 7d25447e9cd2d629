using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Yusuan.Core.Model;

namespace Yusuan.Core.Checking;

/// <summary>
/// A finding's stable identity, as SARIF's partialFingerprints: the same slip in the same document gets the same
/// fingerprint on every run, whatever the severity profile, the wording of the message, the file's name or the line the
/// text reader put it on. It hashes the rule id, the document (unit, year, kind; the file name only when the unit was not
/// recognised), the place (table, unit, row, column, narrative section) and the two figures (expected, actual). Findings
/// equal in all of these are numbered in report order (by line), so each keeps a fingerprint of its own.
/// Documented in docs/data-contract.md ("Fingerprints and baselines").
/// </summary>
public static class FindingFingerprint
{
    /// <summary>The version prefix: a change to what is hashed gets a new one, so old baselines simply stop matching.</summary>
    public const string Prefix = "y1-";

    /// <summary>The report with every finding's <see cref="Finding.Fingerprint"/> set.</summary>
    public static CheckReport Assign(CheckReport report)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var document = DocumentKey(report.Document);
        var builder = ImmutableArray.CreateBuilder<Finding>(report.Findings.Length);
        foreach (var f in report.Findings)
        {
            var key = Key(document, f);
            var occurrence = seen[key] = seen.GetValueOrDefault(key) + 1;
            builder.Add(f with { Fingerprint = Hash(occurrence == 1 ? key : $"{key}\u001f#{occurrence}") });
        }
        return report with { Findings = builder.MoveToImmutable() };
    }

    /// <summary>What identifies the document: unit, year and kind, or the file name when the unit is unknown.</summary>
    public static string DocumentKey(CheckedDocument d) =>
        d.Unit is { Length: > 0 } unit
            ? Join(unit, d.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Kind == DisclosureKind.Budget ? "budget" : "final")
            : Join(Path.GetFileName(d.Source ?? string.Empty), d.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Kind == DisclosureKind.Budget ? "budget" : "final");

    private static string Key(string document, Finding f) =>
        Join(f.Rule, document, f.Location.Table, f.Location.Unit, f.Location.Row, f.Location.Column, f.Location.Section, f.Expected, f.Actual);

    private static string Join(params string?[] parts) => string.Join('\u001f', parts.Select(p => p ?? string.Empty));

    private static string Hash(string key) => Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
}
