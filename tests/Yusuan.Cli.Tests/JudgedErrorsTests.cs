using System.Globalization;
using System.Text;
using System.Text.Json;
using Yusuan.Cli.Commands;

namespace Yusuan.Cli.Tests;

/// <summary>
/// The judged precision set (tests/golden/judged/errors.tsv): every error <c>yusuan check DIR</c> reports on the corpus
/// PDFs (samples/corpus/pdf and bulk, checked as one directory, as a reviewer would), each judged once by reading the
/// published PDF — real (the document is wrong), false (a misreading or a comparison of different scopes), debatable —
/// with the reason. The run must match the file exactly:
/// an error nobody judged fails the test (judge it, with its reason); a judged-real error that is no longer reported
/// fails (a slip the checker stopped finding); a false one that is no longer reported fails until it is marked
/// <c>gone</c> (a ratchet), and a <c>gone</c> one that comes back fails. A real one reported as part of another finding
/// (one cause, one finding: the same difference in several columns of a row) is <c>folded</c>, its reason naming where. Precision (real ÷ real+false reported) may not
/// fall below the floor written in the file. YUSUAN_UPDATE_GOLDEN=1 writes errors.tsv.actual: the file with the run's
/// errors merged in, unjudged ones marked "?".
/// </summary>
public sealed class JudgedErrorsTests
{
    private static readonly string Root = FindRoot();
    private static readonly string GoldenFile = Path.Combine(Root, "tests", "golden", "judged", "errors.tsv");
    private static readonly string WarningsFile = Path.Combine(Root, "tests", "golden", "judged", "warnings-sample.tsv");
    private static readonly string[] Verdicts = ["real", "false", "debatable"];

    /// <summary>One run of the check over the corpus, shared by the tests.</summary>
    private static readonly Lazy<string> CorpusReport = new(CheckCorpus);

