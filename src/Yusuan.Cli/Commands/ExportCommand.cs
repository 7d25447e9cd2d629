using System.CommandLine;
using Yusuan.Storage;
using Yusuan.Storage.Exporting;

namespace Yusuan.Cli.Commands;

/// <summary><c>yusuan export --format csv|xlsx|fdp -o DIR</c>: the corpus as CSV files, one workbook, or a Fiscal Data Package.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "csv | xlsx | fdp（Fiscal Data Package）", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "xlsx", "fdp");
        var output = new Option<string>("-o", "--output") { Description = "输出目录 / output directory", Required = true };
        var store = new StoreOptions();
        var command = new Command("export", "导出语料库：CSV、Excel 或财政数据包 / export the corpus: CSV, Excel or Fiscal Data Package") { format, output };
        store.AddTo(command);
        command.SetAction(result => StoreOptions.Run(() =>
        {
            var corpus = CorpusStore.OpenExisting(store.Location(result));
            var directory = result.GetValue(output)!;
            if (File.Exists(directory))
            {
                Console.Error.WriteLine($"“{directory}”是文件，不是目录。/ '{directory}' is a file, not a directory.");
                return 2;
            }
            IReadOnlyList<string> written = result.GetValue(format) switch
            {
                "xlsx" => [XlsxExporter.Export(corpus, directory)],
                "fdp" => FiscalDataPackageExporter.Export(corpus, directory),
                _ => CsvExporter.Export(corpus, directory),
            };
            foreach (var path in written) Console.Out.WriteLine(path);
            return 0;
        }));
        return command;
    }
}
