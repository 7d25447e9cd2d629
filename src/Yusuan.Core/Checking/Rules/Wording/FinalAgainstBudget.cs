using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Checking.Rules.Wording;

/// <summary>
/// A 决算's statement of an item against its budget, as the national template words it: "年初预算为A万元，支出决算为B万元，
/// 完成年初预算的C%。决算数小于预算数的主要原因：…". Found in the prose of a 决算 only.
/// </summary>
internal sealed partial record FinalStatement(ProseParagraph Paragraph, Printed Budget, Printed Final, string Unit, int FinalEnd, int Start)
{
    public Match? Completion { get; init; }

    public Match? Relation { get; init; }

    /// <summary>A reason is given ("主要原因" after the pair, before the next pair).</summary>
    public bool Reasoned { get; init; }

    /// <summary>The document's statements, found once (<see cref="DocumentIndex"/>): three rules read them.</summary>
    public static ImmutableArray<FinalStatement> In(Disclosure d) => DocumentIndex.Of(d).FinalStatements;

    internal static ImmutableArray<FinalStatement> Find(Disclosure d)
    {
        if (d.Meta.Kind != DisclosureKind.FinalAccount) return [];
        var found = ImmutableArray.CreateBuilder<FinalStatement>();
        foreach (var p in d.Prose)
        {
            var pairs = Pair().Matches(p.Text);
            for (var i = 0; i < pairs.Count; i++)
            {
                var m = pairs[i];
                if (m.Groups["bu"].Value != m.Groups["fu"].Value) continue; // 元 against 万元: not compared here.
                if (PrintedNumber.Money(m.Groups["b"].Value) is not { } budget || PrintedNumber.Money(m.Groups["f"].Value) is not { } final) continue;
                var end = m.Index + m.Length;
                var next = i + 1 < pairs.Count ? pairs[i + 1].Index : p.Text.Length;
                var tail = p.Text[end..next];
                // The completion belongs to this pair while no other item's 决算 figure comes between; the relation
                // ("决算数小于预算数") and its reason are the pair's up to the next pair, as only a pair has a budget to compare.
                var nextFinal = OtherFinal().Match(tail) is { Success: true } o ? o.Index : tail.Length;
                var completion = CompletionPattern().Match(tail) is { Success: true } c && c.Index < nextFinal ? c : null;
                var relation = RelationPattern().Match(tail) is { Success: true } r ? r : null;
                found.Add(new FinalStatement(p, Printed.Of(budget), Printed.Of(final), m.Groups["fu"].Value, end, m.Index)
                {
                    Completion = completion,
                    Relation = relation,
                    Reasoned = tail.Contains("原因", StringComparison.Ordinal),
                });
            }
        }
        return found.ToImmutable();
    }

    /// <summary>"（年初|全年）预算（数）为 A 万元，（支出）决算（数）为 B 万元".</summary>
    [GeneratedRegex(@"(?:年初|全年|调整)?预算(?:数)?(?:为|是)\s*(?<b>\d[\d,]*(?:\.\d+)?)\s*(?<bu>万元|元)[，,、；]?\s*(?:[\p{IsCJKUnifiedIdeographs}（）“”]{0,16}?)决算(?:数)?(?:为|是)\s*(?<f>\d[\d,]*(?:\.\d+)?)\s*(?<fu>万元|元)")]
    private static partial Regex Pair();

    [GeneratedRegex(@"决算(?:数)?(?:为|是)\s*\d")]
    private static partial Regex OtherFinal();

    [GeneratedRegex(@"完成(?:年初|全年|调整)?预算(?:数)?的\s*(?<c>\d+(?:\.\d+)?)\s*[%％]")]
    private static partial Regex CompletionPattern();

    [GeneratedRegex(@"决算数?(?<w>大于|小于|等于|高于|低于|超过|少于|多于|持平于|与)(?:年初|全年|调整)?预算数?(?<eq>持平|相等|一致)?")]
    private static partial Regex RelationPattern();
}

