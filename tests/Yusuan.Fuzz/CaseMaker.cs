using System.Text;

namespace Yusuan.Fuzz;

/// <summary>Makes case N from the seed files: the same seed and index always give the same bytes, so any failure is
/// replayed with <c>--case N</c>.</summary>
public sealed class CaseMaker(SeedFiles seeds, int seed)
{
    public FuzzCase Make(int index)
    {
        // Not HashCode.Combine: it is randomised per process, and a case must be the same in every run.
        var random = new Random(unchecked((int)(((uint)seed * 2_654_435_761u) ^ ((uint)index * 40_503u + 0x9E37_79B9u)) & int.MaxValue));
        var said = new List<string>();
        var roll = random.Next(100);
        if (roll < 55 || seeds.Html.Count == 0 && roll < 65) return Text(index, random, said);
        if (roll < 65) return Html(index, random, said);
        if (roll < 73 && seeds.Docx.Count > 0) return Container(index, random, said, TextMutations.Pick(random, seeds.Docx), ".docx");
        if (roll < 81 && seeds.Xlsx.Count > 0) return Container(index, random, said, TextMutations.Pick(random, seeds.Xlsx), ".xlsx");
        if (roll < 84 && seeds.Pdfs.Count > 0) return Pdf(index, random, said);
        if (roll < 97 && seeds.Inputs.Count > 0) return Input(index, random, said);
        return RenderText(index, random, said);
    }

    private FuzzCase Text(int index, Random random, List<string> said)
    {
        var source = TextMutations.Pick(random, seeds.Texts);
        var text = TextMutations.Mutate(TextMutations.Window(source.Text, random, said), random, said);
        var bytes = ByteMutations.Encode(text, random, said);
        if (random.Next(6) == 0) bytes = ByteMutations.Mutate(bytes, random, said);
        return new FuzzCase(index, FuzzTarget.Check, random.Next(4) == 0 ? "case.md" : "case.txt", bytes, source.Name, said);
    }

    private FuzzCase Html(int index, Random random, List<string> said)
    {
        var source = TextMutations.Pick(random, seeds.Html);
        var html = MarkupMutations.Mutate(source.Text, random, said);
        if (random.Next(2) == 0) html = TextMutations.Mutate(html, random, said);
        return new FuzzCase(index, FuzzTarget.Check, "case.html", ByteMutations.Encode(html, random, said), source.Name, said);
    }

    private static FuzzCase Container(int index, Random random, List<string> said, SeedFile source, string extension)
    {
        var bytes = random.Next(5) == 0 ? ByteMutations.Mutate(source.Bytes, random, said) : ContainerMutations.Mutate(source.Bytes, random, said);
        return new FuzzCase(index, FuzzTarget.Check, "case" + extension, bytes, source.Name, said);
    }

    private FuzzCase Pdf(int index, Random random, List<string> said)
    {
        var source = TextMutations.Pick(random, seeds.Pdfs);
        return new FuzzCase(index, FuzzTarget.Check, "case.pdf", ByteMutations.Mutate(source.Bytes, random, said), source.Name, said);
    }

    private FuzzCase Input(int index, Random random, List<string> said)
    {
        var source = TextMutations.Pick(random, seeds.Inputs);
        var json = InputMutations.Mutate(source.Text, random, said);
        if (random.Next(8) == 0) json = TextMutations.Mutate(json, random, said);
        var bytes = random.Next(6) == 0 ? ByteMutations.Encode(json, random, said) : Encoding.UTF8.GetBytes(json);
        return new FuzzCase(index, FuzzTarget.Render, "case.json", bytes, source.Name, said);
    }

    private FuzzCase RenderText(int index, Random random, List<string> said)
    {
        var source = TextMutations.Pick(random, seeds.Texts);
        var text = TextMutations.Mutate(TextMutations.Window(source.Text, random, said), random, said);
        return new FuzzCase(index, FuzzTarget.Render, "case.txt", Encoding.UTF8.GetBytes(text), source.Name, said);
    }
}
