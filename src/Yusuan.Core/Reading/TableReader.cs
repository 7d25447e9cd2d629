using System.Collections.Immutable;
using Yusuan.Core.Model;
using Yusuan.Core.Reading.Tables;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading;

/// <summary>Finds the disclosure's tables and reads each into rows and columns.</summary>
internal static class TableReader
{
    public static TableReadResult Read(SourceText source, DisclosureMeta meta, DiagnosticBag diagnostics)
    {
        _ = source;
        _ = meta;
        _ = diagnostics;
        return new TableReadResult([], []);
    }
}
