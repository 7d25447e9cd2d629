using Yusuan.Core.Checking;
using Yusuan.Core.Checking.Output;
using Yusuan.Web.Services;

namespace Yusuan.Web.Api;

/// <summary>One stored document in API lists.</summary>
public sealed record DocumentSummary(
    string Id, string Name, string? Unit, int? Year, string Kind, string Level, string? Region,
    int Errors, int Warnings, int Infos, decimal? Completeness, decimal? ExpenseTotal, int Tables)
{
    public static DocumentSummary Of(CheckedFile d)
    {
        var m = d.Report.Document.Meta;
        return new DocumentSummary(d.Id, d.Name, m.UnitName, m.Year, FindingsJson.Kind(m.Kind), CorpusFilter.LevelKey(m.Scope), m.Region,
            d.Report.Count(Severity.Error), d.Report.Count(Severity.Warning), d.Report.Count(Severity.Info), d.Report.Completeness,
            KeyFigures.Of(d.Report.Document).ExpenseTotal, d.Report.Document.Tables.Length);
    }
}

/// <summary>A cell in a corpus-wide cell search: which document, and the cells.md keys and value.</summary>
public sealed record CellHit(string Document, string? Unit, int? Year, string Table, string? CellUnit, string Row, string Column, decimal Value);

/// <summary>A finding in a corpus-wide finding search.</summary>
public sealed record FindingHit(string Document, string? Unit, int? Year, string Rule, string Severity, string Message,
    string? Table, string? Row, string? Column, int? Line, string? Expected, string? Actual);
