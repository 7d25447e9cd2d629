using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Narrative.Layout;
using Yusuan.Core.Reading.Tables;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading.Narrative.Targets;

/// <summary>
/// Reads one performance-target table: the header (budget unit, project, manager, funds, overall goal) and every
/// indicator row. Tab-separated and Markdown tables are read cell by cell (<see cref="TabTargetRows"/>); PDF text,
/// where every cell wraps one word per line, is rebuilt row by row (<see cref="WrappedTargetRows"/>).
/// </summary>
internal static partial class TargetTableReader
{
    private static readonly char[] Colons = ['：', ':'];

    private const string Num = @"(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)";

    public static PerformanceTargetTable? Read(IEnumerable<SourceLine> region, DiagnosticBag diagnostics)
    {
        var lines = region.ToList();
        if (lines.Count < 2) return null;
        var title = Markers.Squash(lines[0].Text);
        var kind = title.Contains("整体", StringComparison.Ordinal) || title.Contains("部门绩效", StringComparison.Ordinal) ? TargetTableKind.Department : TargetTableKind.Project;
        var tabbed = lines.Count(l => l.Text.AsSpan().Count('\t') >= 2) >= 3;
        var span = new SourceSpan(lines[0].Number, lines[^1].Number, lines[0].Page);
        try
        {
            var table = tabbed ? TabTargetRows.Read(lines, kind) : WrappedTargetRows.Read(lines, kind);
            if (table.Indicators.IsDefaultOrEmpty)
            {
                diagnostics.Warning("read.target.no-indicators", $"绩效目标表“{table.ProjectName ?? title}”未读到指标行。/ No indicator rows read.", span);
            }
            return table with { Span = span };
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            diagnostics.Warning("read.target.unreadable", $"绩效目标表无法读取：{e.Message} / Target table unreadable.", span);
            return new PerformanceTargetTable { Kind = kind, Span = span };
        }
    }

