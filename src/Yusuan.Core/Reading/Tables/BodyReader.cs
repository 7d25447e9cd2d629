using System.Collections.Immutable;
using Yusuan.Core.Reading.Tables.Shapes;
using Yusuan.Core.Reading.Tables.Templates;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading.Tables;

/// <summary>
/// Reads the body of one table region into raw rows: detects how its cells are given (<see cref="CellModeDetection"/>),
/// sets its empty-table note aside (<see cref="TableNote"/>), splits header from data, picks the template description
/// (<see cref="TemplateChoice"/>: title + header words), maps the header, and hands the data lines to the reader of the
/// table's shape (<see cref="CodedTabRows"/>, <see cref="CodedTextRows"/>, <see cref="LineRows"/>, <see cref="ItemRows"/>,
/// <see cref="HorizontalRows"/>), which skips repeated page headers and page numbers, joins wrapped names and keeps every
/// figure with its position.
/// </summary>
internal static class BodyReader
{
    public static RawTable Read(SourceText source, TableRegion region, string? edition, DiagnosticBag diagnostics, TableTemplate? forced = null)
    {
        var lines = source.Lines;
        var body = new List<SourceLine>();
        for (var i = region.BodyStart; i < region.BodyEnd; i++)
        {
            if (!region.RepeatedTitleIndexes.Contains(i)) body.Add(lines[i]);
        }
        var consumed = new HashSet<int>(region.PreambleIndexes.Length + body.Count);
        foreach (var i in region.PreambleIndexes) consumed.Add(lines[i].Number);
        foreach (var i in region.RepeatedTitleIndexes) consumed.Add(lines[i].Number);
        foreach (var l in body) consumed.Add(l.Number);

        var mode = CellModeDetection.Detect(body);
        var note = TableNote.Find(body, out var noteLines);
        var headerLines = new List<SourceLine>();
        var firstData = body.Count;
        for (var i = 0; i < body.Count; i++)
        {
            if (noteLines.Contains(body[i].Number)) { firstData = i; break; }
            if (body[i].IsBlank) continue;
            if (mode == CellMode.Tabs && SplitCodeHeads(body[i]) is { } split)
            {
                // The 类 款 项 heads and the top of the total row's cells on one line (上海 决算): header, then data.
                body[i] = split.Header;
                body.Insert(i + 1, split.Figures);
                headerLines.Add(split.Header);
                continue;
            }
            if (BodyLines.LooksLikeData(body[i], mode))
            {
                firstData = i;
                break;
            }
            headerLines.Add(body[i]);
        }
        // A header cell such as 合计 can look like a total row: when a column-number line (※ 1 2 3) follows before any
        // figure, everything up to it is header.
        for (var i = firstData; i < body.Count; i++)
        {
            if (noteLines.Contains(body[i].Number)) break;
            var tokens = Tokenizer.Split(body[i], mode);
            if (BodyLines.IsJunk(body[i])) continue;
            if (HeaderMap.IsNumbering(body[i].Text))
            {
                for (var j = firstData; j <= i; j++) headerLines.Add(body[j]);
                firstData = i + 1;
                break;
            }
            if (mode != CellMode.Tabs && tokens.Any(t => t.IsFigure) || tokens.Length > 0 && BodyLines.IsCodeLike(tokens[0].Text)) break;
            // Tab text: a cell with a decimal amount is data, not a header cell.
            if (mode == CellMode.Tabs && tokens.Any(t => t.IsFigure && t.Text.Contains('.', StringComparison.Ordinal))) break;
        }
        var headerText = string.Concat(headerLines.Select(l => l.Folded));
        var template = forced ?? TemplateChoice.Choose(region.Title, headerText, edition);
        var header = template == TemplateCatalog.Generic
            ? GenericHeader(headerLines, mode)
            : BuildHeader(template, headerLines, mode);

        var data = new List<SourceLine>(body.Count - firstData);
        for (var i = firstData; i < body.Count; i++)
        {
            if (!noteLines.Contains(body[i].Number)) data.Add(body[i]);
        }
        var rows = template.Shape switch
        {
            TableShape.Coded => mode == CellMode.Tabs ? CodedTabRows.Read(data, template, header, mode) : CodedTextRows.Read(data, template, mode, headerLines.Any(l => HeaderMap.IsNumbering(l.Text)), header.NumberedFrom, diagnostics),
            TableShape.Lines => LineRows.Read(data, mode, headerText.Contains("行次", StringComparison.Ordinal), LineRows.OrdinalFirst(headerText), headerLines.Select(l => l.Folded).ToHashSet(StringComparer.Ordinal)),
            TableShape.Horizontal => HorizontalRows.Read(data, template, header, mode),
            _ => ItemRows.Read(data, template, mode),
        };
        if (template.Shape == TableShape.Coded && mode == CellMode.Tabs) RelativeCodes.Resolve(rows);
        foreach (var r in rows) r.Header ??= header;
        return new RawTable(region, template, mode, header, [.. rows], note, consumed);
    }

