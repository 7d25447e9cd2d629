using System.Text.RegularExpressions;
using Yusuan.Core.Checking;
using Yusuan.Core.Checking.Output;

namespace Yusuan.Core.Tests.Checking;

/// <summary>Architecture tests for the rule catalog, and docs/rules.md kept in step with it.</summary>
public partial class RuleCatalogTests
{
    [Fact]
    public void Every_rule_class_has_a_catalog_entry_with_a_unique_id()
    {
        var classes = typeof(Rule).Assembly.GetTypes().Where(t => t is { IsAbstract: false, IsClass: true } && typeof(Rule).IsAssignableFrom(t)).ToList();
        var catalogTypes = RuleCatalog.Default.Rules.Select(r => r.GetType()).ToHashSet();
        Assert.All(classes, c => Assert.Contains(c, catalogTypes));
        Assert.Equal(RuleCatalog.Default.Rules.Length, RuleCatalog.Default.Rules.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void Rules_live_in_the_folder_of_their_category_and_have_a_title_and_basis()
    {
        foreach (var rule in RuleCatalog.Default.Rules)
        {
            var d = rule.Descriptor;
            Assert.Contains(d.Category, RuleCategory.All);
            Assert.EndsWith("Rules." + d.Category, rule.GetType().Namespace);
            Assert.False(string.IsNullOrWhiteSpace(d.Title));
            Assert.False(string.IsNullOrWhiteSpace(d.Basis));
            Assert.Matches(IdPattern(), d.Id);
        }
    }

    /// <summary>A user who meets a finding reads its help: what the rule guards against, how the figure should be, how to fix
    /// it. A help that only repeats the title tells them nothing.</summary>
    [Fact]
    public void Every_rule_has_a_help_text_beyond_its_title_and_names_its_basis()
    {
        var lacking = RuleCatalog.Default.Descriptors
            .Where(d => string.IsNullOrWhiteSpace(d.Help) || d.Help.Trim().Length < 15 || d.Help.Trim() == d.Title.Trim() || string.IsNullOrWhiteSpace(d.Basis))
            .Select(d => d.Id).ToList();
        Assert.True(lacking.Count == 0, "缺少说明（至少 15 字且不同于标题）或依据的规则：" + string.Join(", ", lacking));
    }

    /// <summary>docs/rule-ids.txt lists every id Yusuan has shipped: users filter on them, baselines and profiles name them.
    /// An id is never renamed or reused; a retired one stays in the file as "retired ID".</summary>
    [Fact]
    public void Rule_ids_are_the_shipped_ones()
    {
        var lines = File.ReadAllLines(Path.Combine(Samples.Root, "docs", "rule-ids.txt")).Where(l => l.Length > 0 && l[0] != '#').ToList();
        var shipped = lines.Where(l => !l.StartsWith("retired ", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var retired = lines.Where(l => l.StartsWith("retired ", StringComparison.Ordinal)).Select(l => l["retired ".Length..]).ToHashSet(StringComparer.Ordinal);
        var catalog = RuleCatalog.Default.Descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        Assert.True(catalog.Except(shipped).ToList() is [], "新规则编号未登记到 docs/rule-ids.txt：" + string.Join(", ", catalog.Except(shipped)));
        Assert.True(shipped.Except(catalog).ToList() is [], "已发布的规则编号不见了（改名或删除须在 docs/rule-ids.txt 记为 retired）：" + string.Join(", ", shipped.Except(catalog)));
        Assert.Empty(retired.Intersect(catalog));
    }

    [Fact]
    public void Year_over_year_rules_are_in_the_catalog()
    {
        foreach (var d in Yusuan.Core.Comparing.YearOverYearCheck.Descriptors)
        {
            Assert.Same(d, RuleCatalog.Default.Find(d.Id));
            Assert.Equal(RuleCategory.YearOverYear, d.Category);
        }
        Assert.Contains(RuleCatalog.Default.Descriptors, d => d.Id == "YOY.amount-mismatch");
    }

    [Fact]
    public void Rule_classes_hold_no_mutable_state()
    {
        foreach (var type in RuleCatalog.Default.Rules.Select(r => r.GetType()))
        {
            var fields = type.GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public);
            Assert.All(fields, f => Assert.True(f.IsInitOnly, $"{type.Name}.{f.Name} is mutable"));
        }
    }

    /// <summary>docs/rules.md is generated from the catalog. Regenerate with YUSUAN_UPDATE_DOCS=1 (this test writes it) or
    /// <c>yusuan rules --format markdown &gt; docs/rules.md</c>.</summary>
    [Fact]
    public void RulesDocumentation_is_up_to_date_with_the_catalog()
    {
        var path = Path.Combine(Samples.Root, "docs", "rules.md");
        var expected = RulesDocument.Markdown(RuleCatalog.Default);
        if (Environment.GetEnvironmentVariable("YUSUAN_UPDATE_DOCS") == "1") File.WriteAllText(path, expected);
        Assert.True(File.Exists(path), "docs/rules.md is missing: run YUSUAN_UPDATE_DOCS=1 dotnet test --filter RulesDocumentation");
        Assert.Equal(expected, File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^(T\d+|Table|X|N|M|P|G|C|K|W|YOY)\.[A-Za-z0-9][a-zA-Z0-9-]*$")]
    private static partial Regex IdPattern();
}
