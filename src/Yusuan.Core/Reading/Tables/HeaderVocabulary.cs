using System.Collections.Immutable;
using Yusuan.Core.Model;
using Yusuan.Core.Model.Schema;

namespace Yusuan.Core.Reading.Tables;

/// <summary>What a header cell says: a value concept (a fund, a purpose, an economic class), a subtotal word that
/// takes its meaning from the cell above it, an amount kind (预算数 / 决算数), or a label column (codes, names).</summary>
public enum ConceptKind
{
    Value,

    /// <summary>合计, 总计, 小计: the total of whatever group stands above, or of the table.</summary>
    Subtotal,

    /// <summary>预算数, 决算数, 金额: which amount of the item above (or of the table) the column holds.</summary>
    Amount,

    /// <summary>科目编码, 科目名称, 类/款/项, 项目名称, 单位名称 …: the row's label, not a figure.</summary>
    Label,

    /// <summary>A header word that names a group of columns and nothing by itself (本年收入 over its funds).</summary>
    Group,
}

/// <summary>A header word and what it means.</summary>
public sealed record HeaderConcept(string Key, ConceptKind Kind, ImmutableArray<string> Words);

/// <summary>
/// One national vocabulary of table header words (docs/table-schema.md): every province's way of naming a column maps
/// to one canonical key, whatever the table's template. A column's key comes from its header path, top to bottom:
/// 小计 under 基本支出 is <c>basic</c>, 一般公共预算 under 上年结转结余 is <c>carryover_gpb</c>, 人员经费 under 基本支出 is
/// <c>personnel</c>, a lone 合计 is <c>total</c>.
/// </summary>
public static class HeaderVocabulary
{
    private static HeaderConcept V(string key, string words) => new(key, ConceptKind.Value, Split(words));

    private static HeaderConcept G(string key, string words) => new(key, ConceptKind.Group, Split(words));

    private static ImmutableArray<string> Split(string words) => [.. words.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(HeaderText.Fold)];

