using Yusuan.Core.Classification;
using Yusuan.Core.Model;

namespace Yusuan.Core.Reading.Tables;

/// <summary>What the tables read so far tell about the rest: code names, which funds the document has, finished tables.</summary>
internal sealed class DocumentContext(ClassificationCatalog catalog, DisclosureMeta meta)
{
    private readonly Dictionary<string, string> functionNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> economicNames = new(StringComparer.Ordinal);
    private readonly Dictionary<TableId, DisclosureTable> built = [];

    public ClassificationCatalog Catalog { get; } = catalog;

    public DisclosureMeta Meta { get; } = meta;

    public DisclosureTable? Table(TableId id) => built.GetValueOrDefault(id);

    public void Add(DisclosureTable table)
    {
        if (table.Canonical is { } id) built.TryAdd(id, table);
    }

    /// <summary>Remembers a name printed next to a code, to name rows that print only the code.</summary>
    public void Learn(CodeScheme scheme, string code, string name)
    {
        var folded = HeaderText.Fold(name);
        if (folded.Length < 2 || !Tokenizer.HasCjk(folded)) return;
        var names = scheme == CodeScheme.Economic ? economicNames : functionNames;
        names.TryAdd(code, name.Trim());
    }

    /// <summary>The name of a code: as printed elsewhere in this document, else from the catalog.</summary>
    public string? NameOf(CodeScheme scheme, string code)
    {
        if (scheme == CodeScheme.Economic)
        {
            if (economicNames.TryGetValue(code, out var n)) return n;
            return EconomicCode.TryParse(code, out var e) ? Catalog.Economic(e)?.Name : null;
        }
        if (functionNames.TryGetValue(code, out var f)) return f;
        return FunctionCode.TryParse(code, out var fc) ? Catalog.Function(fc)?.Name : null;
    }

    /// <summary>Whether a T1/T4 line is printed with no amount (true), with one (false), or not known (null).</summary>
    public bool? LineIsEmpty(string lineKey, IEnumerable<TableRow>? ownRows = null)
    {
        foreach (var rows in new[] { ownRows, Table(TableId.T1)?.Rows, Table(TableId.T4)?.Rows })
        {
            if (rows is null) continue;
            var row = rows.FirstOrDefault(r => r.Key == lineKey);
            if (row is not null) return row.Cells.IsEmpty;
        }
        return null;
    }
}
