using System.Collections.Immutable;
using Yusuan.Core.Classification;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Narrative.Claims;
using Yusuan.Core.Reading.Narrative.Glossary;
using Yusuan.Core.Reading.Narrative.Layout;
using Yusuan.Core.Reading.Narrative.Matters;
using Yusuan.Core.Reading.Narrative.Profile;
using Yusuan.Core.Reading.Narrative.Projects;
using Yusuan.Core.Reading.Narrative.Targets;
using Yusuan.Core.Reading.Tables;
using Yusuan.Core.Reading.Text;
using NarrativeModel = Yusuan.Core.Model.Narrative;

namespace Yusuan.Core.Reading;

/// <summary>
/// Reads the prose parts: profile, narrative claims, projects, other matters, performance targets, glossary.
/// Pipeline: find the parts (概况 / 情况说明 / 名词解释) → cut out performance-target tables → rejoin wrapped lines into
/// paragraphs → number the sections → read each part. See docs/reading-text.md.
/// </summary>
internal sealed class TextPartsReader
{
    /// <summary>Topics whose figures are read into <see cref="OtherMatters"/> or <see cref="ProjectDescription"/>, not claims.</summary>
    private static readonly HashSet<string> NonClaimTopics = new(StringComparer.Ordinal) { "项目支出", "政府采购", "国有资产", "预算绩效" };

    public TextPartsReader(SourceText source, DisclosureMeta meta, TableReadResult tables, DiagnosticBag diagnostics)
    {
        _ = meta;
        var lines = source.Lines;
        var parts = DocumentParts.Find(lines);

        var targetRegions = TargetTableFinder.Find(lines);
        var targetLines = new HashSet<int>(targetRegions.SelectMany(r => Enumerable.Range(lines[r.Start.Value].Number, r.End.Value - r.Start.Value)));
        bool Skip(int number) => targetLines.Contains(number) || tables.ConsumedLines.Contains(number);

        var narrativeLines = Slice(lines, parts.Narrative);
        var paragraphs = ParagraphBuilder.Build(narrativeLines, Skip);
        var (sections, placed) = SectionOutline.Place(paragraphs);

        var functions = new FunctionResolver(ClassificationCatalog.Default, tables.Tables);
        var parser = new ClaimParser(new SubjectResolver(functions));
        var claimParagraphs = placed.Where(p => !NonClaimTopics.Contains(p.Topic ?? string.Empty) && !NonClaimTopics.Contains(p.TopTopic ?? string.Empty)).ToList();
        var claims = parser.Parse(claimParagraphs);
        foreach (var c in claims.Where(c => c.Subject.Key == ClaimKeys.Function && c.Subject.Code is null))
        {
            diagnostics.Info("read.claim.function-unresolved", $"未能将“{string.Join("/", c.Subject.PrintedPath)}”对应到功能分类科目编码。/ Function path not resolved.", c.Span);
        }
        Narrative = new NarrativeModel
        {
            Sections = sections,
            Claims = [.. claims],
            Lists = [.. ListReader.Read(placed)],
        };

        var profileParagraphs = ParagraphBuilder.Build(Slice(lines, parts.Profile), Skip);
        Profile = ProfileReader.Read(profileParagraphs);
        Projects = ProjectReader.Read(placed.Where(p => p.TopTopic == "项目支出" || p.Topic == "项目支出"));
        Matters = MattersReader.Read(placed, claims);
        Targets = [.. targetRegions.Select(r => TargetTableReader.Read(Slice(lines, r), diagnostics)).OfType<PerformanceTargetTable>()];
        var glossaryParagraphs = ParagraphBuilder.Build(Slice(lines, parts.Glossary), Skip);
        Glossary = GlossaryReader.Read(glossaryParagraphs);
        Prose = ProseParagraphs.Collect(lines, parts, Skip, profileParagraphs, placed, glossaryParagraphs);
    }

    public ImmutableArray<ProseParagraph> Prose { get; }

    public UnitProfile Profile { get; }
    public NarrativeModel Narrative { get; }
    public ImmutableArray<ProjectDescription> Projects { get; }
    public OtherMatters Matters { get; }
    public ImmutableArray<PerformanceTargetTable> Targets { get; }
    public ImmutableArray<GlossaryEntry> Glossary { get; }

    private static IEnumerable<SourceLine> Slice(ImmutableArray<SourceLine> lines, Range range)
    {
        var (offset, length) = range.GetOffsetAndLength(lines.Length);
        return lines.Skip(offset).Take(length);
    }
}
