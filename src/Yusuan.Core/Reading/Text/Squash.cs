namespace Yusuan.Core.Reading.Text;

/// <summary>
/// Whitespace-free forms of printed names ("行政 运行" → "行政运行"). Names are compared this way everywhere, so this is
/// on the reader's hot path: a name without whitespace is returned as is, without a copy.
/// </summary>
public static class Squash
{
    /// <summary>Removes every whitespace character.</summary>
    public static string Whitespace(string text) => Remove(text, '\0');

    /// <summary>Removes every whitespace character and every <paramref name="also"/> (e.g. Markdown's '*').</summary>
    public static string Remove(string text, char also)
    {
        var i = 0;
        while (i < text.Length && !IsWhite(text[i]) && (text[i] != also || also == '\0')) i++;
        if (i == text.Length) return text;
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        text.AsSpan(0, i).CopyTo(buffer);
        var n = i;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsWhite(c) && (c != also || also == '\0')) buffer[n++] = c;
        }
        return new string(buffer[..n]);
    }

    /// <summary>Turns every run of whitespace into one space (as <c>Regex.Replace(text, @"\s+", " ")</c>); no copy when
    /// there is nothing to change.</summary>
    public static string Collapse(string text)
    {
        var i = 0;
        while (i < text.Length && !(IsWhite(text[i]) && (text[i] != ' ' || i + 1 < text.Length && IsWhite(text[i + 1])))) i++;
        if (i == text.Length) return text;
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        text.AsSpan(0, i).CopyTo(buffer);
        var n = i;
        while (i < text.Length)
        {
            if (!IsWhite(text[i]))
            {
                buffer[n++] = text[i++];
                continue;
            }
            buffer[n++] = ' ';
            while (i < text.Length && IsWhite(text[i])) i++;
        }
        return new string(buffer[..n]);
    }

    /// <summary>The same answer as <see cref="char.IsWhiteSpace(char)"/> (a test compares the two over every character),
    /// without its Unicode table walk for CJK text: letters, digits and CJK (above U+3000) take the first comparisons.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool IsWhite(char c) =>
        c <= ' ' ? c == ' ' || c is >= '\t' and <= '\r'
        : c is >= '\u0085' and <= '\u3000' && IsRareWhite(c);

    private static bool IsRareWhite(char c) =>
        c is '\u0085' or '\u00A0' or '\u1680' or >= '\u2000' and <= '\u200A' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000';
}
