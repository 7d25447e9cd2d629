using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Yusuan.Core.Reading.Formats;

/// <summary>
/// An HTML page as text: block elements (paragraphs, headings, list items, divisions) and <c>&lt;br&gt;</c> break lines,
/// tables become tab-separated rows on the table's grid (<c>colspan</c>/<c>rowspan</c> keep the columns aligned), scripts
/// and styles are dropped. Published pages are untrusted: nothing is fetched or run, the markup is only parsed.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "blockquote", "h1", "h2", "h3", "h4", "h5",
        "h6", "li", "dt", "dd", "ul", "ol", "dl", "caption", "figure", "figcaption", "address", "hr", "form", "fieldset",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "svg", "iframe", "object", "select", "button",
    };

    public static string Extract(string html) =>
        Extract(html, "输入", InputBounds.Default) is { Success: true } extracted ? extracted.Text! : string.Empty;

    /// <summary>The page's text, or a refusal when its elements nest deeper than the bound (the writer walks the tree
    /// recursively; a published page nests some 30 levels).</summary>
    public static ExtractedText Extract(string html, string label, InputBounds bounds)
    {
        // The parser's time grows with the square of the nesting (40,000 nested <div> take half a minute): a page is
        // measured before it is parsed, and measured again as parsed.
        if (MarkupDepth(html) > bounds.MaxHtmlDepth)
        {
            return TooDeep(label, bounds);
        }
        // Some markup makes the HTML5 tree builder quadratic (78 tables under unclosed formatting elements: over five
        // minutes for 5 MB); the parse has a time budget, as the readers have bounds.
        AngleSharp.Html.Dom.IHtmlDocument document;
        using (var budget = new CancellationTokenSource(bounds.MaxParseTime))
        {
            try
            {
                document = new HtmlParser().ParseDocumentAsync(html, budget.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                return ExtractedText.Fail(SourceFormat.Html,
                    $"“{label}”的网页结构过于复杂，{bounds.MaxParseTime.TotalSeconds:0} 秒内未能解析，已拒绝。/ '{label}' could not be parsed within {bounds.MaxParseTime.TotalSeconds:0} s.");
            }
        }
        if (document.Body is not { } body) return ExtractedText.Ok(SourceFormat.Html, string.Empty);
        if (Depth(body) > bounds.MaxHtmlDepth) return TooDeep(label, bounds);
        var writer = new Writer(bounds.MaxGridCells);
        writer.Node(body);
        return ExtractedText.Ok(SourceFormat.Html, writer.ToString());
    }

    private static ExtractedText TooDeep(string label, InputBounds bounds) =>
        ExtractedText.Fail(SourceFormat.Html, $"“{label}”中的元素嵌套超过 {bounds.MaxHtmlDepth} 层，不像正常的网页，已拒绝。/ '{label}' nests its elements too deep.");

    /// <summary>Elements HTML closes by itself (a new <c>&lt;p&gt;</c> ends the last one) or never opens: old pages leave
    /// them unclosed by the thousand, so they do not count towards the depth measured before parsing.</summary>
    private static readonly HashSet<string> SelfClosing = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "td", "th", "tr", "dt", "dd", "option", "thead", "tbody", "tfoot", "colgroup", "br", "img", "meta", "input",
        "hr", "link", "col", "area", "base", "wbr", "source", "param", "embed", "track", "!doctype",
    };

    /// <summary>The depth of the markup's open tags, counted over the raw text in one pass (comments and the elements in
    /// <see cref="SelfClosing"/> aside). Tags inside scripts and styles count too: the parser is as slow on 26,000 nested
    /// tags inside a <c>&lt;style&gt;</c> (42 s) as outside it.</summary>
    internal static int MarkupDepth(string html)
    {
        var depth = 0;
        var deepest = 0;
        for (var i = html.IndexOf('<', StringComparison.Ordinal); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i + 1))
        {
            if (html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal))
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (end < 0) break;
                i = end;
                continue;
            }
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var stop = start;
            while (stop < html.Length && (char.IsAsciiLetterOrDigit(html[stop]) || html[stop] == '!')) stop++;
            if (stop == start) continue;
            var name = html[start..stop];
            var gt = html.IndexOf('>', stop);
            if (gt < 0) break;
            if (SelfClosing.Contains(name) || html[gt - 1] == '/') continue;
            if (closing) depth = Math.Max(0, depth - 1);
            else deepest = Math.Max(deepest, ++depth);
        }
        return deepest;
    }

    /// <summary>The element depth below <paramref name="root"/>, walked without recursion.</summary>
    private static int Depth(INode root)
    {
        var deepest = 0;
        var stack = new Stack<(INode Node, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in node.ChildNodes) if (child is IElement) stack.Push((child, depth + 1));
        }
        return deepest;
    }

    private sealed class Writer(long maxCells)
    {
        private readonly StringBuilder text = new();
        private readonly StringBuilder line = new();

        public override string ToString()
        {
            Break();
            return text.ToString();
        }

        public void Node(INode node)
        {
            switch (node)
            {
                case IText t:
                    Inline(t.Data);
                    break;
                case IElement e when Skipped.Contains(e.LocalName):
                    break;
                case IElement e when e.LocalName == "br":
                    Break();
                    break;
                case IElement e when e.LocalName == "pre":
                    Break();
                    foreach (var l in e.TextContent.Replace("\r", "", StringComparison.Ordinal).Split('\n')) text.Append(l).Append('\n');
                    break;
                case IElement e when e.LocalName == "table":
                    Break();
                    Table(e);
                    break;
                case IElement e when Blocks.Contains(e.LocalName):
                    Break();
                    foreach (var child in e.ChildNodes) Node(child);
                    Break();
                    break;
                default:
                    foreach (var child in node.ChildNodes) Node(child);
                    break;
            }
        }

        private void Inline(string data)
        {
            foreach (var ch in data)
            {
                if (char.IsWhiteSpace(ch) || ch == '\u00A0')
                {
                    if (line.Length > 0 && line[^1] != ' ') line.Append(' ');
                }
                else
                {
                    line.Append(ch);
                }
            }
        }

        private void Break()
        {
            var content = line.ToString().Trim();
            line.Clear();
            if (content.Length > 0) text.Append(content).Append('\n');
        }

        private void Table(IElement table)
        {
            var grid = new CellGrid(maxCells);
            foreach (var row in Rows(table))
            {
                grid.StartRow();
                foreach (var cell in row.Children.Where(c => c.LocalName is "td" or "th"))
                {
                    var inner = new Writer(maxCells);
                    foreach (var child in cell.ChildNodes) inner.Node(child);
                    grid.Add(CellGrid.CellText(inner.ToString()), Span(cell, "colspan"), Span(cell, "rowspan"));
                }
            }
            grid.WriteTo(text);
        }

        /// <summary>The table's own rows (in thead, tbody, tfoot or directly under it), not those of nested tables.</summary>
        private static IEnumerable<IElement> Rows(IElement table)
        {
            foreach (var child in table.Children)
            {
                if (child.LocalName == "tr") yield return child;
                else if (child.LocalName is "thead" or "tbody" or "tfoot")
                {
                    foreach (var row in child.Children.Where(r => r.LocalName == "tr")) yield return row;
                }
            }
        }

        private static int Span(IElement cell, string attribute) =>
            int.TryParse(cell.GetAttribute(attribute), out var n) && n is > 1 and < 1000 ? n : 1;
    }
}
