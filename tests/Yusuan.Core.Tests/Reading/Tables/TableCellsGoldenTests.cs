using Yusuan.Core.Export;
using Yusuan.Core.Reading;

namespace Yusuan.Core.Tests.Reading.Tables;

/// <summary>Every table figure of every seed, against cells transcribed by hand from the document
/// (tests/golden/cells/&lt;seed&gt;.tables.csv). Row order does not matter; every cell must be there, with its value, and
/// nothing else.</summary>
public sealed class TableCellsGoldenTests
{
    public static TheoryData<string> Seeds => [.. Samples.AllSeeds().Select(p => Path.GetFileNameWithoutExtension(p))];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Table_cells_of_each_seed_match_the_hand_transcribed_golden_file(string seed)
    {
        var relative = Path.Combine("cells", seed + ".tables.csv");
        var document = DisclosureReader.ReadFile(Samples.Seed(seed[..3])).GetValueOrThrow();
        var actualCells = CellsProjection.Cells(document).Where(c => c.Table != "M").ToList();
        Golden.WriteActualIfAsked(relative, CellsCsv.Write(actualCells));

        CellsComparison.AssertSameCells(Golden.Read(relative), CellsCsv.Write(actualCells));
    }
}
