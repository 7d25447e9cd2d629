using Yusuan.Core.Model;
using Yusuan.Core.Reading;

namespace Yusuan.Core.Tests.Reading;

/// <summary>Every corpus disclosure (other provinces, years, 决算) reads without errors, with the unit, year, kind and
/// tables a person reads off the document.</summary>
public sealed class CorpusReadingTests
{
    private const string ShanghaiBudget = "T1 T2 T3 T4 T5 T6 T8 T9 T10";
    private const string Jiangsu = "T1 T3 T4 T5 T6 T8 T10";

    public static TheoryData<string, string, int, DisclosureKind, int, string> Documents => new()
    {
        { "001", "上海市普陀区财政局", 2024, DisclosureKind.FinalAccount, 9, "T1 T2 T3 T4 T5 T6 T8 T9 T10" },
        { "004", "上海市普陀区人民政府办公室", 2025, DisclosureKind.Budget, 9, ShanghaiBudget },
        { "007", "上海市普陀区人民政府万里街道办事处", 2024, DisclosureKind.Budget, 9, ShanghaiBudget },
        { "008", "上海市普陀区人民政府万里街道办事处", 2025, DisclosureKind.Budget, 9, ShanghaiBudget },
        { "009", "上海市普陀区财政局", 2025, DisclosureKind.Budget, 9, ShanghaiBudget },
        { "013", "江苏省人大常委会办公厅", 2019, DisclosureKind.Budget, 12, Jiangsu },
        { "014", "江苏省人民检察院", 2019, DisclosureKind.Budget, 12, Jiangsu },
        { "015", "江苏省委办公厅", 2019, DisclosureKind.Budget, 12, Jiangsu },
        { "016", "江苏省政协办公厅", 2019, DisclosureKind.Budget, 12, Jiangsu },
        { "017", "江苏省高级人民法院", 2019, DisclosureKind.Budget, 12, Jiangsu },
        { "022", "上海市普陀区人民政府万里街道办事处", 2023, DisclosureKind.Budget, 9, ShanghaiBudget },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Each_corpus_document_reads_its_unit_year_kind_and_tables(string prefix, string unit, int year, DisclosureKind kind, int tables, string canonical)
    {
        var document = DisclosureReader.ReadFile(Samples.Corpus(prefix)).GetValueOrThrow();
        Assert.Empty(document.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"{d.Span}: {d.Code} {d.Message}"));
        Assert.Equal(unit, document.Meta.UnitName);
        Assert.Equal(year, document.Meta.Year);
        Assert.Equal(kind, document.Meta.Kind);
        Assert.Equal(tables, document.Tables.Length);
        Assert.Equal(canonical, string.Join(' ', document.Tables.Where(t => t.Canonical is not null).Select(t => t.Canonical!.Value).Order().Select(t => t.ToString())));
    }

    [Fact]
    public void Shanghai_budget_tables_are_read_in_yuan_and_the_three_public_table_in_wan_yuan()
    {
        var document = DisclosureReader.ReadFile(Samples.Corpus("004")).GetValueOrThrow();
        Assert.Equal(MoneyUnit.Yuan, document.Table(TableId.T1)!.Unit);
        Assert.Equal(MoneyUnit.WanYuan, document.Table(TableId.T10)!.Unit);
        Assert.Equal(MoneyUnit.WanYuan, document.Meta.MoneyUnit);
        Assert.Equal(91_016_775.35m, document.Table(TableId.T1)!.Value("income.total", "amount")!.Value.Value);
        // 201 03 02 一般行政管理事务 46,140,000.00 stands under 项目支出 (its siblings' 基本支出 add up to the 款's).
        Assert.Equal(46_140_000.00m, document.Table(TableId.T3)!.Value("2010302", "project")!.Value.Value);
        Assert.Equal(213.28m, document.Table(TableId.T10)!.Value("operating_cost", "total")!.Value.Value);
    }

    [Fact]
    public void Shanghai_economic_codes_printed_with_a_one_digit_kuan_are_read_as_that_kuan()
    {
        // 007 表6 prints "301   2     津贴补贴" and "301   7     绩效工资" for 30102 and 30107.
        var t6 = DisclosureReader.ReadFile(Samples.Corpus("007")).GetValueOrThrow().Table(TableId.T6)!;
        Assert.Equal(16_623_810m, t6.Value("30102", "personnel")!.Value.Value);
        Assert.Equal(11_447_100m, t6.Value("30107", "total")!.Value.Value);
        var kuan = t6.Rows.Where(r => r.Key.Length == 5 && r.Key.StartsWith("301", StringComparison.Ordinal)).Sum(r => r.Cells["total"].Value);
        Assert.Equal(t6.Value("301", "total")!.Value.Value, kuan);
    }

    [Fact]
    public void A_bare_zero_right_of_a_rows_figures_is_a_figure_not_part_of_the_name()
    {
        // 007 表6: "301   01    基本工资   5,873,551    5,873,551            0".
        var row = DisclosureReader.ReadFile(Samples.Corpus("007")).GetValueOrThrow().Table(TableId.T6)!.Row("30101")!;
        Assert.Equal("基本工资", row.Label);
        Assert.Equal(0m, row.Cells["public"].Value);
        Assert.Equal(5_873_551m, row.Cells["personnel"].Value);
    }

    [Fact]
    public void Jiangsu_three_public_table_keeps_meeting_and_training_costs()
    {
        var t10 = DisclosureReader.ReadFile(Samples.Corpus("013")).GetValueOrThrow().Table(TableId.T10)!;
        Assert.Equal(767.60m, t10.Value("total", "total")!.Value.Value);
        Assert.Equal(1469.73m, t10.Value("meeting", "total")!.Value.Value);
        Assert.Equal(363.38m, t10.Value("training", "total")!.Value.Value);
        Assert.Equal(183.60m, t10.Value("vehicle_operation", "total")!.Value.Value);
        Assert.Null(t10.Value("vehicle_purchase", "total"));
    }

    [Fact]
    public void Seeds_read_their_meta()
    {
        var expected = new (string Prefix, string Unit, int Year, DisclosureScope Scope, string Template, string Published)[]
        {
            ("000", "新疆巴州人民政府办公室", 2025, DisclosureScope.Unit, "xinjiang-2025", "2025-02-12"),
            ("001", "新疆维吾尔自治区人民政府办公厅", 2025, DisclosureScope.Department, "xinjiang-2025", "2025-02-18"),
            ("002", "新疆维吾尔自治区喀什地区喀什市人民政府办公室", 2025, DisclosureScope.Department, "xinjiang-2025", "2025-02-14"),
            ("003", "新疆巴州人民政府办公室", 2022, DisclosureScope.Department, "xinjiang-2022", "2022-02-16"),
            ("004", "中共新疆巴音郭楞蒙古自治州委员会办公室", 2023, DisclosureScope.Department, "xinjiang-2025", "2023-02-10"),
        };
        foreach (var (prefix, unit, year, scope, template, published) in expected)
        {
            var meta = DisclosureReader.ReadFile(Samples.Seed(prefix)).GetValueOrThrow().Meta;
            Assert.Equal(unit, meta.UnitName);
            Assert.Equal(year, meta.Year);
            Assert.Equal(scope, meta.Scope);
            Assert.Equal(template, meta.Template);
            Assert.Equal("新疆", meta.Region);
            Assert.Equal(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), meta.PublishedDate);
        }
    }
}
