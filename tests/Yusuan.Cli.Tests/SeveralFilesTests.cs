using System.Text.Json;
using Yusuan.Cli.Commands;

namespace Yusuan.Cli.Tests;

/// <summary>A disclosure published as several files (Beijing's 附件1 情况说明 + 附件2 预算报表, Jiangsu's narrative and tables
/// PDFs): read as one by parse, cells and check; paired in a directory; a narrative alone says its tables are elsewhere;
/// a document that is not a disclosure is refused.</summary>
public class SeveralFilesTests
{
    private static readonly string Corpus = Path.Combine(FindRoot(), "samples", "corpus");

    private static string Bulk(string name) => Path.Combine(Corpus, "bulk", name + ".pdf");

    private static string Named(string name) => Path.Combine(Corpus, "pdf", name + ".pdf");

    private static (int Code, string Out, string Err) Run(IReadOnlyList<string> paths, string format = "json")
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CheckCommand.Run(paths, format, null, "info", output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static List<string> Rules(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()!)];
    }

    [Fact]
    public void Check_reads_a_narrative_and_its_tables_file_as_one_disclosure_in_either_order()
    {
        foreach (var paths in new[] { new[] { Bulk("B027_bj"), Bulk("B028_bj") }, [Bulk("B028_bj"), Bulk("B027_bj")] })
        {
            var (code, json, error) = Run(paths);
            Assert.NotEqual(2, code);
            Assert.Equal(string.Empty, error);
            using var doc = JsonDocument.Parse(json);
            Assert.Equal("中国共产党北京市委员会宣传部", doc.RootElement.GetProperty("document").GetProperty("unit").GetString());
            Assert.DoesNotContain("K.tables-elsewhere", Rules(json));
        }
    }

    [Fact]
    public void A_narrative_without_its_tables_file_gets_one_finding_saying_so()
    {
        var rules = Rules(Run([Bulk("B027_bj")]).Out);
        Assert.Single(rules, r => r == "K.tables-elsewhere");
        Assert.DoesNotContain("K.tables-absent", rules);
        Assert.DoesNotContain("K.required-table", rules);
    }

    [Fact]
    public void Parse_and_cells_accept_several_files_and_read_them_as_one()
    {
        Assert.Empty(ParseCommand.Create().Parse([Named("013_js_rdcwh_2019_dept_budget.a"), Named("013_js_rdcwh_2019_dept_budget.b")]).Errors);
        Assert.Empty(CellsCommand.Create().Parse([Named("013_js_rdcwh_2019_dept_budget.a"), Named("013_js_rdcwh_2019_dept_budget.b")]).Errors);
        Assert.True(Input.TryRead([Named("013_js_rdcwh_2019_dept_budget.a"), Named("013_js_rdcwh_2019_dept_budget.b")], new StringWriter(), out var read));
        var document = read.Value!;
        var text = string.Join('\n', read.Source!.Text.Lines.Select(l => l.Text));
        Assert.Equal("江苏省人大常委会办公厅", document.Meta.UnitName);
        // The narrative (.a) first, then the tables (.b).
        Assert.True(text.IndexOf("第一部分", StringComparison.Ordinal) < text.IndexOf("公开表一", StringComparison.Ordinal));
        Assert.Equal("jiangsu-2019", document.Meta.Template);
    }

    [Fact]
    public void One_unreadable_file_of_several_exits_two_with_its_sentence()
    {
        var (code, output, error) = Run([Bulk("B027_bj"), Path.Combine(Corpus, "no-such-file.pdf")]);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("no-such-file.pdf", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("B176_x")] // a 绩效评价报告
    [InlineData("B212_qz")] // a statistics bulletin page
    [InlineData("B243_x")] // a government notice
    public void A_document_that_is_not_a_disclosure_exits_two_with_one_sentence(string name)
    {
        var (code, output, error) = Run([Bulk(name)], "text");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.Trim().Split('\n'));
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_pairs_each_units_narrative_and_tables_files()
    {
        var dir = Directory.CreateTempSubdirectory("yusuan-cli-pairs-");
        try
        {
            foreach (var f in new[] { Bulk("B027_bj"), Bulk("B028_bj"), Bulk("B077_bj"), Bulk("B078_bj"), Named("013_js_rdcwh_2019_dept_budget.a"), Named("013_js_rdcwh_2019_dept_budget.b"), Bulk("B178_fz") })
                File.Copy(f, Path.Combine(dir.FullName, Path.GetFileName(f)));

            var (_, text, _) = Run([dir.FullName], "text");
            var lines = text.Trim().Split('\n');

            Assert.Equal(5, lines.Length); // four disclosures and the totals
            Assert.Contains(lines, l => l.StartsWith("013_js_rdcwh_2019_dept_budget.a.pdf + 013_js_rdcwh_2019_dept_budget.b.pdf\t", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("B027_bj.pdf + B028_bj.pdf\t", StringComparison.Ordinal) && l.EndsWith("中国共产党北京市委员会宣传部", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("B077_bj.pdf + B078_bj.pdf\t", StringComparison.Ordinal) && l.EndsWith("北京市气象局", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("B178_fz.pdf\t", StringComparison.Ordinal));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_directory_cannot_be_given_with_files()
    {
        var (code, _, error) = Run([Corpus, Bulk("B027_bj")]);
        Assert.Equal(2, code);
        Assert.Single(error.Trim().Split('\n'));
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Yusuan.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("找不到仓库根目录。");
    }
}
