using System.CommandLine;
using Yusuan.Core.Export;

namespace Yusuan.Cli.Commands;

/// <summary><c>yusuan cells FILE…</c>: the canonical cells CSV of spec/cells.md.</summary>
internal static class CellsCommand
{
    public static Command Create()
    {
        var file = Input.Files("公开文件");
        var command = new Command("cells", "按 spec/cells.md 输出表格单元格 CSV / canonical cells as CSV") { file };
        command.SetAction(result =>
        {
            if (!Input.TryRead(result.GetValue(file)!, out var document)) return Input.Unreadable;
            Console.Out.Write(CellsCsv.Write(CellsProjection.Cells(document)));
            return 0;
        });
        return command;
    }
}
