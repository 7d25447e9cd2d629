using System.Globalization;
using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using Yusuan.Core.Reading.Tables;

namespace Yusuan.Core.Reading.Text;

/// <summary>
/// The document's lines after normalisation, each keeping its 1-based line number in the original text.
/// Normalisation folds full-width digits, Latin letters and the operators/percent sign to ASCII, turns
/// ideographic and non-breaking spaces into plain spaces, and strips inline HTML (&lt;b&gt;, &lt;p&gt;…) and
/// Markdown emphasis/heading marks. Chinese punctuation (，、：；（）) is kept: it separates clauses.
/// Tabs are kept: they are cell breaks.
/// </summary>
public sealed class SourceText
{
    private SourceText(ImmutableArray<SourceLine> lines, string? name)
    {
        Lines = lines;
        Name = name;
    }

    public ImmutableArray<SourceLine> Lines { get; }

    public string? Name { get; }

    public static SourceText From(string text, string? name = null)
    {
        var raw = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (raw.Length > 0 && raw[0] == '\uFEFF') raw = raw[1..];
        var parts = raw.Split('\n');
        var builder = ImmutableArray.CreateBuilder<SourceLine>(parts.Length);
        var page = 1;
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Contains('\f', StringComparison.Ordinal)) page++;
            builder.Add(new SourceLine(i + 1, page, parts[i], Normalize(parts[i])));
        }
        return new SourceText(builder.MoveToImmutable(), name);
    }

    /// <summary>The same lines numbered with the pages a PDF reader placed them on; a line without a page (a blank
    /// line) is on the page of the line before it.</summary>
    public SourceText WithPages(IReadOnlyList<int?> pages)
    {
        var builder = ImmutableArray.CreateBuilder<SourceLine>(Lines.Length);
        var page = 1;
        for (var i = 0; i < Lines.Length; i++)
        {
            if (i < pages.Count && pages[i] is { } p && p > 0) page = p;
            builder.Add(Lines[i] with { Page = page });
        }
        return new SourceText(builder.MoveToImmutable(), Name);
    }

    /// <summary>Folds one line; see the class summary.</summary>
    public static string Normalize(string line)
    {
        // Most lines need nothing: hand them back as they are.
        if (!NeedsWork(line)) return line;
        var sb = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '<')
            {
                var close = line.IndexOf('>', i + 1);
                if (close > i && IsHtmlTag(line.AsSpan(i + 1, close - i - 1)))
                {
                    i = close;
                    continue;
                }
            }
            sb.Append(Fold(c));
        }
        var s = sb.ToString().Replace("**", string.Empty, StringComparison.Ordinal).Replace('\f', ' ');
        // No table has a thousand columns: a line of more cells is text (cell positions past that would cost every
        // reader that lays a row on its columns time in proportion to the widest row).
        if (s.Length > MaxCells && s.AsSpan().Count('\t') > MaxCells) s = s.Replace('\t', ' ');
        var trimmed = s.TrimStart();
        if (trimmed.StartsWith('#'))
        {
            s = trimmed.TrimStart('#').TrimStart();
        }
        return s;
    }

    /// <summary>Whether <see cref="Normalize"/> would change the line. Three exact vectorised searches: markup, the odd
    /// spaces, and the full-width block, whose hits (mostly ，（）：；, which stay) are checked one by one. A single set of
    /// all these characters is searched through a probabilistic filter that CJK text keeps tripping.</summary>
    private static bool NeedsWork(string line)
    {
        var span = line.AsSpan();
        if (span.IndexOfAny('<', '*', '\f') >= 0 || span.IndexOfAny(OddSpaces) >= 0 || span.TrimStart().StartsWith('#')) return true;
        if (HasOtherDigits(span)) return true;
        if (span.Length > MaxCells && span.Count('\t') > MaxCells) return true;
        for (var i = span.IndexOfAnyInRange(FullWidthFirst, FullWidthLast); i >= 0; i = span.IndexOfAnyInRange(FullWidthFirst, FullWidthLast))
        {
            if (Fold(span[i]) != span[i]) return true;
            span = span[(i + 1)..];
        }
        return false;
    }

    /// <summary>Decimal digits of other scripts (Arabic-Indic ٣, Devanagari ३, …): they are digits to every \d in the
    /// readers, so they are read as the ASCII digits they stand for. Their blocks lie between U+0660 and U+1FFF and
    /// between U+A620 and U+ABFF, which Chinese text (CJK, its punctuation from U+2000) does not touch.</summary>
    private static bool HasOtherDigits(ReadOnlySpan<char> span)
    {
        foreach (var range in OtherDigitBlocks)
        {
            for (var rest = span; ;)
            {
                var i = rest.IndexOfAnyInRange(range.First, range.Last);
                if (i < 0) break;
                if (char.IsDigit(rest[i])) return true;
                rest = rest[(i + 1)..];
            }
        }
        return false;
    }

    private static readonly (char First, char Last)[] OtherDigitBlocks = [('\u0660', '\u1FFF'), ('\uA620', '\uABFF')];

    /// <summary>Tab-separated cells a line may have and still be a table row.</summary>
    public const int MaxCells = 1_000;

    // Fold changes these spaces and, in the full-width block, only characters from ％ to ｚ.
    private static readonly SearchValues<char> OddSpaces = SearchValues.Create("\u3000\u00A0\u2002\u2003\u2009");
    private const char FullWidthFirst = '％';
    private const char FullWidthLast = 'ｚ';

    private static bool IsHtmlTag(ReadOnlySpan<char> inner)
    {
        if (inner.Length == 0 || inner.Length > 12) return false;
        if (inner[0] == '/') inner = inner[1..];
        if (inner.Length > 0 && inner[^1] == '/') inner = inner[..^1];
        var name = inner.Trim().ToString().ToLowerInvariant();
        return name is "b" or "p" or "br" or "strong" or "i" or "em" or "u" or "span" or "div" or "td" or "tr" or "th" or "table" or "tbody" or "thead" or "sup" or "sub" or "font";
    }

    private static char Fold(char c) => c switch
    {
        >= '０' and <= '９' => (char)(c - '０' + '0'),
        >= 'Ａ' and <= 'Ｚ' => (char)(c - 'Ａ' + 'A'),
        >= 'ａ' and <= 'ｚ' => (char)(c - 'ａ' + 'a'),
        '％' => '%',
        '．' => '.',
        '＝' => '=',
        '＞' => '>',
        '＜' => '<',
        '＋' => '+',
        '－' => '-',
        '＊' => '*',
        '／' => '/',
        '\u3000' or '\u00A0' or '\u2002' or '\u2003' or '\u2009' => ' ',
        _ when c > '\u007F' && char.IsDigit(c) => (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c)),
        _ => c,
    };
}

