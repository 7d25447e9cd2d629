using Yusuan.Core.Model;

namespace Yusuan.Core.Checking.Rules.Completeness;

/// <summary>Every table the template requires is published (empty tables too, with a note).</summary>
public sealed class RequiredTable : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("K.required-table", "模板要求的公开表齐全", RuleCategory.Completeness, Severity.Error, Basis.Rules143)
    {
        Help = "《地方预决算公开操作规程》：没有数据的表也应公开并说明。只检查文档所用模板要求的表。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (d.Tables.IsDefaultOrEmpty) yield break; // A narrative-only document is judged by K.tables-absent.
        if (TablesElsewhere.Applies(d)) yield break; // One cause, one finding.
        var template = Editions.Of(d);
        foreach (var id in template.RequiredTables.Where(id => d.StatusOf(id) == TableStatus.Absent))
            yield return Report($"缺少表{(int)id}《{Facts.TableName(id)}》（{template.Name}要求公开）", At.TableId(id), Facts.TableName(id), "（无）");
    }
}

/// <summary>A disclosure with no tables at all publishes only text.</summary>
public sealed class TablesAbsent : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("K.tables-absent", "公开文件包含预算公开表", RuleCategory.Completeness, Severity.Error, Basis.Rules143)
    {
        Help = "公开文件应包含预算公开表；只有文字说明时，说明中的数字无法与表核对。表格单独成文件时由 K.tables-elsewhere 报告，不在此重复。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (!d.Tables.IsDefaultOrEmpty || TablesElsewhere.Applies(d)) yield break;
        yield return Report("文件中没有任何预算公开表，只有文字说明，表中数字无法核对", At.Document(d), "公开表", "（无）");
    }
}

/// <summary>A narrative whose tables are another file (Beijing's 附件1 情况说明 without 附件2 预算报表): one finding naming the
/// cause, instead of K.tables-absent or every required table reported missing.</summary>
public sealed class TablesElsewhere : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("K.tables-elsewhere", "公开表在另一个文件中时一并提供", RuleCategory.Completeness, Severity.Error, Basis.Rules143)
    {
        Help = "情况说明和预算报表分成两个文件公开（如附件1、附件2）时，应一起检查：yusuan check 附件1 附件2，或检查它们所在的目录。",
    };

    /// <summary>The text announces its tables part with nothing after it, and no table was read in a canonical role.</summary>
    public static bool Applies(Disclosure d) => d.Meta.TablesPart is not null && !d.Tables.Any(t => t.Canonical is not null);

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (!Applies(d)) yield break;
        var part = d.Meta.TablesPart!;
        yield return Report($"说明列出的“{part.Text}”不在本文件中：公开表应在另一个文件（如附件2 预算报表）里，未一并提供，表中数字无法核对",
            At.Text(null, part.Span), "公开表（另一个文件）", "（未提供）");
    }
}

public sealed class EmptyTableNote : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("K.empty-table-note", "空表附有说明", RuleCategory.Completeness, Severity.Warning, Basis.Rules143)
    {
        Help = "没有数据的公开表也应公开，并说明为何为空（如“本单位无政府性基金预算收支，故本表为空”）。补上空表说明。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        foreach (var t in d.Tables.Where(t => t.Canonical is not null && (t.IsDeclaredEmpty || t.Rows.IsEmpty) && t.EmptyNote is null))
            yield return Report($"表{(int)t.Canonical!.Value}《{t.Title}》为空表，但没有说明为何为空", At.Table(t), "空表说明", "（无）");
    }
}

public sealed class NarrativeSection : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("K.narrative-section", "模板要求的情况说明各部分齐全", RuleCategory.Completeness, Severity.Warning, Basis.Template)
    {
        Help = "模板要求的情况说明各部分（如新疆2025年版的收支总体、收入预算……其他重要事项共 12 部分）应齐全，缺少的部分逐一列出。没有规定说明结构的模板不检查。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        var template = Editions.Of(d);
        if (template.RequiredTopics.IsDefaultOrEmpty || d.Narrative.Sections.IsDefaultOrEmpty) yield break;
        var topics = DocumentIndex.Of(d).Topics;
        foreach (var topic in template.RequiredTopics.Where(t => !topics.Contains(t)))
            yield return Report($"情况说明缺少“{topic}”部分", At.Document(d), topic, "（无）");
    }
}