    /// <summary>Every concept; the longest matching word wins, so 上级一般公共预算安排的转移支付 beats 一般公共预算.</summary>
    public static ImmutableArray<HeaderConcept> All { get; } =
    [
        new("subtotal", ConceptKind.Subtotal, Split("合计|总计|小计|合 计|共计|本年收入合计|本年支出合计|收入合计|支出合计|收入总计|支出总计|预算总额|资金总额|三公经费合计|“三公”经费合计|三公经费预算总额|拨款预算总额")),
        new("amount", ConceptKind.Amount, Split("预算数|预算|决算数|金额|预算金额|本年预算|本年预算数|预算安排|年初预算数|调整预算数|全年预算数")),
        new("label", ConceptKind.Label, Split("科目编码|科目名称|经济科目|功能科目|支出功能分类科目|部门预算支出经济科目|功能分类科目编码|功能分类科目名称|功能分类科目|经济分类科目|部门经济分类科目|政府经济分类科目|支出经济分类科目|经济科目编码|经济科目名称|类|款|项|编码|项目名称|项目|单位名称|部门名称|单位编码|单位代码|部门编码|部门代码|预算单位|单位|支出项目类别|科目|项目类别|序号|行次|栏次")),

        V(Col.Current, "本年收入|本年支出|当年收入|当年支出"),
        V(Col.Fiscal, "财政拨款(补助)|财政拨款收入|财政拨款|财政拨款(补助)小计|财政拨款小计|财政补助收入|财政拨款资金"),
        V(Col.Gpb, "一般公共预算|一般公共预算拨款|一般公共预算资金|一般公共预算拨款收入|一般公共预算财政拨款|一般公共预算收入|一般公共预算支出|公共财政预算|一般公共预算安排"),
        V(Col.GpbTransfer, "上级一般公共预算安排的转移支付|上级一般公共预算安排转移支付"),
        V(Col.Gf, "政府性基金|政府性基金预算|政府性基金预算拨款|政府性基金预算资金|政府性基金预算拨款收入|政府性基金预算财政拨款|政府性基金收入|政府性基金预算支出"),
        V(Col.GfTransfer, "上级政府性基金安排的转移支付|上级政府性基金安排转移支付"),
        V(Col.Sc, "国有资本经营预算|国有资本经营|国有资本经营预算拨款|国有资本经营预算资金|国有资本经营预算拨款收入|国有资本经营预算财政拨款|国有资本经营预算支出"),
        V(Col.ScTransfer, "上级国有资本经营预算安排的转移支付|上级国有资本经营预算安排转移支付"),
        V(Col.Special, "财政专户管理资金|财政专户管理资金收入|财政专户核拨|财政专户(教育收费)|财政专户|财政专户核拨资金|纳入专户管理的非税收入拨款|教育收费"),
        V(Col.Unit, "单位资金|其他资金|单位自有资金"),
        V(Col.Business, "事业收入|事业收入(不含教育收费)"),
        V(Col.Operating, "事业单位经营收入|经营收入|事业单位经营支出|经营支出|事业单位经营服务收入"),
        V(Col.Upper, "上级补助收入"),
        V(Col.Affiliated, "附属单位上缴收入"),
        V(Col.Other, "其他收入|其他资金收入|单位其他资金收入"),
        V(Col.FundOffset, "用事业基金弥补收支差额"),
        G(Col.Carryover, "上年结转结余|上年结转|上年结余|上年结转和结余|上年结余、结转|上年结余结转|上年财政拨款结转|年初结转和结余|使用上年结余"),
        V(Col.FiscalCarryover, "财政拨款结转|财政拨款结转结余"),
        V(Col.NonfiscalCarryover, "非财政拨款结转结余|非财政拨款结转|非财政拨款结余"),
        V(Col.Basic, "基本支出|基本支出合计"),
        V(Col.Personnel, "人员经费|人员支出|人员经费支出|工资福利和对个人家庭补助|人员类|人员类经费"),
        V(Col.Public, "公用经费|日常公用经费|日常公用支出|公用支出|公用经费支出"),
        V(Col.Project, "项目支出|项目支出合计|项目支出总数|专项业务经费|专项支出"),
        V(Col.ProjectExclConstruction, "扣除基建项目后预算数|扣除基建项目后"),
        V(Col.UpperRemit, "上缴上级支出"),
        V(Col.Subsidy, "对附属单位补助支出|对下级单位补助支出"),
        V(Col.Reserve, "单位预留机动经费|预留机动经费|预备费"),
        V(Col.Wages, "工资福利支出"),
        V(Col.Goods, "商品和服务支出"),
        V(Col.Individuals, "对个人和家庭的补助"),
        V(Col.Debt, "债务利息及费用支出|债务利息支出"),
        V(Col.CapitalConstruction, "资本性支出(基本建设)"),
        V(Col.Capital, "资本性支出"),
        V(Col.EnterpriseConstruction, "对企业补助(基本建设)"),
        V(Col.Enterprise, "对企业补助"),
        V(Col.SocialSecurityFund, "对社会保障基金补助"),
        V(Col.CarryBegin, "年初结转和结余|年初结转结余"),
        V(Col.CarryEnd, "年末结转和结余|年末结转结余"),
        V(Col.Prior, "上年预算数|上年数|上年执行数|上年预算|2025年预算数|上年决算数"),
        V(Col.Change, "增减额|增减|比上年增减"),
        V(Col.ChangePct, "增减%|增减率|增长率|增减幅度|增减(%)|增长%"),

        V(RowKey.Overseas, "因公出国(境)费|因公出国(境)费用|因公出国(境)|因公出国境费|因公出国(境)支出"),
        V(RowKey.Reception, "公务接待费|公务接待费支出"),
        V(RowKey.Vehicles, "公务用车购置及运行费|公务用车购置及运行维护费|公务用车购置及运行维护支出|公务用车购置及运行费(小计)"),
        V(RowKey.VehiclePurchase, "公务用车购置费|购置费|其中:公务用车购置费|其中:公务用车购置"),
        V(RowKey.VehicleOperation, "公务用车运行费|公务用车运行维护费|运行费|运行维护费|其中:公务用车运行费|其中:公务用车运行维护费|其中:公务用车运行"),
        V(RowKey.OperatingCost, "机关运行经费|机关运行经费预算数"),
        V(RowKey.Meeting, "会议费"),
        V(RowKey.Training, "培训费"),
    ];

