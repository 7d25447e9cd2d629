using System.Text.RegularExpressions;

namespace Yusuan.Web.Http;

/// <summary>Takes server paths (the database, temp files, the working folder) out of any text a page or API answer shows:
/// they tell an outsider how the server is laid out and tell a reviewer nothing.</summary>
public static partial class Redact
{
    public static string Paths(string text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        var temp = Path.GetTempPath().TrimEnd('/', '\\');
        if (temp.Length > 1) text = text.Replace(temp, "…", StringComparison.Ordinal);
        return AbsolutePath().Replace(text, "…");
    }

    // A Unix path under a system or home root, or a Windows drive path, up to whitespace or closing punctuation.
    [GeneratedRegex(@"(?<![\w.])(?:/(?:tmp|home|var|usr|opt|srv|root|work|mnt|data|media|run|etc|private|Users)(?:/[^\s""'“”‘’，。；：、）)\]]*)+|[A-Za-z]:\\[^\s""'“”‘’，。；：、）)\]]+)")]
    private static partial Regex AbsolutePath();
}
