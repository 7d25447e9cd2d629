using Yusuan.Core.Model;

namespace Yusuan.Core.Checking;

/// <summary>How findings are told apart for the reviewer.</summary>
public static class FindingKinds
{
    /// <summary>A difference no larger than the rounding of the printed figures explains (docs/checking.md: "within
    /// rounding"). The checker says so in the message it builds for such a gap (Rule.ReportGap); this is the one place that
    /// reads it, so a flag on the finding can replace it without touching the pages.</summary>
    public static bool IsWithinRounding(Finding f) => f.Message.Contains("以内的舍入差异", StringComparison.Ordinal);
}

/// <summary>读取存疑: how many of a document's readings the reader itself doubts.</summary>
public static class ReadingDoubts
{
    /// <summary>The reading diagnostics of severity Warning, until the reader reports an uncertain-reading count of its own.</summary>
    public static int Count(Disclosure d) => d.Diagnostics.IsDefault ? 0 : d.Diagnostics.Count(x => x.Severity == DiagnosticSeverity.Warning);
}
