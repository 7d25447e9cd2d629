using System.Globalization;
using System.Text;

namespace Yusuan.Core.Checking.Output;

/// <summary>The catalog as a console table and as docs/rules.md (regenerate: <c>yusuan rules --format markdown &gt; docs/rules.md</c>,
/// or run the tests with YUSUAN_UPDATE_DOCS=1).</summary>
public static class RulesDocument
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    public static string Text(RuleCatalog catalog)
    {
        var sb = new StringBuilder();
        var width = catalog.Descriptors.Max(r => r.Id.Length) + 2;
        sb.Append(Ci, $"{"规则".PadRight(width - 2)}  {"类别",-8}{"严重程度",-6}标题\n");
        foreach (var r in catalog.Descriptors)
        {
            sb.Append(Ci, $"{r.Id.PadRight(width)}{RuleCategory.ChineseName(r.Category),-8}{TextReport.Name(r.DefaultSeverity),-6}{r.Title}\n");
        }
        sb.Append(Ci, $"共 {catalog.Descriptors.Length} 条规则\n");
        return sb.ToString();
    }

    public static string Markdown(RuleCatalog catalog)
    {
        var sb = new StringBuilder();
        sb.Append("# Yusuan 检查规则目录 (rule catalog)\n\n");
        sb.Append("Generated from the rule catalog (`RuleCatalog.Default`). Do not edit by hand: run\n");
        sb.Append("`yusuan rules --format markdown > docs/rules.md` or `YUSUAN_UPDATE_DOCS=1 dotnet test --filter RulesDocumentation`.\n");
        sb.Append("Severities are the defaults; a profile (docs/checking.md) may change them. Money comparisons are rounding-aware:\n");
        sb.Append("a difference within rounding or a slip of a few cents is at most a warning, whatever the rule's severity.\n\n");
        sb.Append(Ci, $"{catalog.Descriptors.Length} rules.\n");
        foreach (var category in RuleCategory.All)
        {
            var rules = catalog.Descriptors.Where(r => r.Category == category).ToList();
            if (rules.Count == 0) continue;
            sb.Append(Ci, $"\n## {RuleCategory.ChineseName(category)} ({category})\n\n");
            sb.Append("| id | 标题 | 严重程度 | 依据 |\n|----|------|----------|------|\n");
            foreach (var r in rules)
            {
                var title = r.Help is null ? r.Title : $"{r.Title}。{r.Help}";
                sb.Append(Ci, $"| `{r.Id}` | {Escape(title)} | {FindingsJson.Level(r.DefaultSeverity)} | {Escape(r.Basis)} |\n");
            }
        }
        return sb.ToString();
    }

    private static string Escape(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
