using System.Collections.Frozen;
using System.Globalization;
using Yusuan.Core.Classification;
using Yusuan.Core.Model;

namespace Yusuan.Core.Checking.Output;

/// <summary>
/// Where a finding points, said as the document prints it: "表3 支出总体情况表 · 21011 行政事业单位医疗 · 合计 · 第 5 页 · 第 203 行".
/// Canonical keys (T3, income.fiscal, amount) are for the API and for filtering; a reviewer never reads them. The web pages
/// and the 检查表 (<see cref="Review.ReviewWorkbook"/>) both say places this way.
/// </summary>
public static class Places
{
    /// <summary>The canonical tables' usual titles (spec/cells.md), for a table the document does not have.</summary>
    public static string TableName(TableId id) => id switch
    {
        TableId.T1 => "收支总体情况表",
        TableId.T2 => "收入总体情况表",
        TableId.T3 => "支出总体情况表",
        TableId.T4 => "财政拨款收支总体情况表",
        TableId.T5 => "一般公共预算支出情况表",
        TableId.T6 => "一般公共预算基本支出情况表",
        TableId.T7 => "一般公共预算项目支出情况表",
        TableId.T8 => "政府性基金预算支出情况表",
        TableId.T9 => "国有资本经营预算支出情况表",
        TableId.T10 => "财政拨款“三公”经费支出情况表",
        TableId.T11 => "上年结转结余情况明细表",
        _ => id.ToString(),
    };

    /// <summary>"表3 部门支出总体情况表": the number and title as printed, else the canonical title.</summary>
    public static string TableTitle(DisclosureTable table) =>
        (table.Number is { } n ? $"表{n.ToString(CultureInfo.InvariantCulture)} " : string.Empty) + table.Title;

    public static string TableTitle(Disclosure document, string? tableKey)
    {
        if (string.IsNullOrEmpty(tableKey)) return string.Empty;
        if (Find(document, tableKey) is { } table) return TableTitle(table);
        if (tableKey == MattersKey) return "其他重要事项说明";
        if (tableKey.Length is > 1 and <= 3 && tableKey[0] == 'T' && Enum.TryParse<TableId>(tableKey, out var id) && Enum.IsDefined(id)) return TableName(id);
        // A printed title (findings about a table the document has no canonical role for) is shown; a key never is.
        return tableKey.Any(c => c > 0x7F) ? tableKey : string.Empty;
    }

    /// <summary>The key of the 其他重要事项 figures (docs/spec/cells.md, "M").</summary>
    public const string MattersKey = "M";

    public static DisclosureTable? Find(Disclosure document, string? tableKey)
    {
        if (string.IsNullOrEmpty(tableKey)) return null;
        foreach (var t in document.Tables)
        {
            if (t.Canonical?.ToString() == tableKey) return t;
        }
        foreach (var t in document.Tables)
        {
            if (t.Title == tableKey) return t;
        }
        return null;
    }

    public static string Describe(Disclosure document, FindingLocation at)
    {
        var parts = new List<string>();
        var table = Find(document, at.Table);
        if (at.Table is not null && TableTitle(document, at.Table) is { Length: > 0 } title) parts.Add(title);
        if (at.Unit is not null) parts.Add(at.Unit);
        var matters = at.Table == MattersKey;
        // A unit's own row (表2 by unit: the row is the unit) is named once.
        if (at.Row is not null && (matters ? MatterNames.GetValueOrDefault(at.Row, string.Empty) : RowName(table, at.Row, at.Unit)) is { Length: > 0 } row && row != at.Unit) parts.Add(row);
        if (at.Column is not null && (matters ? MatterNames.GetValueOrDefault(at.Column, string.Empty) : ColumnName(table, at.Column)) is { Length: > 0 } column) parts.Add(column);
        if (at.Section is not null) parts.Add("说明“" + SectionName(at.Section) + "”");
        if (at.Page is { } page) parts.Add($"第 {page.ToString(CultureInfo.InvariantCulture)} 页");
        if (at.Line > 0) parts.Add($"第 {at.Line.ToString(CultureInfo.InvariantCulture)} 行");
        return parts.Count == 0 ? "全文" : string.Join(" · ", parts);
    }

