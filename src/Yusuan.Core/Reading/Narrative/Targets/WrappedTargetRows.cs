using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Narrative.Layout;
using Yusuan.Core.Reading.Tables;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading.Narrative.Targets;

/// <summary>
/// Target tables in PDF text, where each cell wraps a few characters per line and the columns interleave. The table is
/// read as a stream of words: a row ends with its 佐证资料 (工作资料, 原始凭证, 说明材料…) — or, in a 部门整体 table
/// without that column, with its weight. Inside a row, reading from the right: evidence, scoring rule, weight; from the
/// left: 三级指标 up to the first operator ("=", "≥", "＞="), the value up to the 设置依据 ("…标准"), then the prior value.
/// 一级/二级 names are printed once, vertically centred on their group of rows; each row takes the name whose centre
/// line is nearest, keeping groups contiguous.
/// </summary>
internal static partial class WrappedTargetRows
{
    private sealed record Token(string Text, int Line, int? Page);

    private sealed record Label(string Name, int Line, bool IsLevel1);

    private sealed record Row(List<Token> Tokens)
    {
        public int FirstLine => Tokens[0].Line;
        public int LastLine => Tokens[^1].Line;
        public double Centre => (FirstLine + LastLine) / 2.0;
    }

    public static PerformanceTargetTable Read(List<SourceLine> lines, TargetTableKind kind)
    {
        var tokens = new List<Token>();
        var footers = TargetTableReader.PageFooters(lines);
        foreach (var line in lines.Skip(1).Where(l => !footers.Contains(l.Number)))
        {
            foreach (var word in line.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) tokens.Add(new Token(word, line.Number, line.Page));
        }
        var headerStart = FindHeaderStart(tokens);
        var headerSquashed = string.Concat(tokens.Take(headerStart < 0 ? tokens.Count : headerStart).Select(t => t.Text));
        var offsets = new List<int>();
        var running = 0;
        foreach (var t in tokens.Take(headerStart < 0 ? tokens.Count : headerStart)) { offsets.Add(running); running += t.Text.Length; }
        var table = TargetTableReader.Header(headerSquashed, kind, index =>
        {
            var i = offsets.FindLastIndex(o => o <= index);
            return i < 0 ? SourceSpan.None : SourceSpan.At(tokens[i].Line, tokens[i].Page);
        });
        if (headerStart < 0) return table;

        var (headerEnd, columns) = ReadHeader(tokens, headerStart);
        var body = Normalise(tokens.Skip(headerEnd).ToList());
        var (rows, labels) = Segment(body, columns.HasEvidence);
        var level2 = Assign(rows, labels.Where(l => !l.IsLevel1).ToList());
        var level1 = Assign(rows, labels.Where(l => l.IsLevel1).ToList());

        var indicators = ImmutableArray.CreateBuilder<Indicator>();
        for (var i = 0; i < rows.Count; i++)
        {
            var indicator = ParseRow(rows[i], columns);
            if (indicator is null) continue;
            indicators.Add(indicator with { Level1 = level1[i], Level2 = level2[i] });
        }
        return table with { Indicators = indicators.ToImmutable() };
    }

    /// <param name="HasWeight">The header prints a 权重 or 分值 column: without one a number in the row is no weight (西安:
    /// "12月底前" is a 指标值).</param>
    private sealed record Columns(bool HasEvidence, bool HasRule, bool HasPrior, bool HasBasis, bool HasWeight);

