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

    public static string Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var writer = new Writer();
        if (document.Body is { } body) writer.Node(body);
        return writer.ToString();
    }

    private sealed class Writer
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
            var grid = new CellGrid();
            foreach (var row in Rows(table))
            {
                grid.StartRow();
                foreach (var cell in row.Children.Where(c => c.LocalName is "td" or "th"))
                {
                    var inner = new Writer();
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