/// <summary>三公 changes come with their reasons (操作规程: 说明增减变化原因).</summary>
public sealed class ThreePublicReason : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("K.three-public-reason", "“三公”经费增减变化说明了原因", RuleCategory.Completeness, Severity.Warning, Basis.Rules143)
    {
        Help = "“三公”经费与上年相比有增减时应说明原因。合计的增减已在其下各项分别说明原因的，不再对合计报告。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        var claims = d.Narrative.Claims.Where(c => c.Subject.Key.StartsWith("three_public", StringComparison.Ordinal)).ToList();
        // A total whose change is explained item by item ("其中：…主要原因是…") has its reasons.
        var itemReasons = claims.Any(c => c.Subject.Key != ClaimKeys.ThreePublicTotal && !string.IsNullOrWhiteSpace(c.Reason));
        foreach (var c in claims)
        {
            if (c.ChangeAmount is not { Value: not 0 } ch || !string.IsNullOrWhiteSpace(c.Reason)) continue;
            if (c.Subject.Key == ClaimKeys.ThreePublicTotal && itemReasons) continue;
            yield return Report($"“三公”经费 {c.Subject.Label} 比上年{c.AmountWord ?? "变化"} {Money.Plain(ch.Value)}，未说明原因", At.Claim(c), "主要原因", "（无）");
        }
    }
}

public sealed class Glossary : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("K.glossary", "公开文件附有名词解释", RuleCategory.Completeness, Severity.Warning, Basis.Rules143)
    {
        Help = "模板要求附名词解释时，公开文件应有名词解释部分，解释财政拨款、基本支出、“三公”经费、机关运行经费等术语。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (!Editions.Of(d).Glossary || !d.Glossary.IsDefaultOrEmpty) yield break;
        yield return Report("没有名词解释部分", At.Document(d), "名词解释", "（无）");
    }
}

public sealed class ProfilePresent : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("K.profile", "公开文件包含单位概况（职能、机构与人员）", RuleCategory.Completeness, Severity.Warning, Basis.Rules143)
    {
        Help = "公开文件应有单位概况：主要职能，以及机构设置、预算单位构成或人员情况中的至少一项。声明“不宜公开”的不报告。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        var p = d.Profile;
        if (p.Withheld) yield break;
        if (p.Functions.IsDefaultOrEmpty) yield return Report("概况中没有主要职能", At.Document(d), "主要职能", "（无）");
        if (p.Staff is null && p.BudgetUnits.IsDefaultOrEmpty && p.InternalDepartments.IsDefaultOrEmpty && p.Structure.IsDefaultOrEmpty)
            yield return Report("概况中没有机构设置、预算单位构成或人员情况", At.Document(d), "机构与人员", "（无）");
    }
}

public sealed class OtherMattersPresent : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("K.other-matters", "其他重要事项包含机关运行经费、政府采购、国有资产和预算绩效", RuleCategory.Completeness, Severity.Warning, Basis.Rules143)
    {
        Help = "其他重要事项应说明机关运行经费、政府采购、国有资产占用和预算绩效四项；在标题或陈述中提到即算有，缺少的逐项列出。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (!Editions.Of(d).OtherMatters) yield break;
        var m = d.Matters;
        var missing = new List<string>();
        // A matter is there when its figures were read, or when the text speaks of it under its name in a heading or a
        // stated figure (广州 "七、重点项目预算绩效目标情况", 苏州 "十五、预算绩效目标设置情况说明" and their target tables): whether
        // the figures agree is for the rules that check them.
        if (m.OperatingCost is null && !Mentioned(d, "运行经费")) missing.Add("机关运行经费");
        if (m.Procurement is null && !Mentioned(d, "政府采购")) missing.Add("政府采购");
        if (m.Assets is null && !Mentioned(d, "国有资产") && !Mentioned(d, "资产占用")) missing.Add("国有资产占用使用");
        if (m.Performance is null && d.Targets.IsDefaultOrEmpty && !Mentioned(d, "绩效目标") && !Mentioned(d, "预算绩效")) missing.Add("预算绩效");
        if (missing.Count == 4 && d.Narrative.Claims.IsDefaultOrEmpty) yield break; // Nothing of the text was read: other rules say so.
        foreach (var item in missing) yield return Report($"其他重要事项缺少“{item}”", At.Document(d), item, "（无）");
    }

    private static bool Mentioned(Disclosure d, string word) =>
        d.Narrative.Sections.Any(s => s.Title.Contains(word, StringComparison.Ordinal))
        || d.Narrative.Claims.Any(c => c.Text.Contains(word, StringComparison.Ordinal));
}

public sealed class MetaPresent : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("K.meta", "能识别公开单位和年度", RuleCategory.Completeness, Severity.Warning, Basis.Rules143)
    {
        Help = "应能从文件中识别公开单位名称和预算年度，否则年度检查和模板判断都无法进行。检查封面和标题是否写明单位和年度。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        if (string.IsNullOrWhiteSpace(d.Meta.UnitName)) yield return Report("无法识别公开单位名称", At.Document(d), "单位名称", "（无）");
        if (d.Meta.Year is null) yield return Report("无法识别预算年度", At.Document(d), "年度", "（无）");
    }
}

