using System.Text.RegularExpressions;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Narrative.Layout;

namespace Yusuan.Core.Reading.Narrative.Claims;

/// <summary>
/// Names what a stated figure is about (<see cref="ClaimKeys"/>), from the words before it and the section it sits in:
/// "基本支出" is the whole budget's in 三、支出预算 but the 一般公共预算's in 五 and 六.
/// </summary>
internal sealed partial class SubjectResolver(FunctionResolver functions)
{
    private static readonly char[] EdgePunctuation = ['，', ',', '；', ';', '：', ':', '、', '。', ' '];
    private static readonly char[] LeadPunctuation = ['：', ':', '，', ',', ' '];
    private static readonly string[] LeadWords = ["其中", "包括", "分别是", "分别为"];

    /// <summary>Subject words that say nothing by themselves ("2025年预算数为").</summary>
    public static bool IsGeneric(string cleaned) =>
        cleaned.Length == 0 || cleaned is "预算数" or "预算" or "预算安排" or "金额" or "预算金额" or "合计" or "共计" or "总计" or "其中" or "资金" or "预算为"
        || GenericPattern().IsMatch(cleaned);

    /// <summary>Strips list markers, quotes, "其中：", a leading year and a trailing "为".</summary>
    public static string Clean(string text)
    {
        var s = text.Trim().Trim(EdgePunctuation);
        for (var again = true; again;)
        {
            again = false;
            if (LeadingMarkerLength(s) is > 0 and var length)
            {
                s = s[length..].TrimStart();
                again = true;
            }
            foreach (var lead in LeadWords)
            {
                if (s.StartsWith(lead, StringComparison.Ordinal))
                {
                    s = s[lead.Length..].TrimStart(LeadPunctuation);
                    again = true;
                }
            }
        }
        s = s.Replace("“", string.Empty, StringComparison.Ordinal).Replace("”", string.Empty, StringComparison.Ordinal).Replace("\"", string.Empty, StringComparison.Ordinal);
        // The pattern ends with one of these characters (at the end or before a final line break).
        var end = s.EndsWith('\n') ? s.AsSpan(0, s.Length - 1) : s.AsSpan();
        if (end.Length > 0 && end[^1] is '为' or '是' or '计') s = TrailingPattern().Replace(s, string.Empty);
        return s.Trim();
    }

    /// <summary>The length of a leading 1、 / （一） / 一、 marker, 0 when there is none.</summary>
    private static int LeadingMarkerLength(string s)
    {
        // All three patterns open with a digit, a bracket or a Chinese numeral.
        if (s.Length == 0 || !(char.IsDigit(s[0]) || s[0] is '（' or '(' || "一二三四五六七八九十".Contains(s[0], StringComparison.Ordinal))) return 0;
        foreach (var pattern in (ReadOnlySpan<Regex>)[Markers.Numbered(), Markers.SubSection(), Markers.Section()])
        {
            var m = pattern.Match(s);
            if (m.Success && m.Index == 0 && m.Length > 0) return m.Length;
        }
        return 0;
    }

