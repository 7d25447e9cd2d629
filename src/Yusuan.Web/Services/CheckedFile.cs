using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Yusuan.Core.Model;

namespace Yusuan.Web.Services;

/// <summary>A document that has been read and checked: its id (a content hash), name, source text and report.</summary>
public sealed record CheckedFile(string Id, string Name, string Text, DocumentReport Report)
{
    /// <summary>The file as uploaded (kept until it is saved to the corpus); null for a document loaded from the corpus.</summary>
    public byte[]? Original { get; init; }

    /// <summary>For a PDF read with its layout: each page's size in points (index = page number − 1), the frame findings'
    /// boxes are measured in; empty for other formats. The document view draws the pages at these proportions.</summary>
    public ImmutableArray<PageSize> PageSizes { get; init; } = [];

    /// <summary>Whether the document view can show its pages as images (the pages' sizes are known).</summary>
    public bool HasPages => !PageSizes.IsDefaultOrEmpty;

    /// <summary>Bytes this result holds in memory (text and original), for bounding the recent-results cache.</summary>
    public long Footprint => Text.Length * 2L + (Original?.LongLength ?? 0);

    /// <summary>Content-addressed id: the first 16 hex digits of the SHA-256 of the text.</summary>
    public static string IdOf(string text) => IdOf(Encoding.UTF8.GetBytes(text));

    /// <summary>Content-addressed id: the first 16 hex digits of the SHA-256 of the file's bytes (as stored in the corpus'
    /// content_hash), so a file keeps its id across uploads, saves and restarts.</summary>
    public static string IdOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
}