/// <summary>Figures the reader could not place cannot be checked: they are listed so a person can look.</summary>
public sealed class ReadingProblems : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("K.reading", "读取时无法确定的内容（影响检查的完整性）", RuleCategory.Completeness, Severity.Info, "读取诊断")
    {
        Help = "读取时无法确定的内容（如一个数字属于哪一列）逐条列出：这些内容没有参与检查，请对照原文核对。这是读取结果，不是对文件的判断。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        foreach (var g in d.Diagnostics.Where(x => x.Severity == DiagnosticSeverity.Error))
            yield return Report($"读取问题 [{g.Code}]：{g.Message}", new FindingLocation { Line = g.Span.Line }, null, g.Code);
    }
}

/// <summary>An empty fund table's note names another fund (表9's note copied from 表8: "本部门无政府性基金预算").</summary>
public sealed class EmptyTableNoteFund : Rule
{
    private static readonly (TableId Table, string Own, string[] Others)[] Funds =
    [
        (TableId.T8, "政府性基金", ["国有资本经营", "三公"]),
        (TableId.T9, "国有资本经营", ["政府性基金", "三公"]),
    ];

    public override RuleDescriptor Descriptor { get; } = new("K.empty-note-fund", "空表说明写的是本表的资金", RuleCategory.Completeness, Severity.Error, Basis.Rules143)
    {
        Help = "政府性基金预算支出表为空时，说明应写“无政府性基金预算收支”；国有资本经营预算支出表为空时写“无国有资本经营预算收支”。复制上一张空表的说明时容易写错资金。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        foreach (var (id, own, others) in Funds)
        {
            if (d.Table(id) is not { EmptyNote: { } note } t) continue;
            var text = note.Text;
            if (text.Contains(own, StringComparison.Ordinal)) continue;
            if (others.FirstOrDefault(w => text.Contains(w, StringComparison.Ordinal)) is not { } other) continue;
            yield return Report($"表{(int)id}《{t.Title}》为空，其说明却写的是“{other}”：“{text}”", At.Table(t) with { Line = note.Span.IsKnown ? note.Span.Line : t.Span.Line }, own, other);
        }
    }
}

/// <summary>The published PDF itself: pages with no text (blank, or an image the checker cannot read), text the file
/// places off the page (a tall cell's overflow, a misplaced box). Read from the PDF reader's page notes; one finding per
/// kind naming every page, at the first.</summary>
public sealed class PdfPages : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("K.pdf-pages", "PDF 每页都有可读的文字，没有印在页面之外的文字", RuleCategory.Completeness, Severity.Warning, Basis.Rules143)
    {
        Help = "公开的 PDF 不应有空白页或只有图片的页（其内容无法检索和核对），也不应有放在页面之外、读者看不到的文字（多是表格单元格内容超出页面被裁去，或排版时错放的内容）。",
    };

    public override IEnumerable<Finding> Check(Disclosure d, CheckOptions o)
    {
        foreach (var kind in d.Diagnostics.Where(g => g.Code is "read.pdf.blank-page" or "read.pdf.text-outside-page" && g.Span.Page is not null).GroupBy(g => g.Code))
        {
            var notes = kind.OrderBy(g => g.Span.Page).ToList();
            var pages = Pages(notes.Select(g => g.Span.Page!.Value).ToList());
            var first = notes[0].Span;
            var message = kind.Key == "read.pdf.blank-page"
                ? $"第 {pages} 页没有文字（空白页，或只有图片），这些页的内容未能读取和检查"
                : $"第 {pages} 页的文字层有字印在页面之外（看不到的文字，如表格单元格里被裁去的内容），已忽略";
            yield return Report(message, new FindingLocation { Line = first.Line, Page = first.Page }, kind.Key == "read.pdf.blank-page" ? "有文字的页" : "页面内的文字", kind.Key);
        }
    }

    /// <summary>"3、7–9、12": runs of consecutive pages joined.</summary>
    private static string Pages(List<int> pages)
    {
        var parts = new List<string>();
        for (var i = 0; i < pages.Count;)
        {
            var j = i;
            while (j + 1 < pages.Count && pages[j + 1] == pages[j] + 1) j++;
            parts.Add(j > i ? $"{pages[i]}–{pages[j]}" : pages[i].ToString(System.Globalization.CultureInfo.InvariantCulture));
            i = j + 1;
        }
        return string.Join("、", parts);
    }
}
