using System.Globalization;
using Yusuan.Fuzz;

// yusuan-fuzz [--cases N] [--seed S] [--case K[,K…]] [--workers W] [--root DIR]: mutates the samples, runs read and check
// (and render) in-process, prints every failure with the case that makes it, and exits 1 if there was any.
var cases = 10_000;
var seed = 1;
List<int>? only = null;
var workers = Environment.ProcessorCount;
string? root = null;
string? save = null;
for (var i = 0; i < args.Length; i++)
{
    var value = i + 1 < args.Length ? args[i + 1] : null;
    switch (args[i])
    {
        case "--cases" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0: cases = n; i++; break;
        case "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out var s): seed = s; i++; break;
        case "--workers" when int.TryParse(value, CultureInfo.InvariantCulture, out var w) && w > 0: workers = w; i++; break;
        case "--case" when value is not null: only = value.Split(',').Select(k => int.Parse(k, CultureInfo.InvariantCulture)).ToList(); i++; break;
        case "--root" when value is not null: root = value; i++; break;
        case "--save" when value is not null: save = value; i++; break;
        default:
            Console.Error.WriteLine("用法 / usage: yusuan-fuzz [--cases N] [--seed S] [--case K[,K…] [--save DIR]] [--workers W] [--root REPO]");
            return 2;
    }
}
root ??= RepositoryRoot.Find();
var work = Path.Combine(Path.GetTempPath(), "yusuan-fuzz-" + Environment.ProcessId);
try
{
    if (save is not null)
    {
        // --save DIR writes the cases' files (named by index) to run them by hand: yusuan check DIR/17-case.txt.
        Directory.CreateDirectory(save);
        var maker = new CaseMaker(SeedFiles.Load(root, Path.Combine(work, "seeds")), seed);
        foreach (var index in only ?? Enumerable.Range(0, cases))
        {
            var c = maker.Make(index);
            File.WriteAllBytes(Path.Combine(save, $"{index}-{c.FileName}"), c.Bytes);
            Console.WriteLine(c.Describe());
        }
        return 0;
    }
    var result = Fuzzer.Run(new FuzzOptions { Cases = cases, Seed = seed, Only = only, Workers = workers, Root = root, Work = work }, Console.Error);
    foreach (var f in result.Failures) Console.WriteLine(f);
    Console.WriteLine(result.Summary());
    return result.Failures.Count == 0 ? 0 : 1;
}
finally
{
    try { Directory.Delete(work, recursive: true); } catch (IOException) { }
}
