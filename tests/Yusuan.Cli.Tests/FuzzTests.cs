using Yusuan.Fuzz;

namespace Yusuan.Cli.Tests;

/// <summary>
/// The fuzzing harness (tests/Yusuan.Fuzz) over 10,000 mutated copies of the samples, every run: no exception escapes
/// read, check or render, no case runs past its time or allocation bound, and every exit code agrees with what the
/// command printed. A failure names the case; <c>dotnet run --project tests/Yusuan.Fuzz -c Release -- --case N --save
/// DIR</c> writes its file. YUSUAN_FUZZ_CASES sets the count (more on demand).
/// </summary>
public sealed class FuzzTests
{
    [Fact]
    public void Ten_thousand_mutated_inputs_neither_crash_nor_hang_nor_lie_in_their_exit_code()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("YUSUAN_FUZZ_CASES"), out var n) && n > 0 ? n : 10_000;
        var work = Path.Combine(Path.GetTempPath(), $"yusuan-fuzz-test-{Guid.NewGuid():N}");
        try
        {
            var result = Fuzzer.Run(new FuzzOptions { Cases = cases, Seed = 1, Root = RepositoryRoot.Find(), Work = work });
            Console.WriteLine(result.Summary());
            Assert.True(result.Failures.Count == 0, result.Summary() + "\n" + string.Join('\n', result.Failures.Take(20)));
            Assert.Equal(cases, result.Cases);
            // The mix reaches the checker: most cases are read and checked, not refused at the door.
            Assert.True(result.ExitCodes.GetValueOrDefault("0") + result.ExitCodes.GetValueOrDefault("1") > cases / 3, result.Summary());
        }
        finally
        {
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }
}
