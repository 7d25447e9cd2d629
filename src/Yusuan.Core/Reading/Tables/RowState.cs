using System.Collections.Immutable;
using Yusuan.Core.Model;

namespace Yusuan.Core.Reading.Tables;

/// <summary>A row while its columns are being decided.</summary>
internal sealed class RowState(RawRow raw, ImmutableArray<ColumnSpec> columns, List<RawFigure> figures)
{
    public RawRow Raw { get; } = raw;

    public ImmutableArray<ColumnSpec> Columns { get; } = columns;

    public List<RawFigure> Figures { get; set; } = figures;

    public string Key { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    public RowKind Kind { get; set; } = RowKind.Detail;

    public string? Code { get; set; }

    public string? Project { get; set; }

    public string? Unit { get; set; }

    public bool Exact { get; set; }

    public List<Assignment> Candidates { get; set; } = [];

    public List<RowState> Children { get; } = [];

    public TableRow? Result { get; set; }

    public RowState? Parent { get; private set; }

    /// <summary>The candidate lists of this row and its children when <see cref="ColumnPlacement.Propagate"/> last looked at
    /// them (every narrowing assigns a new list, so an unchanged reference means unchanged readings).</summary>
    public List<Assignment>[]? PropagatedWith { get; set; }

    /// <summary>The readings a row had before a prior chose one (reported as ambiguous).</summary>
    public List<Assignment>? Guessed { get; set; }

    public void AddChild(RowState child)
    {
        Children.Add(child);
        child.Parent = this;
    }

    public decimal? ValueIn(int candidate, int column)
    {
        if (Candidates.Count == 0) return null;
        var a = Candidates[candidate];
        for (var i = 0; i < a.Columns.Length && i < Figures.Count; i++)
        {
            if (a.Columns[i] == column) return Figures[i].Value;
        }
        return null;
    }
}
