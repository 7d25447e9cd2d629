using System.Buffers;
using System.IO.Compression;

namespace Yusuan.Core.Reading.Formats;

/// <summary>Why a package (Word, Excel, the XLSX template) is refused before any reader opens it.</summary>
public enum PackageRefusal
{
    /// <summary>It inflates past the bound, or holds too many parts.</summary>
    TooLarge,

    /// <summary>An XML part nests deeper than the bound.</summary>
    TooDeep,

    /// <summary>The zip itself is damaged, encrypted or incomplete.</summary>
    Damaged,
}

/// <summary>
/// The bound on what one zip-based file may grow into before a reader opens it: every part is inflated into a counting
/// sink (headers are not trusted), the total may not pass <see cref="InputBounds.MaxExpandedBytes"/>, and XML parts may
/// not nest deeper than <see cref="InputBounds.MaxXmlDepth"/>. Memory stays at one buffer whatever the archive claims: a
/// 1.2 MB .docx holding 1.2 GB of paragraphs is refused after inflating the first bound's worth, and a part of 50,000
/// nested runs (which would overflow the OpenXml reader's stack) is refused at the 257th level.
/// </summary>
public static class PackageBounds
{
    /// <summary>Null when the bytes are not a zip or stay within the bounds; otherwise why not.</summary>
    public static PackageRefusal? Inspect(byte[] bytes, InputBounds bounds)
    {
        if (bytes.Length < 4 || bytes[0] != 0x50 || bytes[1] != 0x4B || bytes[2] != 0x03 || bytes[3] != 0x04) return null;
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > bounds.MaxPackageParts) return PackageRefusal.TooLarge;
            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                declared += entry.Length;
                if (declared > bounds.MaxExpandedBytes) return PackageRefusal.TooLarge;
            }
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                var xml = IsXml(entry.FullName);
                var depth = new XmlDepth(bounds.MaxXmlDepth);
                using var stream = entry.Open();
                int n;
                while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += n;
                    if (total > bounds.MaxExpandedBytes) return PackageRefusal.TooLarge;
                    if (xml && !depth.Feed(buffer.AsSpan(0, n))) return PackageRefusal.TooDeep;
                }
            }
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            return PackageRefusal.Damaged;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool IsXml(string entry) =>
        entry.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
        || entry.EndsWith(".vml", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Element depth of an XML byte stream, fed in chunks, in constant memory: no text, attribute or name is kept. Knows
/// comments, CDATA, processing instructions, declarations and quoted attribute values; that is all Office XML uses.
/// </summary>
public struct XmlDepth(int max)
{
    private enum State : byte { Text, Open, Tag, Comment, CData, Instruction, Declaration }

    private State state;
    private bool closing;
    private byte quote;
    private byte previous;
    private int matched;
    private int depth;

    public readonly int Depth => depth;

    /// <summary>False as soon as the depth passes the maximum.</summary>
    public bool Feed(ReadOnlySpan<byte> chunk)
    {
        foreach (var b in chunk)
        {
            switch (state)
            {
                case State.Text:
                    if (b == (byte)'<') state = State.Open;
                    break;
                case State.Open:
                    if (b == (byte)'/') { closing = true; state = State.Tag; }
                    else if (b == (byte)'?') { state = State.Instruction; }
                    else if (b == (byte)'!') { state = State.Declaration; matched = 0; }
                    else { closing = false; state = State.Tag; }
                    break;
                case State.Tag:
                    if (quote != 0)
                    {
                        if (b == quote) quote = 0;
                    }
                    else if (b is (byte)'"' or (byte)'\'')
                    {
                        quote = b;
                    }
                    else if (b == (byte)'>')
                    {
                        if (closing) depth = Math.Max(0, depth - 1);
                        else if (previous != (byte)'/' && ++depth > max) return false;
                        state = State.Text;
                    }
                    break;
                case State.Declaration:
                    // "<!--" starts a comment, "<![CDATA[" a CDATA section; anything else (DOCTYPE) ends at '>'.
                    if (matched == 0 && b == (byte)'-') { matched = 1; }
                    else if (matched == 1 && b == (byte)'-') { state = State.Comment; matched = 0; }
                    else if (matched == 0 && b == (byte)'[') { state = State.CData; matched = 0; }
                    else if (b == (byte)'>') { state = State.Text; }
                    else { matched = 2; }
                    break;
                case State.Comment:
                    if (b == (byte)'-') matched = Math.Min(2, matched + 1);
                    else if (b == (byte)'>' && matched == 2) state = State.Text;
                    else matched = 0;
                    break;
                case State.CData:
                    if (b == (byte)']') matched = Math.Min(2, matched + 1);
                    else if (b == (byte)'>' && matched == 2) state = State.Text;
                    else matched = 0;
                    break;
                case State.Instruction:
                    if (b == (byte)'>' && previous == (byte)'?') state = State.Text;
                    break;
            }
            previous = b;
        }
        return true;
    }
}
