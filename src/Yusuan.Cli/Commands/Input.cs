using System.CommandLine;
using Yusuan.Core.Model;
using Yusuan.Core.Reading;

namespace Yusuan.Cli.Commands;

/// <summary>Shared handling of the FILE… argument: read one file, or several as one disclosure (the narrative and the
/// tables published apart), or print one sentence and give exit code 2.</summary>
internal static class Input
{
    public const int Unreadable = 2;

    /// <summary>FILE…: one file, or several files of one disclosure.</summary>
    public static Argument<string[]> Files(string chinese) => new("FILE")
    {
        Description = chinese + "；多个文件作为同一份公开读取（如附件1 情况说明 + 附件2 预算报表）/ disclosure file(s); several are read as one disclosure",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>The name a disclosure of several files is shown under: their names joined with “ + ”.</summary>
    public static string DisplayName(IReadOnlyList<string> paths) => string.Join(" + ", paths.Select(Path.GetFileName));

    public static bool TryRead(string path, out Disclosure document) => TryRead([path], out document);

    public static bool TryRead(IReadOnlyList<string> paths, out Disclosure document)
    {
        var ok = TryRead(paths, Console.Error, out var read);
        document = read.Value!;
        return ok;
    }

    /// <summary>Reads the files as one disclosure; on failure writes the reader's one sentence to <paramref name="error"/>.</summary>
    public static bool TryRead(IReadOnlyList<string> paths, TextWriter error, out ReadResult read)
    {
        read = DisclosureReader.ReadFiles(paths);
        if (read.Success) return true;
        error.WriteLine(read.Error);
        return false;
    }
}
