namespace Yusuan.Core.Tests;

/// <summary>
/// Golden-file comparison. Expected files live under tests/golden/ and are reviewed by a person.
/// Set YUSUAN_UPDATE_GOLDEN=1 to write the actual output next to the expected one as *.actual (never over it).
/// </summary>
public static class Golden
{
    public static string PathOf(string relative) => System.IO.Path.Combine(Samples.Root, "tests", "golden", relative);

    public static string Read(string relative) => File.ReadAllText(PathOf(relative)).Replace("\r\n", "\n", StringComparison.Ordinal);

    public static void WriteActualIfAsked(string relative, string actual)
    {
        if (Environment.GetEnvironmentVariable("YUSUAN_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(PathOf(relative) + ".actual", actual);
        }
    }
}
