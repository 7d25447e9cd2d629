using Yusuan.Core.Classification;
using Yusuan.Core.Model;
using Yusuan.Core.Reading;
using Yusuan.Core.Reading.Tables;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Tests.Reading.Tables;

/// <summary>
/// The project's classification catalog includes every code/name pair printed in the seeds and the corpus, with where
/// each was seen (Classification/Data/*-observed-projects.csv). Regenerate after adding samples with
/// <c>YUSUAN_UPDATE_CATALOG=1 dotnet test --filter ObservedCatalog</c>; review the diff.
/// </summary>
public sealed class ObservedCatalogTests
{
    private const string FunctionFile = "function-classification-observed-projects.csv";
    private const string EconomicFile = "economic-classification-department-observed-projects.csv";

    private sealed record Pair(CodeScheme Scheme, string Code, string Name, string Source);

    private static List<Pair> Observed()
    {
        var pairs = new List<Pair>();
        foreach (var path in Samples.AllSeeds().Concat(Samples.AllCorpus()))
        {
            var text = File.ReadAllText(path);
            var source = SourceText.From(text, path);
            var meta = DisclosureReader.Read(source).Meta;
            var label = Path.GetFileNameWithoutExtension(path) + "@" + (meta.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?");
            var bag = new DiagnosticBag();
            foreach (var region in TableLocator.Find(source))
            {
                var raw = BodyReader.Read(source, region, meta.Template, bag);
                // Names assembled from several layout lines are not trusted, nor the two side-by-side blocks of the
                // Shanghai 决算 basic-expenditure table (its codes and names stand on different lines).
                var twoBlocks = raw.Template.Codes == CodeScheme.Economic && raw.Header.Text.Split("科目编码").Length > 2;
                if (raw.Template.Shape == TableShape.Coded && !raw.Template.HasProjects && raw.Template.Codes != CodeScheme.None && !twoBlocks)
                {
                    foreach (var row in raw.Rows.Where(r => r.Code is not null && Printed(r.Label) && !(raw.Mode == CellMode.Layout && r.LabelContinues)))
                    {
                        pairs.Add(new Pair(raw.Template.Codes, row.Code!, Squash(row.Label), label));
                    }
                }
                if (raw.Template.Shape == TableShape.Lines)
                {
                    foreach (var seg in raw.Rows.SelectMany(r => r.Segments))
                    {
                        var s = Squash(seg.Label);
                        if (s.Length > 3 && s[..3].All(char.IsAsciiDigit) && s[0] == '2' && Printed(s[3..])) pairs.Add(new Pair(CodeScheme.Function, s[..3], s[3..], label));
                    }
                }
            }
        }
        return pairs;
    }

    private static bool Printed(string label) => Squash(label).Length >= 2 && Squash(label).All(c => c >= '\u4e00' && c <= '\u9fff' || c is '（' or '）' or '(' or ')' or '、' or '“' or '”');

    private static string Squash(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    private static string DataPath(string file) => Path.Combine(Samples.Root, "src", "Yusuan.Core", "Classification", "Data", file);

    private static string Csv(IEnumerable<Pair> pairs, CodeScheme scheme)
    {
        var lines = new List<string> { "code,level,name,parent_code,sources" };
        foreach (var g in pairs.Where(p => p.Scheme == scheme).GroupBy(p => (p.Code, p.Name)).OrderBy(g => g.Key.Code, StringComparer.Ordinal).ThenBy(g => g.Key.Name, StringComparer.Ordinal))
        {
            var code = g.Key.Code;
            var level = code.Length == 3 ? "类" : scheme == CodeScheme.Economic || code.Length == 5 ? "款" : "项";
            var parent = code.Length == 3 ? string.Empty : code[..(code.Length - 2)];
            lines.Add($"{code},{level},{g.Key.Name},{parent},{string.Join(';', g.Select(p => p.Source).Distinct().Order(StringComparer.Ordinal))}");
        }
        return string.Join('\n', lines) + "\n";
    }

    [Fact]
    public void Every_code_and_name_printed_in_the_samples_is_in_the_committed_catalog_data()
    {
        var observed = Observed();
        if (Environment.GetEnvironmentVariable("YUSUAN_UPDATE_CATALOG") == "1")
        {
            File.WriteAllText(DataPath(FunctionFile), Csv(observed, CodeScheme.Function));
            File.WriteAllText(DataPath(EconomicFile), Csv(observed, CodeScheme.Economic));
        }
        var committed = File.ReadAllLines(DataPath(FunctionFile)).Concat(File.ReadAllLines(DataPath(EconomicFile)))
            .Skip(1).Select(l => l.Split(',')).Where(p => p.Length >= 3).Select(p => (p[0], p[2])).ToHashSet();
        var missing = observed.Select(p => (p.Code, p.Name)).Distinct().Where(p => !committed.Contains(p)).ToList();
        Assert.True(missing.Count == 0, "not in the catalog data (regenerate with YUSUAN_UPDATE_CATALOG=1): " + string.Join(", ", missing.Take(20)));
        Assert.True(observed.Count > 300);
    }

    [Fact]
    public void The_catalog_names_codes_seen_only_in_the_samples()
    {
        var catalog = ClassificationCatalog.Default;
        Assert.Equal("政府办公厅（室）及相关机构事务", catalog.Function(FunctionCode.Parse("20103"))!.Name);
        Assert.NotNull(catalog.Function(FunctionCode.Parse("2010399")));
        Assert.NotNull(catalog.Economic(EconomicCode.Parse("30239")));
    }

    [Fact]
    public void Rows_that_print_only_a_code_are_named()
    {
        // 002 表3 and 表5 print codes and figures without names.
        var document = DisclosureReader.ReadFile(Samples.Seed("002")).GetValueOrThrow();
        var row = document.Table(TableId.T3)!.Row("2013299")!;
        Assert.Equal("其他组织事务支出", row.Label.Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.Equal("行政运行", document.Table(TableId.T5)!.Row("2010301")!.Label);
    }
}
