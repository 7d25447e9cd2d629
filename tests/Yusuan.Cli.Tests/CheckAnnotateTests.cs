using UglyToad.PdfPig;
using Yusuan.Cli.Commands;

namespace Yusuan.Cli.Tests;

/// <summary><c>check FILE.pdf --annotate OUT.pdf</c>: the original with a note per finding; other inputs are refused.</summary>
public sealed class CheckAnnotateTests : IDisposable
{
    private static readonly string Root = FindRoot();
    private readonly string dir = Directory.CreateTempSubdirectory("yusuan-cli-annotate-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static (int Code, string Out, string Err) Run(string path, CheckFiles files, string format = "text")
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CheckCommand.Run(path, format, null, "info", output, error, [], files);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void A_pdf_is_written_again_with_its_pages_and_a_note_per_located_finding()
    {
        var input = Directory.GetFiles(Path.Combine(Root, "samples", "corpus", "pdf"), "004_*.pdf").Single();
        var target = Path.Combine(dir, "批注.pdf");

        var (code, text, err) = Run(input, new CheckFiles(Annotate: target));

        Assert.Equal(0, code);
        Assert.Contains("第 6 页", text);
        Assert.Contains("已写入", err);
        using var before = PdfDocument.Open(input);
        using var after = PdfDocument.Open(target);
        Assert.Equal(before.NumberOfPages, after.NumberOfPages);
        var pages = text.Split('\n').Count(l => l.Contains("第 ", StringComparison.Ordinal) && l.Contains(" 页", StringComparison.Ordinal) && l.TrimStart().StartsWith('['));
        Assert.Equal(pages, after.GetPages().Sum(p => p.GetAnnotations().Count()) - before.GetPages().Sum(p => p.GetAnnotations().Count()));
    }

    [Fact]
    public void Annotating_a_text_file_or_a_folder_exits_two_with_one_sentence()
    {
        var seeds = Path.Combine(Root, "samples", "seeds");
        var text = Run(Directory.GetFiles(seeds, "000*.txt").Single(), new CheckFiles(Annotate: Path.Combine(dir, "a.pdf")));
        var folder = Run(seeds, new CheckFiles(Annotate: Path.Combine(dir, "b.pdf")));

        foreach (var (code, output, error) in new[] { text, folder })
        {
            Assert.Equal((2, string.Empty), (code, output));
            Assert.Single(error.Trim().Split('\n'));
        }
        Assert.Empty(Directory.GetFiles(dir));
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Yusuan.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("找不到仓库根目录。");
    }
}
