using Yusuan.Core.Reading.Text;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Narrative.Layout;

namespace Yusuan.Core.Reading.Narrative.Matters;

/// <summary>
/// 其他重要事项: 机关运行经费 (a claim), 政府采购, 国有资产占用使用情况 and 预算绩效 summary figures. Each is looked for in its
/// own sub-section when the outline found one, else anywhere in the narrative. Figures are read as printed, slips included
/// (a vehicle total that differs from the sum by type stays as printed).
/// </summary>
internal static partial class MattersReader
{
    private static readonly char[] SentenceEnds = ['。', '；', ';'];

    /// <summary>A figure as printed, also split after its decimal point by the text layer ("16476. 85", 长沙).</summary>
    private const string Num = @"(?<n>\d{1,3}(?:,\d{3})+(?:\.\s?\d+)?|\d+(?:\.\s?\d+)?)";

    public static OtherMatters Read(ImmutableArray<PlacedParagraph> paragraphs, IReadOnlyList<Claim> claims)
    {
        IEnumerable<PlacedParagraph> In(string topic)
        {
            var own = paragraphs.Where(p => p.Topic == topic).ToList();
            return own.Count > 0 ? own : paragraphs;
        }

        var other = paragraphs.Where(p => p.Topic == "其他事项" && !ParagraphBuilder.IsHeading(p.Text)).Select(p => p.Text).ToList();
        return new OtherMatters
        {
            OperatingCost = claims.FirstOrDefault(c => c.Subject.Key == ClaimKeys.OperatingCost && c.Amount is not null),
            Procurement = ReadProcurement(In("政府采购")),
            Assets = ReadAssets(In("国有资产")),
            Performance = ReadPerformance(In("预算绩效")),
            Other = other.Count > 0 ? string.Join("\n", other) : null,
        };
    }

    private static Figure? Find(IEnumerable<PlacedParagraph> paragraphs, Regex pattern, Func<PlacedParagraph, Match, bool>? accept = null)
    {
        foreach (var p in paragraphs)
        {
            foreach (Match m in pattern.Matches(p.Text))
            {
                if (accept is not null && !accept(p, m)) continue;
                var g = m.Groups["n"];
                if (PrintedNumber.Money(g.Value) is not { } value) continue;
                return new Figure(value, p.Paragraph.SpanOf(g.Index, g.Index + g.Length));
            }
        }
        return null;
    }

    private static Procurement? ReadProcurement(IEnumerable<PlacedParagraph> source)
    {
        var all = source.ToList();
        var total = Find(all, ProcurementTotal());
        if (total is null) return null;
        // Its parts are stated with it ("…N 万元，其中：货物…"), in its paragraph or the two after: a 货物 figure elsewhere in
        // the text is another matter's.
        var at = all.FindIndex(p => p.Paragraph.Span.Line <= total.Value.Span.Line && p.Paragraph.Span.EndLine >= total.Value.Span.Line);
        var paragraphs = at < 0 ? all : all.GetRange(at, Math.Min(3, all.Count - at));
        var goods = Find(paragraphs, Goods());
        var works = Find(paragraphs, Works());
        var services = Find(paragraphs, Services());
        var sme = Find(paragraphs, Sme());
        var small = Find(paragraphs, SmallMicro());
        var span = new[] { total, goods, works, services, sme, small }.Where(f => f is not null).Select(f => f!.Value.Span).Aggregate((a, b) => a.Through(b));
        return new Procurement { Total = total, Goods = goods, Works = works, Services = services, Sme = sme, SmallMicro = small, Span = span };
    }

