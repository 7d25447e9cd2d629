using System.Diagnostics;
using System.Globalization;
using Yusuan.Core.Checking;
using Yusuan.Core.Reading;
using Yusuan.Core.Reading.Formats;

namespace Yusuan.Bench;

/// <summary>
/// Where a batch's time goes: each file's extraction (PdfPig letters → lines), reading (lines → model) and checking,
/// one thread, after one warm-up pass so that JIT is not counted. `dotnet run -c Release --project bench/Yusuan.Bench --
/// phases DIR…`. The slowest files are listed; the totals are the sum over files.
/// </summary>
public static class BatchPhases
{
    public static void Run(IReadOnlyList<string> dirs)
    {
        var files = dirs.SelectMany(d => Directory.EnumerateFiles(d)).Where(DocumentText.IsDisclosureFile).Order(StringComparer.Ordinal).ToList();
        Measure(files.Take(3).ToList());
        var rows = Measure(files);
        var pdfs = files.Where(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)).ToList();
        var clock = Stopwatch.StartNew();
        var alone = new Dictionary<string, double>();
        var phases = new Dictionary<string, (double Layout, double Compose)>();
        foreach (var pdf in pdfs)
        {
            var start = clock.Elapsed.TotalSeconds;
            PdfPigAlone(pdf);
            var pig = clock.Elapsed.TotalSeconds;
            var layout = Yusuan.Core.Reading.Formats.Pdf.PdfLayoutReader.Read(File.ReadAllBytes(pdf));
            var laid = clock.Elapsed.TotalSeconds;
            Yusuan.Core.Reading.Formats.Pdf.PdfTextComposer.Compose(layout);
            var composed = clock.Elapsed.TotalSeconds;
            alone[Path.GetFileName(pdf)] = pig - start;
            phases[Path.GetFileName(pdf)] = (laid - pig, composed - laid);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pdfs.Count} PDFs: PdfPig alone (letters and paths of every page) {alone.Values.Sum():F2} s, layout (PdfPig + lines + rulings) {phases.Values.Sum(p => p.Layout):F2} s, compose (tables → text) {phases.Values.Sum(p => p.Compose):F2} s"));
        var total = (Extract: rows.Sum(r => r.Extract), Read: rows.Sum(r => r.Read), Check: rows.Sum(r => r.Check));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{files.Count} files: extract {total.Extract:F2} s, read {total.Read:F2} s, check {total.Check:F2} s"));
        foreach (var r in rows.OrderByDescending(r => r.Extract + r.Read + r.Check).Take(10))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {r.Name,-40} extract {r.Extract:F3} (PdfPig {alone.GetValueOrDefault(r.Name):F3}, layout {phases.GetValueOrDefault(r.Name).Layout:F3}, compose {phases.GetValueOrDefault(r.Name).Compose:F3}) read {r.Read:F3} check {r.Check:F3}"));
    }

    /// <summary>What PdfPig itself costs: every page's letters and paths, nothing done with them.</summary>
    private static int PdfPigAlone(string path)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(File.ReadAllBytes(path), new UglyToad.PdfPig.ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        var n = 0;
        foreach (var page in document.GetPages()) n += page.Letters.Count + page.Paths.Count;
        return n;
    }

    private static List<(string Name, double Extract, double Read, double Check)> Measure(IReadOnlyList<string> files)
    {
        var rows = new List<(string, double, double, double)>();
        foreach (var file in files)
        {
            var clock = Stopwatch.StartNew();
            var (part, _) = DisclosureReader.ReadPart(file);
            var extract = clock.Elapsed.TotalSeconds;
            if (part is null) continue;
            clock.Restart();
            var read = DisclosureReader.Read([part]);
            var reading = clock.Elapsed.TotalSeconds;
            clock.Restart();
            if (read.Value is { } document) Checker.Default.Check(document);
            rows.Add((Path.GetFileName(file), extract, reading, clock.Elapsed.TotalSeconds));
        }
        return rows;
    }
}
