using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Narrative.Layout;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading.Narrative.Claims;

/// <summary>
/// Turns the sentences of the narrative into claims. A sentence is read as a stream of figures: "X 万元" opens a claim
/// about the words before it; "占 X%" is its share; "比上年预算增加 X 万元" / "增长 X%" its change; "主要原因是…" up to
/// the next "；" its reason. A change with its own subject ("公务接待费增加 0.00 万元") opens a claim of its own.
/// Figures inside a reason or a "主要用于…" clause belong to that text, not to a claim.
/// </summary>
internal sealed partial class ClaimParser(SubjectResolver subjects)
{
    private static readonly char[] FullStops = ['。', '.'];
    private static readonly char[] Semicolons = ['；', ';'];
    private static readonly char[] Colons = ['：', ':'];
    private static readonly char[] ZoneEnds = ['。', '；', ';'];

    private const string Delimiters = "，,；;：:";

    // A space is kept inside a figure only where the text layer split it at its decimal point ("68632. 12 万元", 长沙); a
    // one-digit figure so split must follow a word ("减少 1. 50 万元"), so that a list number ("1. 20 万元…") stays one.
    private static readonly SearchValues<char> NumberChars = SearchValues.Create("0123456789,. ");
    private static readonly SearchValues<char> DelimiterChars = SearchValues.Create(Delimiters);
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。！？");
    private static readonly string[] ZoneWords = ["原因", "主要用于", "主要包括", "具体包括"];
    private static readonly string[] FlatWords = ["持平", "无变化", "一致"];

    public List<Claim> Parse(IEnumerable<PlacedParagraph> paragraphs)
    {
        var claims = new List<ClaimDraft>();
        ClaimDraft? last = null;
        string? lastSection = null;
        foreach (var pp in paragraphs)
        {
            if (pp.SectionKey != lastSection) last = null;
            lastSection = pp.SectionKey;
            var before = claims.Count;
            foreach (var (start, end) in Sentences(pp.Text))
            {
                if (!MayHoldClaim(pp.Text.AsSpan(start, end - start))) continue;
                claims.AddRange(ParseSentence(pp, start, end, ref last));
            }
            // A numbered heading printed as a paragraph of its own ("2．公务用车购置费支出情况说明。", 032) names the item of the
            // paragraph after it, and ends the item before it. One that opened its item itself ("16.卫生健康支出（类）…（项）。")
            // keeps it open for the figures that follow.
            paragraphHeading = claims.Count == before ? HeadingBefore(pp.Text, pp.Text.Length) : null;
            if (paragraphHeading is not null) last = null;
        }
        paragraphHeading = null;
        AttachBareChanges(claims);
        // Converted at the end: a reason in a later sentence ("…增长 0.29%。主要原因是：…") still reaches its claim.
        // A heading-like item that never got a figure is not a claim.
        return [.. claims.Where(d => d.Amount is not null || d.ChangeAmount is not null || d.ChangePercent is not null || d.Share is not null || d.Direction is not null).Select(d => d.ToClaim())];
    }

    /// <summary>"收入较去年减少1316.82万元，下降1.88%。" after "2025年本单位收入预算68632.12万元，其中…" (长沙): a change said of bare
    /// 收入/支出 is the change of the total stated just before it in its section, not a claim of its own.</summary>
    private static void AttachBareChanges(List<ClaimDraft> claims)
    {
        for (var i = claims.Count - 1; i > 0; i--)
        {
            var d = claims[i];
            if (d.Amount is not null || d.ChangeAmount is null && d.ChangePercent is null || d.Subject.Key != ClaimKeys.Other) continue;
            var total = Squash.Whitespace(d.Subject.Label) switch
            {
                "收入" or "收入预算" or "总收入" => ClaimKeys.IncomeTotal,
                "支出" or "支出预算" or "总支出" => ClaimKeys.ExpenseTotal,
                _ => null,
            };
            if (total is null) continue;
            // The nearest claim before it in the same section; it must be that total, with no change of its own.
            var j = i - 1;
            while (j >= 0 && claims[j].Section == d.Section && claims[j].Subject.Key != total) j--;
            if (j < 0 || claims[j].Section != d.Section || claims[j].Amount is null || claims[j].ChangeAmount is not null || claims[j].ChangePercent is not null) continue;
            var t = claims[j];
            t.ChangeAmount = d.ChangeAmount;
            t.AmountWord = d.AmountWord;
            t.ChangePercent = d.ChangePercent;
            t.PercentWord = d.PercentWord;
            t.Direction ??= d.Direction;
            t.ComparedWith ??= d.ComparedWith;
            if (string.IsNullOrWhiteSpace(t.Reason)) t.Reason = d.Reason;
            claims.RemoveAt(i);
        }
    }

