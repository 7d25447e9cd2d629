using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Yusuan.Storage;
using Yusuan.Storage.Importing;

namespace Yusuan.Cli.Commands;

/// <summary><c>yusuan import PATH… [--db FILE | --pg CONNSTR]</c>: reads, checks and stores disclosures (files or directories).
/// Idempotent: a file already stored (same content) is skipped, so an interrupted import is completed by running it again.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "公开文件或目录 / disclosure files or directories", Arity = ArgumentArity.OneOrMore };
        var jobs = new Option<int>("--jobs") { Description = "并行读取的文件数 / documents read in parallel", DefaultValueFactory = _ => 2 };
        var quiet = new Option<bool>("--quiet") { Description = "不显示进度 / no progress display" };
        var store = new StoreOptions();
        var command = new Command("import", "把公开文件导入语料库（SQLite 或 PostgreSQL）/ import disclosures into the corpus store") { paths, jobs, quiet };
        store.AddTo(command);
        command.SetAction(result => StoreOptions.Run(() =>
        {
            var sources = FileImportSource.Expand(result.GetValue(paths)!, out var missing);
            if (missing.Count > 0)
            {
                Console.Error.WriteLine($"找不到：{string.Join("、", missing)}。/ Not found: {string.Join(", ", missing)}.");
                return 2;
            }
            if (sources.Count == 0)
            {
                Console.Error.WriteLine("没有找到可导入的文件（*.txt, *.md）。/ No disclosure files (*.txt, *.md) to import.");
                return 2;
            }
            var location = store.Location(result);
            var corpus = CorpusStore.Open(location);
            var importer = new CorpusImporter(corpus, new ImportOptions { Parallelism = Math.Max(1, result.GetValue(jobs)) });
            using var cancel = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                // First Ctrl+C: finish the document being written, then stop. Everything committed stays.
                e.Cancel = true;
                cancel.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            try
            {
                var report = Interactive(result.GetValue(quiet))
                    ? WithProgressBar(importer, sources, cancel.Token)
                    : importer.Import(sources, null, cancel.Token);
                Print(report, location);
                return report.Failed > 0 || report.Cancelled ? 1 : 0;
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        }));
        return command;
    }

    private static bool Interactive(bool quiet) => !quiet && !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    private static ImportReport WithProgressBar(CorpusImporter importer, IReadOnlyList<ImportSource> sources, CancellationToken cancel)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        ImportReport? report = null;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("导入 / importing", maxValue: sources.Count);
                var progress = new InlineProgress(p =>
                {
                    task.Value = p.Done;
                    task.Description = $"导入 {p.Imported} · 已有 {p.AlreadyStored} · 失败 {p.Failed}";
                });
                report = importer.Import(sources, progress, cancel);
                task.Value = sources.Count;
            });
        return report!;
    }

    /// <summary>Reports on the importer's own thread (Progress&lt;T&gt; would post to the thread pool and lag behind).</summary>
    private sealed class InlineProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }

    private static void Print(ImportReport report, StoreLocation location)
    {
        var ci = CultureInfo.InvariantCulture;
        Console.Out.WriteLine(string.Create(ci,
            $"语料库：{location.Display}\n文件 {report.Total} 个：新导入 {report.Imported}，已存在跳过 {report.AlreadyStored}，失败 {report.Failed}（用时 {report.Elapsed.TotalSeconds:0.0} 秒，{report.DocumentsPerSecond:0.0} 个/秒）"));
        foreach (var f in report.Failures.Take(20)) Console.Out.WriteLine($"  失败：{f.Path}：{f.Reason}");
        if (report.Failures.Count > 20) Console.Out.WriteLine(string.Create(ci, $"  ……另有 {report.Failures.Count - 20} 个失败，见 yusuan list --status failed"));
        if (report.Cancelled) Console.Out.WriteLine("已中断：已提交的文件都已保存，再次运行同一命令即可完成其余文件。/ Interrupted: committed documents are kept; run the same command again to finish.");
    }
}
