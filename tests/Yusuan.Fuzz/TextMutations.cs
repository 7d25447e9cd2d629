using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Yusuan.Fuzz;

/// <summary>Mutations of a disclosure's text: lines (cut, doubled, swapped, joined, split), numbers (beyond decimal,
/// other digits, odd separators), structure (wide rows, long lines, repeats, nesting) and stray characters.</summary>
public static partial class TextMutations
{
    /// <summary>A window of the text, so most cases are small and fast; whole texts come through too.</summary>
    public static string Window(string text, Random random, List<string> said)
    {
        if (random.Next(4) == 0) return text;
        var lines = text.Split('\n');
        var length = Math.Min(lines.Length, 20 + random.Next(300));
        var start = random.Next(Math.Max(1, lines.Length - length + 1));
        said.Add($"lines {start + 1}–{start + length}");
        // The first lines name the unit and the year; keep them in front of most windows.
        var head = random.Next(3) == 0 ? [] : lines.Take(8);
        return string.Join('\n', head.Concat(lines.Skip(start).Take(length)));
    }

    public static string Mutate(string text, Random random, List<string> said)
    {
        var ops = 1 + random.Next(4);
        for (var i = 0; i < ops; i++) text = One(text, random, said);
        return text;
    }

    private static string One(string text, Random random, List<string> said)
    {
        switch (random.Next(16))
        {
            case 0:
            case 1:
            case 2:
                return ReplaceNumber(text, random, said);
            case 3:
                return Lines(text, random, said);
            case 4:
                return Lines(text, random, said);
            case 5:
                said.Add("truncated");
                return text[..random.Next(text.Length + 1)];
            case 6:
                return Insert(text, random, said, Pick(random, Strays));
            case 7:
                said.Add("wide row");
                return Insert(text, random, said, "\n" + string.Join(random.Next(2) == 0 ? "\t" : " | ", Enumerable.Range(0, 200 + random.Next(2000)).Select(n => (n * 7.31m).ToString("0.00", CultureInfo.InvariantCulture))) + "\n");
            case 8:
                said.Add("long line");
                return Insert(text, random, said, new string("一0 ,.\t收"[random.Next(7)], 100_000 + random.Next(400_000)));
            case 9:
                return Repeat(text, random, said);
            case 10:
                said.Add("CR line ends");
                return random.Next(2) == 0 ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text.Replace("\n", "\r", StringComparison.Ordinal);
            case 11:
                return Digits(text, random, said);
            case 12:
                said.Add("markdown table");
                return Insert(text, random, said, MarkdownTable(random));
            case 13:
                said.Add("a sentence with odd figures");
                return Insert(text, random, said, Pick(random, Sentences));
            case 14:
                said.Add("tabs");
                return TabsIntoLines(text, random);
            default:
                said.Add("deleted span");
                var from = random.Next(text.Length + 1);
                return text.Remove(from, Math.Min(text.Length - from, random.Next(5000)));
        }
    }

    private static readonly string[] Strays =
    [
        "\0", "\uFEFF", "\u200B", "\uFFFD", "\uD800", "\u202E", "（", "）", "【单位名称】", "××", "□□", "%%%", "万元万元", "。。",
        "“", "”", "\t\t\t", "表", "\n表1\n", "\n一、\n", "\n合计\n", "第", "-", "—", "…", "\u3000", "e+308",
    ];

    private static readonly string[] Sentences =
    [
        "\n2026年收入预算99999999999999999999999999999999999.99万元，比上年增加1e300%。\n",
        "\n本年支出合计79228162514264337593543950335万元，占比7922816251426433759354395033500%。\n",
        "\n一般公共预算拨款-0.00万元，比上年减少-100.00万元，下降-∞%。\n",
        "\n基本支出0.0000000000000000000000000001万元，项目支出.万元。\n",
        "\n“三公”经费预算数为١٢٣٫٤٥万元，比上年增加١٠%。\n",
        "\n机关运行经费为１２３．４５万元，比上年增加１０％。\n",
        "\n政府采购预算总额१२३४.५६万元，其中：货物类०.००万元。\n",
        "\n截至2026年99月99日，车辆999999999999999999999999999999辆。\n",
        "\n项目资金99999999999999999999999999999万元，权重999999999999999999999999999%。\n",
        "\n（一）（二）（三）（四）（五）（六）（七）（八）（九）（十）（十一）\n",
    ];

    private static string ReplaceNumber(string text, Random random, List<string> said)
    {
        var matches = Number().Matches(text);
        if (matches.Count == 0) return text;
        var m = matches[random.Next(matches.Count)];
        var replacement = Pick(random, NumberForms)(m.Value, random);
        said.Add($"number {m.Value} → {Shorten(replacement)}");
        return string.Concat(text.AsSpan(0, m.Index), replacement, text.AsSpan(m.Index + m.Length));
    }

    /// <summary>Zeros of other decimal digit sets: Arabic-Indic, Extended Arabic-Indic, Devanagari, fullwidth, Bengali, Thai.</summary>
    private static readonly char[] DigitZeros = ['\u0660', '\u06F0', '\u0966', '\uFF10', '\u09E6', '\u0E50'];

