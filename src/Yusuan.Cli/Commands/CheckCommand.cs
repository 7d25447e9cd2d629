using System.CommandLine;
using System.Globalization;
using Yusuan.Core;
using Yusuan.Core.Checking;
using Yusuan.Core.Checking.Baselines;
using Yusuan.Core.Checking.Output;
using Yusuan.Core.Checking.Output.Annotation;
using Yusuan.Core.Checking.Output.Review;
using Yusuan.Core.Model;
using Yusuan.Core.Reading;
using Yusuan.Core.Reading.Formats;

namespace Yusuan.Cli.Commands;

/// <summary>Where a check writes besides the report: the report file (-o), the baseline it leaves out, the annotated PDF.</summary>
internal sealed record CheckFiles(string? Output = null, string? Baseline = null, string? Annotate = null)
{
    public static CheckFiles None { get; } = new();
}

/// <summary><c>yusuan check FILE…|DIR [--format text|json|sarif|xlsx] [-o FILE] [--baseline FILE] [--annotate OUT.pdf]
/// [--profile FILE] [--min-severity error|warning|info]</c>. Exit codes: 0 no errors, 1 any error finding, 2 input (or profile, baseline,
/// output file) unusable, 3 a file of a folder that Yusuan failed on (the others are still reported).</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var path = new Argument<string[]>("FILE|DIR")
        {
            Description = "公开文件或目录；多个文件作为同一份公开检查（如附件1 情况说明 + 附件2 预算报表）/ disclosure file(s) of one disclosure, or a directory",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format") { Description = "text | json | sarif | xlsx（检查表，需 -o）", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "xlsx");
        var output = new Option<string?>("--output", "-o") { Description = "输出文件（xlsx 必需；其他格式省略时输出到标准输出）/ output file" };
        var baseline = new Option<string?>("--baseline")
        {
            Description = "已审核的检查表（.xlsx，处理 = 接受）或指纹文件：其中接受的问题不再报告 / reviewed 检查表 or fingerprint file; accepted findings are left out",
        };
        var annotate = new Option<string?>("--annotate")
        {
            Description = "写出加了批注的原 PDF：每条问题在其页面位置加框和说明（仅 PDF 输入）/ write the input PDF with a framed note per finding",
        };
        var profile = new Option<string?>("--profile") { Description = "严重程度配置文件（JSON）/ severity profile" };
        var minimum = new Option<string>("--min-severity") { Description = "error | warning | info", DefaultValueFactory = _ => "info" };
        minimum.AcceptOnlyFromAmong("error", "warning", "info");
        var prior = new Option<string[]>("--prior")
        {
            Description = "同一单位上一年度的公开文件（预算或决算），用于核对“比上年增加/减少”的说法 / the unit's prior-year disclosure(s), for year-over-year claims",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("check", "检查公开文件中的勾稽关系、说明与表格一致性和完整性 / check a disclosure") { path, format, output, baseline, annotate, profile, minimum, prior };
        command.SetAction(r => Run(r.GetValue(path) ?? [], r.GetValue(format)!, r.GetValue(profile), r.GetValue(minimum)!, Console.Out, Console.Error,
            r.GetValue(prior) ?? [], new CheckFiles(r.GetValue(output), r.GetValue(baseline), r.GetValue(annotate))));
        return command;
    }

    public static int Run(string path, string format, string? profilePath, string minimum, TextWriter output, TextWriter error,
        IReadOnlyList<string>? priorPaths = null, CheckFiles? files = null) =>
        Run([path], format, profilePath, minimum, output, error, priorPaths, files);

    /// <summary>One directory (every disclosure in it, a unit's 附件1/附件2 paired), or the files of one disclosure.</summary>
    public static int Run(IReadOnlyList<string> paths, string format, string? profilePath, string minimum, TextWriter output, TextWriter error,
        IReadOnlyList<string>? priorPaths = null, CheckFiles? files = null)
    {
        files ??= CheckFiles.None;
        if (format == "xlsx" && files.Output is null)
        {
            error.WriteLine("--format xlsx（检查表）需要用 -o 指定输出文件。/ --format xlsx needs -o FILE.");
            return Input.Unreadable;
        }
        var priors = new List<Disclosure>();
        foreach (var priorPath in priorPaths ?? [])
        {
            var priorRead = DisclosureReader.ReadFile(priorPath);
            if (priorRead.Value is not { } priorDocument)
            {
                error.WriteLine(priorRead.Error);
                return Input.Unreadable;
            }
            priors.Add(priorDocument);
        }
        var options = CheckOptions.Default;
        if (profilePath is not null)
        {
            try
            {
                options = options with { Profile = SeverityProfile.Load(profilePath) };
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or System.Text.Json.JsonException or InvalidOperationException)
            {
                error.WriteLine($"无法读取配置文件“{profilePath}”：{e.Message} / Cannot read profile '{profilePath}'.");
                return Input.Unreadable;
            }
        }
        var baseline = Baseline.Empty;
        if (files.Baseline is not null)
        {
            var loaded = Baseline.Load(files.Baseline);
            if (loaded.Value is null)
            {
                error.WriteLine(loaded.Error);
                return Input.Unreadable;
            }
            baseline = loaded.Value;
        }
        var min = SeverityProfile.ParseSeverity(minimum, "--min-severity") ?? Severity.Info;
        var run = new DocumentCheck(new Checker(RuleCatalog.Default, options), baseline, min);
        if (paths.Count == 1 && Directory.Exists(paths[0]))
        {
            var path = paths[0];
            if (files.Annotate is not null)
            {
                error.WriteLine("--annotate 只能用于单个 PDF 文件，不能用于目录。/ --annotate takes one PDF file, not a directory.");
                return Input.Unreadable;
            }
            return RunDirectory(path, format, run, files, output, error);
        }

        if (paths.FirstOrDefault(Directory.Exists) is { } dir)
        {
            error.WriteLine($"“{dir}”是目录：目录只能单独检查，不能与文件一起给出。/ '{dir}' is a directory: check a directory on its own.");
            return Input.Unreadable;
        }
        if (files.Annotate is not null && paths.Count > 1)
        {
            error.WriteLine("--annotate 只能用于单个 PDF 文件，不能用于多个文件。/ --annotate takes one PDF file.");
            return Input.Unreadable;
        }
        if (!Input.TryRead(paths, error, out var read)) return Input.Unreadable;
        var document = read.Value!;
        if (files.Annotate is not null && read.Source?.Format != SourceFormat.Pdf)
        {
            error.WriteLine($"--annotate 只能用于 PDF 输入，“{Path.GetFileName(paths[0])}”不是 PDF。/ --annotate needs a PDF input.");
            return Input.Unreadable;
        }
        var report = run.Check(read, string.Join(" + ", paths), priors);
        if (files.Annotate is { } annotated && Annotate(paths[0], annotated, report, document, error) is var notWritten and not ExitCodes.Ok) return notWritten;
        var written = format switch
        {
            "xlsx" => Said(Write(files.Output!, s => ReviewWorkbook.WriteDocument(s, ReviewSummaryRow.TitleOf(report.Document, Input.DisplayName(paths)), ReviewRow.Of(report, document)), error), files.Output!, error),
            "json" => Emit(FindingsJson.Write(report), files.Output, output, error),
            "sarif" => Emit(Sarif.Write(RuleCatalog.Default, [report]), files.Output, output, error),
            _ => Emit(TextReport.Write(report, document), files.Output, output, error),
        };
        if (written != ExitCodes.Ok) return written;
        return report.HasErrors ? 1 : 0;
    }

    private static int RunDirectory(string dir, string format, DocumentCheck run, CheckFiles files, TextWriter output, TextWriter error)
    {
        var paths = Directory.EnumerateFiles(dir, "*", SearchOption.TopDirectoryOnly)
            .Where(DocumentText.IsDisclosureFile)
            .Order(StringComparer.Ordinal).ToList();
        if (paths.Count == 0)
        {
            error.WriteLine($"目录“{dir}”中没有可检查的公开文件（.txt、.md、.pdf、.docx、.xlsx、.html）。/ No disclosure files in '{dir}'.");
            return Input.Unreadable;
        }
        var reports = new List<CheckReport>();
        var summary = new List<ReviewSummaryRow>();
        var rows = new List<ReviewRow>();
        var unreadable = 0;
        // Files are read and checked two at a time or more (one per core): a batch of PDFs is CPU-bound,
        // and the results are gathered in file order, so the report is the same as read one by one.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var readParts = new (DisclosurePart? Part, string? Failure)[paths.Count];
        var failed = new bool[paths.Count];
        Parallel.For(0, paths.Count, parallel, i =>
        {
            try
            {
                readParts[i] = DisclosureReader.ReadPart(paths[i]);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One file that Yusuan cannot handle is reported, and the folder goes on (as import does).
                readParts[i] = (null, FileFailure.Describe(Path.GetFileName(paths[i]), e));
                failed[i] = true;
            }
        });
        var internalFailures = failed.Count(f => f);
        var parts = new List<DisclosurePart>(paths.Count);
        for (var i = 0; i < paths.Count; i++)
        {
            var (part, failure) = readParts[i];
            if (part is null)
            {
                error.WriteLine(failure);
                summary.Add(ReviewSummaryRow.Unreadable(summary.Count + 1, Path.GetFileName(paths[i]), failure ?? "无法读取"));
                unreadable++;
                continue;
            }
            parts.Add(part);
        }
        // A unit's 附件1 情况说明 and 附件2 预算报表 are one disclosure (DisclosurePairing).
        var groups = DisclosurePairing.Group(parts).ToList();
        var checkedGroups = new (string Name, string Members, ReadResult Read, CheckReport? Report)[groups.Count];
        Parallel.For(0, groups.Count, parallel, i =>
        {
            var members = groups[i].Select(p => p.Name).ToList();
            try
            {
                var read = DisclosureReader.Read(groups[i]);
                var report = read.Value is null ? null : run.Check(read, string.Join(" + ", members), []);
                checkedGroups[i] = (Input.DisplayName(members), string.Join(" + ", members), read, report);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                checkedGroups[i] = (Input.DisplayName(members), string.Join(" + ", members),
                    ReadResult.Fail(FileFailure.Describe(Input.DisplayName(members), e)), null);
                Interlocked.Increment(ref internalFailures);
            }
        });
        foreach (var (name, _, read, report) in checkedGroups)
        {
            if (report is null || read.Value is not { } document)
            {
                error.WriteLine(read.Error);
                summary.Add(ReviewSummaryRow.Unreadable(summary.Count + 1, name, read.Error ?? "无法读取"));
                unreadable++;
                continue;
            }
            reports.Add(report);
            summary.Add(ReviewSummaryRow.Of(summary.Count + 1, name, report, document));
            if (format == "xlsx") rows.AddRange(ReviewRow.Of(report, document, name));
        }
        var written = format switch
        {
            "xlsx" => Said(Write(files.Output!, s => ReviewWorkbook.WriteBatch(s, $"{Path.GetFileName(Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar))} 批次检查表", summary, rows), error), files.Output!, error),
            "json" => Emit(FindingsJson.Write(reports), files.Output, output, error),
            "sarif" => Emit(Sarif.Write(RuleCatalog.Default, reports), files.Output, output, error),
            _ => Emit(DirectoryText(reports, unreadable), files.Output, output, error),
        };
        if (written != ExitCodes.Ok) return written;
        if (internalFailures > 0) return ExitCodes.Failure;
        if (reports.Count == 0) return Input.Unreadable;
        return reports.Any(r => r.HasErrors) ? ExitCodes.Findings : ExitCodes.Ok;
    }

    /// <summary>The input PDF with a note per finding whose page is known, written whole or not at all.</summary>
    private static int Annotate(string input, string target, CheckReport report, Disclosure document, TextWriter error)
    {
        var notes = PdfNote.Of(report, document);
        AnnotateResult? result = null;
        var written = Write(target, s =>
        {
            result = PdfAnnotator.Annotate(File.ReadAllBytes(input), notes, s);
            if (!result.Success) throw new InvalidDataException(result.Error);
        }, error);
        if (written != ExitCodes.Ok) return written;
        var unplaced = report.Findings.Length - notes.Length + result!.Skipped;
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"已写入 {target}：{result.Boxed} 条问题框出原文，{result.Pinned} 条只标在页上{(unplaced > 0 ? $"，{unplaced} 条没有页面位置未标注" : string.Empty)}。"));
        return ExitCodes.Ok;
    }

    private static string DirectoryText(List<CheckReport> reports, int unreadable)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var r in reports) sb.Append(TextReport.SummaryLine(r, Input.DisplayName((r.Document.Source ?? string.Empty).Split(" + ")))).Append('\n');
        var suppressed = reports.Sum(r => r.Suppressed);
        sb.Append(string.Create(CultureInfo.InvariantCulture,
            $"合计：{reports.Count} 个文件，错误 {reports.Sum(r => r.Summary.Errors)}，警告 {reports.Sum(r => r.Summary.Warnings)}，提示 {reports.Sum(r => r.Summary.Infos)}{(suppressed > 0 ? $"，基线已接受 {suppressed} 条" : string.Empty)}{(unreadable > 0 ? $"，无法读取 {unreadable} 个" : string.Empty)}"));
        return sb.Append('\n').ToString();
    }

    /// <summary>A text report to the -o file (written whole or not at all), else to standard output.</summary>
    private static int Emit(string text, string? path, TextWriter output, TextWriter error)
    {
        if (path is null)
        {
            output.Write(text);
            return ExitCodes.Ok;
        }
        return Said(Write(path, s => s.Write(new System.Text.UTF8Encoding(false).GetBytes(text)), error), path, error);
    }

    /// <summary>Ok after saying where the file went, or the exit code of a write that failed.</summary>
    private static int Said(int written, string path, TextWriter error)
    {
        if (written == ExitCodes.Ok) error.WriteLine($"已写入 {path}");
        return written;
    }

    /// <summary>Writes whole or not at all: Ok, 2 for a target that cannot be written, 3 for a full disk (not the input's fault).</summary>
    private static int Write(string path, Action<Stream> write, TextWriter error)
    {
        try
        {
            AtomicFile.Write(path, write);
            return ExitCodes.Ok;
        }
        catch (InvalidDataException e)
        {
            error.WriteLine(e.Message);
            return ExitCodes.Unusable;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            error.WriteLine(AtomicFile.Failure(path, e));
            return e is IOException io && AtomicFile.DiskFull(io) ? ExitCodes.Failure : ExitCodes.Unusable;
        }
    }
}
