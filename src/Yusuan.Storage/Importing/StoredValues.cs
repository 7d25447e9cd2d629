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

    /// <summary>A number read back: SQLite gives REAL or INTEGER, PostgreSQL gives NUMERIC. Money is kept to 6 decimals (0.01 元 in 万元).</summary>
    public static decimal? Decimal(object? value) => value switch
    {
        null or DBNull => null,
        decimal d => Normalize(d),
        double d => Normalize(Math.Round(Convert.ToDecimal(d, CultureInfo.InvariantCulture), 6)),
        long l => l,
        int i => i,
        string s => decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
    };

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