    /// <summary>The heading the paragraph before the one being read consists of, if it is one.</summary>
    private string? paragraphHeading;

    /// <summary>The numbered heading the sentence at <paramref name="start"/> follows: in its own paragraph, or as the
    /// paragraph before when the sentence opens its paragraph.</summary>
    private string? HeadingOf(string text, int start) =>
        HeadingBefore(text, start) ?? (text.AsSpan(0, start).IsWhiteSpace() ? paragraphHeading : null);

    /// <summary>Reads one sentence [start, end) of a paragraph. <paramref name="last"/> is the claim a leading
    /// "主要原因是…" or a bare "与上年相比增加…" continues.</summary>
    internal List<ClaimDraft> ParseSentence(PlacedParagraph pp, int start, int end, ref ClaimDraft? last)
    {
        var text = pp.Text;
        var s = text[start..end];
        var drafts = new List<ClaimDraft>();
        var zones = Zones(s);
        ClaimDraft? current = null;
        var previousEnd = 0;

        foreach (var zone in zones)
        {
            // "主要原因是…" opening a sentence explains the claim before it.
            if (zone.IsReason && zone.Start == LeadingOffset(s) && last is not null && string.IsNullOrWhiteSpace(last.Reason)) last.Reason = zone.Text;
        }

        // Figures and 持平 in reading order. A figure starts with a digit, a 持平 with a word: no two share a position.
        var events = new List<(int Position, int Length, Match? Flat)>();
        foreach (var m in MentionPattern().EnumerateMatches(s))
        {
            if (InZone(zones, m.Index)) continue;
            var after = s.AsSpan(m.Index + m.Length);
            if (after.StartsWith("以上", StringComparison.Ordinal) || after.StartsWith("以下", StringComparison.Ordinal) || after.StartsWith('/') || after.StartsWith("（含）", StringComparison.Ordinal)) continue;
            events.Add((m.Index, m.Length, null));
        }
        if (ContainsAny(s, FlatWords))
        {
            foreach (Match m in FlatPattern().Matches(s))
            {
                if (InZone(zones, m.Index)) continue;
                // "与2024年预算持平" with no figure after it.
                var after = s.AsSpan(m.Index + m.Length).TrimStart();
                if (after.Length > 0 && char.IsAsciiDigit(after[0])) continue;
                events.Add((m.Index, m.Length, m));
            }
            events.Sort(static (a, b) => a.Position.CompareTo(b.Position));
        }

        foreach (var (position, length, flat) in events)
        {
            if (flat is not null)
            {
                var target = current ?? last;
                // "…减少6.00万元，下降6.67%，其中：因公出国（境）费与上年预算持平": a 持平 after a stated change belongs to an item
                // the sentence names without a figure, not to the claim whose change it follows.
                if (target is not null && target.Direction is null && target.ChangeAmount is null)
                {
                    target.Direction = ChangeDirection.Flat;
                    target.AmountWord ??= flat.Groups["word"].Value;
                    target.ComparedWith ??= NullIfEmpty(flat.Groups["cmp"].Value);
                    target.End = Math.Max(target.End, start + position + length);
                }
                continue;
            }
            // The mention is "<num>\s*<unit>": the number is its leading digits, commas and points.
            var mention = s.AsSpan(position, length);
            var numberLength = mention.IndexOfAnyExcept(NumberChars);
            if (numberLength < 0) numberLength = mention.Length;
            // A figure beyond decimal is no money: it is skipped here and reported by OversizedFigures.
            if (!TryParseNumber(mention[..numberLength].TrimEnd(), out var value)) continue;
            var unit = mention[numberLength..].TrimStart();
            var segStart = Math.Max(LastDelimiterBefore(s, position) + 1, previousEnd);
            var pre = s[segStart..position];
            // Justified PDF text spaces every character ("与 上 年 相 比 增 加").
            var preTrimmed = pre.Trim();
            var preTrim = Markers.Squash(pre) is var squashed && squashed.Length * 2 <= preTrimmed.Length + 1 ? squashed : preTrimmed;
            var figure = new Figure(value, pp.Paragraph.SpanOf(start + position, start + position + length));
            previousEnd = position + length;

            if (unit is "%")
            {
                if (preTrim.Contains('占', StringComparison.Ordinal))
                {
                    if (current is not null && current.Share is null) { current.Share = figure; current.End = start + previousEnd; }
                    continue;
                }
                var change = MatchChange(preTrim);
                if (change.Success)
                {
                    var target = OwnSubject(change) is { } subject ? Open(subject, segStart) : current ?? last;
                    if (target is null) continue;
                    target.ChangePercent = figure;
                    target.PercentWord = change.Groups["word"].Value;
                    target.ComparedWith ??= NullIfEmpty(Compared(change));
                    target.End = start + previousEnd;
                }
                continue;
            }

            var scaled = unit is "亿元" ? value * 10000m : value;
            figure = figure with { Value = scaled };
            var changeMatch = MatchChange(preTrim);
            if (changeMatch.Success)
            {
                // "公务用车购置及运行维护费210.95万元（公务用车购置费96万元…；公务用车运行维护费114.95万元…。）比上年减少95.5万元":
                // a change after a closing bracket is the change of the item stated before the bracket opened.
                var beforeBracket = OpenedBeforeBracket(s, segStart, position) is { } open ? LastOpenedBefore(drafts, start + open - 1) : null;
                // "2026年预算比2025年预算增加50.32万元，增长3.08%": the year's budget as a whole, not the item stated last.
                var whole = current is null && WholeBudget().IsMatch(Markers.Squash(SubjectResolver.Clean(changeMatch.Groups["subj"].Value)));
                var target = OwnSubject(changeMatch) is { } subject ? Open(subject, segStart) : whole ? Open(("收支总预算", false), segStart) : beforeBracket ?? current ?? last;
                if (target is null) continue;
                if (target == beforeBracket) current = target; // its 下降n% follows
                target.ChangeAmount = figure;
                target.AmountWord = changeMatch.Groups["word"].Value;
                target.ComparedWith ??= NullIfEmpty(Compared(changeMatch));
                target.End = start + previousEnd;
                continue;
            }

            // "2026年度收入预算529260.34万元，比2025年年初预算数547012.85万元减少17752.51万元": the figure after 比…预算数 is the
            // base the sentence's item is compared with, not an item of its own.
            if (current is not null && ComparisonBase().IsMatch(Markers.Squash(preTrim)))
            {
                current.ComparedWith ??= Markers.Squash(preTrim);
                current.End = Math.Max(current.End, start + previousEnd);
                continue;
            }
            var cleaned = SubjectResolver.Clean(preTrim);
            var listItem = Markers.Numbered().IsMatch(preTrim);
            // "2023年当年预算执行数为60.13万元，2024年预算安排25.77万元" / "年初预算为…，支出决算为…" elaborate the item
            // before them: the current amount fills it when it has none, the base-year amount has no field of its own.
            if ((current is null || current == last || current.AmountIsBudget) && TemporalSubject().Match(Markers.Squash(cleaned)) is { Success: true } temporal)
            {
                var isBase = temporal.Groups["base"].Success;
                var target = current?.AmountIsBudget == true ? current : last;
                // "（一）因公出国（境）费用。2026 年预算数 143.80 万元": the heading before the sentence names the item (a
                // heading holds no figure, so it is no sentence of its own).
                if (current is null && !isBase && (target is null || target.Amount is not null) && HeadingOf(text, start) is { } heading)
                {
                    target = Open((heading, true), segStart);
                }
                if (target is not null)
                {
                    current = target;
                    // "年初预算为 2.85 万元，支出决算为 0.39 万元" (上海 决算): the 决算 is the item's own figure.
                    if (!isBase && (target.Amount is null || target.AmountIsBudget && temporal.Groups["final"].Success))
                    {
                        target.Amount = figure;
                        target.AmountIsBudget = false;
                    }
                    target.End = Math.Max(target.End, start + previousEnd);
                    continue;
                }
            }
            var ownWords = cleaned;
            if (SubjectResolver.IsGeneric(cleaned))
            {
                var before = PreviousClause(s, segStart);
                if (before is not null)
                {
                    listItem |= Markers.Numbered().IsMatch(before.Trim());
                    cleaned = SubjectResolver.Clean(before);
                }
                else if (current is null && (last is null || last.Amount is not null) && HeadingOf(text, start) is { } heading)
                {
                    // "2．公务用车购置费支出情况说明。…购置公务用车5辆，预算136.48万元" (032): the heading names the item.
                    cleaned = heading;
                    listItem = true;
                }
                else if (last is not null && last.Amount is null)
                {
                    last.Amount = figure;
                    current = last;
                    continue;
                }
            }
            var draft = Open((cleaned, listItem), segStart);
            draft.Amount = figure;
            draft.AmountIsBudget = BudgetSubject().IsMatch(Markers.Squash(cleaned)) || BudgetSubject().IsMatch(Markers.Squash(ownWords));
            draft.End = start + previousEnd;
        }

        // Reasons inside the sentence belong to the claim opened before them.
        foreach (var zone in zones)
        {
            if (!zone.IsReason || zone.Start == LeadingOffset(s)) continue;
            var owner = LastOpenedBefore(drafts, start + zone.Start) ?? (drafts.Count == 0 ? last : null);
            if (owner is not null && string.IsNullOrWhiteSpace(owner.Reason)) owner.Reason = zone.Text;
        }

        // "1.一般公共服务支出（类）财政事务（款）行政运行（项）。" with its figures in the next sentence (决算).
        if (drafts.Count == 0 && events.Count == 0 && (s.Contains("（项）", StringComparison.Ordinal) || s.Contains("(项)", StringComparison.Ordinal)) && s.Trim().Length <= 80)
        {
            var subject = SubjectResolver.Clean(s.Trim().TrimEnd(FullStops));
            var draft = Open((subject, Markers.Numbered().IsMatch(s.Trim())), LeadingOffset(s));
            draft.End = end;
        }

        // "政府性基金预算未安排。": a stated nothing, read as an amount of 0.
        if (drafts.Count == 0 && events.Count == 0 && s.Contains("未安排", StringComparison.Ordinal) && UnarrangedPattern().Match(s.Trim()) is { Success: true } none)
        {
            var subject = SubjectResolver.Clean(none.Groups["subj"].Value);
            if (!SubjectResolver.IsGeneric(subject))
            {
                var draft = Open((subject, false), LeadingOffset(s));
                draft.Amount = new Figure(0m, pp.Paragraph.SpanOf(start, end));
                draft.End = end;
            }
        }

        // "…比上年预算减少 6.00 万元，其中：因公出国（境）费增加 0.00 万元" — the items are compared with the same base.
        var sentenceBase = drafts.Find(d => d.ComparedWith is not null)?.ComparedWith;
        foreach (var d in drafts)
        {
            if (d.ComparedWith is null && (d.ChangeAmount is not null || d.ChangePercent is not null)) d.ComparedWith = sentenceBase;
        }

        ScopeParts(drafts, s, last);
        if (drafts.Count > 0) last = drafts[^1];
        return drafts;

        ClaimDraft Open((string Cleaned, bool ListItem) subject, int segStart)
        {
            var resolved = subjects.Resolve(subject.Cleaned, pp.Topic, pp.TopTopic, subject.ListItem);
            current = new ClaimDraft(resolved, pp.SectionKey, s.Trim(), pp.Paragraph, start + segStart);
            drafts.Add(current);
            return current;
        }
    }

