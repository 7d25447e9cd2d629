using System.Buffers;

namespace Yusuan.Core.Reading.Text;

/// <summary>
/// Whitespace-free forms of printed names ("行政 运行" → "行政运行"). Names are compared this way everywhere, so this is
/// on the reader's hot path: a name without whitespace is returned as is, without a copy.
/// </summary>
public static class Squash
{
    /// <summary>Exactly the characters <see cref="char.IsWhiteSpace(char)"/> accepts, as a set the runtime searches
    /// vectorised: most of a line is CJK text, where the per-character check is a table walk.</summary>
    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(AllWhiteSpace());

    /// <summary>Removes every whitespace character.</summary>
    public static string Whitespace(string text) => Remove(text, '\0');

    /// <summary>Removes every whitespace character and every <paramref name="also"/> (e.g. Markdown's '*').</summary>
    public static string Remove(string text, char also)
    {
        var source = text.AsSpan();
        var i = NextDrop(source, also);
        if (i < 0) return text;
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        while (i >= 0)
        {
            source[..i].CopyTo(buffer[n..]);
            n += i;
            source = source[(i + 1)..];
            i = NextDrop(source, also);
        }
        source.CopyTo(buffer[n..]);
        n += source.Length;
        return new string(buffer[..n]);
    }

    /// <summary>Turns every run of whitespace into one space (as <c>Regex.Replace(text, @"\s+", " ")</c>); no copy when
    /// there is nothing to change.</summary>
    public static string Collapse(string text)
    {
        var i = 0;
        while (i < text.Length && !(char.IsWhiteSpace(text[i]) && (text[i] != ' ' || i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])))) i++;
        if (i == text.Length) return text;
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        text.AsSpan(0, i).CopyTo(buffer);
        var n = i;
        while (i < text.Length)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                buffer[n++] = text[i++];
                continue;
            }
            buffer[n++] = ' ';
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        }
        return new string(buffer[..n]);
    }

    private static int NextDrop(ReadOnlySpan<char> text, char also)
    {
        var white = text.IndexOfAny(WhiteSpace);
        if (also == '\0') return white;
        var other = (white < 0 ? text : text[..white]).IndexOf(also);
        return other >= 0 ? other : white;
    }

    private static char[] AllWhiteSpace()
    {
        var list = new List<char>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsWhiteSpace((char)c)) list.Add((char)c);
        }
        return [.. list];
    }
}
