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
        while (i < text.Length && !Drops(text[i], also)) i++;
        if (i == text.Length) return text;
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        text.AsSpan(0, i).CopyTo(buffer);
        var n = i;
        for (; i < text.Length; i++)
        {
            if (!Drops(text[i], also)) buffer[n++] = text[i];
        }
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

    private static bool Drops(char c, char also) => char.IsWhiteSpace(c) || (c == also && also != '\0');
}
