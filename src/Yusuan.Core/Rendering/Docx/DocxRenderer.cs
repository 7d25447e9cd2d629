using System.Collections.Immutable;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Disclosure = Yusuan.Core.Model.Disclosure;
using Yusuan.Core.Rendering.Layout;

namespace Yusuan.Core.Rendering.Docx;

/// <summary>
/// A Word document an office would publish: A4, 仿宋/宋体 body text, real heading styles (navigation pane, TOC-ready),
/// bordered tables with merged header cells repeated on each page, wide tables on landscape pages, page numbers in the footer.
/// </summary>
public static class DocxRenderer
{
    public static void Write(Disclosure document, string path)
    {
        using var package = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = package.AddMainDocumentPart();
        main.Document = new Document(new Body());
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = DocxStyles.Create();
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = PageNumberFooter();
        var footerId = main.GetIdOfPart(footer);
        var body = main.Document.Body!;
        foreach (var block in DocumentComposer.Compose(document))
        {
            switch (block)
            {
                case TitleBlock t:
                    body.Append(Para(t.Unit, "Title", spacingBefore: 3600));
                    body.Append(Para(t.Title, "Title"));
                    body.Append(PageBreak());
                    break;
                case TocBlock toc:
                    body.Append(Para("目  录", "Heading1"));
                    foreach (var (level, text) in toc.Entries) body.Append(Para(text, level == 1 ? "TocPart" : "TocItem"));
                    break;
                case HeadingBlock h:
                    if (h.Level == 1) body.Append(PageBreak());
                    body.Append(Para(h.Text, $"Heading{h.Level}"));
                    break;
                case ParagraphBlock p:
                    body.Append(Para(p.Text, "BodyText"));
                    break;
                case TableBlock tb:
                    var wide = tb.Table.IsLandscape;
                    // A wide table gets its own landscape section: close the current (portrait) section first.
                    if (wide) body.Append(SectionBreak(footerId, landscape: false));
                    else if (tb.Table.Number is not null) body.Append(PageBreak());
                    Table(body, tb.Table);
                    if (wide) body.Append(SectionBreak(footerId, landscape: true));
                    break;
                case SignatureBlock s:
                    foreach (var line in s.Lines) body.Append(Para(line, "Signature"));
                    break;
            }
        }
        body.Append(SectionProperties(footerId, landscape: false));
        main.Document.Save();
    }

    private static void Table(Body body, GridTable t)
    {
        if (t.Number is { } n) body.Append(Para(n, "TableNumber"));
        body.Append(Para(t.Title, "TableTitle"));
        if (t.PreparedBy is not null || t.UnitLine is not null)
            body.Append(Para($"{t.PreparedBy}{(t.PreparedBy is null ? string.Empty : "        ")}{t.UnitLine}", "TableMeta"));
        var totalWidth = t.IsLandscape ? 14400 : 9000;
        var widths = Enumerable.Range(0, t.ColumnCount).Select(c => c < t.Widths.Length ? t.Widths[c] : 12).ToArray();
        var sum = widths.Sum();
        var twips = widths.Select(w => w * totalWidth / sum).ToArray();
        // Schema order of w:tblPr: tblW, tblBorders, tblLayout, tblCellMar; borders and margins top, left, bottom, right.
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Dxa, Width = totalWidth.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(new TopMargin { Width = "30", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 60, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "30", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 60, Type = TableWidthValues.Dxa })));
        table.Append(new TableGrid(twips.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        AppendRows(table, t, t.Header, header: true, twips);
        AppendRows(table, t, t.Body, header: false, twips);
        body.Append(table);
        if (t.EmptyNote is { } note) body.Append(Para(note, "BodyText"));
    }

    /// <summary>Word has no row spans: a cell spanning rows is a "restart" cell followed by "continue" cells below it.</summary>
    private static void AppendRows(Table table, GridTable t, ImmutableArray<ImmutableArray<GridCell>> rows, bool header, int[] twips)
    {
        var grid = new (GridCell Cell, bool Start, bool VerticalContinue)?[rows.Length, t.ColumnCount];
        foreach (var (r, c, cell) in t.Place(rows))
        {
            if (c >= t.ColumnCount) continue;
            grid[r, c] = (cell, true, false);
            for (var dr = 1; dr < cell.RowSpan && r + dr < rows.Length; dr++) grid[r + dr, c] = (cell, false, true);
            for (var dc = 1; dc < cell.ColSpan; dc++)
                for (var dr = 0; dr < cell.RowSpan && r + dr < rows.Length; dr++)
                    if (c + dc < t.ColumnCount) grid[r + dr, c + dc] = (cell, false, false);
        }
        for (var r = 0; r < rows.Length; r++)
        {
            var rowProps = new TableRowProperties(new CantSplit());
            if (header) rowProps.Append(new TableHeader());
            var row = new TableRow(rowProps);
            for (var c = 0; c < t.ColumnCount;)
            {
                var slot = grid[r, c];
                var cell = slot?.Cell ?? GridCell.Empty;
                var span = Math.Min(cell.ColSpan, t.ColumnCount - c);
                if (slot is { Start: false, VerticalContinue: false })
                {
                    c++;
                    continue;
                }
                var width = twips.Skip(c).Take(slot is null ? 1 : span).Sum();
                // Schema order of w:tcPr: tcW, gridSpan, vMerge, shd, vAlign.
                var props = new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
                if (slot is not null && span > 1) props.Append(new GridSpan { Val = span });
                if (slot is { VerticalContinue: true }) props.Append(new VerticalMerge());
                else if (cell.RowSpan > 1) props.Append(new VerticalMerge { Val = MergedCellValues.Restart });
                if (header) props.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "F2F2F2" });
                props.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
                var text = slot is { VerticalContinue: true } ? string.Empty : cell.Text;
                var style = header ? "CellHeader" : cell.Number is not null ? "CellNumber" : "CellText";
                row.Append(new TableCell(props, Para(text, style)));
                c += slot is null ? 1 : span;
            }
            table.Append(row);
        }
    }

    private static Paragraph Para(string text, string style, int spacingBefore = 0)
    {
        var props = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (spacingBefore > 0) props.Append(new SpacingBetweenLines { Before = spacingBefore.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return new Paragraph(props, new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));

    private static Paragraph SectionBreak(string footerId, bool landscape) => new(new ParagraphProperties(SectionProperties(footerId, landscape)));

    private static SectionProperties SectionProperties(string footerId, bool landscape) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new SectionType { Val = SectionMarkValues.NextPage },
        landscape
            ? new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape }
            : new PageSize { Width = 11906, Height = 16838 },
        landscape
            ? new PageMargin { Top = 1000, Bottom = 1000, Left = 1200, Right = 1200, Header = 500, Footer = 500, Gutter = 0 }
            : new PageMargin { Top = 1440, Bottom = 1440, Left = 1440, Right = 1440, Header = 720, Footer = 720, Gutter = 0 });

    /// <summary>"— 3 —" centred, the usual style of Chinese official documents.</summary>
    private static Footer PageNumberFooter() => new(new Paragraph(
        new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
        new Run(new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text("1")),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
        new Run(new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));
}

