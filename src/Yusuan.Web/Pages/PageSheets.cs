using System.Globalization;
using Yusuan.Core.Checking;
using Yusuan.Core.Checking.Output;
using Yusuan.Core.Model;
using Yusuan.Web.Services;

namespace Yusuan.Web.Pages;

/// <summary>Where the document view gets its page images: the address of page n is <see cref="UrlBase"/> + n, and whether
/// the server can draw them at all (pdftoppm installed).</summary>
internal sealed record PageSource(string UrlBase, bool Available);

/// <summary>
/// 原文页面: a PDF's pages as images (loaded lazily, as the reviewer scrolls), with each finding's box drawn over its
/// page where it was printed. Boxes are in points from the page's top-left corner, in the frame of the page sizes the
/// reader measured; they are placed in percent of the page, so they stay on their figure at any width. Findings at the
/// same box share one outline (the most severe one's colour, every finding in its tooltip).
/// </summary>
internal sealed class PageSheets
{
    private readonly CheckedFile checkedFile;
    private readonly IReadOnlyList<Finding> findings;
    private readonly bool[] rounding;
    private readonly PageSource source;

    // Per page, its boxes in order of first finding; per finding, the id of its box ("pb3") or null.
    private readonly Dictionary<int, List<(string Id, PageBox Box, List<int> Findings)>> boxes = new();
    private readonly string?[] boxOf;

    public PageSheets(CheckedFile checkedFile, IReadOnlyList<Finding> findings, bool[] rounding, PageSource source)
    {
        this.checkedFile = checkedFile;
        this.findings = findings;
        this.rounding = rounding;
        this.source = source;
        boxOf = new string?[findings.Count];
        var ids = 0;
        for (var i = 0; i < findings.Count; i++)
        {
            if (PageOf(i) is not { } page || findings[i].Location.Box is not { } raw || Clip(raw, checkedFile.PageSizes[page - 1]) is not { } box) continue;
            if (!boxes.TryGetValue(page, out var onPage)) boxes[page] = onPage = [];
            var same = onPage.FindIndex(b => b.Box == box);
            if (same < 0)
            {
                onPage.Add(("pb" + (ids++).ToString(CultureInfo.InvariantCulture), box, [i]));
                same = onPage.Count - 1;
            }
            else
            {
                onPage[same].Findings.Add(i);
            }
            boxOf[i] = onPage[same].Id;
        }
    }

    /// <summary>Whether there are pages to show images of.</summary>
    public bool Shown => checkedFile.HasPages && source.Available;

    /// <summary>The finding's page, when the document has it (a page number outside the document is none).</summary>
    public int? PageOf(int finding) =>
        findings[finding].Location.Page is { } p && p >= 1 && p <= checkedFile.PageSizes.Length ? p : null;

    /// <summary>The id of the finding's box on its page, or null when it has none there.</summary>
    public string? BoxOf(int finding) => boxOf[finding];

    public static string PageId(int page) => "page-" + page.ToString(CultureInfo.InvariantCulture);

    public void Render(Html h)
    {
        if (!checkedFile.HasPages) return;
        var sizes = checkedFile.PageSizes;
        h.Open("section", ("class", "pages"), ("id", "pages"))
         .El("h2", $"原文页面（共 {sizes.Length.ToString(CultureInfo.InvariantCulture)} 页）");
        if (!source.Available)
        {
            h.Notice(PageImageEndpoints.ToolMissingSentence);
            h.Close("section");
            return;
        }
        h.El("p", "原文件各页的图像，方框为问题所在的位置；在问题列表中点击一个问题即可跳到它在原页上的方框。", ("class", "meta"));
        for (var page = 1; page <= sizes.Length; page++)
        {
            var size = sizes[page - 1];
            var number = page.ToString(CultureInfo.InvariantCulture);
            h.Open("figure", ("class", "page"), ("id", PageId(page)), ("data-page", number))
             .El("figcaption", $"第 {number} 页")
             .Open("div", ("class", "sheet"))
             .Open("img", ("src", source.UrlBase + number), ("loading", "lazy"), ("decoding", "async"), ("alt", $"原文第 {number} 页"),
                ("width", Points(size.Width)), ("height", Points(size.Height)));
            if (boxes.TryGetValue(page, out var onPage))
            {
                foreach (var (id, box, at) in onPage) RenderBox(h, id, box, size, at);
            }
            h.Close("div").Close("figure");
        }
        h.Close("section");
    }

    private void RenderBox(Html h, string id, PageBox box, PageSize size, List<int> at)
    {
        var real = at.Where(i => !rounding[i]).ToList();
        var level = real.Count == 0 ? "rounding" : FindingsJson.Level(real.Select(i => findings[i].Severity).Max());
        var title = string.Join('\n', at.Select(i =>
            $"[{(rounding[i] ? "舍入差异" : DocumentView.SeverityName(findings[i].Severity))}] {Places.RuleTitle(findings[i].Rule)}：{Readable.Message(findings[i].Message)}"));
        var style = FormattableString.Invariant(
            $"left:{Percent(box.Left, size.Width)}%;top:{Percent(box.Top, size.Height)}%;width:{Percent(box.Width, size.Width)}%;height:{Percent(box.Height, size.Height)}%");
        h.Open("span", ("class", $"box box-{level}"), ("id", id), ("data-box", FormattableString.Invariant($"{box.Left:0.#},{box.Top:0.#},{box.Right:0.#},{box.Bottom:0.#}")),
            ("data-rules", string.Join(' ', at.Select(i => findings[i].Rule).Distinct(StringComparer.Ordinal))), ("title", title), ("style", style)).Close("span");
    }

    /// <summary>A box cut to its page; null when nothing of it is on the page (the reader measured it in another page's
    /// frame) or it has no area, so the finding points at its page instead.</summary>
    private static PageBox? Clip(PageBox box, PageSize size)
    {
        var clipped = new PageBox(Math.Max(0, box.Left), Math.Max(0, box.Top), Math.Min(size.Width, box.Right), Math.Min(size.Height, box.Bottom));
        return clipped.IsEmpty ? null : clipped;
    }

    private static string Percent(double value, double of) => (value / of * 100).ToString("0.###", CultureInfo.InvariantCulture);

    private static string Points(double value) => Math.Max(1, (int)Math.Round(value)).ToString(CultureInfo.InvariantCulture);
}
