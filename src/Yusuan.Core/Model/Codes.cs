using System.Globalization;

namespace Yusuan.Core.Model;

/// <summary>Level of a classification code: 类 (3 digits), 款 (5), 项 (7).</summary>
public enum CodeLevel
{
    Class = 1,
    Section = 2,
    Item = 3,
}

/// <summary>A 支出功能分类 code (政府收支分类科目): 类 201, 款 20103, 项 2010301.</summary>
public readonly record struct FunctionCode : IComparable<FunctionCode>
{
    private FunctionCode(string digits) => Digits = digits;

    public string Digits { get; }

    public CodeLevel Level => Digits.Length switch { 3 => CodeLevel.Class, 5 => CodeLevel.Section, _ => CodeLevel.Item };

    /// <summary>The 类 this code belongs to (itself for a 类).</summary>
    public FunctionCode Class => new(Digits[..3]);

    /// <summary>The parent code: 款 for a 项, 类 for a 款, none for a 类.</summary>
    public FunctionCode? Parent => Level switch
    {
        CodeLevel.Item => new FunctionCode(Digits[..5]),
        CodeLevel.Section => new FunctionCode(Digits[..3]),
        _ => null,
    };

    public bool IsWithin(FunctionCode ancestor) => Digits.StartsWith(ancestor.Digits, StringComparison.Ordinal);

    public static bool TryParse(string? text, out FunctionCode code)
    {
        code = default;
        if (text is null) return false;
        var digits = CodeText.WithoutWhitespace(text);
        if (digits.Length is not (3 or 5 or 7) || !digits.All(char.IsAsciiDigit) || digits[0] != '2') return false;
        code = new FunctionCode(digits);
        return true;
    }

    public static FunctionCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"不是功能分类科目编码: {text}");

    /// <summary>Builds a code from the separate 类/款/项 cells of a table row ("201", "03", "01").</summary>
    public static bool TryFromParts(string? cls, string? section, string? item, out FunctionCode code)
    {
        code = default;
        cls = cls?.Trim();
        section = section?.Trim();
        item = item?.Trim();
        if (string.IsNullOrEmpty(cls)) return false;
        var digits = cls;
        if (!string.IsNullOrEmpty(section))
        {
            if (section.Length != 2) return false;
            digits += section;
            if (!string.IsNullOrEmpty(item))
            {
                if (item.Length != 2) return false;
                digits += item;
            }
        }
        return TryParse(digits, out code);
    }

    public int CompareTo(FunctionCode other) => string.CompareOrdinal(Digits, other.Digits);

    public override string ToString() => Digits ?? string.Empty;
}

/// <summary>A 部门预算支出经济分类 code: 类 301, 款 30101.</summary>
public readonly record struct EconomicCode : IComparable<EconomicCode>
{
    private EconomicCode(string digits) => Digits = digits;

    public string Digits { get; }

    public CodeLevel Level => Digits.Length == 3 ? CodeLevel.Class : CodeLevel.Section;

    public EconomicCode Class => new(Digits[..3]);

    public EconomicCode? Parent => Level == CodeLevel.Section ? new EconomicCode(Digits[..3]) : null;

    public static bool TryParse(string? text, out EconomicCode code)
    {
        code = default;
        if (text is null) return false;
        var digits = CodeText.WithoutWhitespace(text);
        if (digits.Length is not (3 or 5) || !digits.All(char.IsAsciiDigit) || digits[0] is not ('3' or '5')) return false;
        code = new EconomicCode(digits);
        return true;
    }

    public static EconomicCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"不是经济分类科目编码: {text}");

    public static bool TryFromParts(string? cls, string? section, out EconomicCode code)
    {
        code = default;
        cls = cls?.Trim();
        section = section?.Trim();
        if (string.IsNullOrEmpty(cls)) return false;
        if (!string.IsNullOrEmpty(section) && section.Length != 2) return false;
        return TryParse(cls + section, out code);
    }

    public int CompareTo(EconomicCode other) => string.CompareOrdinal(Digits, other.Digits);

    public override string ToString() => Digits ?? string.Empty;

    public string ToString(IFormatProvider? _) => ToString();
}

internal static class CodeFormatting
{
    public static string Invariant(this decimal value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Codes are printed with stray spaces ("201 01"); most are not, and need no copy.</summary>
internal static class CodeText
{
    public static string WithoutWhitespace(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) return string.Concat(text.Where(ch => !char.IsWhiteSpace(ch)));
        }
        return text;
    }
}
