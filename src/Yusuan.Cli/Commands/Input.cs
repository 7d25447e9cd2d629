using Yusuan.Core.Model;
using Yusuan.Core.Reading;

namespace Yusuan.Cli.Commands;

/// <summary>Shared handling of the FILE argument: read it, or print one sentence and give exit code 2.</summary>
internal static class Input
{
    public const int Unreadable = 2;

    public static bool TryRead(string path, out Disclosure document)
    {
        var result = DisclosureReader.ReadFile(path);
        if (result.Value is { } value)
        {
            document = value;
            return true;
        }
        Console.Error.WriteLine(result.Error);
        document = null!;
        return false;
    }
}
