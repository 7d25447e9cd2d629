using System.Text.RegularExpressions;

namespace Yusuan.Core.Reading.Meta;

/// <summary>What a unit's name looks like, and how a candidate is cleaned: the checks every source of the name shares.</summary>
internal static partial class UnitNameText
{
    private static readonly char[] Edges = ['*', '#', ' ', '：', ':', '-', '—', '_', '、', '.', '·'];

    /// <summary>The candidate without whitespace, edge punctuation, a leading year or 附件n, or a trailing 部门预算/单位决算公开.</summary>
    public static string? Clean(string raw)
    {
        var s = Text.Squash.Remove(raw, '*').Trim(Edges);
        s = Attachment().Replace(s, string.Empty);
        s = YearPrefix().Replace(s, string.Empty);
        s = DisclosureSuffix().Replace(s, string.Empty).Trim(Edges);
        return s.Length == 0 ? null : s;
    }

    /// <summary>3–40 CJK characters (brackets allowed), not a heading, a table of contents or a title.</summary>
    public static bool IsNameLike(string text) =>
        text.Length is >= 3 and <= 40 && IsCjk(text) && !Qualifier().IsMatch(text) && !text.Contains("目录", StringComparison.Ordinal) && !text.Contains("部分", StringComparison.Ordinal)
        && !text.EndsWith("公开", StringComparison.Ordinal) && !text.EndsWith("预算", StringComparison.Ordinal) && !text.EndsWith("决算", StringComparison.Ordinal)
        && !text.EndsWith("说明", StringComparison.Ordinal) && !text.EndsWith('表') && !OnlyRegion().IsMatch(text);

    /// <summary>Ends as an organisation's name ends (局, 委员会, 办公室, 支队, 学校, …): used where a name is cut out of running text.</summary>
    public static bool EndsLikeOrganisation(string text) => OrganisationEnd().IsMatch(text);

    public static bool IsCjk(string text) => text.All(c => c is >= '\u4e00' and <= '\u9fff' || c is '（' or '）' or '(' or ')' or '“' or '”');

    /// <summary>A qualifier alone, `（本级）`.</summary>
    [GeneratedRegex(@"^[（(][\u4e00-\u9fff]{1,4}[）)]$")]
    private static partial Regex Qualifier();

    [GeneratedRegex(@"^附件\d{1,2}")]
    private static partial Regex Attachment();

    [GeneratedRegex(@"^20\d{2}年度?")]
    private static partial Regex YearPrefix();

    [GeneratedRegex(@"(?:部门|单位)?(?:综合)?(?:预算|决算)?(?:信息)?(?:公开)?$")]
    private static partial Regex DisclosureSuffix();

    /// <summary>A region alone (上海市, 普陀区, 上海市普陀区) names no unit.</summary>
    [GeneratedRegex(@"^(?:[\u4e00-\u9fff]{2,8}?(?:省|市|自治区|特别行政区))?(?:[\u4e00-\u9fff]{1,6}?(?:区|县|州|盟|旗))?(?:区级|市级|省级|县级)?$")]
    private static partial Regex OnlyRegion();

    [GeneratedRegex(@"(?:局|厅|委员会|委|办公室|办|署|院|部|中心|所|站|队|支队|大队|学校|大学|学院|医院|馆|台|社|会|处|室|团|组|政府|事务所|街道|镇|乡|公司|集团|监狱|法院|检察院)(?:（(?:本级|汇总|机关)）|\((?:本级|汇总|机关)\))?$")]
    private static partial Regex OrganisationEnd();
}