    private static readonly Func<string, Random, string>[] NumberForms =
    [
        (_, r) => new string('9', 29 + r.Next(20)),
        (_, r) => new string('9', 25 + r.Next(10)) + "." + new string('9', r.Next(30)),
        (_, _) => "79228162514264337593543950335",
        (_, _) => "-79228162514264337593543950335",
        (_, _) => "79,228,162,514,264,337,593,543,950,335.99",
        (v, r) => v + "." + new string('3', 20 + r.Next(20)),
        (v, _) => "-" + v,
        (v, _) => v.Replace(".", ". ", StringComparison.Ordinal),
        (v, _) => v.Replace(",", ",,", StringComparison.Ordinal) + ",",
        (_, _) => "1e300",
        (_, _) => ".",
        (_, _) => "0.00000000000000000000000000001",
        (v, r) => v[..r.Next(v.Length + 1)],
        (v, _) => v + v,
        (v, r) => string.Concat(v.Select(c => char.IsAsciiDigit(c) ? (char)(DigitZeros[r.Next(DigitZeros.Length)] + (c - '0')) : c)),
    ];

    private static string Digits(string text, Random random, List<string> said)
    {
        var zero = Pick(random, DigitZeros);
        said.Add($"all digits from U+{(int)zero:X4}");
        return string.Concat(text.Select(c => char.IsAsciiDigit(c) ? (char)(zero + (c - '0')) : c));
    }

    private static string Lines(string text, Random random, List<string> said)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count < 2) return text;
        var i = random.Next(lines.Count);
        var j = random.Next(lines.Count);
        switch (random.Next(6))
        {
            case 0: said.Add($"line {i + 1} deleted"); lines.RemoveAt(i); break;
            case 1: said.Add($"line {i + 1} doubled"); lines.Insert(i, lines[i]); break;
            case 2: said.Add($"lines {i + 1}, {j + 1} swapped"); (lines[i], lines[j]) = (lines[j], lines[i]); break;
            case 3 when i + 1 < lines.Count: said.Add($"lines {i + 1}–{i + 2} joined"); lines[i] += lines[i + 1]; lines.RemoveAt(i + 1); break;
            case 4: said.Add($"line {i + 1} split"); var at = random.Next(lines[i].Length + 1); lines.Insert(i + 1, lines[i][at..]); lines[i] = lines[i][..at]; break;
            default: said.Add($"line {i + 1} moved to {j + 1}"); var line = lines[i]; lines.RemoveAt(i); lines.Insert(Math.Min(j, lines.Count), line); break;
        }
        return string.Join('\n', lines);
    }

    private static string Repeat(string text, Random random, List<string> said)
    {
        var lines = text.Split('\n');
        var from = random.Next(lines.Length);
        var span = string.Join('\n', lines.Skip(from).Take(1 + random.Next(30)));
        var times = 20 + random.Next(200);
        said.Add($"{times} repeats of lines from {from + 1}");
        return text + "\n" + string.Join('\n', Enumerable.Repeat(span, times));
    }

    private static string TabsIntoLines(string text, Random random)
    {
        var sb = new StringBuilder(text.Length + 64);
        foreach (var c in text) sb.Append(c == ' ' && random.Next(8) == 0 ? '\t' : c);
        return sb.ToString();
    }

    private static string MarkdownTable(Random random)
    {
        var columns = 2 + random.Next(random.Next(3) == 0 ? 2500 : 12);
        var rows = 1 + random.Next(40);
        var sb = new StringBuilder("\n表1\n|");
        for (var c = 0; c < columns; c++) sb.Append(c == 0 ? "项目" : "金额").Append('|');
        sb.Append("\n|").Append(string.Concat(Enumerable.Repeat("---|", columns))).Append('\n');
        for (var r = 0; r < rows; r++)
        {
            sb.Append('|');
            for (var c = 0; c < columns; c++) sb.Append(c == 0 ? "20" + r.ToString("00", CultureInfo.InvariantCulture) : (r * 1.5m + c).ToString(CultureInfo.InvariantCulture)).Append('|');
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static string Insert(string text, Random random, List<string> said, string what)
    {
        if (said.Count == 0 || !said[^1].StartsWith("wide", StringComparison.Ordinal) && !said[^1].StartsWith("long", StringComparison.Ordinal)
            && !said[^1].StartsWith("markdown", StringComparison.Ordinal) && !said[^1].StartsWith("a sentence", StringComparison.Ordinal))
        {
            said.Add($"inserted {Shorten(what)}");
        }
        var at = random.Next(text.Length + 1);
        return string.Concat(text.AsSpan(0, at), what, text.AsSpan(at));
    }

    internal static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    internal static string Pick(Random random, string chars) => chars[random.Next(chars.Length)].ToString();

    internal static string Shorten(string s)
    {
        var escaped = s.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\0", "\\0", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
        return escaped.Length <= 40 ? escaped : escaped[..37] + $"…({s.Length})";
    }

    [GeneratedRegex(@"\d[\d,]*(?:\.\d+)?")]
    private static partial Regex Number();
}
