using System.Collections.Immutable;
using Yusuan.Core.Model;

namespace Yusuan.Core.Checking.Output.Annotation;

/// <summary>
/// One finding as a note on a page of the published PDF: the 1-based page, the box around its evidence (points from the
/// page's top-left corner, as <see cref="PageBox"/>; null when only the page is known), and the note's title and text in
/// Chinese. This is all <see cref="PdfAnnotator"/> needs: whoever knows where a finding's evidence was printed (today the
/// PDF reader's line boxes, via <see cref="Reading.ReadSource"/>) can give it notes.
/// </summary>
public sealed record PdfNote(int Page, PageBox? Box, Severity Severity, string Title, string Text)
{
    /// <summary>The notes of a checked PDF: every finding whose page is known (<see cref="SourceEvidence"/>).</summary>
    public static ImmutableArray<PdfNote> Of(CheckReport report, Disclosure document) =>
        [.. report.Findings.Where(f => f.Location.Page is > 0).Select(f => Of(f, document))];

    public static PdfNote Of(Finding f, Disclosure document)
    {
        var lines = new List<string>
        {
            $"{RuleCatalog.Default.Find(f.Rule)?.Title ?? f.Rule}（{f.Rule}）",
            f.Message,
        };
        if (Review.ReviewRow.ExpectedActualOf(f) is { } figures) lines.Add(figures);
        lines.Add("位置：" + Places.Describe(document, f.Location));
        return new PdfNote(f.Location.Page!.Value, f.Location.Box, f.Severity, $"预算公开检查 · {Places.SeverityName(f.Severity)}", string.Join('\n', lines));
    }
}