    /// <summary>基本支出 and 项目支出 stated as the parts of a 财政拨款 or 一般公共预算 expenditure total are parts of that
    /// total, not of the whole budget's (021: "财政拨款支出总计为266,783.56万元，其中：基本支出209,899.51万元"; B119: "…一般公共预算
    /// 财政拨款支出101,833.84万元，比2025年减少7,885.67万元。其中:基本支出43,436.09万元"): the total in the same sentence, or
    /// the last claim of the sentence before when this one starts with 其中.</summary>
    private static void ScopeParts(List<ClaimDraft> drafts, string sentence, ClaimDraft? previous)
    {
        ClaimDraft? head = sentence.TrimStart().StartsWith("其中", StringComparison.Ordinal) ? previous : null;
        foreach (var d in drafts)
        {
            if (d.Subject.Key is ClaimKeys.FiscalTotal or ClaimKeys.GpbTotal && d.Amount is not null) head = d;
            if (head is null || d.Subject.Key is not (ClaimKeys.ExpenseBasic or ClaimKeys.ExpenseProject)) continue;
            var basic = d.Subject.Key == ClaimKeys.ExpenseBasic;
            var key = head.Subject.Key switch
            {
                ClaimKeys.FiscalTotal => basic ? ClaimKeys.FiscalBasic : ClaimKeys.FiscalProject,
                ClaimKeys.GpbTotal => basic ? ClaimKeys.GpbBasic : ClaimKeys.GpbProject,
                _ => null,
            };
            if (key is not null) d.Subject = d.Subject with { Key = key };
        }
    }