    /// <summary>The page numbers printed under a page's last row (056: "其他资金 0" / "17" at the foot of the page): a line
    /// of a page number only, the last of its page before the next page's lines. They are no figures of the table. A number
    /// alone on a line elsewhere is a wrapped cell.</summary>
    internal static HashSet<int> PageFooters(IReadOnlyList<SourceLine> lines)
    {
        var footers = new HashSet<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank || !BodyLines.IsJunk(line.Text)) continue;
            var next = i + 1;
            while (next < lines.Count && lines[next].IsBlank) next++;
            if (next < lines.Count && lines[next].Page != line.Page) footers.Add(line.Number);
        }
        return footers;
    }

    /// <summary>A project name as read, or none where what follows 项目名称 is no name: another table's header and title run
    /// into it ("金额项目类别资金性质备注…表12 2022年…预算表"). Claims rest only on names read as names.</summary>
    private static string? Name(string? read) =>
        read is null || read.Length > 60 || TableTitleInName().IsMatch(read) ? null : read;

    [GeneratedRegex(@"表\d+\d{4}年|预算表|决算表|明细表")]
    private static partial Regex TableTitleInName();

    /// <summary>Header fields from the squashed text before the indicator header.</summary>
    internal static PerformanceTargetTable Header(string squashed, TargetTableKind kind, Func<int, SourceSpan> spanAt)
    {
        string? Text(Regex pattern)
        {
            var m = pattern.Match(squashed);
            return m.Success && m.Groups["v"].Value.Length > 0 ? m.Groups["v"].Value.Trim(Colons) : null;
        }
        // 实施期 and 年度 funds side by side (西安 专项资金总体绩效目标表: "实施期资金总额：301800.00 年度资金总额：200000.00" /
        // "其中：财政拨款 301800.00 其中：财政拨款 200000.00"): each part is printed twice, the year's second.
        var periodFirst = squashed.IndexOf("实施期资金总额", StringComparison.Ordinal) is >= 0 and var p
            && squashed.IndexOf("年度资金总额", p, StringComparison.Ordinal) > p;
        Figure? Money(Regex pattern)
        {
            var m = pattern.Match(squashed);
            if (!m.Success) return null;
            if (periodFirst && pattern != TotalPattern() && m.NextMatch() is { Success: true } second) m = second;
            var g = m.Groups["n"];
            return PrintedNumber.Money(g.Value) is { } value ? new Figure(value, spanAt(g.Index)) : null;
        }
        var table = new PerformanceTargetTable
        {
            Kind = kind,
            BudgetUnit = Text(UnitPattern()),
            ProjectName = Name(Text(ProjectPattern())),
            Manager = Text(ManagerPattern()),
            FundsTotal = Money(TotalPattern()),
            FundsFiscal = Money(FiscalPattern()),
            FundsCarryover = Money(CarryoverPattern()),
            FundsOther = Money(OtherPattern()),
            OverallGoal = Text(GoalPattern()),
        };
        if (kind == TargetTableKind.Department && table.FundsFiscal is null)
        {
            // 部门整体: 财政资金 上级安排 + 本级安排, 其他资金 其他 (no printed total).
            var upper = Money(UpperPattern());
            var own = Money(OwnPattern());
            if (upper is not null || own is not null)
            {
                var span = (upper ?? own)!.Value.Span;
                table = table with { FundsFiscal = new Figure((upper?.Value ?? 0m) + (own?.Value ?? 0m), span) };
            }
            table = table with { FundsOther = table.FundsOther ?? Money(DeptOtherPattern()) };
        }
        return table;
    }

    [GeneratedRegex(@"(?:预算单位|部门名称(?:（盖章）|\(盖章\))?)(?<v>.+?)(?=项目名称|部门联系人|项目负责人|项目资金|$)")]
    private static partial Regex UnitPattern();

    [GeneratedRegex(@"项目名称(?<v>.+?)(?=项目负责人|项目资金|预算单位|主管部门|实施单位|实施期|资金总额|年度资金总额|$)")]
    private static partial Regex ProjectPattern();

    [GeneratedRegex(@"(?:项目负责人|部门联系人)(?<v>.+?)(?=项目资金|联系电话|年度|项目总体目标|$)")]
    private static partial Regex ManagerPattern();

    [GeneratedRegex(@"年度(?:预算|资金)总额[：:]?" + Num)]
    private static partial Regex TotalPattern();

    [GeneratedRegex(@"其中[：:]?财政拨款[：:]?" + Num)]
    private static partial Regex FiscalPattern();

    [GeneratedRegex(@"上年结转(?:资金)?[：:]?" + Num)]
    private static partial Regex CarryoverPattern();

    [GeneratedRegex(@"其他资金[：:]?" + Num)]
    private static partial Regex OtherPattern();

    // The goal's label in every form seen: 项目总体目标, 年度总体目标 (西南大学), 项目实施期目标 (泉州), 实施期总目标 / 年度目标 (西安),
    // 当年绩效目标 (重庆).
    [GeneratedRegex(@"(?:项目总体目标|年度总体目标|年度绩效目标|当年绩效目标|项目实施期目标|实施期总目标|年度目标)(?<v>.+?)(?=资金来源|年度预算\(|年度预算（|一级指标|$)")]
    private static partial Regex GoalPattern();

    [GeneratedRegex(@"上级安排" + Num)]
    private static partial Regex UpperPattern();

    [GeneratedRegex(@"本级安排" + Num)]
    private static partial Regex OwnPattern();

    [GeneratedRegex(@"其他资金(?:（万元）|\(万元\))?其他" + Num)]
    private static partial Regex DeptOtherPattern();

    /// <summary>一级/二级 names: "产出指标", "数量指标", "经济成本指标", "履职效能"… (whitespace removed).</summary>
    public static bool IsLevelName(string squashed) =>
        squashed.Length is >= 4 and <= 10 && (squashed.EndsWith("指标", StringComparison.Ordinal) || Level1Names.Contains(squashed))
        && !squashed.AsSpan().ContainsAnyInRange('0', '9') && !squashed.Contains('=', StringComparison.Ordinal);

    /// <summary>The usual 一级/二级 names, for text where a name must be pieced together from wrapped fragments.</summary>
    public static readonly HashSet<string> KnownLevelNames = new(StringComparer.Ordinal)
    {
        "产出指标", "效益指标", "满意度指标", "成本指标", "履职效能", "管理效率", "社会效应", "服务对象满意度", "服务对象满意度指标",
        "数量指标", "质量指标", "时效指标", "经济成本指标", "社会成本指标", "生态环境成本指标", "经济效益指标", "社会效益指标",
        "生态效益指标", "可持续影响指标", "可持续发展指标", "工作质效", "工作效能",
    };

    /// <summary>Names that are 一级指标 when they stand alone in the first column.</summary>
    public static readonly HashSet<string> Level1Names = new(StringComparer.Ordinal)
    {
        "产出指标", "效益指标", "满意度指标", "成本指标", "履职效能", "管理效率", "社会效应", "服务对象满意度",
    };

    public static Figure? Weight(string? text, SourceSpan span) =>
        text is not null && decimal.TryParse(Markers.Squash(text), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var w) ? new Figure(w, span) : null;
}
