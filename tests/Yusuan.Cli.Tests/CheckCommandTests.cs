using System.Text.Json;
using Yusuan.Cli.Commands;

namespace Yusuan.Cli.Tests;

/// <summary>The check command end to end on the seeds: formats, exit codes, directories, profiles.</summary>
public class CheckCommandTests
{
    private static readonly string Root = FindRoot();

    private static string Seed(string prefix) => Directory.GetFiles(Path.Combine(Root, "samples", "seeds"), prefix + "*.txt").Single();

    private static (int Code, string Out, string Err) Run(string path, string format = "text", string? profile = null, string min = "info")
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CheckCommand.Run(path, format, profile, min, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void A_document_with_only_warnings_exits_zero_and_reports_in_chinese()
    {
        var (code, text, _) = Run(Seed("000"));
        Assert.Equal(0, code);
        Assert.Contains("【警告】", text);
        Assert.Contains("[T6.hierarchy-sum] 表6 一般公共预算基本支出情况表 · 303 对个人和家庭的补助 · 合计", text);
        Assert.Contains("对个人和家庭的补助", text); // the evidence line
    }

    [Fact]
    public void A_word_document_and_a_folder_of_mixed_formats_are_checked_like_their_text()
    {
        var dir = Directory.CreateTempSubdirectory("yusuan-cli-formats-");
        try
        {
            var seed = Yusuan.Core.Reading.DisclosureReader.ReadFile(Seed("000")).GetValueOrThrow();
            var docx = Path.Combine(dir.FullName, "巴州.docx");
            Yusuan.Core.Rendering.Docx.DocxRenderer.Write(seed, docx);
            File.Copy(Seed("004"), Path.Combine(dir.FullName, "004.txt"));
            File.WriteAllText(Path.Combine(dir.FullName, "README.md"), "关于这些文件");

            var (code, text, _) = Run(docx);
            var (dirCode, summary, _) = Run(dir.FullName);

            Assert.Equal(0, code);
            Assert.Contains("[T6.hierarchy-sum] 表6 一般公共预算基本支出情况表 · 303 对个人和家庭的补助 · 合计", text);
            Assert.Equal(1, dirCode); // 004 has errors
            Assert.Contains("巴州.docx", summary);
            Assert.Contains("004.txt", summary);
            Assert.Contains("合计：2 个文件", summary);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_document_with_errors_exits_one()
    {
        Assert.Equal(1, Run(Seed("004")).Code);
    }

    [Fact]
    public void Unreadable_input_exits_two_with_one_sentence()
    {
        var (code, output, error) = Run(Path.Combine(Root, "no-such-file.txt"));
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void Json_output_is_the_findings_spec()
    {
        var (_, json, _) = Run(Seed("000"), "json");
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(2025, doc.RootElement.GetProperty("document").GetProperty("year").GetInt32());
        Assert.True(doc.RootElement.GetProperty("summary").TryGetProperty("completeness", out _));
        Assert.Contains(doc.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "T6.hierarchy-sum");
    }

    [Fact]
    public void Sarif_output_has_rules_and_located_results()
    {
        var (_, sarif, _) = Run(Seed("004"), "sarif");
        using var doc = JsonDocument.Parse(sarif);
        var run = doc.RootElement.GetProperty("runs")[0];
        Assert.True(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength() >= 80);
        Assert.Contains(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "N.same-subject-twice"
            && r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32() == 135);
    }

    [Fact]
    public void Min_severity_filters_the_report()
    {
        var (_, json, _) = Run(Seed("000"), "json", min: "error");
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(0, doc.RootElement.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void A_directory_gives_one_line_per_document_and_totals()
    {
        var (code, text, _) = Run(Path.Combine(Root, "samples", "seeds"));
        var lines = text.Trim().Split('\n');
        Assert.Equal(6, lines.Length);
        Assert.StartsWith("合计：5 个文件", lines[^1]);
        Assert.Equal(1, code);
    }

    [Fact]
    public void A_profile_changes_severities_and_a_bad_one_exits_two()
    {
        var profile = Path.Combine(Path.GetTempPath(), $"yusuan-profile-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(profile, """{ "rules": { "K.tables-absent": "off", "M.vehicle-value-sum": "warning", "M.vehicle-type-exceeds-total": "warning", "N.share": "warning", "P.allocation-sum": "off" } }""");
            var (code, json, _) = Run(Seed("004"), "json", profile);
            using var doc = JsonDocument.Parse(json);
            Assert.DoesNotContain(doc.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "K.tables-absent");
            Assert.Equal(0, code);
            File.WriteAllText(profile, """{ "rules": { "No.rule": "off" } }""");
            Assert.Equal(2, Run(Seed("004"), "json", profile).Code);
        }
        finally
        {
            File.Delete(profile);
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Yusuan.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("找不到仓库根目录。");
    }
}

/// <summary><c>check --prior</c>: the narrative's year-over-year claims are checked against the unit's prior-year disclosure.</summary>
public class CheckWithPriorYearTests
{
    private static readonly string Corpus = Path.Combine(FindRootOf(), "samples", "corpus");

    [Fact]
    public void Consecutive_years_of_one_unit_agree()
    {
        var output = new StringWriter();
        var code = CheckCommand.Run(Path.Combine(Corpus, "008_sh_putuo_wanli_2025_dept_budget.txt"), "json", null, "info", output, new StringWriter(),
            [Path.Combine(Corpus, "007_sh_putuo_wanli_2024_dept_budget.txt")]);
        Assert.Equal(0, code);
        Assert.DoesNotContain("\"YOY.", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_year_over_year_change_is_found()
    {
        // Line 804 of the 2025 document: "三公经费预算数为37.91万元，比2024年预算减少10万元". Turn 减少 into 增加.
        var lines = File.ReadAllLines(Path.Combine(Corpus, "008_sh_putuo_wanli_2025_dept_budget.txt"));
        Assert.Contains("比2024年预算减少10万元", lines[803], StringComparison.Ordinal);
        lines[803] = lines[803].Replace("比2024年预算减少10万元", "比2024年预算增加10万元", StringComparison.Ordinal);
        var altered = Path.Combine(Path.GetTempPath(), $"yusuan-yoy-{Guid.NewGuid():N}.txt");
        File.WriteAllLines(altered, lines);
        try
        {
            var output = new StringWriter();
            CheckCommand.Run(altered, "json", null, "info", output, new StringWriter(), [Path.Combine(Corpus, "007_sh_putuo_wanli_2024_dept_budget.txt")]);
            Assert.Contains("\"YOY.", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(altered);
        }
    }

    [Fact]
    public void An_unreadable_prior_year_file_exits_two()
    {
        var error = new StringWriter();
        var code = CheckCommand.Run(Path.Combine(Corpus, "008_sh_putuo_wanli_2025_dept_budget.txt"), "text", null, "info", new StringWriter(), error, ["/no/such/prior.txt"]);
        Assert.Equal(2, code);
        Assert.NotEmpty(error.ToString());
    }

    private static string FindRootOf()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Yusuan.slnx"))) dir = dir.Parent;
        return dir!.FullName;
    }
}
