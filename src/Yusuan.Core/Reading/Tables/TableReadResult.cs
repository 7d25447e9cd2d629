using System.Collections.Immutable;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading.Tables;

/// <summary>The tables found, and the lines they occupy (so the text readers can skip them).</summary>
public sealed record TableReadResult(ImmutableArray<DisclosureTable> Tables, IReadOnlySet<int> ConsumedLines);
