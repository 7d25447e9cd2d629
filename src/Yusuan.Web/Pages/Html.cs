using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Yusuan.Web.Pages;

/// <summary>
/// A small HTML writer. Documents are untrusted input, so text and attribute values always go through the
/// encoder; <see cref="Raw"/> is only for markup written in this assembly.
/// </summary>
internal sealed class Html
{
    // Keeps CJK readable in the page source while still escaping < > & " ' and control characters.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder sb = new();

    public static string Encode(string? text) => text is null ? string.Empty : Encoder.Encode(text);

    public Html Raw(string markup)
    {
        sb.Append(markup);
        return this;
    }

    public Html Text(string? text)
    {
        sb.Append(Encode(text));
        return this;
    }

    public Html Open(string tag, params (string Name, string? Value)[] attributes)
    {
        sb.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null) continue;
            sb.Append(' ').Append(name).Append("=\"").Append(Encode(value)).Append('"');
        }
        sb.Append('>');
        return this;
    }

    public Html Close(string tag)
    {
        sb.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element with text content.</summary>
    public Html El(string tag, string? text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    public Html Notice(string text, string kind = "notice") => El("p", text, ("class", kind));

    public override string ToString() => sb.ToString();

    public static string Number(decimal? value) => value is { } v ? v.ToString("#,0.00", CultureInfo.InvariantCulture) : "—";

    public static string Plain(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
