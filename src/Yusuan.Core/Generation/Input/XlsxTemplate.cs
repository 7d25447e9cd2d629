namespace Yusuan.Core.Generation.Input;

/// <summary>The XLSX input workbook.</summary>
public static class XlsxTemplate
{
    public static BudgetInput EmptyInput(int year) => new() { Year = year };

    public static void Write(string path, int year, BudgetInput? content = null) => throw new NotSupportedException();
}