    [Fact]
    public void The_errors_on_the_corpus_are_exactly_the_judged_ones()
    {
        var judged = Judged.Read(GoldenFile);
        var reported = Findings("error");
        if (Environment.GetEnvironmentVariable("YUSUAN_UPDATE_GOLDEN") == "1")
            File.WriteAllText(GoldenFile + ".actual", judged.Merge(reported));

        var problems = new List<string>();
        var byKey = judged.Entries.ToDictionary(e => e.Key);
        foreach (var r in reported)
        {
            if (!byKey.TryGetValue(r.Key, out var entry)) problems.Add($"未评判的错误 / unjudged error: {r.Key} — {r.Message}");
            else if (entry.Now is "gone" or "folded") problems.Add($"已消除或已合并的错误又出现了 / a judged-{entry.Verdict} error marked {entry.Now} came back: {r.Key} ({entry.Reason})");
        }
        var keys = reported.Select(r => r.Key).ToHashSet();
        foreach (var e in judged.Entries.Where(e => e.Now == "reported" && !keys.Contains(e.Key)))
        {
            problems.Add(e.Verdict == "real"
                ? $"真实差错不再被发现 / a real slip is no longer found: {e.Key} ({e.Reason})"
                : $"误报已消除，请把 now 改为 gone / a judged-{e.Verdict} error is gone, mark it gone: {e.Key}");
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Error_precision_on_the_judged_set_holds_its_floor()
    {
        var judged = Judged.Read(GoldenFile);
        var reported = judged.Entries.Where(e => e.Now == "reported").ToList();
        var real = reported.Count(e => e.Verdict == "real");
        var wrong = reported.Count(e => e.Verdict == "false");
        var precision = real + wrong == 0 ? 1m : (decimal)real / (real + wrong);
        Assert.True(precision >= judged.Floor,
            string.Create(CultureInfo.InvariantCulture, $"error precision {precision:P1} ({real} real, {wrong} false, {reported.Count - real - wrong} debatable) is below the floor {judged.Floor:P1}"));
    }

    [Fact]
    public void Every_judgement_names_a_verdict_and_a_reason()
    {
        foreach (var judged in new[] { Judged.Read(GoldenFile), Judged.Read(WarningsFile) })
        {
            Assert.Equal([], judged.Entries.Where(e => !Verdicts.Contains(e.Verdict) || e.Reason.Length < 4 || e.Now is not ("reported" or "gone" or "folded")).Select(e => e.Key).ToList());
            Assert.Equal([], judged.Entries.Where(e => e.Verdict == "real" && e.Now == "gone").Select(e => e.Key).ToList());
            Assert.Equal(judged.Entries.Count, judged.Entries.Select(e => e.Key).Distinct().Count());
        }
    }

    [Fact]
    public void The_judged_warning_sample_keeps_its_verdicts()
    {
        // A random sample of the corpus warnings (120, seed 20261207), judged the same way: not every warning is judged, but
        // a judged one keeps its state — a real one stays, a false one once gone does not come back.
        var judged = Judged.Read(WarningsFile);
        var keys = Findings("warning").Select(r => r.Key).ToHashSet();
        var problems = new List<string>();
        foreach (var e in judged.Entries)
        {
            var now = keys.Contains(e.Key);
            if (e.Now == "reported" && !now) problems.Add(e.Verdict == "real" ? $"真实的警告不再报告 / a real warning is gone: {e.Key}" : $"误报已消除，请改为 gone / a judged-{e.Verdict} warning is gone, mark it: {e.Key}");
            if (e.Now is "gone" or "folded" && now) problems.Add($"已消除的警告又出现了 / a warning marked {e.Now} came back: {e.Key} ({e.Reason})");
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        var reported = judged.Entries.Where(e => e.Now == "reported").ToList();
        var real = reported.Count(e => e.Verdict == "real");
        var wrong = reported.Count(e => e.Verdict == "false");
        var precision = real + wrong == 0 ? 1m : (decimal)real / (real + wrong);
        Assert.True(precision >= judged.Floor, string.Create(CultureInfo.InvariantCulture, $"warning precision {precision:P1} ({real} real, {wrong} false) is below the floor {judged.Floor:P1}"));
    }

    /// <summary>The findings of one severity of <c>check DIR --format json</c> over the corpus PDFs, keyed by document, rule,
    /// place and figures (numbered when one document has several equal ones).</summary>
    private static List<Reported> Findings(string severity)
    {
        using var json = JsonDocument.Parse(CorpusReport.Value);
        var list = new List<Reported>();
        foreach (var report in json.RootElement.EnumerateArray())
        {
            var source = report.GetProperty("document").GetProperty("source").GetString() ?? string.Empty;
            var document = string.Join(" + ", source.Split(" + ").Select(Path.GetFileName));
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var f in report.GetProperty("findings").EnumerateArray())
            {
                if (f.GetProperty("severity").GetString() != severity) continue;
                var l = f.GetProperty("location");
                string[] parts = [document, f.GetProperty("rule").GetString()!, Text(l, "table"), Text(l, "row"), Text(l, "column"), Text(f, "expected"), Text(f, "actual")];
                var key = string.Join('\t', parts);
                var n = seen[key] = seen.GetValueOrDefault(key) + 1;
                list.Add(new Reported(n == 1 ? key : $"{key}#{n}", f.GetProperty("message").GetString() ?? string.Empty));
            }
        }
        return list;
    }

    private static string CheckCorpus()
    {
        var dir = Directory.CreateTempSubdirectory("yusuan-judged-");
        try
        {
            foreach (var folder in new[] { "pdf", "bulk" })
                foreach (var pdf in Directory.GetFiles(Path.Combine(Root, "samples", "corpus", folder), "*.pdf"))
                    File.CreateSymbolicLink(Path.Combine(dir.FullName, Path.GetFileName(pdf)), pdf);
            var output = new StringWriter();
            CheckCommand.Run([dir.FullName], "json", null, "info", output, new StringWriter());
            return output.ToString();
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "-";

    private sealed record Reported(string Key, string Message);

    private sealed record Entry(string Key, string Verdict, string Now, string Reason);

    private sealed record Judged(decimal Floor, List<Entry> Entries, List<string> Header)
    {
        private const int KeyFields = 7;

        public static Judged Read(string path)
        {
            var floor = 0m;
            var entries = new List<Entry>();
            var header = new List<string>();
            foreach (var line in File.ReadLines(path))
            {
                if (line.StartsWith('#') || line.Length == 0)
                {
                    if (entries.Count == 0) header.Add(line);
                    if (line.StartsWith("# floor:", StringComparison.Ordinal))
                        floor = decimal.Parse(line["# floor:".Length..].Trim(), CultureInfo.InvariantCulture);
                    continue;
                }
                var f = line.Split('\t');
                if (f[0] == "document") { header.Add(line); continue; }
                Assert.True(f.Length == KeyFields + 3, $"errors.tsv: {KeyFields + 3} tab-separated fields expected: {line}");
                entries.Add(new Entry(string.Join('\t', f[..KeyFields]), f[KeyFields], f[KeyFields + 1], f[KeyFields + 2]));
            }
            return new Judged(floor, entries, header);
        }

        /// <summary>The file with the run's errors merged in: judged ones keep their verdict (now = whether reported),
        /// unjudged ones are added with verdict "?".</summary>
        public string Merge(List<Reported> reported)
        {
            var keys = reported.Select(r => r.Key).ToHashSet();
            var text = new StringBuilder();
            foreach (var h in Header) text.Append(h).Append('\n');
            var known = Entries.Select(e => e.Key).ToHashSet();
            foreach (var e in Entries) text.Append(e.Key).Append('\t').Append(e.Verdict).Append('\t').Append(keys.Contains(e.Key) ? "reported" : e.Now == "folded" ? "folded" : "gone").Append('\t').Append(e.Reason).Append('\n');
            foreach (var r in reported.Where(r => !known.Contains(r.Key))) text.Append(r.Key).Append("\t?\treported\t").Append(r.Message).Append('\n');
            return text.ToString();
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Yusuan.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Yusuan.slnx not found");
    }
}