    private static AssetHoldings? ReadAssets(IEnumerable<PlacedParagraph> source)
    {
        var paragraphs = source.ToList();
        // Holdings are stated before the sentence on planned purchases ("…安排购置…").
        bool Held(PlacedParagraph p, Match m) => !IsPlan(p.Text, m.Index);
        bool Planned(PlacedParagraph p, Match m) => IsPlan(p.Text, m.Index);

        var area = Find(paragraphs, BuildingArea());
        var buildingValue = Find(paragraphs, BuildingValue());
        var vehicleCount = Find(paragraphs, VehicleCount(), Held);
        var vehicleValue = Find(paragraphs, VehicleValue(), Held);
        var furniture = Find(paragraphs, Furniture());
        var otherValue = Find(paragraphs, OtherAssets());
        var eq50 = Find(paragraphs, Equipment50(), Held);
        var eq100 = Find(paragraphs, Equipment100(), Held);
        var plannedVehicles = Find(paragraphs, PlannedVehicles(), Planned);
        var plannedEq50 = Find(paragraphs, Equipment50(), Planned);
        var plannedEq100 = Find(paragraphs, Equipment100(), Planned);
        if (plannedVehicles is null)
        {
            foreach (var p in paragraphs)
            {
                var m = NoVehiclePurchase().Match(p.Text);
                if (m.Success) { plannedVehicles = new Figure(0m, p.Paragraph.SpanOf(m.Index, m.Index + m.Length)); break; }
            }
        }

        var vehicles = ImmutableArray.CreateBuilder<VehicleCategory>();
        foreach (var p in paragraphs)
        {
            foreach (Match m in VehicleType().Matches(p.Text))
            {
                if (IsPlan(p.Text, m.Index)) continue;
                var name = m.Groups["name"].Value;
                if (vehicles.Any(v => v.Name == name)) continue;
                Figure? F(string group) => m.Groups[group].Success && PrintedNumber.Money(m.Groups[group].Value) is { } value
                    ? new Figure(value, p.Paragraph.SpanOf(m.Groups[group].Index, m.Groups[group].Index + m.Groups[group].Length))
                    : null;
                vehicles.Add(new VehicleCategory(name, F("c"), F("v")));
            }
        }

        int? asOf = null;
        foreach (var p in paragraphs)
        {
            var m = AsOf().Match(p.Text);
            if (m.Success) { asOf = PrintedNumber.Integer(m.Groups["y"].Value); break; }
        }
        var all = new[] { area, buildingValue, vehicleCount, vehicleValue, furniture, otherValue, eq50, eq100, plannedVehicles, plannedEq50, plannedEq100 }.Where(f => f is not null).ToList();
        if (all.Count == 0 && vehicles.Count == 0) return null;
        var span = all.Select(f => f!.Value.Span).DefaultIfEmpty(SourceSpan.None).Aggregate((a, b) => a.Through(b));
        return new AssetHoldings
        {
            AsOfYear = asOf,
            BuildingArea = area,
            BuildingValue = buildingValue,
            VehicleCount = vehicleCount,
            VehicleValue = vehicleValue,
            Vehicles = vehicles.ToImmutable(),
            FurnitureValue = furniture,
            OtherValue = otherValue,
            Equipment50 = eq50,
            Equipment100 = eq100,
            PlannedVehicles = plannedVehicles,
            PlannedEquipment50 = plannedEq50,
            PlannedEquipment100 = plannedEq100,
            Span = span,
        };
    }

    /// <summary>Whether the figure at <paramref name="index"/> sits in a sentence about planned purchases.</summary>
    private static bool IsPlan(string text, int index)
    {
        var sentenceStart = text.LastIndexOfAny(SentenceEnds, Math.Max(0, index - 1)) + 1;
        var sentence = text.AsSpan(sentenceStart, index - sentenceStart);
        return sentence.Contains("安排购置", StringComparison.Ordinal) || sentence.Contains("预算安排", StringComparison.Ordinal) || sentence.Contains("拟购置", StringComparison.Ordinal) || sentence.Contains("计划购置", StringComparison.Ordinal);
    }

    private static PerformanceSummary? ReadPerformance(IEnumerable<PlacedParagraph> source)
    {
        var paragraphs = source.ToList();
        var overallCount = Find(paragraphs, OverallCount());
        var overallAmount = Find(paragraphs, OverallAmount());
        var projectCount = Find(paragraphs, ProjectCount());
        var fiscal = Find(paragraphs, FiscalProjects());
        var nonFiscal = Find(paragraphs, NonFiscalProjects());
        var all = new[] { overallCount, overallAmount, projectCount, fiscal, nonFiscal }.Where(f => f is not null).ToList();
        if (all.Count == 0) return null;
        return new PerformanceSummary
        {
            OverallTargetCount = overallCount,
            OverallAmount = overallAmount,
            ProjectCount = projectCount,
            FiscalProjectAmount = fiscal,
            NonFiscalProjectAmount = nonFiscal,
            Span = all.Select(f => f!.Value.Span).Aggregate((a, b) => a.Through(b)),
        };
    }

    /// <summary>"政府采购预算总额为 N 万元", "政府采购安排 N 万元" (广东), "政府采购支出预算共 N 万元", a 决算's "政府采购金额（以合同签订为准）为 N 万元", "政府采购项目共有 N 万元" (深圳).</summary>
    /// A fund's share ("其中一般公共预算拨款政府采购 0 万元") is not the total.
    [GeneratedRegex(@"(?<!拨款)政府采购(?:项目)?(?:支出)?(?:预算)?(?:总额|金额|安排)?(?:[（(][^）)]{0,12}[）)])?(?:为|共|共计|共有)?\s*" + Num + @"\s*万元")]
    private static partial Regex ProcurementTotal();

