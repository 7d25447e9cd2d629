using System.Collections.Immutable;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace Yusuan.Core.Reading.Formats.Pdf;

/// <summary>
/// Reads a PDF's text layer in-process with PdfPig: every letter with its position, grouped into lines and words, and
/// the ruling lines a table is drawn with. Letters printed twice at the same place (fake bold) are kept once; a word
/// never runs across a ruling, so two cells of a table stay two words however close they are.
/// </summary>
public static class PdfLayoutReader
{
    public static ImmutableArray<PageLayout> Read(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        var pages = ImmutableArray.CreateBuilder<PageLayout>(document.NumberOfPages);
        foreach (var page in document.GetPages()) pages.Add(ReadPage(page));
        return pages.MoveToImmutable();
    }

    public static PageLayout ReadPage(Page page)
    {
        var height = page.Height;
        var rulings = RulingExtractor.Extract(page.Paths, height);
        var letters = new List<Glyph>(page.Letters.Count);
        var outside = 0;
        foreach (var l in page.Letters)
        {
            if (l.TextOrientation != TextOrientation.Horizontal || string.IsNullOrEmpty(l.Value)) continue;
            var size = l.PointSize > 0.5 ? l.PointSize : Math.Max(1, l.BoundingBox.Height);
            var baseline = height - l.StartBaseLine.Y;
            var left = l.StartBaseLine.X;
            var right = Math.Max(l.EndBaseLine.X, left + Math.Max(l.Width, 0.01));
            // Wholly off the page (the text of 009's p.8 stands 64 pt above it, a repeat of p.7): not printed, not read.
            if (baseline < 0 || baseline - size > height || right < 0 || left > page.Width)
            {
                if (!string.IsNullOrWhiteSpace(l.Value)) outside++;
                continue;
            }
            letters.Add(new Glyph(Ideographs(l.Value), left, right, baseline, size));
        }
        return new PageLayout(page.Number, page.Width, height, BuildLines(letters, rulings), rulings) { LettersOutside = outside };
    }

    /// <summary>Kangxi radicals, CJK radical supplements and compatibility ideographs as the unified ideographs they stand
    /// for: fonts such as Noto CJK map 自 人 民 门 to ⾃ ⼈ ⺠ ⻔ in their ToUnicode tables, which no reader of Chinese
    /// expects and no search finds.</summary>
    internal static string Ideographs(string value)
    {
        foreach (var c in value)
        {
            if (c is >= '\u2E80' and <= '\u2FDF' or >= '\uF900' and <= '\uFAFF' or '戶') return Unify(value);
        }
        return value;
    }

