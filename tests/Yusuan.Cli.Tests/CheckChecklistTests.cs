using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Yusuan.Cli.Commands;

namespace Yusuan.Cli.Tests;

/// <summary><c>check --format xlsx -o</c> (the 检查表) and <c>--baseline</c>, for one file and for a folder.</summary>
public sealed class CheckChecklistTests : IDisposable
{
    private static readonly string Root = FindRoot();
    private readonly string dir = Directory.CreateTempSubdirectory("yusuan-cli-review-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static string Seed(string prefix) => Directory.GetFiles(Path.Combine(Root, "samples", "seeds"), prefix + "*.txt").Single();

    private static (int Code, string Out, string Err) Run(string path, string format, CheckFiles files)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CheckCommand.Run(path, format, null, "info", output, error, [], files);
        return (code, output.ToString(), error.ToString());
    }

    private static List<string> Fingerprints(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var reports = doc.RootElement.ValueKind == JsonValueKind.Array ? [.. doc.RootElement.EnumerateArray()] : new List<JsonElement> { doc.RootElement };
        return [.. reports.SelectMany(r => r.GetProperty("findings").EnumerateArray()).Select(f => f.GetProperty("fingerprint").GetString()!)];
    }

    [Fact]
    public void The_checklist_of_one_file_is_a_valid_workbook_with_a_row_per_finding()
    {
        var xlsx = Path.Combine(dir, "检查表.xlsx");
        var (code, _, _) = Run(Seed("004"), "xlsx", new CheckFiles(xlsx));
        var (_, json, _) = Run(Seed("004"), "json", CheckFiles.None);

        Assert.Equal(1, code); // 004 has errors, whatever the format
        using var package = SpreadsheetDocument.Open(xlsx, false);
        Assert.Empty(new OpenXmlValidator().Validate(package));
        Assert.Equal(Fingerprints(json), Column(package, "检查表", "指纹"));
    }

    [Fact]
    public void A_reviewed_checklist_given_back_leaves_out_the_accepted_findings()
    {
        var xlsx = Path.Combine(dir, "检查表.xlsx");
        Run(Seed("004"), "xlsx", new CheckFiles(xlsx));
        var all = Fingerprints(Run(Seed("004"), "json", CheckFiles.None).Out);
        var accepted = Mark(xlsx, [1, 3, 4], "已接受");

        var (_, json, _) = Run(Seed("004"), "json", new CheckFiles(Baseline: xlsx));
        var (_, text, _) = Run(Seed("004"), "text", new CheckFiles(Baseline: xlsx));

        Assert.Equal(all.Except(accepted), Fingerprints(json));
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(3, doc.RootElement.GetProperty("summary").GetProperty("suppressed").GetInt32());
        Assert.Contains("基线中已接受的 3 条未再列出", text);
    }

    [Fact]
    public void A_folder_gives_a_summary_sheet_and_a_key_file_baseline_works_for_it()
    {
        var seeds = Path.Combine(dir, "seeds");
        Directory.CreateDirectory(seeds);
        foreach (var p in new[] { "000", "004" }) File.Copy(Seed(p), Path.Combine(seeds, Path.GetFileName(Seed(p))));
        File.WriteAllText(Path.Combine(seeds, "空.txt"), string.Empty);
        var xlsx = Path.Combine(dir, "批次.xlsx");

        var (code, _, err) = Run(seeds, "xlsx", new CheckFiles(xlsx));
        var all = Fingerprints(Run(seeds, "json", CheckFiles.None).Out);

        Assert.Equal(1, code);
        Assert.Contains("空.txt", err);
        using (var package = SpreadsheetDocument.Open(xlsx, false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(package));
            Assert.Equal(3, Column(package, "汇总", "文件").Count);
            Assert.Equal(all, Column(package, "检查表", "指纹"));
        }

        var keys = Path.Combine(dir, "baseline.txt");
        File.WriteAllLines(keys, ["# 已核实", all[0], all[^1] + "  最后一条"]);
        var (_, json, _) = Run(seeds, "json", new CheckFiles(Baseline: keys));
        Assert.Equal(all.Skip(1).SkipLast(1), Fingerprints(json));
    }

    [Fact]
    public void Xlsx_without_an_output_file_and_a_bad_baseline_exit_two_with_one_sentence()
    {
        var noOutput = Run(Seed("000"), "xlsx", CheckFiles.None);
        var bad = Path.Combine(dir, "bad.txt");
        File.WriteAllText(bad, "这不是指纹\n");
        var badBaseline = Run(Seed("000"), "text", new CheckFiles(Baseline: bad));

        Assert.Equal((2, string.Empty), (noOutput.Code, noOutput.Out));
        Assert.Single(noOutput.Err.Trim().Split('\n'));
        Assert.Equal((2, string.Empty), (badBaseline.Code, badBaseline.Out));
        Assert.Single(badBaseline.Err.Trim().Split('\n'));
    }

    [Fact]
    public void An_output_file_that_cannot_be_written_exits_two_and_leaves_nothing_behind()
    {
        var target = Path.Combine(dir, "no-such-folder", "检查表.xlsx");
        var (code, _, err) = Run(Seed("000"), "xlsx", new CheckFiles(target));
        Assert.Equal(2, code);
        Assert.Single(err.Trim().Split('\n'));
        Assert.False(Directory.Exists(Path.GetDirectoryName(target)));

        var existing = Path.Combine(dir, "report.json");
        File.WriteAllText(existing, "旧内容");
        Run(Seed("000"), "json", new CheckFiles(existing));
        Assert.StartsWith("{", File.ReadAllText(existing));
        Assert.Single(Directory.GetFiles(dir)); // no temporary file left
    }

    /// <summary>The texts of a column, by header, below the header row.</summary>
    private static List<string> Column(SpreadsheetDocument package, string sheet, string header)
    {
        var rows = Rows(package, sheet);
        var column = rows[1].Elements<Cell>().Single(c => c.InnerText == header).CellReference!.Value!.TrimEnd("0123456789".ToCharArray());
        return [.. rows.Skip(2).Select(r => r.Elements<Cell>().Single(c => c.CellReference!.Value!.TrimEnd("0123456789".ToCharArray()) == column).InnerText)];
    }

    private static List<Row> Rows(SpreadsheetDocument package, string sheet)
    {
        var id = package.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        return [.. ((WorksheetPart)package.WorkbookPart.GetPartById(id)).Worksheet.Descendants<Row>()];
    }

    /// <summary>Writes <paramref name="disposition"/> into the 处理 cell of the given data rows (0-based); their fingerprints.</summary>
    private static List<string> Mark(string xlsx, int[] dataRows, string disposition)
    {
        using var package = SpreadsheetDocument.Open(xlsx, true);
        var rows = Rows(package, "检查表");
        string ColumnOf(string h) => rows[1].Elements<Cell>().Single(c => c.InnerText == h).CellReference!.Value!.TrimEnd("0123456789".ToCharArray());
        var (mark, key) = (ColumnOf("处理"), ColumnOf("指纹"));
        var marked = new List<string>();
        foreach (var i in dataRows)
        {
            var cells = rows[i + 2].Elements<Cell>().ToList();
            var cell = cells.Single(c => c.CellReference!.Value!.TrimEnd("0123456789".ToCharArray()) == mark);
            cell.DataType = CellValues.InlineString;
            cell.InlineString = new InlineString(new Text(disposition));
            marked.Add(cells.Single(c => c.CellReference!.Value!.TrimEnd("0123456789".ToCharArray()) == key).InnerText);
        }
        return marked;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Yusuan.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("找不到仓库根目录。");
    }
}
