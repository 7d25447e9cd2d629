using System.CommandLine;

namespace Yusuan.Cli.Commands;

/// <summary>Every subcommand of <c>yusuan</c>. A new command is one file in this folder and one line here.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All() =>
    [
        ParseCommand.Create(),
        CellsCommand.Create(),
        TextCommand.Create(),
        CheckCommand.Create(),
        RulesCommand.Create(),
        RenderCommand.Create(),
        TemplateCommand.Create(),
        ImportCommand.Create(),
        ListCommand.Create(),
        ShowCommand.Create(),
        CompareCommand.Create(),
        QueryCommand.Create(),
        ExportCommand.Create(),
        ServeCommand.Create(),
        AccountCommand.Create(),
    ];
}
