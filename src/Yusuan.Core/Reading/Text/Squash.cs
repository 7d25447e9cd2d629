using System.Buffers;

namespace Yusuan.Core.Reading.Text;

/// <summary>
/// Whitespace-free forms of printed names ("行政 运行" → "行政运行"). Names are compared this way everywhere, so this is
/// on the reader's hot path: a name without whitespace is returned as is, without a copy.
/// </summary>
public static class Squash
{
    /// <summary>Exactly the characters <see cref="char.IsWhiteSpace(char)"/> accepts (a test holds the two together).</summary>
    internal const string WhiteSpaceChars = " \t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";

    // Searched vectorised: most lines have no whitespace at all, and most of a line is CJK text, where
    // char.IsWhiteSpace walks the Unicode category tables for every character.
    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(WhiteSpaceChars);

    /// <summary>Removes every whitespace character.</summary>
    public static string Whitespace(string text) => Remove(text, '\0');

    /// <summary>Removes every whitespace character and every <paramref name="also"/> (e.g. Markdown's '*').</summary>
    public static string Remove(string text, char also)
    {
        var i = text.AsSpan().IndexOfAny(WhiteSpace);
        if (also != '\0')
        {
            var other = (i < 0 ? text.AsSpan() : text.AsSpan(0, i)).IndexOf(also);
            if (other >= 0) i = other;
        }
        if (i < 0) return text;
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

    /// <summary>The same answer as <see cref="char.IsWhiteSpace(char)"/>, from <see cref="WhiteSpaceChars"/>. Letters,
    /// digits and CJK text (above U+3000) are answered by the first comparisons.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool IsWhite(char c) =>
        c <= ' ' ? c == ' ' || c is >= '\t' and <= '\r'
        : c is >= '\u0085' and <= '\u3000' && IsRareWhite(c);

    private static bool IsRareWhite(char c) =>
        c is '\u0085' or '\u00A0' or '\u1680' or >= '\u2000' and <= '\u200A' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000';
}
