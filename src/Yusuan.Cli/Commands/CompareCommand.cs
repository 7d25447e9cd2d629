using System.CommandLine;
using System.Globalization;
using System.Text;
using Yusuan.Core.Classification;
using Yusuan.Core.Comparing;
using Yusuan.Core.Export;
using Yusuan.Core.Model;
using Yusuan.Storage;
using Yusuan.Storage.Importing;
using Yusuan.Storage.Querying;

namespace Yusuan.Cli.Commands;

/// <summary>
/// <c>yusuan compare A B</c>: two disclosures side by side (figures, shares, findings). A and B are document ids in
/// the corpus or disclosure files. For one unit's consecutive years it also runs the YOY rules: the later year's
/// "比上年增加/减少" claims against the earlier year's figures.
/// </summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var a = new Argument<string>("A") { Description = "文件编号或公开文件 / document id or file" };
        var b = new Argument<string>("B") { Description = "文件编号或公开文件 / document id or file" };
        var store = new StoreOptions();
        var command = new Command("compare", "并排比较两个公开文件，并做同比核对 / compare two disclosures side by side") { a, b };
        store.AddTo(command);
        command.SetAction(result => StoreOptions.Run(() =>
        {
            var location = store.Location(result);
            if (Load(result.GetValue(a)!, location) is not { } left || Load(result.GetValue(b)!, location) is not { } right) return 2;
            Console.Out.Write(Render(left, right));
            return 0;
        }));
        return command;
    }

    /// <summary>One side: what is needed to compare it, from the store or from a file.</summary>
    private sealed record Side(string Title, string? Unit, int? Year, DisclosureKind Kind, MoneyUnit ClaimUnit, IReadOnlyList<CellRecord> Cells,
        IReadOnlyList<Claim> Claims, IReadOnlyList<StoredFinding> Findings)
    {
        public YearFigures Figures => new(Unit, Year ?? 0, Kind, Cells);
    }

    private static Side? Load(string argument, StoreLocation location)
    {
        if (File.Exists(argument))
        {
            if (!Input.TryRead(argument, out var document)) return null;
            var unit = document.Meta.UnitName is { } n ? CellsProjection.Key(n) : null;
            // A file is checked here, as it would be on import, so its findings can be set beside the other side's.
            var findings = ImportOptions.CoreChecker(document).Findings.Select((f, i) => new StoredFinding
            {
                Seq = i,
                Rule = f.Rule,
                Severity = StoredValues.Severity(f.Severity),
                Message = f.Message,
                Line = f.Location.Line,
            }).ToList();
            return new Side($"{Path.GetFileName(argument)}（{unit ?? "?"} {Year(document.Meta.Year)} 年{KindName(document.Meta.Kind)}）", unit, document.Meta.Year,
                document.Meta.Kind, document.Meta.MoneyUnit, CellsProjection.Cells(document).ToList(), document.Narrative.Claims, findings);
        }
        if (!long.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            Console.Error.WriteLine($"“{argument}”既不是文件也不是文件编号。/ '{argument}' is neither a file nor a document id.");
            return null;
        }
        var corpus = CorpusStore.OpenExisting(location);
        using var connection = corpus.OpenConnection(readOnly: true);
        var queries = new CorpusQueries(connection);
        if (queries.Document(id) is not { Status: "ok" } d)
        {
            Console.Error.WriteLine($"语料库中没有编号为 {id} 的正常文件。/ No readable document with id {id} in the corpus.");
            return null;
        }
        var kind = StoredValues.ParseKind(d.Kind);
        return new Side($"#{id}（{d.Unit ?? "?"} {Year(d.Year)} 年{KindName(kind)}）", d.Unit, d.Year, kind, StoredValues.ParseMoneyUnit(d.MoneyUnit),
            StoredDocuments.Cells(connection, null, id), StoredDocuments.Claims(connection, null, id), queries.Findings(id));
    }

    private static string Render(Side a, Side b)
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(ci, $"A：{a.Title}\nB：{b.Title}\n\n");
        var rows = SideBySide.Compare(a.Figures, b.Figures, code => FunctionCode.TryParse(code, out var f) ? ClassificationCatalog.Default.Function(f)?.Name : null);
        sb.Append(TextTable.Render(["项目（万元）", "A", "B", "增减", "增减%"], rows.Select(r => (IReadOnlyList<string>)
        [
            r.Label, TextTable.Money(r.A), TextTable.Money(r.B), TextTable.Money(r.Change), r.ChangePercent is { } p ? p.ToString("0.00", ci) : "-",
        ])));
        sb.Append('\n');
        sb.Append(ci, $"检查发现：A 错误 {Count(a, "error")}、警告 {Count(a, "warning")}；B 错误 {Count(b, "error")}、警告 {Count(b, "warning")}\n");
        foreach (var rule in a.Findings.Select(f => f.Rule).Concat(b.Findings.Select(f => f.Rule)).Distinct().Order(StringComparer.Ordinal))
        {
            sb.Append(ci, $"  {rule}：A {a.Findings.Count(f => f.Rule == rule)}，B {b.Findings.Count(f => f.Rule == rule)}\n");
        }
        sb.Append(YearOverYear(a, b));
        return sb.ToString();
    }

    private static string YearOverYear(Side a, Side b)
    {
        if (a.Year is null || b.Year is null || Math.Abs(a.Year.Value - b.Year.Value) != 1) return "\n同比核对：两个文件不是相邻年度，未做。\n";
        if (a.Unit is null || a.Unit != b.Unit) return "\n同比核对：两个文件不是同一单位，未做。\n";
        var (earlier, later) = a.Year < b.Year ? (a, b) : (b, a);
        var findings = YearOverYearCheck.Check(later.Claims, later.ClaimUnit, later.Year!.Value, later.Kind, [earlier.Figures]);
        var checkable = later.Claims.Count(c => c.ChangeAmount is not null || c.ChangePercent is not null);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"\n同比核对（{later.Year} 年说明中的增减 对照 {earlier.Year} 年{KindName(earlier.Kind)}的数字，{checkable} 条含增减的陈述）：\n");
        if (findings.IsEmpty) sb.Append("  未发现不符。\n");
        foreach (var f in findings)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  {ShowCommand.Severity(f.Severity.ToString().ToLowerInvariant())} [{f.Rule}] 第 {f.Location.Line} 行：{f.Message}\n");
        }
        return sb.ToString();
    }

    private static int Count(Side side, string severity) => side.Findings.Count(f => f.Severity == severity);

    private static string Year(int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? "?";

    private static string KindName(DisclosureKind kind) => kind.ChineseName();
}
