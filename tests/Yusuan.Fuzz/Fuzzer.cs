using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Yusuan.Cli.Commands;

namespace Yusuan.Fuzz;

public sealed record FuzzOptions
{
    public int Cases { get; init; } = 10_000;
    public int Seed { get; init; } = 1;

    /// <summary>Run only these cases (replay).</summary>
    public IReadOnlyList<int>? Only { get; init; }

    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>A case slower than this fails.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>A case still running after this is a hang: the run stops and reports it.</summary>
    public TimeSpan HangLimit { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>What one case may allocate on its thread, in all: a bound that catches a runaway loop (a 1 GB part
    /// inflated into strings allocates tens of GB), not the peak (36,799 nested &lt;p&gt; allocate 17 GB in 8 s and peak at
    /// 80 MB). The heap itself holds garbage until the collector runs, so its size says little about one case.</summary>
    public long AllocationLimit { get; init; } = 24L * 1024 * 1024 * 1024;

    /// <summary>The managed heap may not grow past this while cases run (a guard for the machine).</summary>
    public long HeapLimit { get; init; } = 12L * 1024 * 1024 * 1024;

    public required string Root { get; init; }
    public required string Work { get; init; }
}

/// <summary>A case that broke a rule: an exception escaped, it ran too long or took too much memory, or its exit code
/// and output disagree.</summary>
public sealed record FuzzFailure(FuzzCase Case, string Problem)
{
    public override string ToString() => $"{Case.Describe()}\n    {Problem}";
}

public sealed record FuzzResult(int Cases, IReadOnlyList<FuzzFailure> Failures, TimeSpan Elapsed, long PeakHeapBytes, IReadOnlyDictionary<string, int> ExitCodes,
    IReadOnlyDictionary<string, (int Cases, double Seconds)> ByKind)
{
    public double CasesPerSecond => Cases / Math.Max(Elapsed.TotalSeconds, 0.001);

    public string Summary() =>
        $"{Cases} cases in {Elapsed.TotalSeconds:0.0} s ({CasesPerSecond:0.0}/s), peak heap {PeakHeapBytes / 1024 / 1024} MB, " +
        $"exit codes {string.Join(", ", ExitCodes.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}: {e.Value}"))}; " +
        $"by kind (cases, mean ms) {string.Join(", ", ByKind.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value.Cases} {1000 * k.Value.Seconds / Math.Max(1, k.Value.Cases):0}"))}; {Failures.Count} failures";
}

/// <summary>
/// Runs cases in-process, as the CLI would (<see cref="CheckCommand"/>, <see cref="RenderCommand"/>), on as many workers
/// as cores, and judges each: no exception escapes; exit 0/1 only with a report (JSON that parses, 1 exactly when it
/// counts errors), exit 2 only with one short sentence and no stack trace; no other exit code; within the time limit.
/// A watchdog samples the heap and the cases in flight.
/// </summary>
public static class Fuzzer
{
    public static FuzzResult Run(FuzzOptions options, TextWriter? progress = null)
    {
        Directory.CreateDirectory(options.Work);
        var maker = new CaseMaker(SeedFiles.Load(options.Root, Path.Combine(options.Work, "seeds")), options.Seed);
        var indexes = options.Only ?? Enumerable.Range(0, options.Cases).ToList();
        var failures = new ConcurrentBag<FuzzFailure>();
        var exits = new ConcurrentDictionary<string, int>();
        var kinds = new ConcurrentDictionary<string, (int Cases, double Seconds)>();
        var inFlight = new ConcurrentDictionary<int, (FuzzCase Case, long Started)>();
        var stop = new CancellationTokenSource();
        long peak = 0;
        var done = 0;
        var clock = Stopwatch.StartNew();

        var loop = Task.Run(() => Parallel.ForEach(indexes, new ParallelOptions { MaxDegreeOfParallelism = options.Workers, CancellationToken = stop.Token }, index =>
        {
            var fuzzCase = maker.Make(index);
            inFlight[index] = (fuzzCase, Stopwatch.GetTimestamp());
            var dir = Path.Combine(options.Work, "w" + Environment.CurrentManagedThreadId);
            Directory.CreateDirectory(dir);
            var started = Stopwatch.GetTimestamp();
            var (problem, exit) = RunOne(fuzzCase, dir, options);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            kinds.AddOrUpdate(fuzzCase.Kind, (1, seconds), (_, k) => (k.Cases + 1, k.Seconds + seconds));
            inFlight.TryRemove(index, out _);
            exits.AddOrUpdate(exit, 1, (_, n) => n + 1);
            if (problem is not null) failures.Add(new FuzzFailure(fuzzCase, problem));
            var n = Interlocked.Increment(ref done);
            if (progress is not null && n % 1000 == 0) progress.WriteLine($"{n} cases, {failures.Count} failures, {clock.Elapsed.TotalSeconds:0} s");
        }));

        // The watchdog: heap, slow cases, hangs.
        var reportedMemory = new HashSet<int>();
        while (!loop.Wait(100))
        {
            var heap = GC.GetTotalMemory(false);
            peak = Math.Max(peak, heap);
            foreach (var (index, (c, started)) in inFlight)
            {
                if (heap > options.HeapLimit && reportedMemory.Add(index))
                    failures.Add(new FuzzFailure(c, $"内存超限 / managed heap {heap / 1024 / 1024} MB while this case ran (limit {options.HeapLimit / 1024 / 1024} MB)"));
                if (Stopwatch.GetElapsedTime(started) > options.HangLimit)
                {
                    failures.Add(new FuzzFailure(c, $"挂起 / still running after {options.HangLimit.TotalSeconds:0} s"));
                    stop.Cancel();
                    return new FuzzResult(done, [.. failures], clock.Elapsed, peak, exits, kinds);
                }
            }
        }
        if (loop.Exception is { } e) throw e;
        peak = Math.Max(peak, GC.GetTotalMemory(false));
        return new FuzzResult(done, [.. failures.OrderBy(f => f.Case.Index)], clock.Elapsed, peak, exits, kinds);
    }