    /// <summary>The numbered heading ending just before <paramref name="sentenceStart"/> ("（一）因公出国（境）费用。"), without
    /// its number and full stop; null when the text before is no short heading without figures.</summary>
    private static string? HeadingBefore(string text, int sentenceStart)
    {
        var before = text.AsSpan(0, sentenceStart).TrimEnd();
        if (before.Length < 3 || before[^1] is not ('。' or '：' or ':')) return null;
        before = before[..^1];
        var from = before.LastIndexOfAny("。；;：:") + 1;
        var heading = before[from..].Trim().ToString();
        var marker = Markers.SubSection().Match(heading) is { Success: true } sub ? sub : Markers.Numbered().Match(heading);
        if (!marker.Success) return null;
        var name = heading[marker.Length..].Trim();
        if (name.Length is 0 or > 24 || name.Any(char.IsAsciiDigit)) return null;
        return SubjectResolver.Clean(name);
    }

    /// <summary>A sentence with no figure, no 持平, no reason or use clause, no 类/款/项 path and no 未安排 yields nothing
    /// (<see cref="ParseSentence"/> would return no draft and leave the previous claim as it is), so it is not parsed.</summary>
    private static bool MayHoldClaim(ReadOnlySpan<char> sentence) =>
        sentence.ContainsAnyInRange('0', '9') || ContainsAny(sentence, ClaimMarkers);

