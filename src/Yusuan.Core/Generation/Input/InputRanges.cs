using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Yusuan.Core.Model;

namespace Yusuan.Core.Generation.Input;

/// <summary>
/// Every figure of the input within what a budget can hold, before anything is added up: amounts (万元), areas and counts
/// are not negative, an amount is at most <see cref="MaxAmount"/> 万元 (a hundred times the national budget) and a count
/// at most <see cref="MaxCount"/>. Each figure outside is one error naming its field (<c>projects[0].allocations[3].amount</c>),
/// and such an input is not generated even with <c>--force</c>: sums of figures at the edge of <see cref="decimal"/>
/// cannot be formed. Walks the input's settable properties by reflection, so a new field is covered the day it is added.
/// </summary>
public static class InputRanges
{
    public const decimal MaxAmount = 1_000_000_000_000m;

    public const int MaxCount = 10_000_000;

    /// <summary>Fields that are not figures of money, area or count (the year has its own check).</summary>
    private static readonly HashSet<string> NotFigures = ["year"];

    public static IReadOnlyList<InputIssue> Check(BudgetInput input)
    {
        var issues = new List<InputIssue>();
        Walk(input, string.Empty, issues, depth: 0);
        return issues;
    }

    private static void Walk(object? value, string path, List<InputIssue> issues, int depth)
    {
        if (value is null || depth > 16 || issues.Count >= 50) return;
        switch (value)
        {
            case decimal d:
                if (d < 0) issues.Add(Issue(path, $"不能为负数（{d.ToString(CultureInfo.InvariantCulture)}）。/ must not be negative."));
                else if (d > MaxAmount) issues.Add(Issue(path, $"数值 {Short(d)} 超出合理范围（至多 {MaxAmount:#,0} 万元）。/ is beyond any budget."));
                return;
            case int i:
                if (i < 0) issues.Add(Issue(path, $"不能为负数（{i.ToString(CultureInfo.InvariantCulture)}）。/ must not be negative."));
                else if (i > MaxCount) issues.Add(Issue(path, $"数值 {i.ToString(CultureInfo.InvariantCulture)} 超出合理范围（至多 {MaxCount:#,0}）。/ is beyond any count."));
                return;
            case string or bool or Enum:
                return;
            case IDictionary dictionary:
                foreach (DictionaryEntry e in dictionary) Walk(e.Value, $"{path}.{e.Key}", issues, depth + 1);
                return;
            case IEnumerable items:
                var n = 0;
                foreach (var item in items) Walk(item, $"{path}[{n++}]", issues, depth + 1);
                return;
        }
        var type = value.GetType();
        if (type.Namespace != typeof(BudgetInput).Namespace) return;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            // Init-only properties are the input's fields; getter-only ones (Total) are sums, formed after this check.
            if (!property.CanWrite || property.GetIndexParameters().Length > 0) continue;
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (depth == 0 && NotFigures.Contains(name)) continue;
            // Changes (staff.activeChange) are signed; they are still bounded.
            var at = path.Length == 0 ? name : $"{path}.{name}";
            if (name.EndsWith("Change", StringComparison.Ordinal) && property.GetValue(value) is int change)
            {
                if (Math.Abs((long)change) > MaxCount) issues.Add(Issue(at, $"数值 {change.ToString(CultureInfo.InvariantCulture)} 超出合理范围。/ is beyond any count."));
                continue;
            }
            Walk(property.GetValue(value), at, issues, depth + 1);
        }
    }

    private static InputIssue Issue(string path, string message) => new(DiagnosticSeverity.Error, "input.range", path, message);

    private static string Short(decimal d)
    {
        var s = d.ToString(CultureInfo.InvariantCulture);
        return s.Length <= 24 ? s : s[..20] + "…";
    }
}