    private static int FindHeaderStart(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            // Tokens are never empty: the joined words start with this token's first character.
            if (tokens[i].Text[0] != '一') continue;
            var joined = string.Concat(tokens.Skip(i).Take(3).Select(t => t.Text));
            if (joined.StartsWith("一级指", StringComparison.Ordinal) || joined.StartsWith("一级", StringComparison.Ordinal) && joined.Contains("指标", StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    /// <summary>The header runs to "佐证资料" (project tables) or "分值权重" (部门整体).</summary>
    private static (int End, Columns Columns) ReadHeader(List<Token> tokens, int start)
    {
        var text = string.Empty;
        var end = start;
        var lastWeight = -1;
        for (var i = start; i < tokens.Count && i < start + 40; i++)
        {
            text += tokens[i].Text;
            if (text.EndsWith("佐证资料", StringComparison.Ordinal) || text.EndsWith("佐证材料", StringComparison.Ordinal)) { end = i + 1; lastWeight = -1; break; }
            if (text.EndsWith("权重", StringComparison.Ordinal)) lastWeight = i + 1;
        }
        if (end == start) end = lastWeight > 0 ? lastWeight : start;
        var header = string.Concat(tokens.Skip(start).Take(end - start).Select(t => t.Text));
        var columns = new Columns(
            header.Contains("佐证", StringComparison.Ordinal),
            header.Contains("规则", StringComparison.Ordinal),
            header.Contains("上年", StringComparison.Ordinal),
            header.Contains("依据", StringComparison.Ordinal),
            header.Contains("权重", StringComparison.Ordinal) || header.Contains("分值", StringComparison.Ordinal));
        return (end, columns);
    }

    /// <summary>Rejoins a lone operator with its number ("＞" "=98%") and splits a weight glued to a name ("20履职效能").</summary>
    private static List<Token> Normalise(List<Token> tokens)
    {
        var result = new List<Token>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Text is ">" or "<" or "≥" or "≤" or "=" or ">=" or "<=" && i + 1 < tokens.Count)
            {
                result.Add(t with { Text = t.Text + tokens[i + 1].Text });
                i++;
                continue;
            }
            // "原始凭证数量" = evidence + the next row's 二级 name (资料, 材料 and 凭证 end in 料 or 证).
            var gluedEvidence = t.Text.AsSpan().IndexOfAny('料', '证') >= 0 ? GluedEvidence().Match(t.Text) : Match.Empty;
            if (gluedEvidence.Success && TargetTableReader.KnownLevelNames.Any(n => n.StartsWith(gluedEvidence.Groups["rest"].Value, StringComparison.Ordinal)))
            {
                result.Add(t with { Text = gluedEvidence.Groups["ev"].Value });
                result.Add(t with { Text = gluedEvidence.Groups["rest"].Value });
                continue;
            }
            var glued = char.IsDigit(t.Text[0]) ? GluedWeight().Match(t.Text) : Match.Empty;
            if (glued.Success)
            {
                var rest = glued.Groups["rest"].Value;
                var withNext = i + 1 < tokens.Count ? rest + tokens[i + 1].Text : rest;
                if (TargetTableReader.IsLevelName(rest) || TargetTableReader.IsLevelName(withNext) || rest.Length <= 3 && IsLevelPrefix(rest))
                {
                    result.Add(t with { Text = glued.Groups["n"].Value });
                    result.Add(t with { Text = rest });
                    continue;
                }
            }
            result.Add(t);
        }
        return result;
    }

    private static bool IsLevelPrefix(string s) => TargetTableReader.Level1Names.Any(n => n.StartsWith(s, StringComparison.Ordinal));

    /// <summary>Cuts the word stream into rows and pulls out the 一级/二级 names.</summary>
    private static (List<Row> Rows, List<Label> Labels) Segment(List<Token> tokens, bool hasEvidence)
    {
        var rows = new List<Row>();
        var labels = new List<Label>();
        var current = new List<Token>();
        var seenValue = false;
        var sinceLabel = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var label = LevelAt(tokens, i, out var used);
            if (label is not null)
            {
                // "满意度指标 满意度指标": the same name twice in a row is 一级 then 二级.
                var isLevel1 = TargetTableReader.Level1Names.Contains(label)
                               && !(labels.Count > 0 && labels[^1].Name == label && labels[^1].IsLevel1 && current.Count == sinceLabel);
                labels.Add(new Label(label, tokens[i].Line, isLevel1));
                sinceLabel = current.Count;
                i += used - 1;
                continue;
            }
            var t = tokens[i];
            current.Add(t);
            if (StartsValue(t.Text)) seenValue = true;
            var ends = hasEvidence ? IsEvidence(t.Text) : seenValue && IsNumber(t.Text) && current.Count >= 3;
            if (ends)
            {
                rows.Add(new Row(current));
                current = [];
                sinceLabel = -1;
                seenValue = false;
            }
        }
        return (rows, labels);
    }

    private static readonly HashSet<char> LevelNameStarts = [.. TargetTableReader.KnownLevelNames.Select(n => n[0])];

