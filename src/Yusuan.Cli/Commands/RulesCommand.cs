using System.CommandLine;
using Yusuan.Core.Checking;
using Yusuan.Core.Checking.Output;

namespace Yusuan.Cli.Commands;

/// <summary><c>yusuan rules [--format text|markdown]</c>: the rule catalog (id, title, category, severity); markdown = docs/rules.md.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "text | markdown", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown");
        var command = new Command("rules", "列出全部检查规则 / list the rule catalog") { format };
        command.SetAction(r =>
        {
            Console.Out.Write(r.GetValue(format) == "markdown" ? RulesDocument.Markdown(RuleCatalog.Default) : RulesDocument.Text(RuleCatalog.Default));
            return 0;
        });
        return command;
    }
}
