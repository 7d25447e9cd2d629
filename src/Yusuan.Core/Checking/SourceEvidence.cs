using System.Collections.Immutable;
using Yusuan.Core.Reading;

namespace Yusuan.Core.Checking;

/// <summary>
/// Gives each finding its evidence from the text the document was read from: the line quoted as the reader read it (a
/// PDF's or Word file's text, never the file's bytes), and the page and box it was printed at when the reader knows them.
/// </summary>
public static class SourceEvidence
{
    /// <summary>Longest quote kept; a table row or paragraph longer than this is cut with "…".</summary>
    public const int MaxLength = 400;

    public static CheckReport Attach(CheckReport report, ReadSource source)
    {
        var builder = ImmutableArray.CreateBuilder<Finding>(report.Findings.Length);
        foreach (var f in report.Findings) builder.Add(Attach(f, source));
        return report with { Findings = builder.MoveToImmutable() };
    }

    public static Finding Attach(Finding finding, ReadSource source)
    {
        var line = finding.Location.Line;
        if (source.Line(line) is not { } text) return finding;
        var place = source.Place(line);
        return finding with
        {
            Evidence = Quote(text) is { Length: > 0 } quote ? quote : null,
            Location = finding.Location with { Page = place?.Page, Box = place?.Box },
        };
    }

    /// <summary>A line as quoted: trimmed, cut at <see cref="MaxLength"/> characters.</summary>
    public static string Quote(string line)
    {
        var s = line.Trim();
        return s.Length > MaxLength ? s[..MaxLength] + "…" : s;
    }
}
