using System.CommandLine;
using System.Globalization;
using Yusuan.Core.Checking;
using Yusuan.Core.Checking.Output;
using Yusuan.Core.Comparing;
using Yusuan.Core.Model;
using Yusuan.Core.Reading;
using Yusuan.Core.Reading.Formats;

namespace Yusuan.Cli.Commands;

/// <summary><c>yusuan check FILE…|DIR [--format text|json|sarif] [--profile FILE] [--min-severity error|warning|info]</c>.
/// Exit codes: 0 no errors, 1 any error finding, 2 input (or profile) unreadable.</summary>
internal static class CheckCommand
{

    public static Command Create()
    {
        var path = new Argument<string[]>("FILE|DIR")
        {
            Description = "公开文件或目录；多个文件作为同一份公开检查（如附件1 情况说明 + 附件2 预算报表）/ disclosure file(s) of one disclosure, or a directory",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format") { Description = "text | json | sarif", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var profile = new Option<string?>("--profile") { Description = "严重程度配置文件（JSON）/ severity profile" };
        var minimum = new Option<string>("--min-severity") { Description = "error | warning | info", DefaultValueFactory = _ => "info" };
        minimum.AcceptOnlyFromAmong("error", "warning", "info");
        var prior = new Option<string[]>("--prior")
        {
            Description = "同一单位上一年度的公开文件（预算或决算），用于核对“比上年增加/减少”的说法 / the unit's prior-year disclosure(s), for year-over-year claims",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("check", "检查公开文件中的勾稽关系、说明与表格一致性和完整性 / check a disclosure") { path, format, profile, minimum, prior };
        command.SetAction(r => Run(r.GetValue(path) ?? [], r.GetValue(format)!, r.GetValue(profile), r.GetValue(minimum)!, Console.Out, Console.Error, r.GetValue(prior) ?? []));
        return command;
    }

    public static int Run(string path, string format, string? profilePath, string minimum, TextWriter output, TextWriter error, IReadOnlyList<string>? priorPaths = null) =>
        Run([path], format, profilePath, minimum, output, error, priorPaths);

    /// <summary>One directory (every disclosure in it, a unit's 附件1/附件2 paired), or the files of one disclosure.</summary>
    public static int Run(IReadOnlyList<string> paths, string format, string? profilePath, string minimum, TextWriter output, TextWriter error, IReadOnlyList<string>? priorPaths = null)
    {
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
        var min = SeverityProfile.ParseSeverity(minimum, "--min-severity") ?? Severity.Info;
        var checker = new Checker(RuleCatalog.Default, options);
        if (paths.Count == 1 && Directory.Exists(paths[0])) return RunDirectory(paths[0], format, min, checker, output, error);
        if (paths.FirstOrDefault(Directory.Exists) is { } dir)
        {
            error.WriteLine($"“{dir}”是目录：目录只能单独检查，不能与文件一起给出。/ '{dir}' is a directory: check a directory on its own.");
            return Input.Unreadable;
        }

        if (!Input.TryRead(paths, error, out var document, out var text)) return Input.Unreadable;
        var report = checker.Check(document, string.Join(" + ", paths));
        if (priors.Count > 0) report = report.With(YearOverYearCheck.Check(document, priors));
        report = report.AtLeast(min);
        output.Write(format switch
        {
            "json" => FindingsJson.Write(report),
            "sarif" => Sarif.Write(RuleCatalog.Default, [report]),
            _ => TextReport.Write(report, text?.Split('\n')),
        });
        return report.HasErrors ? 1 : 0;
    }

    private static int RunDirectory(string dir, string format, Severity min, Checker checker, TextWriter output, TextWriter error)
    {
        var files = Directory.EnumerateFiles(dir, "*", SearchOption.TopDirectoryOnly)
            .Where(DocumentText.IsDisclosureFile)
            .Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            error.WriteLine($"目录“{dir}”中没有可检查的公开文件（.txt、.md、.pdf、.docx、.xlsx、.html）。/ No disclosure files in '{dir}'.");
            return Input.Unreadable;
        }
        var reports = new List<CheckReport>();
        var unreadable = 0;
        var parts = new List<DisclosurePart>(files.Count);
        foreach (var file in files)
        {
            var (part, failure) = DisclosureReader.ReadPart(file);
            if (part is null)
            {
                error.WriteLine(failure);
                unreadable++;
                continue;
            }
            parts.Add(part);
        }
        // A unit's 附件1 情况说明 and 附件2 预算报表 are one disclosure (DisclosurePairing).
        foreach (var group in DisclosurePairing.Group(parts))
        {
            var read = DisclosureReader.Read(group);
            if (read.Value is not { } document)
            {
                error.WriteLine(read.Error);
                unreadable++;
                continue;
            }
            reports.Add(checker.Check(document, string.Join(" + ", group.Select(p => p.Name))).AtLeast(min));
        }
        switch (format)
        {
            case "json":
                output.Write(FindingsJson.Write(reports));
                break;
            case "sarif":
                output.Write(Sarif.Write(RuleCatalog.Default, reports));
                break;
            default:
                foreach (var r in reports) output.WriteLine(TextReport.SummaryLine(r, string.Join(" + ", (r.Document.Source ?? string.Empty).Split(" + ").Select(Path.GetFileName))));
                var ci = CultureInfo.InvariantCulture;
                output.WriteLine(string.Create(ci, $"合计：{reports.Count} 个文件，错误 {reports.Sum(r => r.Summary.Errors)}，警告 {reports.Sum(r => r.Summary.Warnings)}，提示 {reports.Sum(r => r.Summary.Infos)}{(unreadable > 0 ? $"，无法读取 {unreadable} 个" : string.Empty)}"));
                break;
        }
        if (reports.Count == 0) return Input.Unreadable;
        return reports.Any(r => r.HasErrors) ? 1 : 0;
    }
}
