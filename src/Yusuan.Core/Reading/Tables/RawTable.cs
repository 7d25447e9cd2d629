using System.Collections.Immutable;
using Yusuan.Core.Model;

namespace Yusuan.Core.Reading.Tables;

/// <summary>A figure as read from a row, before it is assigned to a column.</summary>
public sealed record RawFigure(decimal Value, string Printed, double Position, int Line, int? Page)
{
    public SourceSpan Span => SourceSpan.At(Line, Page);
}

/// <summary>A label with the figures printed after it (one side of a two-sided line, or a whole row).</summary>
public sealed record RawSegment(string Label, ImmutableArray<RawFigure> Figures, double Position);

/// <summary>A table row as read from the text, before keys and columns are decided.</summary>
public sealed class RawRow
{
    public string? Code { get; set; }

    public string Label { get; set; } = string.Empty;

    public string? Project { get; set; }

    /// <summary>The unit's own code printed in a 单位编码 cell (201, 201001).</summary>
    public string? UnitCode { get; set; }

    /// <summary>The period a row is printed for (年度 cell: "2026年", "增减变化金额").</summary>
    public string? Period { get; set; }

    /// <summary>The label was completed from the lines below the row (layout text).</summary>
    public bool LabelContinues { get; set; }

    public List<RawFigure> Figures { get; } = [];

    public List<RawSegment> Segments { get; } = [];

    public int FirstLine { get; set; }

    public int LastLine { get; set; }

    public int? Page { get; set; }

    /// <summary>Column header map in force for this row (tab mode, where page breaks can change the column count).</summary>
    public HeaderMap? Header { get; set; }

    public SourceSpan Span => new(FirstLine, LastLine, Page);

    public bool HasLabel => Label.Length > 0 || Project is not null;

    public override string ToString() => $"{FirstLine}: {Code} {Label} {Project} [{string.Join(' ', Figures.Select(f => f.Printed))}]";
}

/// <summary>What the body reader found in a table region.</summary>
public sealed record RawTable(
    TableRegion Region,
    TableTemplate Template,
    CellMode Mode,
    HeaderMap Header,
    ImmutableArray<RawRow> Rows,
    LocatedText? EmptyNote,
    IReadOnlySet<int> Lines);
