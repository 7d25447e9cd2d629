using System.Globalization;

namespace Yusuan.Core.Reading.Text;

/// <summary>
/// A number a reader's pattern matched, parsed without throwing: a printed figure ("2,627.89", separators dropped) or a
/// count or year. A match of more digits than the type holds (a 40-digit "figure" in a damaged file) is null, and the
/// reader skips it; OversizedFigures reports such figures once.
/// </summary>
public static class PrintedNumber
{
    public static decimal? Money(string text) =>
        decimal.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
            CultureInfo.InvariantCulture, out var value) ? value : null;

    public static int? Integer(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
