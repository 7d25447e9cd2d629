using System.Globalization;
using System.Text.RegularExpressions;

namespace Yusuan.Core.Reading.Text;

/// <summary>Parsing of printed figures: thousands separators, full-width forms (already folded), stray spaces.</summary>
public static partial class Numbers
{
    /// <summary>Parses a whole cell as a figure: "2,627.89", "1314.4", "-3.5", "0.00", "(3.50)". Empty or non-numeric cells give false.</summary>
    public static bool TryParseCell(string? text, out decimal value) => TryParseCell(text.AsSpan(), out value);

    /// <summary>10^20: figures from here on are not read as money.</summary>
    public const decimal MaxFigure = 100_000_000_000_000_000_000m;

    /// <inheritdoc cref="TryParseCell(string?, out decimal)"/>
    public static bool TryParseCell(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        var s = text.Trim();
        if (s.IsEmpty) return false;
        var negative = false;
        if (s.Length >= 2 && (s[0] == '(' && s[^1] == ')' || s[0] == '（' && s[^1] == '）'))
        {
            negative = true;
            s = s[1..^1];
        }
        // Most cells are words: reject them before the pattern.
        if (s.IsEmpty || !(char.IsAsciiDigit(s[0]) || s[0] is '-' or '+' or '.')) return false;
        if (!CellPattern().IsMatch(s)) return false;
        if (s.Contains(','))
        {
            Span<char> digits = stackalloc char[s.Length];
            var n = 0;
            foreach (var c in s)
            {
                if (c != ',') digits[n++] = c;
            }
            s = digits[..n].ToArray();
        }
        if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)) return false;
        // A cell of more than 20 integer digits is no money (OversizedFigures reports it): read as a figure, a few of
        // them would overflow every sum of the row.
        if (Math.Abs(value) >= MaxFigure)
        {
            value = 0;
            return false;
        }
        if (negative) value = -value;
        return true;
    }

    /// <summary>Parses a figure that may have been split by stray spaces ("29 5" → 295, "13.2 2" → 13.22).
    /// Only use where one figure is expected.</summary>
    public static bool TryParseJoined(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        return TryParseCell(Squash.Whitespace(text), out value);
    }

    /// <summary>Number of decimal places as printed ("2.50" → 2).</summary>
    public static int Scale(decimal value) => value.Scale;

    /// <summary>Whether <paramref name="printed"/> is exactly <see cref="Plain"/> of <paramref name="value"/> (no copy made).</summary>
    public static bool IsPlain(string printed, decimal value)
    {
        Span<char> buffer = stackalloc char[32];
        return value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture) && buffer[..written].SequenceEqual(printed);
    }

    /// <summary>Formats a figure as a plain decimal, keeping its printed scale.</summary>
    public static string Plain(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[-+]?\.\d+$")]
    private static partial Regex CellPattern();
}
