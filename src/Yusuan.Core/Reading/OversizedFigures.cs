using System.Text.RegularExpressions;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading;

/// <summary>
/// A figure of more integer digits than any budget holds (a 万亿 budget in 元 has 15) is no money: the readers skip it
/// (a sentence's claim, a table's cell) and it is reported here once per line, as a reading diagnostic
/// <c>read.figure.too-large</c>, so the report says what could not be read rather than claiming a wrong sum.
/// </summary>
internal static partial class OversizedFigures
{
    /// <summary>Integer digits past which a figure is not read (decimal itself holds 29).</summary>
    public const int MaxIntegerDigits = 20;

    private const int MaxReported = 20;

    public static void Report(SourceText source, DiagnosticBag diagnostics)
    {
        var reported = 0;
        foreach (var line in source.Lines)
        {
            if (line.Text.Length <= MaxIntegerDigits) continue;
            var m = Long().Match(line.Text);
            if (!m.Success) continue;
            var figure = m.Value.Length <= 40 ? m.Value : m.Value[..40] + "…";
            diagnostics.Warning("read.figure.too-large",
                $"第 {line.Number} 行的数字“{figure}”超过 {MaxIntegerDigits} 位，不是金额，未读取。/ A figure of more than {MaxIntegerDigits} digits is not read as money.",
                new SourceSpan(line.Number, line.Number, line.Page));
            if (++reported == MaxReported) return;
        }
    }

    /// <summary>More than 20 digits before the decimal point, thousands separators allowed.</summary>
    [GeneratedRegex(@"(?<![\d.])\d(?:,?\d){20,}")]
    private static partial Regex Long();
}