    // Words ParseSentence reacts to without a figure: 持平/无变化/一致 (flat), 原因/主要用于/主要包括/具体包括 (zones),
    // （项）/(项) and 未安排.
    private static readonly string[] ClaimMarkers = ["持平", "无变化", "一致", "原因", "主要用于", "主要包括", "具体包括", "项）", "项)", "未安排"];

    /// <summary>Whether any of a few words occurs. One vectorised search per word: a multi-string
    /// <see cref="SearchValues{T}"/> of CJK words falls back to a per-character automaton, which is slower here.</summary>
    private static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var w in words)
        {
            if (text.Contains(w, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>Where the bracket closed in s[from, to) was opened, when one is closed there.</summary>
    private static int? OpenedBeforeBracket(string s, int from, int to)
    {
        var close = s.AsSpan(from, to - from).IndexOfAny('）', ')');
        if (close < 0) return null;
        var depth = 0;
        for (var i = from + close; i >= 0; i--)
        {
            if (s[i] is '）' or ')') depth++;
            else if (s[i] is '（' or '(' && --depth == 0) return i;
        }
        return null;
    }

    private static ClaimDraft? LastOpenedBefore(List<ClaimDraft> drafts, int offset)
    {
        for (var i = drafts.Count - 1; i >= 0; i--)
        {
            if (drafts[i].Start <= offset) return drafts[i];
        }
        return null;
    }

    /// <summary><see cref="ChangePattern"/>, which ends with the change word (or its bracketed gloss): text ending
    /// otherwise is not tried, which saves the pattern's backtracking over most subjects.</summary>
    private static Match MatchChange(string text) =>
        text.Length > 0 && text[^1] is '加' or '少' or '长' or '降' or '低' or '升' or '减' or '增' or '平' or '致' or '）' or ')'
            ? ChangePattern().Match(text)
            : Match.Empty;

    private static bool InZone(List<Zone> zones, int index)
    {
        foreach (var z in zones)
        {
            if (index >= z.Start && index < z.End) return true;
        }
        return false;
    }

    private static (string, bool)? OwnSubject(Match change)
    {
        var subject = SubjectResolver.Clean(change.Groups["subj"].Value);
        if (SubjectResolver.IsGeneric(subject) || subject.Length < 2) return null;
        return (subject, false);
    }

    private static string Compared(Match change)
    {
        var cmp = change.Groups["cmp"].Value.Trim();
        if (cmp.Length == 0) return string.Empty;
        cmp = cmp[1..].Trim();
        if (cmp.EndsWith("相比", StringComparison.Ordinal)) cmp = cmp[..^2];
        return cmp.Trim();
    }

    private static string? PreviousClause(string s, int segStart)
    {
        var end = segStart - 1;
        if (end < 0 || end >= s.Length || s[end] is not ('：' or ':')) return null;
        var begin = LastDelimiterBefore(s, end) + 1;
        var clause = s[begin..end];
        return string.IsNullOrWhiteSpace(clause) ? null : clause;
    }

    private static int LastDelimiterBefore(string s, int index) => s.AsSpan(0, index).LastIndexOfAny(DelimiterChars);

    private static int LeadingOffset(string s) => s.Length - s.TrimStart().Length;

    private static string? NullIfEmpty(string s) => string.IsNullOrWhiteSpace(s) ? null : s;

    /// <summary>A printed figure ("2,627.89"), thousands separators dropped; false for one that is not a number or is
    /// beyond <see cref="decimal"/> (29 digits).</summary>
    public static bool TryParseNumber(ReadOnlySpan<char> s, out decimal value)
    {
        Span<char> digits = s.Length <= 64 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        foreach (var c in s)
        {
            if (c is not (',' or ' ')) digits[n++] = c;
        }
        return decimal.TryParse(digits[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Sentence ranges of a paragraph, split after 。！？.</summary>
    public static IEnumerable<(int Start, int End)> Sentences(string text)
    {
        var start = 0;
        for (var i = IndexOfSentenceEnd(text, 0); i >= 0; i = IndexOfSentenceEnd(text, i + 1))
        {
            // A full stop inside brackets closed soon after ("（…减少19.5万元。）比上年减少95.5万元") ends no sentence.
            if (InsideBrackets(text, start, i)) continue;
            if (i + 1 > start) yield return (start, i + 1);
            start = i + 1;
        }
        if (start < text.Length && !string.IsNullOrWhiteSpace(text[start..])) yield return (start, text.Length);
    }

    /// <summary>Whether text[i] stands inside a bracket opened since <paramref name="start"/> and closed within the next
    /// few characters (an unclosed bracket, a slip, does not swallow the paragraph).</summary>
    private static bool InsideBrackets(string text, int start, int i)
    {
        var depth = 0;
        for (var k = start; k < i; k++)
        {
            if (text[k] is '（' or '(') depth++;
            else if (text[k] is '）' or ')' && depth > 0) depth--;
        }
        if (depth == 0) return false;
        var next = text.AsSpan(i + 1, Math.Min(4, text.Length - i - 1));
        return next.IndexOfAny('）', ')') >= 0;
    }

    private static int IndexOfSentenceEnd(string text, int from)
    {
        var i = text.AsSpan(from).IndexOfAny(SentenceEnds);
        return i < 0 ? -1 : from + i;
    }

    private sealed record Zone(int Start, int End, bool IsReason, string Text);

    /// <summary>"主要原因是…" and "主要用于…" run to the next "；" (or the sentence end). Jiangsu writes reasons as "主要是…"
    /// (014: "比上年预算减少20万元，主要是…压缩了部分因公临时出国(境)团组").</summary>
    private static List<Zone> Zones(string s)
    {
        var zones = new List<Zone>();
        // Every form of the pattern holds one of these words.
        if (!ContainsAny(s, ZoneWords)) return zones;
        foreach (Match m in ZonePattern().Matches(s))
        {
            if (InZone(zones, m.Index)) continue;
            var stop = s.IndexOfAny(Semicolons, m.Index);
            var end = stop < 0 ? s.Length : stop;
            var kind = m.Groups["kind"].Value;
            var isReason = kind.Contains("原因", StringComparison.Ordinal) || kind == "主要是";
            var body = s[(m.Index + m.Length)..end].Trim().TrimStart(Colons).Trim().TrimEnd(ZoneEnds);
            zones.Add(new Zone(m.Index, end, isReason, body));
        }
        return zones;
    }

    [GeneratedRegex(@"(?<kind>主要原因(?:是|为|在于)?|原因是|原因为|主要是(?!用于)|主要用于|主要包括|具体包括)[：:]?")]
    private static partial Regex ZonePattern();

    [GeneratedRegex(@"(?<![\d.,A-Za-z])(?<num>(?:\d{1,3}(?:,\d{3})+|\d{2,}|(?<=[\u4e00-\u9fff][ ]{0,2})\d)\.[ ]{1,2}\d{1,2}(?=\s*(?:万元|亿元|%))|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?<unit>万元|亿元|%|万(?![\u4e00-\u9fff]))")]
    private static partial Regex MentionPattern();

    [GeneratedRegex(@"^(?<subj>.*?)(?<cmp>(?:比|较|与|同)[^，,；;：:]*?)?(?<word>增加|减少|增长|下降|降低|上升|减|增|持平|一致)(?:[（(](?:增加|减少|增长|下降)[）)])?$")]
    private static partial Regex ChangePattern();

    [GeneratedRegex(@"^(?:\d{4}年度?|本年度?)(?:部门|单位)?(?:收支)?(?:总)?预算(?:数)?$")]
    private static partial Regex WholeBudget();

    [GeneratedRegex(@"^(?:比|较|与)(?:\d{4}年度?|上年度?)(?:的)?(?:年初预算数?|预算执行数?|执行数|预算数|决算数?)(?:的)?$")]
    private static partial Regex ComparisonBase();

    [GeneratedRegex(@"年初预算数?为?$|^预算数?为?$")]
    private static partial Regex BudgetSubject();

    [GeneratedRegex(@"^(?:\d{4}年度?)?(?:当年)?(?:(?<base>预算执行数?|年初预算数?|上年预算数?|执行数)|预算安排|预算数|(?<final>支出决算数?|决算数?))为?$")]
    private static partial Regex TemporalSubject();

    [GeneratedRegex(@"^(?<subj>[^，,；;。：:]{2,40}?)(?:均|暂)?未安排[。.]?$")]
    private static partial Regex UnarrangedPattern();

    [GeneratedRegex(@"(?<cmp>(?:与|同|和)[^，,；;：:。]*?)?(?<word>持平|无变化|一致)")]
    private static partial Regex FlatPattern();
}

/// <summary>A claim while its sentence is being read.</summary>
internal sealed class ClaimDraft(ClaimSubject subject, string? section, string text, Paragraph paragraph, int start)
{
    public string? Section => section;

    public ClaimSubject Subject { get; set; } = subject;
    public int Start { get; } = start;
    public int End { get; set; } = start;
    public Figure? Amount { get; set; }

    /// <summary>The amount was stated as the item's 年初预算 ("…支出年初预算为 2.85 万元"): a 决算 figure stated next replaces it.</summary>
    public bool AmountIsBudget { get; set; }

    public Figure? Share { get; set; }
    public Figure? ChangeAmount { get; set; }
    public string? AmountWord { get; set; }
    public Figure? ChangePercent { get; set; }
    public string? PercentWord { get; set; }
    public ChangeDirection? Direction { get; set; }
    public string? ComparedWith { get; set; }
    public string? Reason { get; set; }

    public Claim ToClaim() => new()
    {
        Subject = Subject,
        Amount = Amount,
        Share = Share,
        ChangeAmount = ChangeAmount,
        AmountWord = AmountWord,
        ChangePercent = ChangePercent,
        PercentWord = PercentWord,
        Direction = Direction ?? DirectionOf(AmountWord) ?? DirectionOf(PercentWord),
        ComparedWith = ComparedWith,
        Reason = string.IsNullOrWhiteSpace(Reason) ? null : Reason,
        Section = section,
        Text = text,
        Span = paragraph.SpanOf(Start, Math.Max(End, Start + 1)),
    };

    public static ChangeDirection? DirectionOf(string? word) => word switch
    {
        "增加" or "增长" or "上升" or "增" => ChangeDirection.Increase,
        "减少" or "下降" or "降低" or "减" => ChangeDirection.Decrease,
        "持平" or "一致" or "无变化" => ChangeDirection.Flat,
        _ => null,
    };
}