    /// <summary>A row as printed: its code and label ("21011 行政事业单位医疗"), or the usual name of a line key.</summary>
    public static string RowName(DisclosureTable? table, string key, string? unit = null)
    {
        var row = table?.Rows.FirstOrDefault(r => r.Key == key && (unit is null || r.Unit == unit)) ?? table?.Rows.FirstOrDefault(r => r.Key == key);
        if (row is not null)
        {
            var code = row.FunctionCode?.Digits ?? row.EconomicCode?.Digits;
            var label = string.IsNullOrWhiteSpace(row.Label) ? row.Project ?? LineName(key) : row.Label.Trim();
            return code is null || label.StartsWith(code, StringComparison.Ordinal) ? label : $"{code} {label}";
        }
        return LineName(key);
    }

    /// <summary>A column as its header prints it, else the usual header of the key.</summary>
    public static string ColumnName(DisclosureTable? table, string key)
    {
        var header = table?.Columns.FirstOrDefault(c => c.Key == key)?.Header;
        // A header the reader stored as its key ("total", "gpb") is not a printed name.
        if (!string.IsNullOrWhiteSpace(header) && header.Trim() != key && header.Any(c => c > 0x7F)) return header.Trim();
        return ColumnNames.TryGetValue(key, out var name) ? name : string.Empty;
    }

    /// <summary>"三.支出预算" → "三、支出预算".</summary>
    public static string SectionName(string section) => section.Replace(".", "、", StringComparison.Ordinal);

    /// <summary>The usual printed name of a canonical row key; an unknown key is not shown (empty), never printed raw.</summary>
    public static string LineName(string key)
    {
        if (LineNames.TryGetValue(key, out var name)) return name;
        if (key.StartsWith("expense.", StringComparison.Ordinal) && FunctionCode.TryParse(key["expense.".Length..], out var fc))
        {
            return ClassificationCatalog.Default.Function(fc) is { } entry ? $"{fc.Digits} {entry.Name}" : fc.Digits;
        }
        if (FunctionCode.TryParse(key, out var code) && ClassificationCatalog.Default.Function(code) is { } f) return $"{code.Digits} {f.Name}";
        return key.All(char.IsAsciiDigit) ? key : string.Empty;
    }

