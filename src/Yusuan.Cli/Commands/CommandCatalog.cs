using System.CommandLine;

namespace Yusuan.Cli.Commands;

/// <summary>Every subcommand of <c>yusuan</c>. A new command is one file in this folder and one line here.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All() =>
    [
        ParseCommand.Create(),
        CellsCommand.Create(),
        ServeCommand.Create(),
    ];
}