    private static string Unify(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (RadicalSupplement.TryGetValue(c, out var unified)) sb.Append(unified);
            else if (c is >= '\u2F00' and <= '\u2FDF' or >= '\uF900' and <= '\uFAFF') sb.Append(c.ToString().Normalize(NormalizationForm.FormKC));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The CJK Radicals Supplement has no compatibility decompositions; these are the forms fonts use for
    /// whole simplified characters.</summary>
    private static readonly Dictionary<char, char> RadicalSupplement = new()
    {
        ['\u2E8C'] = '小',
        ['\u2E8D'] = '小',
        ['\u2E96'] = '心',
        ['\u2E97'] = '心',
        ['\u2E9C'] = '日',
        ['\u2E9D'] = '月',
        ['\u2E9F'] = '母',
        ['\u2EA0'] = '民',
        ['\u2EA2'] = '水',
        ['\u2EA3'] = '火',
        ['\u2EA4'] = '爪',
        ['\u2EA7'] = '牛',
        ['\u2EA8'] = '犬',
        ['\u2EA9'] = '王',
        ['\u2EAB'] = '目',
        ['\u2EAE'] = '竹',
        ['\u2EB6'] = '羊',
        ['\u2EB9'] = '老',
        ['\u2EBC'] = '月',
        ['\u2EBD'] = '臼',
        ['\u2EC1'] = '虎',
        ['\u2EC2'] = '衣',
        ['\u2EC4'] = '西',
        ['\u2EC5'] = '见',
        ['\u2EC6'] = '角',
        ['\u2EC8'] = '讠',
        ['\u2EC9'] = '贝',
        ['\u2ECA'] = '足',
        ['\u2ECB'] = '车',
        ['\u2ED0'] = '钅',
        ['\u2ED3'] = '长',
        ['\u2ED4'] = '门',
        ['\u2ED7'] = '雨',
        ['\u2ED8'] = '青',
        ['\u2ED9'] = '韦',
        ['\u2EDA'] = '页',
        ['\u2EDB'] = '风',
        ['\u2EDC'] = '飞',
        ['\u2EDD'] = '食',
        ['\u2EDF'] = '食',
        ['\u2EE0'] = '饣',
        ['\u2EE1'] = '首',
        ['\u2EE2'] = '马',
        ['\u2EE3'] = '骨',
        ['\u2EE4'] = '鬼',
        ['\u2EE5'] = '鱼',
        ['\u2EE6'] = '鸟',
        ['\u2EE7'] = '卤',
        ['\u2EE8'] = '麦',
        ['\u2EE9'] = '黄',
        ['\u2EEA'] = '黾',
        ['\u2EEC'] = '齐',
        ['\u2EEE'] = '齿',
        ['\u2EF0'] = '龙',
        ['\u2EF3'] = '龟',
        ['戶'] = '户',
    };

    /// <summary>One letter: its text, horizontal extent, baseline (from the top of the page) and size in points.</summary>
    internal readonly record struct Glyph(string Value, double Left, double Right, double Baseline, double Size)
    {
        public bool IsSpace => string.IsNullOrWhiteSpace(Value);
    }

    internal static ImmutableArray<PdfLine> BuildLines(List<Glyph> letters, ImmutableArray<Ruling> rulings)
    {
        letters.Sort(static (a, b) => a.Baseline.CompareTo(b.Baseline));
        var lines = ImmutableArray.CreateBuilder<PdfLine>();
        var current = new List<Glyph>();
        var baseline = 0.0;
        var size = 0.0;
        foreach (var g in letters)
        {
            if (current.Count > 0 && g.Baseline - baseline > 0.4 * Math.Min(size, g.Size))
            {
                AddLine(lines, current, rulings);
                current.Clear();
            }
            if (current.Count == 0)
            {
                baseline = g.Baseline;
                size = g.Size;
            }
            current.Add(g);
        }
        AddLine(lines, current, rulings);
        return lines.ToImmutable();
    }

    private static void AddLine(ImmutableArray<PdfLine>.Builder lines, List<Glyph> glyphs, ImmutableArray<Ruling> rulings)
    {
        if (glyphs.Count == 0) return;
        glyphs.Sort(static (a, b) => a.Left.CompareTo(b.Left));
        var top = double.MaxValue;
        var bottom = double.MinValue;
        foreach (var g in glyphs)
        {
            top = Math.Min(top, g.Baseline - 0.8 * g.Size);
            bottom = Math.Max(bottom, g.Baseline + 0.2 * g.Size);
        }
        var words = ImmutableArray.CreateBuilder<PdfWord>();
        var text = new StringBuilder();
        var kept = new List<Glyph>();
        Glyph? previous = null;
        foreach (var g in glyphs)
        {
            if (IsRepeat(kept, g)) continue;
            var breaks = g.IsSpace || previous is { } p && (g.Left - p.Right > 0.3 * Math.Min(p.Size, g.Size) || CrossesRuling(rulings, p.Right, g.Left, top, bottom));
            if (breaks && kept.Count > 0)
            {
                AddWord(words, kept, text, top, bottom);
            }
            previous = g;
            if (g.IsSpace) continue;
            kept.Add(g);
            text.Append(g.Value);
        }
        AddWord(words, kept, text, top, bottom);
        if (words.Count == 0) return;
        var box = words[0].Box;
        foreach (var w in words) box = box.Union(w.Box);
        lines.Add(new PdfLine(words.ToImmutable(), box));
    }

    private static void AddWord(ImmutableArray<PdfWord>.Builder words, List<Glyph> kept, StringBuilder text, double top, double bottom)
    {
        if (kept.Count == 0) return;
        var size = 0.0;
        foreach (var g in kept) size = Math.Max(size, g.Size);
        words.Add(new PdfWord(text.ToString(), new Box(kept[0].Left, top, kept[^1].Right, bottom), size));
        kept.Clear();
        text.Clear();
    }

    /// <summary>A letter printed again over itself (fake bold, a shadow): the same letter within half a point.</summary>
    private static bool IsRepeat(List<Glyph> kept, Glyph g)
    {
        for (var i = kept.Count - 1; i >= 0 && i >= kept.Count - 3; i--)
        {
            var k = kept[i];
            if (k.Value == g.Value && Math.Abs(k.Left - g.Left) < 0.6 && Math.Abs(k.Baseline - g.Baseline) < 0.6) return true;
        }
        return false;
    }

    private static bool CrossesRuling(ImmutableArray<Ruling> rulings, double from, double to, double top, double bottom)
    {
        var mid = (top + bottom) / 2;
        foreach (var r in rulings)
        {
            if (r.Horizontal) continue;
            if (r.At > from - 0.5 && r.At < to + 0.5 && r.Covers(mid, 0)) return true;
        }
        return false;
    }
}

/// <summary>The ruling lines of a page: stroked horizontal and vertical segments, thin filled rectangles, and the edges
/// of filled cell backgrounds, merged where they continue each other. Clipping paths and curves are ignored.</summary>
internal static class RulingExtractor
{
    private const double Thin = 2.5;