internal static class DocxStyles
{
    public static Styles Create()
    {
        var styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = "仿宋" },
                new FontSize { Val = "28" }, new Languages { EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "400", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(Style("Normal", "Normal", null, null, default, isDefault: true));
        styles.Append(Style("Title", "Title", "方正小标宋简体", 44, JustificationValues.Center, bold: true, after: 240));
        styles.Append(Style("Heading1", "heading 1", "黑体", 32, JustificationValues.Center, outline: 0, before: 240, after: 240));
        styles.Append(Style("Heading2", "heading 2", "黑体", 28, null, outline: 1, before: 120, after: 60, indent: 640));
        styles.Append(Style("Heading3", "heading 3", "楷体", 28, null, outline: 2, before: 60, indent: 640));
        styles.Append(Style("BodyText", "Body Text", null, 28, JustificationValues.Both, firstLine: 560));
        styles.Append(Style("TocPart", "toc part", "黑体", 28, null));
        styles.Append(Style("TocItem", "toc item", null, 28, null, indent: 560));
        styles.Append(Style("TableNumber", "table number", "黑体", 24, null));
        styles.Append(Style("TableTitle", "table title", "黑体", 32, JustificationValues.Center, after: 120));
        styles.Append(Style("TableMeta", "table meta", "宋体", 20, null, after: 60));
        styles.Append(Style("CellHeader", "cell header", "宋体", 18, JustificationValues.Center, bold: true, line: 260));
        styles.Append(Style("CellText", "cell text", "宋体", 18, null, line: 260));
        styles.Append(Style("CellNumber", "cell number", "宋体", 18, JustificationValues.Right, line: 260));
        styles.Append(Style("Signature", "signature", null, 28, JustificationValues.Right, before: 240));
        return styles;
    }

    private static Style Style(string id, string name, string? font, int? size, JustificationValues? justify, bool isDefault = false, bool bold = false,
        int? outline = null, int before = 0, int after = 0, int indent = 0, int firstLine = 0, int line = 0)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        if (id != "Normal") style.Append(new BasedOn { Val = "Normal" });
        if (id.StartsWith("Heading", StringComparison.Ordinal)) style.Append(new NextParagraphStyle { Val = "BodyText" }, new PrimaryStyle());
        var p = new StyleParagraphProperties();
        if (id.StartsWith("Heading", StringComparison.Ordinal) || id == "TableTitle" || id == "TableNumber") p.Append(new KeepNext());
        var spacing = new SpacingBetweenLines();
        if (before > 0) spacing.Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (after > 0) spacing.After = after.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (line > 0) { spacing.Line = line.ToString(System.Globalization.CultureInfo.InvariantCulture); spacing.LineRule = LineSpacingRuleValues.Auto; }
        p.Append(spacing);
        if (indent > 0 || firstLine > 0)
        {
            var ind = new Indentation();
            if (indent > 0) ind.Left = indent.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (firstLine > 0) ind.FirstLine = firstLine.ToString(System.Globalization.CultureInfo.InvariantCulture);
            p.Append(ind);
        }
        if (justify is { } j) p.Append(new Justification { Val = j });
        if (outline is { } o) p.Append(new OutlineLevel { Val = o });
        style.Append(p);
        var r = new StyleRunProperties();
        if (font is not null) r.Append(new RunFonts { EastAsia = font, Hint = FontTypeHintValues.EastAsia });
        if (bold) r.Append(new Bold());
        if (size is { } s) r.Append(new FontSize { Val = s.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        style.Append(r);
        return style;
    }
}
