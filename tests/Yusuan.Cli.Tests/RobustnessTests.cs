using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Yusuan.Cli.Commands;
using Yusuan.Core.Reading;
using Yusuan.Core.Reading.Formats;
using Yusuan.Core.Reading.Text;
using Yusuan.Core.Rendering;

namespace Yusuan.Cli.Tests;

/// <summary>
/// Issue #16's crashes and hangs, one regression test each: the input that crashed, hung or took the memory before, and
/// what Yusuan does with it now (a reading, or one sentence and exit code 2; never an exception).
/// </summary>
public sealed class RobustnessTests : IDisposable
{
    private static readonly string Root = FindRoot();
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("yusuan-robust-");

    public void Dispose() => dir.Delete(recursive: true);

    private static string SeedText(string prefix) => File.ReadAllText(Directory.GetFiles(Path.Combine(Root, "samples", "seeds"), prefix + "*.txt").Single());

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(dir.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private static (int Code, string Out, string Err) Check(string path)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CheckCommand.Run(path, "json", null, "info", output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Exit 2 with one sentence on stderr that says <paramref name="says"/>.</summary>
    private static void Refused((int Code, string Out, string Err) run, string says)
    {
        Assert.Equal(2, run.Code);
        var lines = run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains(says, lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_beyond_decimal_in_a_sentence_is_a_reading_diagnostic_not_a_crash()
    {
        var text = SeedText("000") + "\n本年收入总计999999999999999999999999999999999999.00万元，比上年增加99999999999999999999999999999999%。\n";
        var (code, _, _) = Check(Write("big.txt", text));
        Assert.InRange(code, 0, 1);
        var read = DisclosureReader.Read(text, "big.txt").GetValueOrThrow();
        Assert.Contains(read.Diagnostics, d => d.Code == "read.figure.too-large");
    }

    [Fact]
    public void Digits_of_other_scripts_are_read_as_the_digits_they_stand_for()
    {
        // "１２３.４５" (full-width) and "١٢٣.٤٥" (Arabic-Indic) in a 机关运行经费 sentence: both 123.45.
        Assert.Equal("机关运行经费123.45万元", SourceText.Normalize("机关运行经费١٢٣.٤٥万元"));
        Assert.Equal("机关运行经费123.45万元", SourceText.Normalize("机关运行经费१२३.४५万元"));
        var text = SeedText("000").Replace("2025", "٢٠٢٥", StringComparison.Ordinal);
        var read = DisclosureReader.Read(text, "arabic.txt");
        Assert.True(read.Success, read.Error);
        Assert.Equal(2025, read.Value!.Meta.Year);
    }

    [Fact]
    public void Html_nested_twenty_thousand_deep_is_refused_in_one_sentence()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 20_000)) + "收入总计" + string.Concat(Enumerable.Repeat("</div>", 20_000)) + "</body></html>";
        Refused(Check(Write("deep.html", html)), "嵌套超过");
    }

    [Fact]
    public void A_word_file_of_fifty_thousand_nested_runs_is_refused_before_the_reader_overflows_its_stack()
    {
        var docx = Docx(xml => xml.Replace("<w:body>", "<w:body><w:p>" + string.Concat(Enumerable.Repeat("<w:r>", 50_000)) + string.Concat(Enumerable.Repeat("</w:r>", 50_000)) + "</w:p>", StringComparison.Ordinal));
        Refused(Check(Write("deep.docx", docx)), "嵌套超过");
    }

    [Fact]
    public void A_word_file_that_inflates_past_the_bound_is_refused()
    {
        // 1.2 GB in the issue; 80 MB of paragraphs here is past the 64 MB bound and compresses to well under a megabyte.
        var paragraph = "<w:p><w:r><w:t>" + new string('一', 500) + "</w:t></w:r></w:p>";
        var docx = Docx(xml => xml.Replace("<w:body>", "<w:body>" + string.Concat(Enumerable.Repeat(paragraph, 80 * 1024 * 1024 / Encoding.UTF8.GetByteCount(paragraph))), StringComparison.Ordinal));
        Assert.True(docx.Length < 4 * 1024 * 1024);
        Refused(Check(Write("bomb.docx", docx)), "解压后超过");
    }

    [Fact]
    public void A_grid_span_of_int_max_is_refused()
    {
        var docx = Docx(xml => xml.Replace("<w:tcPr>", "<w:tcPr><w:gridSpan w:val=\"2147483647\"/>", StringComparison.Ordinal));
        Assert.Contains("表格的单元格超过", Check(Write("span.docx", docx)).Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_docx_without_its_content_types_says_it_is_damaged()
    {
        var docx = Repack(Rendered(OutputFormat.Docx), (name, bytes) => name == "[Content_Types].xml" ? null : bytes);
        Refused(Check(Write("broken.docx", docx)), "损坏");
    }

    [Theory]
    [InlineData("missing-part")]
    [InlineData("duplicate-format")]
    [InlineData("thirty-decimals")]
    [InlineData("huge-percent")]
    [InlineData("column-zzzzzzzzzz")]
    public void Damaged_excel_workbooks_give_a_reading_or_one_sentence(string damage)
    {
        var xlsx = Repack(Rendered(OutputFormat.Xlsx), (name, bytes) =>
        {
            var xml = Encoding.UTF8.GetString(bytes);
            xml = damage switch
            {
                "missing-part" when name == "xl/_rels/workbook.xml.rels" => xml.Replace("Target=\"", "Target=\"missing/", StringComparison.Ordinal),
                "duplicate-format" or "thirty-decimals" or "huge-percent" when name == "xl/styles.xml" => Styles(xml, damage),
                "huge-percent" when name.StartsWith("xl/worksheets/", StringComparison.Ordinal) => System.Text.RegularExpressions.Regex.Replace(xml, "<v>[0-9.]+</v>", "<v>1E+300</v>"),
                "column-zzzzzzzzzz" when name.StartsWith("xl/worksheets/", StringComparison.Ordinal) => System.Text.RegularExpressions.Regex.Replace(xml, " r=\"[A-Z]+([0-9]+)\"", " r=\"ZZZZZZZZZZ$1\""),
                _ => xml,
            };
            return Encoding.UTF8.GetBytes(xml);
        });
        var (code, output, error) = Check(Write(damage + ".xlsx", xlsx));
        Assert.InRange(code, 0, 2);
        if (code == 2) Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        else JsonDocument.Parse(output).Dispose();
    }

    /// <summary>Every cell format shows its figures with a percent, 30 decimals, and a repeated format id.</summary>
    private static string Styles(string xml, string damage)
    {
        var code = damage == "thirty-decimals" ? "0." + new string('0', 30) : "0.00%";
        var formats = $"<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"{code}\"/><numFmt numFmtId=\"164\" formatCode=\"0%\"/></numFmts>";
        xml = System.Text.RegularExpressions.Regex.Replace(xml, "<numFmts.*?</numFmts>", string.Empty);
        xml = xml.Replace("<fonts", formats + "<fonts", StringComparison.Ordinal);
        return System.Text.RegularExpressions.Regex.Replace(xml, "numFmtId=\"\\d+\"", "numFmtId=\"164\"");
    }

    [Fact]
    public void A_thousand_spanned_cells_do_not_grow_the_grid_without_bound()
    {
        var rows = string.Concat(Enumerable.Range(0, 50).Select(r => $"<tr><td colspan=999 rowspan=999>{r}</td></tr>"));
        var (code, _, error) = Check(Write("span.html", $"<html><body><p>2026年部门预算</p><table>{rows}</table></body></html>"));
        Assert.InRange(code, 0, 2);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_of_two_thousand_cells_is_text_not_a_table_row()
    {
        var wide = string.Join('\t', Enumerable.Range(0, 2000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.DoesNotContain('\t', SourceText.Normalize(wide));
        var (code, _, _) = Check(Write("wide.txt", SeedText("000") + "\n" + wide + "\n"));
        Assert.InRange(code, 0, 1);
    }

    [Fact]
    public void Dev_zero_is_refused_after_the_size_bound_and_a_pipe_without_writer_after_the_wait()
    {
        var bytes = InputFile.ReadBytes("/dev/zero", new InputBounds { MaxFileBytes = 1024 * 1024 }, out var error);
        Assert.Null(bytes);
        Assert.Contains("超过", error, StringComparison.Ordinal);

        var fifo = Path.Combine(dir.FullName, "pipe.txt");
        using (var mk = Process.Start(new ProcessStartInfo("mkfifo", fifo)) ?? throw new InvalidOperationException()) mk.WaitForExit();
        var before = InputFile.Patience;
        InputFile.Patience = TimeSpan.FromSeconds(1);
        try
        {
            Refused(Check(fifo), "不是普通文件");
        }
        finally
        {
            InputFile.Patience = before;
        }
    }

    [Fact]
    public void Text_saved_as_utf16_or_utf32_with_a_byte_order_mark_is_read()
    {
        var text = SeedText("000");
        var expected = Check(Write("utf8.txt", text)).Out;
        foreach (var (name, encoding) in new (string, Encoding)[] { ("utf16le.txt", Encoding.Unicode), ("utf16be.txt", Encoding.BigEndianUnicode), ("utf32.txt", Encoding.UTF32) })
        {
            var run = Check(Write(name, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]));
            Assert.True(run.Code is 0 or 1, run.Err);
            Assert.Equal(Summary(expected), Summary(run.Out));
        }
    }

    private static string Summary(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("summary").GetRawText();
    }

    [Fact]
    public void A_folder_with_broken_files_reports_the_good_ones_and_the_broken_ones()
    {
        var folder = Directory.CreateDirectory(Path.Combine(dir.FullName, "batch"));
        File.WriteAllText(Path.Combine(folder.FullName, "good.txt"), SeedText("000"));
        File.WriteAllBytes(Path.Combine(folder.FullName, "bad.docx"), [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
        File.WriteAllText(Path.Combine(folder.FullName, "deep.html"), "<html><body>" + string.Concat(Enumerable.Repeat("<b>", 5_000)) + "</body></html>");
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CheckCommand.Run(folder.FullName, "text", null, "info", output, error);
        Assert.Equal(0, code);
        Assert.Contains("good.txt", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("无法读取 2 个", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void An_internal_failure_is_one_sentence_exit_three_and_a_log_with_the_details()
    {
        var logs = Path.Combine(dir.FullName, "logs");
        Environment.SetEnvironmentVariable("YUSUAN_LOG_DIR", logs);
        try
        {
            var error = new StringWriter();
            var code = CrashReport.Report(new InvalidOperationException("secret detail"), ["check", "x.pdf"], verbose: false, error);
            Assert.Equal(ExitCodes.Failure, code);
            var said = error.ToString().Trim();
            Assert.Single(said.Split('\n'));
            Assert.Contains("内部错误", said, StringComparison.Ordinal);
            Assert.DoesNotContain("secret detail", said, StringComparison.Ordinal);
            var log = Assert.Single(Directory.GetFiles(logs));
            Assert.Contains(log, said, StringComparison.Ordinal);
            Assert.Contains("secret detail", File.ReadAllText(log), StringComparison.Ordinal);
            Assert.Contains("未能检查", FileFailure.Describe("a.pdf", new NullReferenceException()), StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("YUSUAN_LOG_DIR", null);
        }
    }

    [Fact]
    public void Render_exits_two_on_json_it_cannot_read_and_refuses_gbk()
    {
        var bad = Write("bad.json", "{bad");
        var error = new StringWriter();
        Assert.Equal(2, RenderCommand.Run(bad, "md", null, false, new StringWriter(), error));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var json = File.ReadAllText(Path.Combine(Root, "samples", "input", "bazhou-office-2025.json"));
        var gbk = Write("gbk.json", Encoding.GetEncoding("GB18030").GetBytes(json));
        error = new StringWriter();
        Assert.Equal(2, RenderCommand.Run(gbk, "md", null, false, new StringWriter(), error));
        Assert.Contains("不是 UTF-8", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"retired\": 35", "\"retired\": -35", "profile.staff.retired", "不能为负数")]
    [InlineData("\"vehicleOperation\": 20.00", "\"vehicleOperation\": 79228162514264337593543950335", "threePublic.vehicleOperation", "超出合理范围")]
    public void Generator_figures_out_of_range_are_input_errors_naming_the_field_even_with_force(string find, string replace, string field, string says)
    {
        var json = File.ReadAllText(Path.Combine(Root, "samples", "input", "example-county-education-2025.json"));
        Assert.Contains(find, json, StringComparison.Ordinal);
        var first = json.IndexOf(find, StringComparison.Ordinal);
        var changed = json[..first] + replace + json[(first + find.Length)..];
        var error = new StringWriter();
        var code = RenderCommand.Run(Write("range.json", changed), "md", null, force: true, new StringWriter(), error);
        Assert.Equal(1, code);
        Assert.Contains(field, error.ToString(), StringComparison.Ordinal);
        Assert.Contains(says, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_too_large_for_its_field_is_not_called_the_wrong_type()
    {
        var json = File.ReadAllText(Path.Combine(Root, "samples", "input", "example-county-education-2025.json"));
        var changed = System.Text.RegularExpressions.Regex.Replace(json, "\"year\": *\\d+", "\"year\": 99999999999", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        var error = new StringWriter();
        RenderCommand.Run(Write("year.json", changed), "md", null, false, new StringWriter(), error);
        Assert.Contains("超出该字段的范围", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ordinals_past_ninety_nine_are_written_in_chinese()
    {
        Assert.Equal("九十九", Yusuan.Core.Generation.Narrative.Phrasing.Ordinal(99));
        Assert.Equal("一百", Yusuan.Core.Generation.Narrative.Phrasing.Ordinal(100));
        Assert.Equal("一百零五", Yusuan.Core.Generation.Narrative.Phrasing.Ordinal(105));
        Assert.Equal("一百一十", Yusuan.Core.Generation.Narrative.Phrasing.Ordinal(110));
        Assert.Equal("一千零二十", Yusuan.Core.Generation.Narrative.Phrasing.Ordinal(1020));
    }

    [Fact]
    public void A_prior_year_that_prints_as_zero_is_no_base_for_a_percentage()
    {
        // 0.000000000000000000000000001 万元 last year: 20 万元 ÷ that overflowed decimal.
        var change = Yusuan.Core.Generation.Narrative.Phrasing.Compare(20m, 0.000000000000000000000000001m)!;
        Assert.Null(change.Percent);
        Assert.Contains("上年预算未安排", change.Text, StringComparison.Ordinal);
        Assert.Equal(0m, Yusuan.Core.Generation.Narrative.Phrasing.Percent(5m, 0.001m));
    }

    private static byte[] Rendered(OutputFormat format)
    {
        var document = DisclosureReader.Read(SeedText("000"), "000.txt").GetValueOrThrow();
        var path = Path.Combine(Path.GetTempPath(), $"yusuan-robust-{Guid.NewGuid():N}.{format.ToString().ToLowerInvariant()}");
        try
        {
            DisclosureRenderer.Write(document, format, path);
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static byte[] Docx(Func<string, string> changeDocument) =>
        Repack(Rendered(OutputFormat.Docx), (name, bytes) => name == "word/document.xml" ? Encoding.UTF8.GetBytes(changeDocument(Encoding.UTF8.GetString(bytes))) : bytes);

    /// <summary>The package with each part passed through <paramref name="change"/> (null drops the part).</summary>
    private static byte[] Repack(byte[] package, Func<string, byte[], byte[]?> change)
    {
        var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var s = entry.Open();
                var bytes = new MemoryStream();
                s.CopyTo(bytes);
                if (change(entry.FullName, bytes.ToArray()) is not { } changed) continue;
                using var t = target.CreateEntry(entry.FullName, CompressionLevel.Optimal).Open();
                t.Write(changed);
            }
        }
        return output.ToArray();
    }

    private static string FindRoot()
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d is not null && !File.Exists(Path.Combine(d.FullName, "Yusuan.slnx"))) d = d.Parent;
        return d?.FullName ?? throw new InvalidOperationException("找不到仓库根目录。");
    }
}
