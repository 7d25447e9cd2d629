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

    public static bool TryRead(string path, out Disclosure document) => TryRead([path], Console.Error, out document, out _);

    public static bool TryRead(IReadOnlyList<string> paths, out Disclosure document) => TryRead(paths, Console.Error, out document, out _);

    /// <summary>Reads the files as one disclosure; on failure writes the reader's one sentence to <paramref name="error"/>.
    /// <paramref name="text"/> is the text read (what line numbers refer to).</summary>
    public static bool TryRead(IReadOnlyList<string> paths, TextWriter error, out Disclosure document, out string? text)
    {
        var result = DisclosureReader.ReadFiles(paths);
        if (result.Value is { } value)
        {
            document = value;
            text = result.Text;
            return true;
        }
        error.WriteLine(result.Error);
        document = null!;
        text = null;
        return false;
    }
}
