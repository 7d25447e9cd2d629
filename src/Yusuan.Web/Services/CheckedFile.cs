using System.Security.Cryptography;
using System.Text;

namespace Yusuan.Web.Services;

/// <summary>A document that has been read and checked: its id (a content hash), name, source text and report.</summary>
public sealed record CheckedFile(string Id, string Name, string Text, DocumentReport Report)
{
    /// <summary>Content-addressed id: the first 16 hex digits of the SHA-256 of the text.</summary>
    public static string IdOf(string text) => IdOf(Encoding.UTF8.GetBytes(text));

    public static string IdOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
}