    public ClaimSubject Resolve(string cleaned, string? topic, string? topTopic, bool listItem)
    {
        var t = Markers.Squash(YearPattern().Replace(cleaned, string.Empty));
        var label = cleaned;
        bool Has(string w) => t.Contains(w, StringComparison.Ordinal);
        ClaimSubject Of(string key) => new(key, label);

        if (Has("（类）") || Has("(类)") || Has("（款）") || Has("（项）") || Has("(项)"))
        {
            var path = FunctionResolver.SplitPath(cleaned);
            if (path.Length > 0) return new ClaimSubject(ClaimKeys.Function, label) { PrintedPath = path, Code = functions.Resolve(path) };
        }
        // Shanghai's "“一般公共服务支出-财政事务-行政运行”科目".
        if (Has("科目") && t.Count(c => c == '-') >= 1)
        {
            var path = t.Replace("科目", string.Empty, StringComparison.Ordinal).Split('-', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()).ToList();
            return new ClaimSubject(ClaimKeys.Function, label) { PrintedPath = [.. path], Code = functions.Resolve(path) };
        }
        if (functions.Class(t) is { } cls) return new ClaimSubject(ClaimKeys.Function, label) { PrintedPath = [t], Code = cls };

        // 政府采购 and the Jiangsu 会议费/培训费 are figures of their own, not budget lines.
        if (Has("政府采购") || Has("会议费") || Has("培训费")) return Of(ClaimKeys.Other);
        if (Has("三公")) return Of(ClaimKeys.ThreePublicTotal);
        if (Has("因公出国")) return Of(ClaimKeys.ThreePublicOverseas);
        if (Has("公务接待")) return Of(ClaimKeys.ThreePublicReception);
        if ((Has("公务用车") || Has("公务车")) && (Has("购置及运行") || Has("购置和运行") || Has("购置与运行"))) return Of(ClaimKeys.ThreePublicVehicles);
        if ((Has("公务用车") || Has("公务车")) && Has("购置")) return Of(ClaimKeys.ThreePublicVehiclePurchase);
        if ((Has("公务用车") || Has("公务车")) && Has("运行")) return Of(ClaimKeys.ThreePublicVehicleOperation);
        if (Has("机关运行经费") || Has("单位运行经费")) return Of(ClaimKeys.OperatingCost);

        if (Has("财政拨款收支总")) return Of(ClaimKeys.FiscalTotal);
        if (Has("收支总预算") || Has("收支预算总") || Has("收入、支出预算总") || Has("收支总计")) return Of(ClaimKeys.Total);
        // One fund's carried-over 财政拨款 ("2022年度政府性基金预算财政拨款年初结转和结余58,830.98"), not the fund's income.
        if (Has("上年结转") || Has("年初结转") || Has("结转和结余") || Has("结转结余"))
        {
            if (Has("政府性基金")) return Of(ClaimKeys.CarryoverFiscalGf);
            if (Has("国有资本经营")) return Of(ClaimKeys.CarryoverFiscalSc);
            if (Has("一般公共预算")) return Of(ClaimKeys.CarryoverFiscalGpb);
        }
        if (Has("一般公共预算") && (Has("合计") || Has("支出"))) return Of(Has("基本支出") ? ClaimKeys.GpbBasic : Has("项目支出") ? ClaimKeys.GpbProject : ClaimKeys.GpbTotal);
        if (Has("人员经费")) return Of(ClaimKeys.GpbPersonnel);
        if (Has("公用经费")) return Of(ClaimKeys.GpbPublic);
        var gpbContext = topTopic is "一般公共预算当年拨款" or "基本支出" || topic is "规模变化";
        if (Has("基本支出")) return Of(gpbContext ? ClaimKeys.GpbBasic : ClaimKeys.ExpenseBasic);
        if (Has("项目支出")) return Of(gpbContext ? ClaimKeys.GpbProject : ClaimKeys.ExpenseProject);

        if (Has("上级一般公共预算")) return Of(ClaimKeys.IncomeGpbTransfer);
        if (Has("上级政府性基金")) return Of(ClaimKeys.IncomeGfTransfer);
        if (Has("上级国有资本")) return Of(ClaimKeys.IncomeScTransfer);
        if (Has("非财政拨款")) return Of(ClaimKeys.CarryoverNonfiscal);
        if (Has("财政拨款结转") || topTopic == "上年结转结余" && t.StartsWith("财政拨款", StringComparison.Ordinal) && !listItem) return Of(ClaimKeys.CarryoverFiscal);
        if (topTopic == "上年结转结余" && listItem) return Of(ClaimKeys.CarryoverItem);
        if (Has("上年结转")) return Of(ClaimKeys.Carryover);
        if (Has("一般公共预算")) return Of(ClaimKeys.IncomeGpb);
        if (Has("政府性基金")) return Of(ClaimKeys.IncomeGf);
        if (Has("国有资本经营")) return Of(ClaimKeys.IncomeSc);
        if (Has("财政专户")) return Of(ClaimKeys.IncomeSpecial);
        if (Has("单位资金")) return Of(ClaimKeys.IncomeUnit);
        if (Has("财政拨款") && Has("收入") || t is "财政拨款" or "财政拨款（补助）") return Of(ClaimKeys.IncomeFiscal);
        if (Has("财政拨款") && Has("支出")) return Of(ClaimKeys.FiscalTotal);
        if (Has("收入预算") || Has("收入总计") || Has("收入合计")) return Of(ClaimKeys.IncomeTotal);
        if (Has("支出预算") || Has("支出总计") || Has("支出合计")) return Of(ClaimKeys.ExpenseTotal);
        return Of(ClaimKeys.Other);
    }

    [GeneratedRegex(@"^(?:\d{4}\s*年度?)?\s*(?:预算数|预算|数)?\s*(?:为|是)?$")]
    private static partial Regex GenericPattern();

    [GeneratedRegex(@"\s*(?:预算数为|数为|为|是|共计)$")]
    private static partial Regex TrailingPattern();

    [GeneratedRegex(@"^\s*\d{4}\s*年度?[，,]?\s*")]
    private static partial Regex YearPattern();
}