    private static readonly FrozenDictionary<string, string> LineNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["total"] = "合计",
        ["income.current"] = "本年收入合计",
        ["income.fiscal"] = "财政拨款收入",
        ["income.gpb"] = "一般公共预算拨款收入",
        ["income.gpb.general"] = "其中：一般财力",
        ["income.gpb.transfer"] = "上级一般公共预算转移支付",
        ["income.gf"] = "政府性基金预算拨款收入",
        ["income.gf.own"] = "政府性基金收入",
        ["income.gf.transfer"] = "上级政府性基金转移支付",
        ["income.sc"] = "国有资本经营预算拨款收入",
        ["income.sc.own"] = "国有资本经营收入",
        ["income.sc.transfer"] = "上级国有资本经营预算转移支付",
        ["income.special"] = "财政专户管理资金收入",
        ["income.unit"] = "单位资金",
        ["income.unit.business"] = "事业收入",
        ["income.unit.upper"] = "上级补助收入",
        ["income.unit.affiliated"] = "附属单位上缴收入",
        ["income.unit.operating"] = "事业单位经营收入",
        ["income.unit.other"] = "其他收入",
        ["income.nonfiscal_balance_used"] = "使用非财政拨款结余",
        ["income.fund_offset"] = "用事业基金弥补收支差额",
        ["income.total"] = "收入总计",
        ["carryover"] = "上年结转结余",
        ["carryover.fiscal"] = "财政拨款结转",
        ["carryover.fiscal.gpb"] = "一般公共预算结转",
        ["carryover.fiscal.gf"] = "政府性基金预算结转",
        ["carryover.fiscal.sc"] = "国有资本经营预算结转",
        ["carryover.nonfiscal"] = "非财政拨款结转结余",
        ["carryover.nonfiscal.special"] = "财政专户结转结余",
        ["carryover.nonfiscal.unit"] = "单位资金结转结余",
        ["expense.current"] = "本年支出合计",
        ["expense.carryforward"] = "年末结转和结余",
        ["expense.distribution"] = "结余分配",
        ["expense.basic"] = "基本支出",
        ["expense.project"] = "项目支出",
        ["expense.total"] = "支出总计",
        ["overseas"] = "因公出国（境）费",
        ["reception"] = "公务接待费",
        ["vehicles"] = "公务用车购置及运行费",
        ["vehicles.purchase"] = "公务用车购置费",
        ["vehicles.operation"] = "公务用车运行费",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Rows and columns of the 其他重要事项 figures (docs/spec/cells.md, "M").</summary>
    private static readonly FrozenDictionary<string, string> MatterNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["staff"] = "人员情况",
        ["quota"] = "编制数",
        ["actual"] = "实有人数",
        ["active"] = "在职人员",
        ["retired"] = "退休人员",
        ["retired_cadre"] = "离休人员",
        ["operating_cost"] = "机关运行经费",
        ["amount"] = "金额",
        ["procurement"] = "政府采购",
        ["total"] = "合计",
        ["goods"] = "货物",
        ["works"] = "工程",
        ["services"] = "服务",
        ["sme"] = "面向中小企业预留",
        ["small_micro"] = "面向小微企业预留",
        ["assets"] = "国有资产占有使用情况",
        ["building_area"] = "房屋面积",
        ["building_value"] = "房屋价值",
        ["vehicle_count"] = "车辆数",
        ["vehicle_value"] = "车辆价值",
        ["furniture_value"] = "家具价值",
        ["other_value"] = "其他资产价值",
        ["equipment_50"] = "单价50万元以上设备",
        ["equipment_100"] = "单价100万元以上设备",
        ["three_public"] = "“三公”经费（说明中）",
        ["overseas"] = "因公出国（境）费",
        ["reception"] = "公务接待费",
        ["vehicle_purchase"] = "公务用车购置费",
        ["vehicle_operation"] = "公务用车运行费",
        ["performance"] = "绩效目标",
        ["fiscal_project_amount"] = "财政拨款项目金额",
        ["overall_amount"] = "整体绩效目标金额",
        ["project_count"] = "项目个数",
        ["profile"] = "部门概况",
        ["departments"] = "内设机构",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> ColumnNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["total"] = "合计",
        ["amount"] = "金额",
        ["basic"] = "基本支出",
        ["project"] = "项目支出",
        ["personnel"] = "人员经费",
        ["public"] = "公用经费",
        ["current"] = "本年收入",
        ["fiscal"] = "财政拨款",
        ["gpb"] = "一般公共预算",
        ["gf"] = "政府性基金预算",
        ["sc"] = "国有资本经营预算",
        ["special"] = "财政专户管理资金",
        ["unit"] = "单位资金",
        ["prior"] = "上年数",
        ["change"] = "增减额",
        ["change_pct"] = "增减%",
        ["budget"] = "预算数",
        ["final"] = "决算数",
        ["carryover"] = "上年结转结余",
        ["business"] = "事业收入",
        ["operating"] = "经营收入",
        ["upper"] = "上级补助收入",
        ["affiliated"] = "附属单位上缴收入",
        ["other"] = "其他",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The rule's Chinese title from the catalog (the id only when a rule is not in it).</summary>
    public static string RuleTitle(string rule) => RuleCatalog.Default.Find(rule)?.Title ?? rule;

    public static string SeverityName(Severity s) => s switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };
}