/// <param name="Number">1-based line number in the original text.</param>
/// <param name="Page">Page number counted from form feeds, 1 when the text has none.</param>
/// <param name="Raw">The line as it stands in the source.</param>
/// <param name="Text">The normalised line.</param>
public sealed record SourceLine(int Number, int Page, string Raw, string Text)
{
    // Tokens are asked for many times per line (mode detection, header search, rows); computed once, on first use.
    // The caches are not part of the line's value: equality compares the four properties only.
    private ImmutableArray<Token> tabTokens;
    private ImmutableArray<Token> spaceTokens;
    private string? folded;
    private string? squashed;

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    /// <summary>The line's cells split at tabs (<see cref="Tokenizer.SplitTabs"/>).</summary>
    public ImmutableArray<Token> TabTokens => tabTokens.IsDefault ? tabTokens = Tokenizer.SplitTabs(Text) : tabTokens;

    /// <summary>The line's words split at spaces (<see cref="Tokenizer.SplitSpaces"/>).</summary>
    public ImmutableArray<Token> SpaceTokens => spaceTokens.IsDefault ? spaceTokens = Tokenizer.SplitSpaces(Text) : spaceTokens;

    /// <summary>The line folded for comparing with header and title words (<see cref="HeaderText.Fold"/>).</summary>
    public string Folded => folded ??= HeaderText.Fold(Text);

    /// <summary>The line without any whitespace (<see cref="Squash.Whitespace"/>).</summary>
    public string Squashed => squashed ??= Squash.Whitespace(Text);

    public bool Equals(SourceLine? other) =>
        other is not null && Number == other.Number && Page == other.Page && string.Equals(Raw, other.Raw, StringComparison.Ordinal) && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Number, Page, Raw, Text);

    public override string ToString() => $"{Number}: {Text}";
}