    /// <summary>A coded table in tab-separated text names its columns by what its header cells say
    /// (<see cref="ConceptHeader"/>); other shapes and text without cells go by the template's column words.</summary>
    public static HeaderMap BuildHeader(TableTemplate template, IReadOnlyList<SourceLine> headerLines, CellMode mode) =>
        mode == CellMode.Tabs && template.Shape == TableShape.Coded && headerLines.Any(l => !HeaderMap.IsNumbering(l.Text))
            ? ConceptHeader.Build(template.Columns, template.Canonical, headerLines)
            : HeaderMap.Build(template.Columns, headerLines, mode, fundsUnderItems: template.Shape == TableShape.Horizontal && template.TransposeInto is not null);

    /// <summary>A tab line whose only words are the code heads 类 款 项 and which carries figures (the first row's figures
    /// printed at the top of its tall cells, beside the heads): the heads as a header line, the figures as a line of their
    /// own with the same number. Null for any other line.</summary>
    private static (SourceLine Header, SourceLine Figures)? SplitCodeHeads(SourceLine line)
    {
        if (!line.Text.Contains('\t', StringComparison.Ordinal)) return null;
        var cells = line.Text.Split('\t');
        int heads = 0, figures = 0;
        foreach (var c in cells)
        {
            var t = c.Trim();
            if (t.Length == 0) continue;
            if (t is "类" or "款" or "项") heads++;
            else if (Tokenizer.TryCellFigure(t, out _)) figures++;
            else return null;
        }
        if (heads < 2 || figures == 0) return null;
        var header = cells.Select(c => Tokenizer.TryCellFigure(c.Trim(), out _) ? string.Empty : c);
        var data = cells.Select(c => c.Trim() is "类" or "款" or "项" ? string.Empty : c);
        return (line with { Text = string.Join('\t', header) }, line with { Text = string.Join('\t', data) });
    }

    // ---------------------------------------------------------------- tables without a description

    private static HeaderMap GenericHeader(List<SourceLine> headerLines, CellMode mode)
    {
        // Columns named after the header words of the header line with the most words.
        var best = headerLines.Where(l => !HeaderMap.IsNumbering(l.Text)).OrderByDescending(l => Tokenizer.Split(l, mode).Length).FirstOrDefault();
        if (best is null) return HeaderMap.Build([ColumnSpec.Of("value", "金额|合计|数")], headerLines, mode);
        var tokens = Tokenizer.Split(best, mode).Where(t => !IsNameWord(t.Text)).ToList();
        var specs = tokens.Select(t => new ColumnSpec(HeaderText.Fold(t.Text), [HeaderText.Fold(t.Text)])).GroupBy(s => s.Key).Select(g => g.First()).ToImmutableArray();
        if (specs.IsEmpty) specs = [ColumnSpec.Of("value", "金额|合计|数")];
        return HeaderMap.Build(specs, headerLines, mode);
    }

    private static bool IsNameWord(string text)
    {
        var folded = HeaderText.Fold(text);
        return folded.Contains("名称", StringComparison.Ordinal) || folded.Contains("编码", StringComparison.Ordinal) || folded is "项目" or "科目" or "类" or "款" or "项";
    }
}
