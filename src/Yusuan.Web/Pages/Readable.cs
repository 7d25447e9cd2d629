using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Yusuan.Core.Checking.Output;
using Yusuan.Core.Model;

namespace Yusuan.Web.Pages;

/// <summary>
/// What a reviewer reads where the core would print a canonical key. Keys (<c>income.fiscal</c>, <c>total</c>, <c>gpb</c>)
/// are for the API and for filtering; a page never shows one. The core says places through <see cref="Places"/>, which
/// already names known keys; this covers what still reaches a page raw: a column whose header the reader took for its
/// key (a 三公 table headed “total”, columns “gpb gf sc”), a row read without a name (key <c>line.</c>) that a rule's
/// message names by its key, and the reader's doubts that list the columns it chose (“暂按 total,gpb,gf 读取”).
/// </summary>
internal static partial class Readable
{
    /// <summary>The document as the pages describe it: a column header that is its key (or any bare ASCII identifier) is
    /// treated as no header, so <see cref="Places"/> gives the column's usual name. Only for display: the API, the
    /// downloads and the store keep the model as read.</summary>
    public static Disclosure Document(Disclosure document)
    {
        if (!document.Tables.Any(t => t.Columns.Any(c => IsKey(c.Header)))) return document;
        return document with
        {
            Tables = [.. document.Tables.Select(t => t.Columns.Any(c => IsKey(c.Header))
                ? t with { Columns = [.. t.Columns.Select(c => IsKey(c.Header) ? c with { Header = string.Empty } : c)] }
                : t)],
        };
    }

    /// <summary>A column's header as printed, else its usual name; never its key (empty when it has neither).</summary>
    public static string Column(DisclosureTable? table, string key)
    {
        var name = Places.ColumnName(table, key);
        if (!IsKey(name) && name.Length > 0) return name;
        return Places.ColumnName(null, key) is { Length: > 0 } usual ? usual : OtherColumns.GetValueOrDefault(key, string.Empty);
    }

    /// <summary>A finding's message or a reading note with every canonical key in it said in Chinese: a column by its
    /// header in <paramref name="table"/> (the table the message is about, when known), else by its usual name.</summary>
    public static string Message(string message, DisclosureTable? table = null)
    {
        if (!HasAsciiLetter(message)) return message;
        message = ChosenColumns().Replace(message, m =>
            "暂按" + string.Join("、", m.Groups["keys"].Value.Split(',').Select(k => Column(table, k) is { Length: > 0 } n ? n : "未命名栏目")) + "读取");
        message = UnnamedLine().Replace(message, m => m.Groups["label"].Value is { Length: > 0 } label ? label : "未识别名称的行");
        message = RowKey().Replace(message, m => Places.LineName(m.Value) is { Length: > 0 } name ? name : "该行");
        // A column named by the header the reader took for its key (“表10 公务用车运行费 total 0.00”); a word quoted from the
        // document (“…”) is the document's own and stays as it is.
        return string.Concat(Quoted().Split(message).Select((part, i) => i % 2 == 1 ? part
            : Word().Replace(part, m => Column(table, m.Value) is { Length: > 0 } name ? name : m.Value)));
    }

    /// <summary>The table whose lines hold <paramref name="line"/> (what a reading note about that line is about), if any.</summary>
    public static DisclosureTable? TableAt(Disclosure document, int line) =>
        line <= 0 ? null : document.Tables.FirstOrDefault(t => t.Span.IsKnown && line >= t.Span.Line && line <= Math.Max(t.Span.Line, t.Span.EndLine));

    // Columns Places does not name: 表7's 经济分类 columns, and 表10's items when a table prints them across (docs/spec/cells.md).
    private static readonly FrozenDictionary<string, string> OtherColumns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["wages"] = "工资福利支出",
        ["goods"] = "商品和服务支出",
        ["individuals"] = "对个人和家庭的补助",
        ["debt"] = "债务利息及费用支出",
        ["capital_construction"] = "资本性支出（基本建设）",
        ["capital"] = "资本性支出",
        ["enterprise_construction"] = "对企业补助（基本建设）",
        ["enterprise"] = "对企业补助",
        ["social_security_fund"] = "对社会保障基金补助",
        ["overseas"] = "因公出国（境）费",
        ["reception"] = "公务接待费",
        ["vehicles"] = "公务用车购置及运行费",
        ["vehicle_purchase"] = "公务用车购置费",
        ["vehicle_operation"] = "公务用车运行费",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A bare lower-case ASCII identifier (<c>total</c>, <c>capital_construction</c>): a key, not a printed header.</summary>
    private static bool IsKey(string? text) => !string.IsNullOrEmpty(text) && Identifier().IsMatch(text);

    private static bool HasAsciiLetter(string s) => s.AsSpan().IndexOfAnyInRange('a', 'z') >= 0;

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex Identifier();

    // The reader's doubt about a line's columns: “…一行的数字属于哪些栏目，暂按 total,gpb,gf 读取。”
    [GeneratedRegex(@"暂按\s*(?<keys>[a-z][a-z0-9_]*(?:,[a-z][a-z0-9_]*)*)\s*读取")]
    private static partial Regex ChosenColumns();

    // A row the reader could not name has the key "line." followed by whatever of its label it read.
    [GeneratedRegex(@"(?<![A-Za-z0-9_])line\.(?<label>[^\s：:，,。；;（）()“”]*)")]
    private static partial Regex UnnamedLine();

    // Quoted text, kept by Split as every second part.
    [GeneratedRegex("(“[^”]*”)")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"(?<![A-Za-z0-9_.\-])[a-z][a-z0-9_]*(?![A-Za-z0-9_.\-])")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<![A-Za-z0-9_.])(?:income|expense|carryover)(?:\.[a-z0-9_]+)*(?![A-Za-z0-9_])")]
    private static partial Regex RowKey();
}
