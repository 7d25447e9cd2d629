namespace Yusuan.Core.Reading.Tables.Shapes;

/// <summary>What every shape's row keys share.</summary>
internal static class RowKeys
{
    /// <summary>Names inside keys have all whitespace removed, nothing else (spec/cells.md).</summary>
    public static string Squash(string text) => Text.Squash.Whitespace(text);
}
