using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Yusuan.Core.Checking;
using Yusuan.Core.Model;
using Yusuan.Web.Services;

namespace Yusuan.Web.Tests;

/// <summary>
/// Small disclosures built directly in the model (with a matching source text), so page and chart tests do not
/// depend on how well the reader handles a given layout. Figures are in 万元.
/// </summary>
internal static class Synthetic
{
    public static CheckedFile Document(string unit, int year, string region, decimal basic, decimal project,
        decimal threePublic, decimal completeness = 90m, params Finding[] findings)
    {
        var lines = new List<string>
        {
            $"{unit}{year.ToString(CultureInfo.InvariantCulture)}年部门预算公开",
            "部门支出总体情况表",
            "科目编码\t科目名称\t合计\t基本支出\t项目支出",
            $"\t合计\t{P(basic + project)}\t{P(basic)}\t{P(project)}",
            $"201\t一般公共服务支出\t{P(basic)}\t{P(basic)}\t",
            $"208\t社会保障和就业支出\t{P(project)}\t\t{P(project)}",
            "财政拨款“三公”经费支出情况表",
            $"合计\t{P(threePublic)}",
            $"三、支出预算情况说明：{year.ToString(CultureInfo.InvariantCulture)}年支出预算{P(basic + project)}万元。",
        };
        var t3 = new DisclosureTable
        {
            Title = "部门支出总体情况表",
            Canonical = TableId.T3,
            Columns = [new("total", "合计"), new("basic", "基本支出"), new("project", "项目支出")],
            Rows =
            [
                Row("total", "合计", RowKind.Total, 4, ("total", basic + project), ("basic", basic), ("project", project)),
                Row("201", "一般公共服务支出", RowKind.Subtotal, 5, ("total", basic), ("basic", basic)) with { FunctionCode = FunctionCode.Parse("201") },
                Row("208", "社会保障和就业支出", RowKind.Subtotal, 6, ("total", project), ("project", project)) with { FunctionCode = FunctionCode.Parse("208") },
            ],
            Span = new SourceSpan(2, 6),
        };
        var t10 = new DisclosureTable
        {
            Title = "财政拨款“三公”经费支出情况表",
            Canonical = TableId.T10,
            Columns = [new("total", "合计")],
            Rows = [Row("total", "合计", RowKind.Total, 8, ("total", threePublic))],
            Span = new SourceSpan(7, 8),
        };
        var document = new Disclosure
        {
            Meta = new DisclosureMeta { UnitName = unit, Year = year, Region = region, Scope = DisclosureScope.Department },
            Tables = [t3, t10],
        };
        var text = string.Join('\n', lines) + "\n";
        var report = new DocumentReport(document, Report(document, $"{unit}{year}.txt", findings, completeness));
        return new CheckedFile(CheckedFile.IdOf(text), $"{unit}{year}.txt", text, report);
    }

    public static Finding Finding(string rule, Severity severity, string? table, string? row, string? column, int line, string message = "合计与各项之和不符") =>
        new()
        {
            Rule = rule,
            Severity = severity,
            Message = message,
            Location = new FindingLocation { Table = table, Row = row, Column = column, Line = line },
            Expected = "1.00",
            Actual = "2.00",
        };

    /// <summary>A check report as the checker would give it, with the given findings and completeness.</summary>
    public static CheckReport Report(Disclosure document, string? source, IReadOnlyList<Finding> findings, decimal completeness) =>
        new(new Yusuan.Core.Checking.CheckedDocument(document.Meta.UnitName, document.Meta.Year, document.Meta.Kind, source, document.Meta.Template),
            new CheckSummary(findings.Count(f => f.Severity == Severity.Error), findings.Count(f => f.Severity == Severity.Warning),
                findings.Count(f => f.Severity == Severity.Info), completeness),
            [.. findings]);

    public static InMemoryCorpus Corpus(params CheckedFile[] docs)
    {
        var corpus = new InMemoryCorpus();
        foreach (var d in docs) corpus.Add(d);
        return corpus;
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static TableRow Row(string key, string label, RowKind kind, int line, params (string Column, decimal Value)[] cells) => new()
    {
        Key = key,
        Label = label,
        Kind = kind,
        Cells = cells.ToCellMap(c => c.Column, c => new Cell(c.Value, SourceSpan.At(line))),
        Span = SourceSpan.At(line),
    };

    private static string P(decimal v) => v.ToString("0.00", CultureInfo.InvariantCulture);
}

/// <summary>A checker for tests: reports the findings it is given, whatever the document.</summary>
internal sealed class FixedChecker(params Finding[] findings) : IDisclosureChecker
{
    public CheckReport Check(Disclosure document, string? source) => Synthetic.Report(document, source, findings, 75m);
}
