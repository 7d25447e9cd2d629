using System.Collections.Immutable;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Tables;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading;

/// <summary>Reads the prose parts: profile, narrative claims, projects, other matters, performance targets, glossary.</summary>
internal sealed class TextPartsReader
{
    public TextPartsReader(SourceText source, DisclosureMeta meta, TableReadResult tables, DiagnosticBag diagnostics)
    {
        _ = source;
        _ = meta;
        _ = tables;
        _ = diagnostics;
    }

    public UnitProfile Profile { get; } = UnitProfile.Empty;
    public Narrative Narrative { get; } = Narrative.Empty;
    public ImmutableArray<ProjectDescription> Projects { get; } = [];
    public OtherMatters Matters { get; } = OtherMatters.Empty;
    public ImmutableArray<PerformanceTargetTable> Targets { get; } = [];
    public ImmutableArray<GlossaryEntry> Glossary { get; } = [];
}
