using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Yusuan.Fuzz;

/// <summary>Mutations of Word and Excel packages: a part removed or damaged, the XML of a part changed (figures beyond
/// decimal, spans and formats at their limits, cell references out of range, deep nesting, duplicate ids), a part
/// pointing to one that is not there.</summary>
public static partial class ContainerMutations
{
    public static byte[] Mutate(byte[] package, Random random, List<string> said)
    {
        var entries = new List<(string Name, byte[] Bytes)>();
        using (var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        {
            foreach (var e in zip.Entries)
            {
                using var s = e.Open();
                var ms = new MemoryStream();
                s.CopyTo(ms);
                entries.Add((e.FullName, ms.ToArray()));
            }
        }
        var xml = entries.Select((e, i) => (e, i)).Where(x => x.e.Name.EndsWith(".xml", StringComparison.Ordinal) || x.e.Name.EndsWith(".rels", StringComparison.Ordinal)).ToList();
        var main = xml.Where(x => x.e.Name.Contains("document.xml", StringComparison.Ordinal) || x.e.Name.Contains("sheet", StringComparison.Ordinal)
                                  || x.e.Name.Contains("sharedStrings", StringComparison.Ordinal) || x.e.Name.Contains("styles", StringComparison.Ordinal)).ToList();
        var ops = 1 + random.Next(3);
        for (var op = 0; op < ops; op++)
        {
            var (entry, index) = TextMutations.Pick(random, random.Next(3) == 0 || main.Count == 0 ? xml : main);
            var text = Encoding.UTF8.GetString(entries[index].Bytes);
            switch (random.Next(12))
            {
                case 0:
                    said.Add($"part {entry.Name} removed");
                    entries.RemoveAt(index);
                    return Pack(entries);
                case 1:
                    said.Add($"part {entry.Name} cut");
                    text = text[..random.Next(text.Length + 1)];
                    break;
                case 2:
                    said.Add($"{entry.Name}: a figure beyond decimal");
                    text = ReplaceOne(Value(), text, random, m => m.Groups[1].Value + new string('9', 30 + random.Next(20)) + m.Groups[2].Value);
                    break;
                case 3:
                    said.Add($"{entry.Name}: gridSpan/colSpan/vMerge at the limit");
                    text = text.Replace("<w:tcPr>", "<w:tcPr><w:gridSpan w:val=\"2147483647\"/>", StringComparison.Ordinal)
                               .Replace("<w:tcPr/>", "<w:tcPr><w:gridSpan w:val=\"-5\"/></w:tcPr>", StringComparison.Ordinal);
                    break;
                case 4:
                    said.Add($"{entry.Name}: cell reference ZZZZZZZZZZ");
                    text = ReplaceOne(CellRef(), text, random, _ => " r=\"ZZZZZZZZZZ" + random.Next(1, int.MaxValue) + "\"");
                    break;
                case 5:
                    said.Add($"{entry.Name}: number formats (duplicate id, 30 decimals, percent)");
                    text = text.Replace("<numFmts", "<numFmts", StringComparison.Ordinal)
                        .Replace("</numFmts>", "<numFmt numFmtId=\"164\" formatCode=\"0.000000000000000000000000000000\"/><numFmt numFmtId=\"164\" formatCode=\"0%\"/></numFmts>", StringComparison.Ordinal);
                    text = NumFmtId().Replace(text, m => random.Next(3) == 0 ? " numFmtId=\"" + TextMutations.Pick(random, ["10", "9", "164", "999999999", "-1"]) + "\"" : m.Value);
                    break;
                case 6:
                    var depth = 1000 + random.Next(60_000);
                    said.Add($"{entry.Name}: {depth} nested elements");
                    var at = text.IndexOf("<w:p>", StringComparison.Ordinal) is >= 0 and var p ? p : text.IndexOf("<row", StringComparison.Ordinal);
                    if (at < 0) at = text.Length / 2;
                    var open = random.Next(2) == 0 ? "<w:r>" : "<w:sdt><w:sdtContent>";
                    var close = open == "<w:r>" ? "</w:r>" : "</w:sdtContent></w:sdt>";
                    text = text[..at] + string.Concat(Enumerable.Repeat(open, depth)) + "<w:t>1</w:t>" + string.Concat(Enumerable.Repeat(close, depth)) + text[at..];
                    break;
                case 7:
                    said.Add($"{entry.Name}: a relationship to a missing part");
                    text = text.Replace("Target=\"", "Target=\"missing/", StringComparison.Ordinal);
                    break;
                case 8:
                    said.Add($"{entry.Name}: shared-string index out of range");
                    text = ReplaceOne(SharedIndex(), text, random, _ => "<v>" + random.Next(100_000, int.MaxValue) + "</v>");
                    break;
                case 9:
                    said.Add($"{entry.Name}: invalid XML character");
                    var pos = random.Next(text.Length + 1);
                    text = text.Insert(pos, random.Next(2) == 0 ? "\u0001" : "&#0;");
                    break;
                case 10:
                    said.Add($"{entry.Name}: a huge percent cell");
                    text = ReplaceOne(Value(), text, random, m => m.Groups[1].Value + "1E+300" + m.Groups[2].Value);
                    break;
                default:
                    said.Add($"{entry.Name}: bytes");
                    entries[index] = (entry.Name, ByteMutations.Mutate(entries[index].Bytes, random, said));
                    continue;
            }
            entries[index] = (entry.Name, Encoding.UTF8.GetBytes(text));
        }
        return Pack(entries);
    }

    private static string ReplaceOne(Regex regex, string text, Random random, Func<Match, string> with)
    {
        var matches = regex.Matches(text);
        if (matches.Count == 0) return text;
        var m = matches[random.Next(matches.Count)];
        return string.Concat(text.AsSpan(0, m.Index), with(m), text.AsSpan(m.Index + m.Length));
    }

    private static byte[] Pack(List<(string Name, byte[] Bytes)> entries)
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                s.Write(bytes);
            }
        }
        return ms.ToArray();
    }

    [GeneratedRegex(@"(<(?:w:t|v|t)(?: [^>]*)?>)[\d.,]+(</(?:w:t|v|t)>)")]
    private static partial Regex Value();

    [GeneratedRegex(@" r=""[A-Z]+\d+""")]
    private static partial Regex CellRef();

    [GeneratedRegex(@" numFmtId=""\d+""")]
    private static partial Regex NumFmtId();

    [GeneratedRegex(@"<v>\d+</v>")]
    private static partial Regex SharedIndex();
}
