using System.IO.Compression;
using System.Text;

namespace Yusuan.Web.Tests;

/// <summary>Hostile zip-based files, built on the fly: small on the wire, huge or deep once expanded.</summary>
internal static class Bombs
{
    /// <summary>A zip of the given entries.</summary>
    public static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var ms = new MemoryStream();
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

    /// <summary>A .docx whose word/document.xml is <paramref name="paragraphs"/> repeated paragraphs (the reported bomb:
    /// 1 GB of paragraphs in a few MB), streamed into the archive so the test itself never holds it.</summary>
    public static byte[] DocxOfParagraphs(long expandedBytes) => Docx(s =>
    {
        var paragraph = Encoding.UTF8.GetBytes("<w:p><w:r><w:t>一般公共预算财政拨款支出 1,234.56 万元。</w:t></w:r></w:p>");
        Write(s, Head);
        for (long n = 0; n < expandedBytes; n += paragraph.Length) s.Write(paragraph);
        Write(s, Tail);
    });

    /// <summary>A .docx whose document.xml holds one text node of <paramref name="expandedBytes"/> characters.</summary>
    public static byte[] DocxOfOneTextNode(long expandedBytes) => Docx(s =>
    {
        Write(s, Head + "<w:p><w:r><w:t>");
        var block = Encoding.ASCII.GetBytes(new string('a', 64 * 1024));
        for (long n = 0; n < expandedBytes; n += block.Length) s.Write(block);
        Write(s, "</w:t></w:r></w:p>" + Tail);
    });

    /// <summary>A .docx whose document.xml nests elements <paramref name="depth"/> deep.</summary>
    public static byte[] DocxNested(int depth) => Docx(s =>
    {
        Write(s, Head);
        for (var i = 0; i < depth; i++) Write(s, "<w:sdt><w:sdtContent>");
        Write(s, "<w:p><w:r><w:t>深</w:t></w:r></w:p>");
        for (var i = 0; i < depth; i++) Write(s, "</w:sdtContent></w:sdt>");
        Write(s, Tail);
    });

    /// <summary>An .xlsx whose first sheet is <paramref name="expandedBytes"/> of rows.</summary>
    public static byte[] XlsxOfRows(long expandedBytes)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Entry(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Entry(zip, "xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Entry(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            using var s = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            Write(s, """<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
            var row = Encoding.UTF8.GetBytes("<row><c t=\"inlineStr\"><is><t>一般公共服务支出</t></is></c><c><v>1234.56</v></c></row>");
            for (long n = 0; n < expandedBytes; n += row.Length) s.Write(row);
            Write(s, "</sheetData></worksheet>");
        }
        return ms.ToArray();
    }

    /// <summary>The same zip with every entry's declared uncompressed size rewritten to 1000 bytes (local and central headers),
    /// as a bomb built to get past a check of the headers would be.</summary>
    public static byte[] LyingAboutSizes(byte[] zip)
    {
        var bytes = (byte[])zip.Clone();
        for (var i = 0; i + 46 <= bytes.Length; i++)
        {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x03 && bytes[i + 3] == 0x04) BitConverter.TryWriteBytes(bytes.AsSpan(i + 22, 4), 1000u);
            else if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02) BitConverter.TryWriteBytes(bytes.AsSpan(i + 24, 4), 1000u);
        }
        return bytes;
    }

    private const string Head = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""";
    private const string Tail = "</w:body></w:document>";

    private static byte[] Docx(Action<Stream> document)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Entry(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            using var s = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            document(s);
        }
        return ms.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, string text)
    {
        using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        Write(s, text);
    }

    private static void Write(Stream s, string text) => s.Write(Encoding.UTF8.GetBytes(text));
}
