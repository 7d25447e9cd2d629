using System.Collections.Immutable;
using Yusuan.Core.Classification;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Tables;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading;

/// <summary>
/// Finds the disclosure's tables by title (<see cref="TableLocator"/>), reads each body with the matching template
/// description (<see cref="BodyReader"/>), then builds the tables in an order where each can use what the earlier ones
/// established (T1/T4 say which funds exist, T2/T3 name the codes, T3 tells T5's columns).
/// </summary>
internal static class TableReader
{
    private static readonly TableId[] BuildOrder =
        [TableId.T1, TableId.T4, TableId.T2, TableId.T3, TableId.T6, TableId.T7, TableId.T5, TableId.T8, TableId.T9, TableId.T10, TableId.T11];

    public static TableReadResult Read(SourceText source, DisclosureMeta meta, DiagnosticBag diagnostics)
    {
        var regions = TableLocator.Find(source);
        // Each body's reading doubts are kept apart until its role is settled: a table read again under another
        // description reports only what that reading found.
        var bags = regions.Select(_ => new DiagnosticBag()).ToList();
        var raws = regions.Select((r, i) => ConfirmRole(BodyReader.Read(source, r, meta.Template, bags[i]))).ToList();
        if (TableRoles.VacantGeneralExpenseCandidate(raws) is { } t5)
        {
            var bag = new DiagnosticBag();
            var again = BodyReader.Read(source, raws[t5].Region, meta.Template, bag, TableRoles.GeneralExpenseTemplate(meta.Template));
            if (TableRoles.HoldsFunctionCodes(again))
            {
                raws[t5] = again;
                bags[t5] = bag;
            }
        }
        foreach (var bag in bags) diagnostics.AddRange(bag);
        var context = new DocumentContext(ClassificationCatalog.Default, meta);
        var built = new DisclosureTable?[raws.Count];
        var seen = new HashSet<TableId>();
        foreach (var i in Enumerable.Range(0, raws.Count).OrderBy(i => Rank(raws[i].Template.Canonical)).ThenBy(i => i))
        {
            var raw = raws[i];
            if (raw.Template.Canonical is { } id && !seen.Add(id))
            {
                diagnostics.Info("read.table.duplicate-role", $"“{raw.Region.Title}”与前面的表同属 {id}，按非标准表保留。/ A second table plays role {id}; kept under its own title.",
                    SourceSpan.At(source.Lines[raw.Region.TitleIndex].Number));
                raw = raw with { Template = raw.Template with { Canonical = null } };
            }
            var table = TableBuilder.Build(raw, context, diagnostics);
            context.Add(table);
            built[i] = table;
        }
        var consumed = new HashSet<int>(raws.Sum(r => r.Lines.Count));
        foreach (var r in raws) consumed.UnionWith(r.Lines);
        return new TableReadResult([.. built.Select(t => t!)], consumed);
    }

    /// <summary>The role the rows confirm (<see cref="TableRoles"/>); a table whose rows contradict its title keeps its
    /// figures under its own title.</summary>
    private static RawTable ConfirmRole(RawTable raw)
    {
        var role = TableRoles.Confirm(raw);
        return role == raw.Template.Canonical ? raw : raw with { Template = raw.Template with { Canonical = role } };
    }

    private static int Rank(TableId? id) => id is { } t ? Array.IndexOf(BuildOrder, t) : BuildOrder.Length;
}