    /// <summary>Runs one case; the problem (null when it behaved) and its exit code, or "exception".</summary>
    public static (string? Problem, string Exit) RunOne(FuzzCase fuzzCase, string dir, FuzzOptions options)
    {
        var path = Path.Combine(dir, fuzzCase.FileName);
        File.WriteAllBytes(path, fuzzCase.Bytes);
        var output = new StringWriter();
        var error = new StringWriter();
        var clock = Stopwatch.StartNew();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        int exit;
        try
        {
            exit = fuzzCase.Target == FuzzTarget.Check
                ? CheckCommand.Run([path], "json", null, "info", output, error)
                : RenderCommand.Run(path, "md", null, force: false, output, error);
        }
        catch (Exception e)
        {
            return ($"异常 / {e.GetType().Name}: {Line(e.Message)}\n    at {Where(e)}", "exception");
        }
        finally
        {
            File.Delete(path);
        }
        var exitText = exit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        if (allocated > options.AllocationLimit) return ($"内存超限 / allocated {allocated / 1024 / 1024} MB (limit {options.AllocationLimit / 1024 / 1024} MB)", exitText);
        if (clock.Elapsed > options.TimeLimit) return ($"太慢 / {clock.Elapsed.TotalSeconds:0.0} s (limit {options.TimeLimit.TotalSeconds:0} s)", exitText);
        return (Judge(fuzzCase, exit, output.ToString(), error.ToString()), exitText);
    }

    private static string? Judge(FuzzCase fuzzCase, int exit, string output, string error)
    {
        if (error.Contains("   at ", StringComparison.Ordinal) || error.Contains("Exception", StringComparison.Ordinal))
            return $"stderr 含堆栈 / stack trace on stderr: {Line(error)}";
        switch (exit)
        {
            case ExitCodes.Unusable:
                var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                if (lines.Length == 0) return "退出码 2 但没有说明 / exit 2 with nothing on stderr";
                if (fuzzCase.Target == FuzzTarget.Check && lines.Length > 2) return $"退出码 2 但说明有 {lines.Length} 行 / exit 2 with {lines.Length} lines";
                return null;
            case ExitCodes.Ok or ExitCodes.Findings when fuzzCase.Target == FuzzTarget.Check:
                try
                {
                    using var json = JsonDocument.Parse(output);
                    var errors = json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32();
                    if (errors > 0 != (exit == ExitCodes.Findings)) return $"退出码 {exit} 与报告的 {errors} 个错误不符 / exit code disagrees with the report";
                    return null;
                }
                catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
                {
                    return $"报告不是有效的 JSON / the report is not the JSON of spec/findings.md: {Line(e.Message)}";
                }
            case ExitCodes.Ok:
                return output.Length == 0 ? "退出码 0 但没有输出 / render exit 0 with no output" : null;
            case ExitCodes.Findings:
                return error.Length == 0 ? "退出码 1 但没有说明 / render exit 1 with nothing on stderr" : null;
            default:
                return $"退出码 {exit} / unexpected exit code: {Line(error)}";
        }
    }

    private static string Where(Exception e)
    {
        var frames = new StackTrace(e, false).GetFrames();
        var ours = frames.FirstOrDefault(f => f.GetMethod()?.DeclaringType?.FullName?.StartsWith("Yusuan", StringComparison.Ordinal) == true) ?? frames.FirstOrDefault();
        var m = ours?.GetMethod();
        return m is null ? "?" : $"{m.DeclaringType?.FullName}.{m.Name}";
    }

    private static string Line(string s)
    {
        var first = s.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? string.Empty;
        return first.Length <= 200 ? first : first[..200] + "…";
    }
}
