using System.Globalization;

namespace Yusuan.Fuzz;

/// <summary>Mutations of HTML: deep nesting, spans at their limits, unclosed and stray tags, entities.</summary>
public static class MarkupMutations
{
    public static string Mutate(string html, Random random, List<string> said)
    {
        var at = random.Next(html.Length + 1);
        string insert;
        switch (random.Next(6))
        {
            case 0:
                var depth = 1000 + random.Next(40_000);
                var tag = TextMutations.Pick(random, ["div", "span", "table><tr><td", "b", "p"]);
                said.Add($"{depth} nested <{tag}>");
                var closeTag = tag.Contains("td", StringComparison.Ordinal) ? "td></tr></table" : tag;
                insert = string.Concat(Enumerable.Repeat($"<{tag}>", depth)) + "收入总计 1.00" + string.Concat(Enumerable.Repeat($"</{closeTag}>", depth));
                break;
            case 1:
                var span = TextMutations.Pick(random, ["999", "65534", "2147483647", "-1", "1e9", "0"]);
                said.Add($"colspan/rowspan {span}");
                insert = $"<table><tr><td colspan={span} rowspan={span}>合计</td><td>1.00</td></tr><tr><td rowspan={span}>2</td></tr></table>";
                break;
            case 2:
                said.Add("unclosed tags");
                insert = "<table><tr><td>表1<td><tr><td>201</td>";
                break;
            case 3:
                said.Add("entities");
                insert = "&#0;&#x110000;&#99999999999;&nbsp;&amp&lt;&#65279;";
                break;
            case 4:
                var rows = 500 + random.Next(3000);
                said.Add($"a table of {rows} rows");
                insert = "<table>" + string.Concat(Enumerable.Range(0, rows).Select(r => $"<tr><td>2{r.ToString("000000", CultureInfo.InvariantCulture)}</td><td>{r}.00</td></tr>")) + "</table>";
                break;
            default:
                said.Add("script and style");
                insert = "<script>" + new string('x', 10000) + "</script><style>td{}</style>";
                break;
        }
        return string.Concat(html.AsSpan(0, at), insert, html.AsSpan(at));
    }
}
