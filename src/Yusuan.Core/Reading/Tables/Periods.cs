using System.Globalization;
using System.Text.RegularExpressions;
using Yusuan.Core.Reading.Text;

namespace Yusuan.Core.Reading.Tables;

/// <summary>
/// The periods a table prints side by side or row under row (a 三公 table: 2025年 | 2026年 | 增减变化情况): a year, with
/// perhaps 度 and 预算数/决算数 after it, or the change between two years.
/// </summary>
internal static partial class Periods
{
    /// <summary>The year a header or row cell names ("2026年", "2025年度", "2026年预算数"), or null.</summary>
    public static int? YearOf(string text) =>
        Year().Match(HeaderText.Fold(text)) is { Success: true } m ? PrintedNumber.Integer(m.Groups[1].Value) : null;

    /// <summary>The change between two periods ("增减变化金额", "增减变化情况", "增减").</summary>
    public static bool IsChange(string text) => HeaderText.Fold(text) is { Length: <= 8 } f && f.StartsWith("增减", StringComparison.Ordinal);

    public static bool IsPeriod(string text) => YearOf(text) is not null || IsChange(text);

    [GeneratedRegex(@"^((?:19|20)\d{2})年(?:度)?(?:预算|预算数|决算|决算数)?$")]
    private static partial Regex Year();
}
