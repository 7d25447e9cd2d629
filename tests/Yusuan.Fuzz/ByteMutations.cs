using System.Text;

namespace Yusuan.Fuzz;

/// <summary>Mutations of a file's bytes (flips, cuts, stray bytes) and of its encoding (UTF-16/32 with and without a
/// byte-order mark, GB18030, a UTF-8 mark, invalid UTF-8).</summary>
public static class ByteMutations
{
    static ByteMutations() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static byte[] Encode(string text, Random random, List<string> said)
    {
        switch (random.Next(12))
        {
            case 0: said.Add("UTF-16 LE with BOM"); return Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();
            case 1: said.Add("UTF-16 BE with BOM"); return Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray();
            case 2: said.Add("UTF-32 LE with BOM"); return Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes(text)).ToArray();
            case 3: said.Add("UTF-16 LE without BOM"); return Encoding.Unicode.GetBytes(text);
            case 4: said.Add("GB18030"); return Encoding.GetEncoding("GB18030").GetBytes(text);
            case 5: said.Add("UTF-8 with BOM"); return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
            default: return Encoding.UTF8.GetBytes(text);
        }
    }

    public static byte[] Mutate(byte[] bytes, Random random, List<string> said)
    {
        var copy = bytes.ToList();
        var ops = 1 + random.Next(3);
        for (var i = 0; i < ops && copy.Count > 0; i++)
        {
            var at = random.Next(copy.Count);
            switch (random.Next(6))
            {
                case 0:
                    var n = 1 + random.Next(16);
                    for (var k = 0; k < n; k++) copy[(at + k * 97) % copy.Count] ^= (byte)(1 << random.Next(8));
                    said.Add($"{n} bits flipped from byte {at}");
                    break;
                case 1:
                    said.Add($"cut at byte {at}");
                    copy.RemoveRange(at, copy.Count - at);
                    break;
                case 2:
                    var length = Math.Min(copy.Count - at, 1 + random.Next(4096));
                    said.Add($"{length} bytes deleted at {at}");
                    copy.RemoveRange(at, length);
                    break;
                case 3:
                    said.Add($"invalid UTF-8 at {at}");
                    copy.InsertRange(at, [0xC3, 0x28, 0xFF, 0xE2, 0x82]);
                    break;
                case 4:
                    said.Add($"NUL at {at}");
                    copy.Insert(at, 0);
                    break;
                default:
                    var span = Math.Min(copy.Count - at, 1 + random.Next(2048));
                    said.Add($"{span} bytes doubled at {at}");
                    copy.InsertRange(at, copy.GetRange(at, span));
                    break;
            }
        }
        return copy.ToArray();
    }
}