    /// <summary>The concept a folded header text names (the longest word it contains, or that contains it when the
    /// text is a wrapped fragment of at least four characters), or null.</summary>
    public static HeaderConcept? Find(string folded)
    {
        if (folded.Length == 0) return null;
        folded = Clean(folded);
        HeaderConcept? best = null;
        var bestLength = 0;
        var exact = false;
        foreach (var c in All)
        {
            foreach (var w in c.Words)
            {
                if (w.Length == 0) continue;
                if (w == folded)
                {
                    if (!exact || w.Length > bestLength)
                    {
                        best = c;
                        bestLength = w.Length;
                        exact = true;
                    }
                    continue;
                }
                if (exact) continue;
                // Single-character label words (类 款 项) name a column only on their own.
                if (w.Length < 2) continue;
                if (folded.Contains(w, StringComparison.Ordinal) && w.Length > bestLength)
                {
                    best = c;
                    bestLength = w.Length;
                }
            }
        }
        return best;
    }

    /// <summary>Header text without the enumerators and notes that do not change its meaning (其中:, 1., (万元)).</summary>
    private static string Clean(string folded)
    {
        var s = HeaderText.StripEnumerator(folded);
        if (s.StartsWith("其中:", StringComparison.Ordinal) && s.Length > 3) s = s[3..];
        if (s.EndsWith("(万元)", StringComparison.Ordinal) || s.EndsWith("(元)", StringComparison.Ordinal)) s = s[..s.LastIndexOf('(')];
        return s;
    }

    /// <summary>The key of a value column from its header path (top to bottom, folded), for a table playing
    /// <paramref name="role"/>; null when the path names a label column, and <c>col.&lt;text&gt;</c> when no word of the
    /// vocabulary fits.</summary>
    public static string? KeyOf(IReadOnlyList<string> path, TableId? role)
    {
        var concepts = new List<HeaderConcept>(path.Count);
        foreach (var p in path)
        {
            if (Find(p) is { } c) concepts.Add(c);
        }
        if (concepts.Count == 0) return path.Count == 0 ? null : "col." + string.Concat(path);
        var leaf = concepts[^1];
        if (leaf.Kind == ConceptKind.Label) return null;
        string? Nearest(Func<HeaderConcept, bool> fits)
        {
            for (var i = concepts.Count - 2; i >= 0; i--)
            {
                if (fits(concepts[i])) return concepts[i].Key;
            }
            return null;
        }
        var parent = Nearest(c => c.Kind is ConceptKind.Value or ConceptKind.Group);
        switch (leaf.Kind)
        {
            case ConceptKind.Subtotal:
            case ConceptKind.Amount:
                // 小计 under 基本支出 is the basic total; 预算数 under 因公出国(境)费 is that item's figure.
                if (leaf.Kind == ConceptKind.Amount && role == TableId.T10 && IsFinal(path[^1])) return (parent ?? Col.Total) + "." + Col.Final;
                if (leaf.Kind == ConceptKind.Amount && role == TableId.T10 && IsBudgetOf(path[^1], concepts)) return (parent ?? Col.Total) + "." + Col.Budget;
                return parent is null or Col.Current && role != TableId.T2 ? Col.Total : parent;
            case ConceptKind.Group:
                return leaf.Key;
        }
        var key = leaf.Key;
        if (parent == Col.Carryover)
        {
            return key switch
            {
                Col.Gpb => Col.CarryoverGpb,
                Col.Gf => Col.CarryoverGf,
                Col.Sc => Col.CarryoverSc,
                Col.Special => Col.CarryoverSpecial,
                Col.Unit => Col.CarryoverUnit,
                Col.Fiscal => Col.FiscalCarryover,
                _ => key,
            };
        }
        return key;
    }

    private static bool IsFinal(string folded) => folded.Contains("决算", StringComparison.Ordinal);

    private static bool IsBudgetOf(string folded, List<HeaderConcept> concepts) =>
        folded.Contains("预算数", StringComparison.Ordinal) && concepts.Count > 1;
}
