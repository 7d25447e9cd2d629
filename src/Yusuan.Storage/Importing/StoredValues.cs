using System.Globalization;
using Yusuan.Core.Checking;
using Yusuan.Core.Model;

namespace Yusuan.Storage.Importing;

/// <summary>How model values are spelled in the database, both ways. One place, so the two engines and every query agree.</summary>
public static class StoredValues
{
    public static string Kind(DisclosureKind kind) => kind == DisclosureKind.Budget ? "budget" : "final";

    public static DisclosureKind ParseKind(string? text) => text == "final" ? DisclosureKind.FinalAccount : DisclosureKind.Budget;

    public static string Scope(DisclosureScope scope) => scope == DisclosureScope.Unit ? "unit" : "department";

    public static string MoneyUnitName(MoneyUnit unit) => unit.ChineseName();

    public static MoneyUnit ParseMoneyUnit(string? text) => text == "元" ? MoneyUnit.Yuan : MoneyUnit.WanYuan;

    public static string Severity(Severity severity) => severity switch
    {
        Core.Checking.Severity.Error => "error",
        Core.Checking.Severity.Warning => "warning",
        _ => "info",
    };

    public static string? Direction(ChangeDirection? direction) => direction switch
    {
        ChangeDirection.Increase => "increase",
        ChangeDirection.Decrease => "decrease",
        ChangeDirection.Flat => "flat",
        _ => null,
    };

    public static ChangeDirection? ParseDirection(string? text) => text switch
    {
        "increase" => ChangeDirection.Increase,
        "decrease" => ChangeDirection.Decrease,
        "flat" => ChangeDirection.Flat,
        _ => null,
    };

    public static string? Operator(Comparison? op) => op switch
    {
        Comparison.Equal => "=",
        Comparison.GreaterOrEqual => ">=",
        Comparison.LessOrEqual => "<=",
        Comparison.Greater => ">",
        Comparison.Less => "<",
        _ => null,
    };

    /// <summary>A number read back exactly: PostgreSQL gives NUMERIC (decimal); SQLite gives REAL for a figure stored as a
    /// double (only when the double reads back as the same decimal, see <see cref="SqliteMoney"/>), TEXT for any other
    /// figure, INTEGER for whole numbers. Trailing zeros are dropped so both engines print the same.</summary>
    public static decimal? Decimal(object? value) => value switch
    {
        null or DBNull => null,
        decimal d => Normalize(d),
        double d => Normalize(FromDouble(d) ?? throw new StoreException(string.Create(CultureInfo.InvariantCulture,
            $"语料库中的数值 {d:R} 超出十进制数范围，无法精确读取。/ The stored number {d:R} is outside the decimal range."))),
        long l => l,
        int i => i,
        string s => decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            ? Normalize(parsed)
            : throw new StoreException($"语料库中的数值“{s}”不是数字。/ The stored value '{s}' is not a number."),
        _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
    };

    /// <summary>A double as the decimal it stands for (its 15 significant digits, as <see cref="Convert.ToDecimal(double)"/>);
    /// null when it is outside decimal's range or not finite.</summary>
    public static decimal? FromDouble(double d)
    {
        if (!double.IsFinite(d) || Math.Abs(d) >= 7.9228162514264337593543950335e28) return null;
        try
        {
            return Convert.ToDecimal(d, CultureInfo.InvariantCulture);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>How SQLite stores a decimal: as REAL when that double reads back (<see cref="FromDouble"/>) as the very same
    /// decimal, which holds for every figure with up to 15 significant digits and keeps arithmetic and comparisons in SQL
    /// numeric; otherwise as its exact invariant text (29 digits, 28 decimal places). The money columns have no declared
    /// type (migration 003), so SQLite keeps each value as bound.</summary>
    public static object SqliteMoney(decimal d)
    {
        var asDouble = (double)d;
        return FromDouble(asDouble) == d ? asDouble : Normalize(d).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Text as stored: NUL characters (U+0000) are dropped, on both engines, because PostgreSQL text cannot hold
    /// them; a NUL inside a sentence or a cell is an artefact of extraction, never part of what was published.</summary>
    public static string? Text(string? text) => text is null || !text.Contains('\0') ? text : text.Replace("\0", string.Empty, StringComparison.Ordinal);

    /// <summary>Drops trailing zeros so 12.300000 and 12.3 print the same on both engines.</summary>
    public static decimal Normalize(decimal d) => d / 1.000000000000000000000000000000000m;

    /// <summary>Infers the administrative level from the unit's name: the most specific place word printed
    /// (…省 / 自治区 → 省级, …市 / 州 / 盟 → 市级, …区 / 县 / 旗 → 县级, 街道 / 乡 / 镇 → 乡级); null when the name has none.</summary>
    public static string? Level(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit)) return null;
        string? level = null;
        var best = -1;
        foreach (var (marker, name) in LevelMarkers)
        {
            var at = unit.LastIndexOf(marker, StringComparison.Ordinal);
            // 自治区 is a province, not a district; 市场 is not a city.
            if (marker == "区" && at > 0 && unit[..(at + 1)].EndsWith("自治区", StringComparison.Ordinal)) continue;
            if (marker == "市" && at >= 0 && at + 1 < unit.Length && unit[at + 1] == '场') continue;
            if (at > best)
            {
                best = at;
                level = name;
            }
        }
        return level;
    }

    private static readonly (string Marker, string Level)[] LevelMarkers =
    [
        ("省", "省级"), ("自治区", "省级"), ("市", "市级"), ("州", "市级"), ("盟", "市级"),
        ("区", "县级"), ("县", "县级"), ("旗", "县级"), ("街道", "乡级"), ("乡", "乡级"), ("镇", "乡级"),
    ];
}

internal static class StoredValuesText
{
    public static string Squash(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
}