    public static ImmutableArray<Ruling> Extract(IReadOnlyList<PdfPath> paths, double height)
    {
        var found = new List<Ruling>();
        foreach (var path in paths)
        {
            if (path.IsClipping || !path.IsStroked && !path.IsFilled) continue;
            foreach (var sub in path)
            {
                if (sub.GetBoundingRectangle() is not { } b) continue;
                if (path.IsFilled && !path.IsStroked)
                {
                    if (b.Width <= Thin && b.Height > Thin) found.Add(new Ruling(false, b.Left + b.Width / 2, height - b.Top, height - b.Bottom));
                    else if (b.Height <= Thin && b.Width > Thin) found.Add(new Ruling(true, height - (b.Bottom + b.Height / 2), b.Left, b.Right));
                    else if (b.Width > Thin && b.Height > Thin) AddEdges(found, sub, height);
                    continue;
                }
                AddEdges(found, sub, height);
            }
        }
        return Merge(found);
    }

    /// <summary>The axis-parallel straight edges of a subpath (lines, rectangle sides, the closing edge).</summary>
    private static void AddEdges(List<Ruling> found, PdfSubpath sub, double height)
    {
        PdfPoint? start = null;
        PdfPoint? at = null;
        foreach (var command in sub.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move m:
                    start = at = m.Location;
                    break;
                case PdfSubpath.Line l:
                    Add(found, l.From, l.To, height);
                    at = l.To;
                    break;
                case PdfSubpath.Close when start is { } s && at is { } a:
                    Add(found, a, s, height);
                    at = s;
                    break;
                case PdfSubpath.BezierCurve c:
                    at = c.EndPoint;
                    break;
            }
        }
    }

    private static void Add(List<Ruling> found, PdfPoint from, PdfPoint to, double height)
    {
        var dx = Math.Abs(to.X - from.X);
        var dy = Math.Abs(to.Y - from.Y);
        if (dy < 1 && dx > Thin) found.Add(new Ruling(true, height - (from.Y + to.Y) / 2, Math.Min(from.X, to.X), Math.Max(from.X, to.X)));
        else if (dx < 1 && dy > Thin) found.Add(new Ruling(false, (from.X + to.X) / 2, height - Math.Max(from.Y, to.Y), height - Math.Min(from.Y, to.Y)));
    }

    /// <summary>Rulings on the same line (within a point) that overlap or touch become one.</summary>
    private static ImmutableArray<Ruling> Merge(List<Ruling> found)
    {
        found.Sort(static (a, b) => a.Horizontal != b.Horizontal ? a.Horizontal.CompareTo(b.Horizontal) : a.At != b.At ? a.At.CompareTo(b.At) : a.From.CompareTo(b.From));
        var merged = new List<Ruling>(found.Count);
        var used = new bool[found.Count];
        for (var i = 0; i < found.Count; i++)
        {
            if (used[i]) continue;
            var r = found[i];
            used[i] = true;
            bool grew;
            do
            {
                grew = false;
                for (var j = i + 1; j < found.Count; j++)
                {
                    var o = found[j];
                    if (o.Horizontal != r.Horizontal) break;
                    if (o.At - r.At > 1.0) break;
                    if (used[j] || o.From > r.To + 1.5 || o.To < r.From - 1.5) continue;
                    r = r with { From = Math.Min(r.From, o.From), To = Math.Max(r.To, o.To) };
                    used[j] = true;
                    grew = true;
                }
            }
            while (grew);
            merged.Add(r);
        }
        return [.. merged];
    }
}
