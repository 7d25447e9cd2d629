using UglyToad.PdfPig;
using Yusuan.Core.Checking;
using Yusuan.Core.Reading;

namespace Yusuan.Core.Tests.Checking.Evidence;

/// <summary>On corpus PDFs, a finding's box lies on its evidence: the letters PdfPig finds printed inside the box are the
/// evidence line's (its figures all of them, its other characters nearly all), for a sample of findings of every rule
/// family.</summary>
public class PdfBoxTests
{
    private static readonly string[] Inputs = ["001_", "004_", "009_", "014_", "021_", "038_"];

    /// <summary>Findings per rule family (the part of the rule id before the first dot) looked at in each document.</summary>
    private const int PerFamily = 3;

    [Fact]
    public void The_box_of_sampled_findings_of_every_family_holds_the_evidence_line()
    {
        var checkedFamilies = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var prefix in Inputs)
        {
            var path = Directory.GetFiles(Path.Combine(Samples.Root, "samples", "corpus", "pdf"), prefix + "*.pdf").Single();
            var bytes = File.ReadAllBytes(path);
            var read = DisclosureReader.ReadBytes(bytes, Path.GetFileName(path));
            var report = SourceEvidence.Attach(Checker.Default.Check(read.Value!, path), read.Source!);
            using var pdf = PdfDocument.Open(bytes);
            var sample = report.Findings
                .Where(f => f.Evidence is not null && f.Location.Box is not null)
                .GroupBy(f => f.Rule.Split('.')[0])
                .SelectMany(g => g.Take(PerFamily));
            foreach (var f in sample)
            {
                checkedFamilies.Add(f.Rule.Split('.')[0]);
                var page = pdf.GetPage(f.Location.Page!.Value);
                var box = f.Location.Box!.Value;
                var inside = string.Concat(page.Letters
                    .Where(l => l.StartBaseLine.X + 0.5 >= box.Left - 1 && l.EndBaseLine.X - 0.5 <= box.Right + 1
                                && page.Height - l.StartBaseLine.Y >= box.Top - 1 && page.Height - l.StartBaseLine.Y <= box.Bottom + 1)
                    .Select(l => l.Value));
                var evidence = f.Evidence!.TrimEnd('…');
                if (!Holds(inside, evidence)) failures.Add($"{Path.GetFileName(path)} {f.Rule} p{f.Location.Page} {box}: box has “{inside}”, evidence “{evidence}”");
            }
        }
        Assert.True(checkedFamilies.Count >= 4, "families sampled: " + string.Join(", ", checkedFamilies));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Every digit of the evidence is printed in the box (as many times), and at least nine in ten of its other
    /// characters are (fonts may map a few ideographs to radicals the reader folds back).</summary>
    private static bool Holds(string inside, string evidence)
    {
        var printed = inside.Where(c => !char.IsWhiteSpace(c)).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        var wanted = evidence.Where(c => !char.IsWhiteSpace(c)).ToList();
        var missingDigits = 0;
        var missingOther = 0;
        foreach (var c in wanted)
        {
            if (printed.TryGetValue(c, out var n) && n > 0)
            {
                printed[c] = n - 1;
                continue;
            }
            if (char.IsAsciiDigit(c)) missingDigits++; else missingOther++;
        }
        return missingDigits == 0 && missingOther * 10 <= wanted.Count(c => !char.IsAsciiDigit(c));
    }
}