/// <summary>"决算数小于预算数" said of a 决算 larger than its budget, or "等于" of two figures that differ.</summary>
public sealed class FinalRelationWording : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("W.final-relation", "决算数大于/小于/等于预算数的表述与两个数字一致", RuleCategory.Wording, Severity.Error, Basis.TextArithmetic)
    {
        Help = "决算说明写“决算数小于预算数”时，所述决算数应确实小于年初预算数；相等时写“等于”或“持平”。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        foreach (var s in FinalStatement.In(d))
        {
            if (s.Relation is not { } r) continue;
            var said = Said(r);
            if (said is null) continue;
            var actual = Math.Sign(s.Final.Value - s.Budget.Value);
            if (said == actual) continue;
            var word = actual > 0 ? "大于" : actual < 0 ? "小于" : "等于";
            yield return Report($"说明称“{r.Value}”，但决算数 {Money.Plain(s.Final.Value)} {s.Unit}{word}预算数 {Money.Plain(s.Budget.Value)} {s.Unit}",
                ProseScan.At(s.Paragraph, s.FinalEnd + r.Index), $"决算数{word}预算数", r.Value);
        }
    }

    private static int? Said(System.Text.RegularExpressions.Match r) => r.Groups["w"].Value switch
    {
        "大于" or "高于" or "超过" or "多于" => 1,
        "小于" or "低于" or "少于" => -1,
        "等于" or "持平于" => 0,
        "与" when r.Groups["eq"].Success => 0,
        _ => null,
    };
}

/// <summary>"完成年初预算的C%" against the two figures it follows.</summary>
public sealed class FinalCompletionPercent : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("W.final-completion", "完成预算的百分比 = 决算数 ÷ 预算数", RuleCategory.Wording, Severity.Error, Basis.TextArithmetic)
    {
        Help = "决算说明“完成年初预算的C%”中的 C 应等于所述决算数除以年初预算数（按打印精度允许舍入误差）。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        foreach (var s in FinalStatement.In(d))
        {
            if (s.Completion is not { } c || s.Budget.Value <= 0 || PrintedNumber.Money(c.Groups["c"].Value) is not { } percent) continue;
            var stated = Printed.Of(percent);
            // Each figure is rounded to its printed places: the ratio may be anywhere between the extremes.
            var (budget, final) = (s.Budget, s.Final);
            var low = Math.Max(0, final.Value - final.Half) / (budget.Value + budget.Half) * 100m;
            var high = (final.Value + final.Half) / Math.Max(budget.Value - budget.Half, 0.0000001m) * 100m;
            if (stated.Value + stated.Half >= low && stated.Value - stated.Half <= high) continue;
            var cd = Money.Scale(percent);
            var places = Math.Max(cd, 2);
            var expected = Math.Round(final.Value / budget.Value * 100m, places, MidpointRounding.AwayFromZero);
            var shown = expected.ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            // Off by one in the last printed place (95.45 for 95.457: cut, not rounded) is a rounding slip, not a wrong figure.
            var slip = Math.Abs(stated.Value - expected) <= 2 * stated.Half;
            yield return Report($"说明称完成预算的 {c.Groups["c"].Value}%，但决算数 {Money.Plain(final.Value)} ÷ 预算数 {Money.Plain(budget.Value)} = {shown}%"
                + (slip ? "（末位相差 1，舍入差错）" : string.Empty),
                ProseScan.At(s.Paragraph, s.FinalEnd + c.Index), shown, c.Groups["c"].Value, severity: slip ? Severity.Warning : null);
        }
    }
}

/// <summary>A 决算 that differs from its budget says why (操作规程: 说明决算数与预算数差异的原因).</summary>
public sealed class FinalDifferenceReason : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("W.final-reason", "决算数与预算数不同时说明了原因", RuleCategory.Wording, Severity.Warning, Basis.Rules143)
    {
        Help = "决算数与年初预算数有差异的项目，应说明差异的主要原因。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        foreach (var s in FinalStatement.In(d))
        {
            if (s.Final.Value == s.Budget.Value || s.Reasoned || s.Relation is null) continue;
            yield return Report($"决算数 {Money.Plain(s.Final.Value)} {s.Unit}与预算数 {Money.Plain(s.Budget.Value)} {s.Unit}不同，写了“{s.Relation.Value}”但没有说明原因",
                ProseScan.At(s.Paragraph, s.Start), "主要原因", "（无）");
        }
    }
}