    [GeneratedRegex(@"(?:货物(?:类)?(?:预算|采购预算|采购金额|项目)?|(?:采购|购买|购置)货物支出)(?:为)?\s*" + Num + @"\s*万元")]
    private static partial Regex Goods();

    [GeneratedRegex(@"(?:工程(?:类)?(?:预算|采购预算|采购金额|项目)?|(?:采购|购买)工程支出)(?:为)?\s*" + Num + @"\s*万元")]
    private static partial Regex Works();

    [GeneratedRegex(@"(?:服务(?:类)?(?:预算|采购预算|采购金额|项目)?|(?:采购|购买)服务支出)(?:为)?\s*" + Num + @"\s*万元")]
    private static partial Regex Services();

    [GeneratedRegex(@"面向中小企业预留[^，。；]*?" + Num + @"\s*万元")]
    private static partial Regex Sme();

    [GeneratedRegex(@"小微企业预留[^，。；]*?" + Num + @"\s*万元")]
    private static partial Regex SmallMicro();

    [GeneratedRegex(@"房屋(?:建筑物)?(?:面积)?\s*" + Num + @"\s*(?:平方米|㎡|m2)")]
    private static partial Regex BuildingArea();

    [GeneratedRegex(@"房屋[^。；]*?价值\s*" + Num + @"\s*万元")]
    private static partial Regex BuildingValue();

    [GeneratedRegex(@"车辆(?:共)?\s*" + Num + @"\s*辆")]
    private static partial Regex VehicleCount();

    [GeneratedRegex(@"车辆\s*\d+\s*辆[，,]\s*价值\s*" + Num + @"\s*万元")]
    private static partial Regex VehicleValue();

    [GeneratedRegex(@"(?<name>其他按照规定配备的公务用车|业务用车|其他公务用车|一般公务用车|执法执勤用车|特种专业技术用车|其他车辆|其他用车|部级领导干部用车|主要领导干部用车|机要通信用车|应急保障用车|离退休干部用车)\s*(?<c>\d+)\s*辆(?:[，,]\s*价值\s*(?<v>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*万元)?")]
    private static partial Regex VehicleType();

    [GeneratedRegex(@"办公家具(?:价值)?\s*" + Num + @"\s*万元")]
    private static partial Regex Furniture();

    [GeneratedRegex(@"其他资产(?:价值)?\s*" + Num + @"\s*万元")]
    private static partial Regex OtherAssets();

    [GeneratedRegex(@"50\s*万元?以上(?:（含）)?[^。；，]*?设备[^。；，\d]*?" + Num + @"\s*台")]
    private static partial Regex Equipment50();

    [GeneratedRegex(@"100\s*万元?(?:（含）)?以上(?:（含）)?[^。；，]*?设备[^。；，\d]*?" + Num + @"\s*台")]
    private static partial Regex Equipment100();

    [GeneratedRegex(@"购置车辆\s*" + Num + @"\s*辆")]
    private static partial Regex PlannedVehicles();

    [GeneratedRegex(@"未安排(?:购置)?车辆(?:购置)?经费|未安排购置车辆")]
    private static partial Regex NoVehiclePurchase();

    [GeneratedRegex(@"截[至止]\s*(?<y>20\d{2})\s*年")]
    private static partial Regex AsOf();

    [GeneratedRegex(@"整体(?:预算)?绩效目标\s*" + Num + @"\s*个")]
    private static partial Regex OverallCount();

    [GeneratedRegex(@"整体(?:预算)?绩效目标\s*\d+\s*个[，,]\s*涉及预算金额\s*" + Num + @"\s*万元")]
    private static partial Regex OverallAmount();

    [GeneratedRegex(@"(?:当年预算安排项目共|财政拨款项目|绩效目标的项目共|项目共)\s*" + Num + @"\s*个")]
    private static partial Regex ProjectCount();

    [GeneratedRegex(@"(?<!非)财政拨款项目(?:\s*\d+\s*个[，,])?\s*涉及(?:预算金额|项目预算资金)\s*" + Num + @"\s*万元")]
    private static partial Regex FiscalProjects();

    [GeneratedRegex(@"非财政拨款项目(?:\s*\d+\s*个[，,])?\s*涉及预算金额\s*" + Num + @"\s*万元")]
    private static partial Regex NonFiscalProjects();
}