    private static string? LevelAt(List<Token> tokens, int i, out int used)
    {
        used = 0;
        // The words are joined in a buffer and looked up as a span: a string is made only for a name found.
        Span<char> joined = stackalloc char[24];
        var length = 0;
        var known = TargetTableReader.KnownLevelNames.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = 0; k < 4 && i + k < tokens.Count; k++)
        {
            var piece = tokens[i + k].Text;
            if (piece.Length > 6 || IsEvidence(piece)) return null;
            // A name opens as a known name does, or is one word ending in 指标.
            if (k == 0 && !LevelNameStarts.Contains(piece[0]) && !piece.EndsWith("指标", StringComparison.Ordinal)) return null;
            piece.CopyTo(joined[length..]);
            length += piece.Length;
            // Fragments ("社会" "效益" "指标") only make a name from the usual vocabulary; a single word may be any "…指标".
            var name = known.Contains(joined[..length]) ? (k == 0 ? piece : new string(joined[..length]))
                : k == 0 && piece.Length <= 8 && TargetTableReader.IsLevelName(piece) && piece.EndsWith("指标", StringComparison.Ordinal) ? piece
                : null;
            if (name is not null)
            {
                used = k + 1;
                return name;
            }
        }
        return null;
    }

    /// <summary>
    /// Gives each row its label. A label printed above the first row heads its group (top-aligned: groups run from
    /// label to label); otherwise labels are vertically centred and groups change halfway between two labels.
    /// </summary>
    private static string?[] Assign(List<Row> rows, List<Label> labels)
    {
        var names = new string?[rows.Count];
        if (rows.Count == 0 || labels.Count == 0) return names;
        var ordered = labels.OrderBy(l => l.Line).ToList();
        var topAligned = ordered[0].Line <= rows[0].FirstLine;
        for (var r = 0; r < rows.Count; r++)
        {
            var centre = topAligned ? rows[r].FirstLine : rows[r].Centre;
            var index = 0;
            for (var i = 1; i < ordered.Count; i++)
            {
                var boundary = topAligned ? ordered[i].Line : (ordered[i - 1].Line + ordered[i].Line) / 2.0;
                if (centre >= boundary) index = i;
            }
            names[r] = ordered[index].Name;
        }
        return names;
    }

    private static Indicator? ParseRow(Row row, Columns columns)
    {
        var tokens = row.Tokens.ConvertAll(t => t.Text);
        string? evidence = null;
        if (columns.HasEvidence && tokens.Count > 0 && IsEvidence(tokens[^1]))
        {
            evidence = tokens[^1];
            tokens.RemoveAt(tokens.Count - 1);
        }
        var w = tokens.FindLastIndex(IsNumber);
        if (w < 1) return null;
        var weight = tokens[w];
        var rule = columns.HasRule ? Join(tokens, w + 1) : null;
        var left = tokens.GetRange(0, w);

        var v = left.Count > 1 ? left.FindIndex(1, StartsValue) : -1;
        if (v < 0 && left.Count > 1)
        {
            // A date or a bare number ("2023 年 12 月 10日") starts the value when no operator does.
            var digit = left.FindIndex(1, t => char.IsAsciiDigit(t[0]));
            var basisAt = left.FindIndex(1, t => t.Contains("标准", StringComparison.Ordinal));
            if (digit > 0 && (basisAt < 0 || digit < basisAt)) v = digit;
        }
        var b = left.FindIndex(Math.Max(1, v < 0 ? 1 : v + 1), t => t.Contains("标准", StringComparison.Ordinal));
        if (b > 0 && left[b] == "标准") b--;
        int valueEnd;
        if (v < 0)
        {
            // Qualitative value: the short words just before the basis (or at the end).
            var stop = b > 0 ? b : left.Count;
            v = stop - 1;
            if (v >= 2 && left[v - 1].Length <= 2 && left[v].Length <= 2) v--;
            if (v < 1) v = Math.Min(1, stop - 1);
            valueEnd = stop;
        }
        else if (b > v) valueEnd = b;
        else
        {
            valueEnd = v + 1;
            while (valueEnd < left.Count && (left[valueEnd].Length <= 3 && !left[valueEnd].Contains("标准", StringComparison.Ordinal) || StartsValue(left[valueEnd]))) valueEnd++;
        }
        if (v < 1 || v >= left.Count) return null;
        var level3 = Join(left, 0, v);
        var value = Join(left, v, valueEnd);
        string? basis, prior = null;
        if (b >= valueEnd && b > 0)
        {
            var basisEnd = b + 1;
            basis = Join(left, valueEnd, basisEnd);
            if (columns.HasPrior) prior = Join(left, basisEnd);
        }
        else
        {
            basis = columns.HasBasis ? Join(left, valueEnd) : null;
        }
        var span = new SourceSpan(row.FirstLine, row.LastLine, row.Tokens[0].Page);
        return new Indicator
        {
            Level3 = level3,
            Value = IndicatorValueParser.Parse(value),
            Basis = NullIfEmpty(basis),
            PriorValue = NullIfEmpty(prior),
            Weight = columns.HasWeight ? TargetTableReader.Weight(weight, span) : null,
            ScoringRule = NullIfEmpty(rule),
            Evidence = evidence,
            Span = span,
        };
    }

    /// <summary>The words [start, end) joined; bounds past the end are cut as Skip/Take cut them.</summary>
    private static string Join(List<string> words, int start, int end = int.MaxValue)
    {
        start = Math.Min(start, words.Count);
        end = Math.Clamp(end, start, words.Count);
        return string.Concat(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words)[start..end]);
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static bool IsEvidence(string s) => s.Length is >= 2 and <= 10 && (s.EndsWith("资料", StringComparison.Ordinal) || s.EndsWith("凭证", StringComparison.Ordinal) || s.EndsWith("材料", StringComparison.Ordinal));

    private static bool StartsValue(string s) => s.Length > 0 && s[0] is '=' or '>' or '<' or '≥' or '≤' or '＞' or '＜' or '＝';

    private static bool IsNumber(string s) => s.Length > 0 && char.IsDigit(s[0]) && NumberPattern().IsMatch(s);

    [GeneratedRegex(@"^\d{1,3}(?:\.\d+)?$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?<ev>[\u4e00-\u9fff]{0,6}(?:资料|凭证|材料))(?<rest>[\u4e00-\u9fff]+)$")]
    private static partial Regex GluedEvidence();

    [GeneratedRegex(@"^(?<n>\d{1,3})(?<rest>[\u4e00-\u9fff]{2,})$")]
    private static partial Regex GluedWeight();
}
