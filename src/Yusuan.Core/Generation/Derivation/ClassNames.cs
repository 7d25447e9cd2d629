using System.Collections.Immutable;
using Yusuan.Core.Classification;
using Yusuan.Core.Model;

namespace Yusuan.Core.Generation.Derivation;

/// <summary>Names of 功能分类/经济分类 codes: the input's own names first (a unit prints what its budget system prints),
/// then the classification list.</summary>
public sealed class ClassNames(ImmutableDictionary<string, string> overrides, ClassificationCatalog catalog)
{
    /// <summary>The 类 of 支出功能分类 that the 2025 Xinjiang 表1/表4 list whether used or not, in order.</summary>
    public static readonly ImmutableArray<(string Code, string Name)> XinjiangClasses =
    [
        ("201", "一般公共服务支出"), ("202", "外交支出"), ("203", "国防支出"), ("204", "公共安全支出"), ("205", "教育支出"),
        ("206", "科学技术支出"), ("207", "文化旅游体育与传媒支出"), ("208", "社会保障和就业支出"), ("209", "社会保险基金支出"),
        ("210", "卫生健康支出"), ("211", "节能环保支出"), ("212", "城乡社区支出"), ("213", "农林水支出"), ("214", "交通运输支出"),
        ("215", "资源勘探工业信息等支出"), ("216", "商业服务业等支出"), ("217", "金融支出"), ("219", "援助其他地区支出"),
        ("220", "自然资源海洋气象等支出"), ("221", "住房保障支出"), ("222", "粮油物资储备支出"), ("223", "国有资本经营预算支出"),
        ("224", "灾害防治及应急管理支出"), ("227", "预备费"), ("229", "其他支出"), ("230", "转移性支出"), ("231", "债务还本支出"),
        ("232", "债务付息支出"), ("233", "债务发行费用支出"),
    ];

    /// <summary>The 类 of 部门预算支出经济分类.</summary>
    private static readonly ImmutableDictionary<string, string> EconomicClasses = new Dictionary<string, string>
    {
        ["301"] = "工资福利支出",
        ["302"] = "商品和服务支出",
        ["303"] = "对个人和家庭的补助",
        ["307"] = "债务利息及费用支出",
        ["309"] = "资本性支出（基本建设）",
        ["310"] = "资本性支出",
        ["311"] = "对企业补助（基本建设）",
        ["312"] = "对企业补助",
        ["313"] = "对社会保障基金补助",
        ["399"] = "其他支出",
    }.ToImmutableDictionary();

    public string? Function(FunctionCode code)
    {
        if (overrides.TryGetValue(code.Digits, out var name)) return name;
        if (catalog.Function(code) is { } entry) return entry.Name;
        if (code.Level == CodeLevel.Class) return XinjiangClasses.FirstOrDefault(c => c.Code == code.Digits).Name;
        return null;
    }

    public string? Economic(EconomicCode code)
    {
        if (overrides.TryGetValue(code.Digits, out var name)) return name;
        if (catalog.Economic(code) is { } entry) return entry.Name;
        return EconomicClasses.GetValueOrDefault(code.Digits);
    }
}
