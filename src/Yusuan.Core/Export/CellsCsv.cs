using System.Text;

namespace Yusuan.Core.Export;

/// <summary>Writes cell records as the CSV of spec/cells.md (header <c>table,unit,row,column,value</c>, LF line ends).</summary>
public static class CellsCsv
{
    public const string Header = "table,unit,row,column,value";

    public static string Write(IEnumerable<CellRecord> cells)
    {
        var sb = new StringBuilder();
        sb.Append(Header).Append('\n');
        foreach (var c in cells)
        {
            sb.Append(Escape(c.Table)).Append(',')
              .Append(Escape(c.Unit)).Append(',')
              .Append(Escape(c.Row)).Append(',')
              .Append(Escape(c.Column)).Append(',')
              .Append(c.ValueText).Append('\n');
        }
        return sb.ToString();
    }

    public static string Escape(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
